import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumDecimals } from '../../../src/core/decimal/sum';

/** Kronor and people, and what is not: fractions, negatives, -0, sums past 2^53, numbers past the precision. */
const value = fc.oneof(
  fc.integer({ min: 0, max: 250_000_000 }).map((n) => new Decimal(n)),
  fc.integer({ min: -1000, max: 1000 }).map((n) => new Decimal(n)),
  fc.constantFrom('-0', '0.5', '4503599627370496', '9007199254740991', '123456789012345678901234').map((t) => new Decimal(t)),
  fc.integer({ min: 1, max: 99_999 }).map((n) => new Decimal(n).dividedBy(1000)),
);

describe('sumDecimals', () => {
  it('is the sum Decimal.plus gives, from any start', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), fc.option(value, { nil: undefined }), (values, start) => {
        const expected = values.reduce((s, v) => s.plus(v), start ?? new Decimal(0));
        expect(sumDecimals(values, start).toString()).toBe(expected.toString());
      }),
      {
        numRuns: 3000,
        // Each term below 10^15 (read as a number), the sum 2^53 + 1 (not one).
        examples: [[[...Array.from({ length: 9 }, () => new Decimal('999999999999999')), new Decimal('7199254741002')], undefined]],
      },
    );
  });
});
