import type Decimal from 'decimal.js';

/** Powers of the digit words decimal.js keeps (base 10^7) that a safe integer can need. */
const WORD_POWER = [1, 1e7, 1e14];
const DIGITS_PER_WORD = 7;

/**
 * The Decimal as a JavaScript number when it is a whole number below 10^15 in size (so exact as a
 * number), else null. Read from decimal.js's documented digit words (d, e, s) without going through
 * text: populations and kronor are mostly such numbers, and toNumber() formats and parses a string
 * per call (20 000 rows, several times each).
 */
export function safeInteger(value: Decimal): number | null {
  const words = value.d;
  // NaN and ±Infinity have no digits; an exponent of 15 or more is 10^15 or above.
  if (!words || value.e >= 15 || !value.isInteger()) return null;
  if (words[0] === 0) return 0;
  // The first word holds the leading digits; every word below it stands 7 places further down.
  const leading = digitCount(words[0]);
  let magnitude = 0;
  for (let i = 0; i < words.length; i++) {
    const places = value.e - leading + 1 - DIGITS_PER_WORD * i;
    magnitude += words[i] * WORD_POWER[places / DIGITS_PER_WORD];
  }
  return value.s < 0 ? -magnitude : magnitude;
}

/** Decimal digits of a digit word (1 to 10^7 − 1), counted without making its text. */
function digitCount(word: number): number {
  let digits = 1;
  while (digits < DIGITS_PER_WORD && word >= TEN_TO[digits]) digits++;
  return digits;
}
const TEN_TO = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];
