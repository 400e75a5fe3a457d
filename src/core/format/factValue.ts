import Decimal from 'decimal.js';
import type { FactType, Language } from '../agreement/types';
import { toIsoDate } from '../table/dates';
import { formatNumber, formatPercent } from './numbers';
import { pick } from '../i18n';

const YES_NO: Record<Language, [string, string]> = { sv: ['Ja', 'Nej'], en: ['Yes', 'No'] };

/** A fact value or a required value, written the way a Swedish (or English) finance officer reads it. */
export function formatFactValue(value: unknown, type: FactType, lang: Language, maxDecimals = 2): string {
  if (value === null || value === undefined) return pick(lang, { sv: '(saknas)', en: '(missing)' });
  if (Array.isArray(value)) return value.map((v) => formatFactValue(v, type, lang, maxDecimals)).join(', ');
  switch (type) {
    case 'percent':
    case 'number': {
      const d = toDecimalOrNull(value);
      if (!d) return String(value);
      return type === 'percent' ? formatPercent(d, lang, maxDecimals) : formatNumber(d, lang, maxDecimals);
    }
    case 'boolean':
      return typeof value === 'boolean' ? YES_NO[lang][value ? 0 : 1] : String(value);
    case 'date':
      return toIsoDate(value) ?? String(value);
    case 'text':
      return String(value);
  }
}

function toDecimalOrNull(value: unknown): Decimal | null {
  if (value instanceof Decimal) return value;
  try {
    return typeof value === 'number' || typeof value === 'string' ? new Decimal(value) : null;
  } catch {
    return null;
  }
}
