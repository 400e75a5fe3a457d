import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kronorText, parseDecimal, parseInteger, parseKronor, parsePercent, percentText } from '../../../src/core/agreement/fieldValues';

/** "70.125" (percent) → "0.70125" (fraction) by moving the decimal point in the text: no arithmetic at all. */
function fractionLiteral(percent: string): string {
  const [whole, decimals = ''] = percent.split('.');
  const digits = whole.padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}${decimals}`;
}

describe('percent fields', () => {
  it('turns typed percentages into the fractions a rule file holds', () => {
    expect(parsePercent('70')).toBe(0.7);
    expect(parsePercent('72')).toBe(0.72);
    expect(parsePercent('70,5')).toBe(0.705);
    expect(parsePercent(' 70.5 % ')).toBe(0.705);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('100')).toBe(1);
  });

  it('gives exactly the number of the decimal literal, where float arithmetic would not', () => {
    // The trap the conversion avoids: 0.7 typed as 70 and divided back by float arithmetic on other paths.
    expect(0.07 * 100).not.toBe(7);
    expect(Number('1.1') / 100).not.toBe(0.011);
    expect(parsePercent('1.1')).toBe(0.011);
    expect(parsePercent('0,7')).toBe(0.007);
    expect(parsePercent('7')).toBe(0.07);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 3 }), (n, scale) => {
        const text = scale === 0 ? String(n) : `${Math.floor(n / 10 ** scale)}.${String(n % 10 ** scale).padStart(scale, '0')}`;
        expect(parsePercent(text)).toBe(Number(fractionLiteral(text)));
      }),
    );
  });

  it('shows fractions as percentages without float noise, and round-trips', () => {
    expect(percentText(0.7, 'sv')).toBe('70');
    expect(percentText(0.705, 'sv')).toBe('70,5');
    expect(percentText(0.705, 'en')).toBe('70.5');
    expect(percentText(0.07, 'sv')).toBe('7');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        const fraction = Number(fractionLiteral(`${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`));
        expect(parsePercent(percentText(fraction, 'sv'))).toBe(fraction);
      }),
    );
  });

  it('rejects text that is not a percentage', () => {
    for (const text of ['', 'abc', '-5', '70%%', '7 0,5,1']) expect(parsePercent(text), text).toBeNull();
    expect(percentText('abc', 'sv')).toBe('abc');
  });
});

describe('kronor fields', () => {
  it('reads whole kronor written the Swedish or English way', () => {
    expect(parseKronor('182 500 000')).toBe(182_500_000);
    expect(parseKronor('182\u00a0500\u00a0000 kr')).toBe(182_500_000);
    expect(parseKronor('182500000')).toBe(182_500_000);
    expect(parseKronor('182,500,000')).toBe(182_500_000);
    for (const text of ['', '1,5', '-5', '12 kr 3', 'abc', '1e9']) expect(parseKronor(text), text).toBeNull();
  });

  it('shows amounts with the language’s grouping', () => {
    expect(kronorText(182_500_000, 'sv').replace(/\u00a0/g, ' ')).toBe('182 500 000');
    expect(kronorText(182_500_000, 'en')).toBe('182,500,000');
    expect(kronorText('1,5', 'sv')).toBe('1,5');
    expect(parseKronor(kronorText(365_000_000, 'sv'))).toBe(365_000_000);
    expect(parseKronor(kronorText(365_000_000, 'en'))).toBe(365_000_000);
  });
});

describe('other numbers', () => {
  it('reads integers and decimals', () => {
    expect(parseInteger('2026')).toBe(2026);
    expect(parseInteger('20,26')).toBeNull();
    expect(parseDecimal('0,1')).toBe(0.1);
    expect(parseDecimal('2 455 914')).toBe(2_455_914);
    expect(parseDecimal('x')).toBeNull();
  });
});
