import Decimal from 'decimal.js';
import type { CellValue } from './types';
import { cellText, isBlank } from './cell';
import { blank, invalid, value, type Read } from './read';

/** Spaces Swedish (and other) workbooks use between digit groups: space, NBSP, narrow NBSP, thin, figure. */
const GROUP_SPACE = '[ \\u00A0\\u202F\\u2009\\u2007]';
/** Hyphen-minus, the minus sign U+2212, en dash, small and full-width hyphen-minus. */
const MINUS = /^[-\u2212\u2013\uFE63\uFF0D]/;

const PLAIN = /^(\d*)(?:[.,](\d+))?(?:[eE]([+-]?\d+))?$/;
const SPACE_GROUPED = new RegExp(`^(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+)(?:[.,](\\d+))?$`);
const DOT_GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;
const COMMA_GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;

/**
 * Reads a number written as text, exactly. Accepts "2 455 914" (space, NBSP or narrow NBSP between
 * groups of three), decimal comma or point ("84,2", "84.2"), a leading minus in its usual variants,
 * and exponents ("1E+06"). A single "," or "." is always the decimal separator ("1,234" = 1.234);
 * repeated or mixed separators are read as grouping ("2.455.914", "1,234.5"). Null when not a number.
 */
export function parseNumberText(text: string): Decimal | null {
  let t = text.trim();
  let negative = false;
  if (MINUS.test(t)) {
    negative = true;
    t = t.slice(1).trimStart();
  } else if (t.startsWith('+')) {
    t = t.slice(1).trimStart();
  }
  const digits = toPlainDigits(t);
  if (digits === null) return null;
  const d = new Decimal(digits);
  return negative && !d.isZero() ? d.negated() : d;
}

function toPlainDigits(t: string): string | null {
  const plain = PLAIN.exec(t);
  if (plain) {
    const [, int, frac, exp] = plain;
    if (int === '' && frac === undefined) return null;
    return `${int || '0'}${frac ? `.${frac}` : ''}${exp ? `e${exp}` : ''}`;
  }
  for (const [pattern, separator] of [
    [SPACE_GROUPED, new RegExp(GROUP_SPACE, 'g')],
    [DOT_GROUPED, /\./g],
    [COMMA_GROUPED, /,/g],
  ] as const) {
    const m = pattern.exec(t);
    if (m) return `${m[1].replace(separator, '')}${m[2] ? `.${m[2]}` : ''}`;
  }
  return null;
}

/**
 * A numeric cell as Excel shows it at full precision: 15 significant digits. A formula that left
 * 0.6999999999999999 holds what Excel shows and compares as 0.7, so Kvot reads 0.7 too.
 */
export function excelNumber(cell: number): Decimal {
  // A whole number of up to 15 digits is already what Excel shows (populations: one per row).
  // (-0 reads as 0, as its 15 digits do.)
  if (Number.isInteger(cell) && Math.abs(cell) < 1e15) return new Decimal(cell === 0 ? 0 : cell);
  // The shortest text that reads back as the number ("0.83"): with at most 15 digits, the number
  // rounded to 15 digits is that text (the two differ by under half a binary unit, far below half a
  // unit of the 15th digit), and it is shorter to make and to parse (a rate per row).
  const shortest = String(cell);
  // Up to 15 characters, or 16 with the decimal point, hold at most 15 digits.
  const digitsAtMost15 = shortest.length <= 15 || (shortest.length === 16 && shortest.includes('.'));
  // (decimal.js reads a number through that same text, without checking it as it checks a string.)
  if (digitsAtMost15 && !shortest.includes('e')) return new Decimal(cell);
  return new Decimal(cell.toPrecision(15));
}

/** A number from a numeric cell or from text (see parseNumberText). */
export function readNumber(cell: CellValue): Read<Decimal> {
  if (isBlank(cell)) return blank();
  if (typeof cell === 'number') return Number.isFinite(cell) ? value(excelNumber(cell)) : invalid(String(cell));
  if (typeof cell === 'string') {
    const d = parseNumberText(cell);
    return d ? value(d) : invalid(cellText(cell));
  }
  return invalid(cellText(cell));
}
