import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimals, isAboveOne, isBelowZero } from '../../../src/core/decimal/compare';

/** Decimals around 0 and 1 written many ways: rates, points, tiny and huge, from text and arithmetic. */
const decimal = fc.oneof(
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map((n) => new Decimal(n)),
  fc.integer({ min: -2000, max: 2000 }).map((n) => new Decimal(n).dividedBy(1000)),
  fc
    .constantFrom('0', '-0', '1', '1.0', '1.0000000', '1.00000001', '0.99999999999', '10', '9.9999', '1e-30', '-1e-30', '1e30', '100')
    .map((t) => new Decimal(t)),
  fc.integer({ min: 0, max: 30 }).map((k) => new Decimal(1).plus(new Decimal(10).pow(-k))),
);

describe('comparisons with 0 and 1', () => {
  it('agree with comparedTo', () => {
    fc.assert(
      fc.property(decimal, (d) => {
        expect(isBelowZero(d)).toBe(d.lessThan(0));
        expect(isAboveOne(d)).toBe(d.greaterThan(1));
      }),
      { numRuns: 5000 },
    );
  });

  it('hold for the infinities and NaN as comparedTo does', () => {
    for (const d of [new Decimal(Infinity), new Decimal(-Infinity), new Decimal(NaN)]) {
      expect(isAboveOne(d)).toBe(d.greaterThan(1));
      expect(isBelowZero(d)).toBe(d.lessThan(0));
    }
  });
});

describe('compareDecimals', () => {
  // The decimals above, negated, nearly equal (one unit in the 20th digit apart) and the non-finite ones.
  const any = fc.oneof(
    decimal,
    decimal.map((d) => d.negated()),
    decimal.map((d) => d.plus(new Decimal(10).pow(d.e - 19))),
    fc.constantFrom(new Decimal(Infinity), new Decimal(-Infinity), new Decimal(NaN), new Decimal('1e9000000000000000'), new Decimal('-0')),
  );
  const same = (a: number, b: number) => (Number.isNaN(a) ? Number.isNaN(b) : a === b);

  it('agrees with comparedTo, for equal values written differently too', () => {
    fc.assert(
      fc.property(any, any, (a, b) => {
        expect(same(compareDecimals(a, b), a.comparedTo(b))).toBe(true);
        const b2 = new Decimal(a.toString());
        expect(same(compareDecimals(a, b2), a.comparedTo(b2))).toBe(true);
      }),
      { numRuns: 10000 },
    );
  });
});
