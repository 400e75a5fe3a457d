import Decimal from 'decimal.js';
import type { FactDeclaration, Localized } from '../agreement/types';
import type { FactValue } from '../table/types';
import { readBoolean } from '../table/booleans';
import { readDate } from '../table/dates';
import { readNumber } from '../table/numbers';
import { readPercentCell } from '../table/percent';
import type { Read } from '../table/read';
import { readText } from '../table/text';
import { formatNumber } from '../format/numbers';

export type OverrideValueResult = { ok: true; value: FactValue } | { ok: false; message: Localized };

/**
 * An override value typed by a user (pane field, CLI flag) read as the table reader reads a cell:
 * "68 %", "68,5", "0,68", "Nej", "30 sep 2024". One value has no column to decide 68 vs 0,68, so a
 * plain number above 1 is read as percentage points (68 → 68 %) and one up to 1 as a fraction.
 * Blank text clears the fact (null).
 */
export function parseOverrideValue(text: string, fact: FactDeclaration): OverrideValueResult {
  const read = readAs(text, fact);
  if (read.ok) return { ok: true, value: read.value };
  return {
    ok: false,
    message: {
      sv: `"${read.found}" går inte att läsa som ${fact.label.sv}${read.hint ? ` (${read.hint.sv})` : ''}`,
      en: `"${read.found}" cannot be read as ${fact.label.en}${read.hint ? ` (${read.hint.en})` : ''}`,
    },
  };
}

function readAs(text: string, fact: FactDeclaration): Read<FactValue> {
  if (fact.role === 'population') return readNumber(text);
  switch (fact.type) {
    case 'number':
      return readNumber(text);
    case 'percent': {
      const read = readPercentCell(text);
      if (!read.ok || read.value === null) return read.ok ? { ok: true, value: null } : read;
      const { exact, value } = read.value;
      const fraction: Decimal = exact || value.lte(1) ? value : value.dividedBy(100);
      if (fraction.lt(0) || fraction.gt(1)) {
        // In percent, as typed ("170 %"), never the fraction 1.7.
        const percent = (lang: 'sv' | 'en') => `${formatNumber(fraction.times(100), lang, 4).replace('-', '\u2212')}\u00a0%`;
        return {
          ok: false,
          found: text.trim(),
          hint: { sv: `${percent('sv')} ligger utanför 0–100 %`, en: `${percent('en')} is outside 0–100 %` },
        };
      }
      return { ok: true, value: fraction };
    }
    case 'boolean':
      return readBoolean(text);
    case 'date':
      return readDate(text);
    case 'text':
      return { ok: true, value: readText(text) };
  }
}
