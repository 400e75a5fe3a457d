/**
 * Formats a plain decimal string ("-1234.5678") as the given Intl.NumberFormat would, without calling
 * it per value: Intl's format is the slowest step of explaining a condition, and a table of 100 000
 * rows explains hundreds of thousands. The separators, minus sign and when grouping starts are read
 * from the formatter itself once, so the output follows the runtime's locale data; anything but a
 * plain decimal (exponents, "Infinity") goes to Intl. Rounding is half away from zero, as Intl's.
 * test/core/format/plainDecimal.test.ts holds it against Intl on random decimals.
 */
export type ExactFormat = (value: string) => string;

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

interface Symbols {
  minus: string;
  group: string;
  decimal: string;
  /** Fewest integer digits that get group separators (4 for "1 234", 5 where "1234" stays whole). */
  groupFrom: number;
}

function symbolsOf(nf: Intl.NumberFormat): Symbols | null {
  const parts = nf.formatToParts(-12345.5);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  const minus = part('minusSign');
  const group = part('group');
  // Only the default pattern (minus, digits in threes, decimal point, no literals) is reproduced.
  if (
    minus === undefined ||
    group === undefined ||
    parts.some((p) => !['minusSign', 'integer', 'group', 'decimal', 'fraction'].includes(p.type))
  )
    return null;
  const decimal = nf.formatToParts(0.5).find((p) => p.type === 'decimal')?.value ?? '.';
  const groupFrom = nf.formatToParts(1234).some((p) => p.type === 'group') ? 4 : 5;
  return { minus, group, decimal, groupFrom };
}

/** Adds one unit in the last place to a string of digits ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - 1 - i);
}

export function plainDecimalFormat(nf: Intl.NumberFormat, minFraction: number, maxFraction: number): ExactFormat {
  const symbols = symbolsOf(nf);
  const intl: ExactFormat = (value) => nf.format(value as unknown as number);
  if (!symbols) return intl;
  return (value) => {
    const m = PLAIN.exec(value);
    if (!m) return intl(value);
    const [, sign, integer, fraction = ''] = m;
    // Round the digits to maxFraction places, half away from zero, on the string itself.
    let digits = integer + fraction.slice(0, maxFraction).padEnd(maxFraction, '0');
    if (fraction.length > maxFraction && fraction.charCodeAt(maxFraction) >= 53 /* '5' */) digits = increment(digits);
    let whole = digits.slice(0, digits.length - maxFraction).replace(/^0+(?=\d)/, '');
    let frac = digits.slice(digits.length - maxFraction);
    let keep = frac.length;
    while (keep > minFraction && frac[keep - 1] === '0') keep--;
    frac = frac.slice(0, keep);
    if (whole === '') whole = '0';
    if (whole.length >= symbols.groupFrom) {
      const head = whole.length % 3 || 3;
      let grouped = whole.slice(0, head);
      for (let i = head; i < whole.length; i += 3) grouped += symbols.group + whole.slice(i, i + 3);
      whole = grouped;
    }
    return `${sign ? symbols.minus : ''}${whole}${frac ? symbols.decimal + frac : ''}`;
  };
}
