import type Decimal from 'decimal.js';

/**
 * Comparisons with 0 and 1 read from decimal.js's documented digit words (d, e, s): comparedTo()
 * copies its argument first, and a column of 20 000 rates is checked against both bounds.
 */

/** value < 0 (-0 is not below 0). */
export const isBelowZero = (value: Decimal): boolean => (value.d ? value.s < 0 && !value.isZero() : value.lessThan(0));

/**
 * value > 1 for a finite value: the exponent is that of the leading digit, so 10 and above have e ≥ 1,
 * and in [1, 10) (e = 0) the first word is the one digit before the point: above 1 when it is more
 * than 1 or any digit follows (decimal.js keeps no trailing zero words).
 */
export function isAboveOne(value: Decimal): boolean {
  if (!value.d) return value.greaterThan(1); // NaN and the infinities, as decimal.js compares them
  if (value.s < 0 || value.e < 0) return false;
  return value.e > 0 || value.d.length > 1 || value.d[0] > 1;
}

/** decimal.js's own exponent limits: a value past them compares through comparedTo() (which makes it ±0 or ±Infinity). */
const EXPONENT_LIMIT = 9e15;

/**
 * a.comparedTo(b) (-1, 0, 1, or NaN) without the copy of b it makes first: the same steps on the
 * digit words (finite values by sign, exponent, then word by word; decimal.js keeps no trailing
 * zero words). A condition compares a rate per row with the rule file's value.
 */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd || Math.abs(a.e) > EXPONENT_LIMIT || Math.abs(b.e) > EXPONENT_LIMIT) return a.comparedTo(b);
  const as = a.s;
  // Either zero: a zero compares equal to the other zero whatever its sign.
  if (!ad[0] || !bd[0]) return ad[0] ? as : bd[0] ? -b.s : 0;
  if (as !== b.s) return as;
  const flip = as < 0 ? -1 : 1;
  if (a.e !== b.e) return (a.e > b.e ? 1 : -1) * flip;
  const length = Math.min(ad.length, bd.length);
  for (let i = 0; i < length; i++) if (ad[i] !== bd[i]) return (ad[i] > bd[i] ? 1 : -1) * flip;
  return ad.length === bd.length ? 0 : (ad.length > bd.length ? 1 : -1) * flip;
}
