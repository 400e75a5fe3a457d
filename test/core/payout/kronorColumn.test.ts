import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KronorColumn } from '../../../src/core/payout/kronorColumn';

// Whole kronor, small and around 2^53 and 10^15 (where exact numbers stop and Decimals take over).
const SAFE = Number.MAX_SAFE_INTEGER;
const kronor = fc.oneof(
  fc.nat({ max: 50_000_000 }),
  fc.constantFrom(0, 1, SAFE - 1, SAFE, 10 ** 15 - 1, 10 ** 15),
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
);
const asDecimal = (k: number | string) => new Decimal(k);
/** A column of the amounts, as numbers where every one is a safe integer (as the apportionment makes them), else as Decimals. */
const columnOf = (amounts: (number | string)[]) =>
  amounts.every((k) => typeof k === 'number' && Number.isSafeInteger(k))
    ? KronorColumn.ofNumbers(Float64Array.from(amounts as number[]))
    : KronorColumn.ofDecimals(amounts.map(asDecimal));
const sumByPlus = (values: Decimal[]) => values.reduce((s, v) => s.plus(v), new Decimal(0));

describe('KronorColumn', () => {
  it('reads each amount as the Decimal of it, one Decimal per row however often it is read', () => {
    fc.assert(
      fc.property(fc.array(kronor, { maxLength: 20 }), (amounts) => {
        const column = columnOf(amounts);
        expect(column.length).toBe(amounts.length);
        amounts.forEach((k, i) => {
          expect(column.at(i).equals(asDecimal(k))).toBe(true);
          expect(column.at(i)).toBe(column.at(i));
        });
      }),
    );
  });

  it('adds up the rows it is asked for as Decimal.plus does, past 2^53 too', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(kronor, fc.boolean()), { maxLength: 20 }), (rows) => {
        const column = columnOf(rows.map(([k]) => k));
        const expected = sumByPlus(rows.filter(([, included]) => included).map(([k]) => asDecimal(k)));
        expect(column.sumWhere((i) => rows[i][1]).toString()).toBe(expected.toString());
      }),
      { numRuns: 500 },
    );
  });

  it('adds columns row by row as Decimal.plus does (a tranche as the sum of its parts)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 8 })
          .chain((n) => fc.array(fc.array(kronor, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 4 })),
        (parts) => {
          const length = parts[0].length;
          const sum = KronorColumn.sum(parts.map(columnOf), length);
          for (let i = 0; i < length; i++) {
            expect(sum.at(i).toString()).toBe(sumByPlus(parts.map((p) => asDecimal(p[i]))).toString());
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives an amount as a number only where it is exact', () => {
    const column = KronorColumn.ofDecimals([new Decimal(42), new Decimal('1e20'), new Decimal(SAFE)]);
    expect([column.exact(0), column.exact(1)]).toEqual([42, null]);
    expect(KronorColumn.ofNumbers(Float64Array.from([7, 0])).exact(0)).toBe(7);
  });
});
