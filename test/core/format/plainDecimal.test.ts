// The fast formatter must write exactly what Intl.NumberFormat writes, for every plain decimal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDecimalFormat } from '../../../src/core/format/plainDecimal';

const decimal = fc
  .tuple(fc.boolean(), fc.stringMatching(/^\d{1,22}$/), fc.option(fc.stringMatching(/^\d{1,14}$/), { nil: undefined }))
  .map(([negative, integer, fraction]) => `${negative ? '-' : ''}${integer}${fraction === undefined ? '' : `.${fraction}`}`);
const digits = fc.integer({ min: 0, max: 10 });

describe('plain decimals formatted without Intl per value', () => {
  it.each(['sv-SE', 'en-GB'])('match Intl.NumberFormat in %s for any decimal and fraction digits', (locale) => {
    fc.assert(
      fc.property(decimal, digits, digits, (value, a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const nf = new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max });
        expect(plainDecimalFormat(nf, min, max)(value)).toBe(nf.format(value as unknown as number));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(['0', '-0', '-0.004', '0.005', '999.995', '-999.995', '1234', '12345', '9999999.999', '0.1e3', '1e-7', 'Infinity'])(
    'matches Intl for %s',
    (value) => {
      for (const locale of ['sv-SE', 'en-GB']) {
        const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
        expect(plainDecimalFormat(nf, 0, 2)(value)).toBe(nf.format(value as unknown as number));
      }
    },
  );
});
