import Decimal from 'decimal.js';
import type { Language } from '../agreement/types';
import { DECIMAL_SEPARATOR } from '../i18n';

/** What the decision prints in the "Riket" row's share column. */
export const WHOLE_SHARE_TEXT = '100%';

/** Enough digits for any population times 10 000 (decimal.js rounds to 20 significant digits by default). */
const Exact = Decimal.clone({ precision: 64 });

/**
 * part / whole as the decision prints it: two decimals of a percent, rounded half-up, as a fraction
 * (2 455 914 / 10 557 682 = 0.232618… → 0.2326). Exact: the half is decided on whole numbers, so a
 * quotient just below a half never rounds up through a rounded intermediate.
 */
export function printedShare(part: Decimal, whole: Decimal): Decimal {
  if (whole.isZero()) return new Decimal(0);
  const scaled = new Exact(part).times(10_000);
  const quotient = scaled.dividedToIntegerBy(whole);
  const remainder = scaled.minus(quotient.times(whole));
  const rounded = remainder.times(2).greaterThanOrEqualTo(whole) ? quotient.plus(1) : quotient;
  return new Decimal(rounded.toFixed()).dividedBy(10_000);
}

/**
 * "23,26%" in Swedish, "23.26%" in English: always two decimals, and no space before the sign, as
 * the 2024 decision's annex prints it (Excel's "0.00%" format shows the same).
 */
export function shareText(printed: Decimal, lang: Language): string {
  const digits = printed.times(100).toFixed(2);
  return `${digits.replace('.', DECIMAL_SEPARATOR[lang])}%`;
}
