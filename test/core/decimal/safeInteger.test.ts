import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeInteger } from '../../../src/core/decimal/safeInteger';

describe('safeInteger', () => {
  it('reads whole numbers below 10^15 exactly, as toNumber() does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), (n) => {
        expect(safeInteger(new Decimal(n))).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads whole numbers made by arithmetic and text the same way', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 6 }), (n, scale) => {
        // "1234.000" and 1234 × 10 / 10 store their digits differently from new Decimal(1234).
        const written = new Decimal(`${n.toString()}.${'0'.repeat(scale)}`);
        const computed = new Decimal(n.toString()).times(10 ** scale).dividedBy(10 ** scale);
        expect(safeInteger(written)).toBe(Number(n));
        expect(safeInteger(computed)).toBe(Number(n));
      }),
      { numRuns: 1000 },
    );
  });

  it('is null for fractions, 10^15 and above, NaN and infinities', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 1, max: 9999 }), (n, cents) => {
        expect(safeInteger(new Decimal(n).plus(new Decimal(cents).dividedBy(10000)))).toBeNull();
      }),
    );
    for (const text of ['1e15', '-1e15', '9007199254740993', '123456789012345678', '0.5', '-0.0000001']) {
      expect(safeInteger(new Decimal(text))).toBeNull();
    }
    expect(safeInteger(new Decimal(NaN))).toBeNull();
    expect(safeInteger(new Decimal(Infinity))).toBeNull();
    expect(safeInteger(new Decimal(-Infinity))).toBeNull();
    expect(safeInteger(new Decimal('999999999999999'))).toBe(999_999_999_999_999);
    expect(safeInteger(new Decimal('-0'))).toBe(0);
  });
});
