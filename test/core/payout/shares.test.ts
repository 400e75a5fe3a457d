import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharesOf } from '../../../src/core/payout/shares';

/** sharesOf works the shares out in integers; Decimal's own division is what it must give, digit for digit. */
describe('sharesOf', () => {
  const decimal = fc.oneof(
    fc.bigInt({ min: 0n, max: 10n ** 12n }).map((n) => new Decimal(n.toString())),
    fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 8 })).map(([n, p]) => new Decimal(`${n}e-${p}`)),
  );

  it('equals dividedBy for any weights and total', () => {
    fc.assert(
      fc.property(fc.array(fc.option(decimal, { nil: null }), { maxLength: 30 }), decimal, (weights, extra) => {
        const total = weights.reduce((s: Decimal, w) => (w ? s.plus(w) : s), extra);
        const shares = sharesOf(weights, total);
        weights.forEach((w, i) => {
          const expected = w === null || total.isZero() ? new Decimal(0) : w.dividedBy(total);
          expect(shares[i].toString()).toBe(expected.toString());
        });
      }),
      { numRuns: 1500 },
    );
  });

  it('rounds half up at the last digit, as Decimal does', () => {
    // 2/3 and 1/6 round up at the 20th digit, 1/3 down; 1/8 is exact.
    const weights = ['2', '1', '0.5', '0.375', '2454821'].map((n) => new Decimal(n));
    for (const total of ['3', '6', '1', '10631881', '0.000007']) {
      const shares = sharesOf(weights, new Decimal(total));
      weights.forEach((w, i) => expect(shares[i].toString()).toBe(w.dividedBy(total).toString()));
    }
  });

  it('gives 0 for a zero total and for unusable weights', () => {
    expect(sharesOf([new Decimal(5), null], new Decimal(0)).map(String)).toEqual(['0', '0']);
    expect(sharesOf([null, new Decimal(5)], new Decimal(10)).map(String)).toEqual(['0', '0.5']);
  });
});
