import type Decimal from 'decimal.js';
import type { Language } from '../agreement/types';
import { LOCALES } from './locale';
import { plainDecimalFormat, type ExactFormat } from './plainDecimal';
import { pick, plural } from '../i18n';

/** Intl formats decimal strings exactly (no float round-trip), so pass Decimal.toString(). */

const cache = new Map<number, ExactFormat>();
const LANGUAGE_KEY: Record<Language, number> = { sv: 0, en: 1 };

function formatter(lang: Language, options: Intl.NumberFormatOptions): ExactFormat {
  // Only the language and the fraction digits (0–100, or unset) vary: a number as the key, no text
  // made for every explained condition.
  const key = LANGUAGE_KEY[lang] * 1e6 + (options.minimumFractionDigits ?? 999) * 1e3 + (options.maximumFractionDigits ?? 999);
  let f = cache.get(key);
  if (!f) {
    f = plainDecimalFormat(
      new Intl.NumberFormat(LOCALES[lang], options),
      options.minimumFractionDigits ?? 0,
      options.maximumFractionDigits ?? 3,
    );
    cache.set(key, f);
  }
  return f;
}

/** "42 452 908 kr" in Swedish, "42,452,908 kr" in English. */
export function formatKronor(amount: Decimal, lang: Language): string {
  return `${formatter(lang, { maximumFractionDigits: 0 })(amount.toFixed(0))} kr`;
}

/**
 * A fraction as a percentage: 0.2326 -> "23,26 %" (sv) / "23.26 %" (en). Both languages keep the
 * no-break space before "%" as Swedish typography (and the agreement texts) do.
 */
export function formatPercent(fraction: Decimal, lang: Language, maxDecimals = 2, minDecimals = 0): string {
  const digits = formatter(lang, { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals });
  return `${digits(fraction.times(100).toString())}\u00a0%`;
}

export function formatNumber(value: Decimal, lang: Language, maxDecimals = 2): string {
  return formatter(lang, { maximumFractionDigits: maxDecimals })(value.toString());
}

/** Percentage points: 0.012 -> "1,2 procentenheter" / "1.2 percentage points"; 0.01 -> "1 procentenhet". */
export function formatPercentagePoints(fraction: Decimal, lang: Language): string {
  const value = fraction.times(100);
  const points = formatter(lang, { maximumFractionDigits: 2 })(value.toString());
  const forms = pick(lang, {
    sv: { one: 'procentenhet', other: 'procentenheter' },
    en: { one: 'percentage point', other: 'percentage points' },
  });
  return `${points} ${plural(lang, value.abs().toNumber(), forms)}`;
}
