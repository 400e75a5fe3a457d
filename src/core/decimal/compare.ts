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
