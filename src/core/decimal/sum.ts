import Decimal from 'decimal.js';
import { safeInteger } from './safeInteger';

const ZERO = new Decimal(0);

/**
 * start plus the values (a column of 20 000 payouts or populations): added as numbers while every
 * term and the sum are whole and exact as numbers (kronor and people nearly always are; Decimal's
 * default precision of 20 digits holds such a sum whole, so it is the same sum), else with plus().
 */
export function sumDecimals(values: readonly Decimal[], start: Decimal = ZERO): Decimal {
  return sumTerms(
    values.length,
    (i) => safeInteger(values[i]),
    (i) => values[i],
    start,
  );
}

/**
 * start plus `count` terms, each given as an exact number where it is one (`exactAt`, else null) and
 * as a Decimal (`decimalAt`): numbers while every term and the sum are exact, else plus() in order,
 * as sumDecimals. For terms kept as numbers (KronorColumn), no Decimal is made for them.
 */
export function sumTerms(
  count: number,
  exactAt: (i: number) => number | null,
  decimalAt: (i: number) => Decimal,
  start: Decimal = ZERO,
): Decimal {
  let sum = safeInteger(start);
  for (let i = 0; i < count && sum !== null; i++) {
    const n = exactAt(i);
    sum = n === null || !Number.isSafeInteger(sum + n) ? null : sum + n;
  }
  if (sum !== null) return sum === 0 ? ZERO : new Decimal(sum);
  let total = start;
  for (let i = 0; i < count; i++) total = total.plus(decimalAt(i));
  return total;
}
