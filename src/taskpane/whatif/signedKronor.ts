import type Decimal from 'decimal.js';
import type { Language } from '../../core/agreement/types';
import { formatKronor } from '../../core/format/numbers';

/**
 * A difference in kronor with its sign always shown: "+1 234 kr", "−1 234 kr", "0 kr". The minus
 * is U+2212 in both languages, as Swedish typography writes it, so the sign reads the same everywhere.
 */
export function formatSignedKronor(amount: Decimal, lang: Language): string {
  if (amount.isZero()) return formatKronor(amount.abs(), lang);
  return `${amount.isNegative() ? '\u2212' : '+'}${formatKronor(amount.abs(), lang)}`;
}
