import Decimal from 'decimal.js';
import { safeInteger } from './safeInteger';

const ZERO = new Decimal(0);

/**
 * start plus the values (a column of 20 000 payouts or populations): added as numbers while every
 * term and the sum are whole and exact as numbers (kronor and people nearly always are; Decimal's
 * default precision of 20 digits holds such a sum whole, so it is the same sum), else with plus().
 */
export function sumDecimals(values: readonly Decimal[], start: Decimal = ZERO): Decimal {
  let sum = safeInteger(start);
  for (let i = 0; i < values.length && sum !== null; i++) {
    const n = safeInteger(values[i]);
    sum = n === null || !Number.isSafeInteger(sum + n) ? null : sum + n;
  }
  if (sum !== null) return sum === 0 ? ZERO : new Decimal(sum);
  return values.reduce((total, value) => total.plus(value), start);
}
