import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { apportion } from '../../src/core/apportionment/largestRemainder';
import { officialTable } from './official';

const parts = (weights: number[]) => weights.map((w, i) => ({ key: String(i).padStart(3, '0'), weight: new Decimal(w) }));
const asNumbers = (ds: Decimal[]) => ds.map((d) => d.toNumber());

describe('largest remainder apportionment', () => {
  it('reproduces the official 2024 table to the krona for all 21 regions (golden)', () => {
    const rows = officialTable(2024);
    expect(rows).toHaveLength(21);
    const amounts = apportion(
      new Decimal(182_500_000),
      rows.map((r) => ({ key: r.code, weight: new Decimal(r.population) })),
    );
    expect(asNumbers(amounts)).toEqual(rows.map((r) => r.amount));
  });

  it('differs from the official 2021 table in exactly two regions, by 1 kr each', () => {
    // S2020/09796: 185 000 000 kr by population 1/11-2019. The exact quotas are Sörmland 5 327 429,511
    // and Västerbotten 4 869 423,565. Largest remainder gives the last krona to the larger remainder
    // (Västerbotten); the decision gave it to Sörmland although its remainder is smaller. Checked by
    // hand: D'Hondt, Sainte-Laguë, Adams and Huntington-Hill all differ from the decision as well, and
    // rounding each quota to the nearest krona sums to 185 000 002. Kvot keeps the documented method.
    const rows = officialTable(2021);
    const amounts = asNumbers(
      apportion(
        new Decimal(185_000_000),
        rows.map((r) => ({ key: r.code, weight: new Decimal(r.population) })),
      ),
    );
    const differing = rows
      .map((r, i) => ({ name: r.name, computed: amounts[i], official: r.amount }))
      .filter((d) => d.computed !== d.official);
    expect(differing).toEqual([
      { name: 'Region Sörmland', computed: 5_327_429, official: 5_327_430 },
      { name: 'Region Västerbotten', computed: 4_869_424, official: 4_869_423 },
    ]);
    expect(rows.reduce((s, r) => s + r.amount, 0)).toBe(185_000_000);
  });

  it('breaks equal remainders by larger weight, then by key', () => {
    expect(asNumbers(apportion(new Decimal(1), parts([1, 1])))).toEqual([1, 0]);
    expect(asNumbers(apportion(new Decimal(2), parts([1, 2, 1, 2])))).toEqual([0, 1, 0, 1]);
  });

  it('pays nothing when the weights sum to zero', () => {
    expect(asNumbers(apportion(new Decimal(100), parts([0, 0])))).toEqual([0, 0]);
  });

  it('rejects a total that is not whole kronor', () => {
    expect(() => apportion(new Decimal('10.5'), parts([1]))).toThrow(/whole number/);
  });

  const weightsArb = fc.array(fc.nat({ max: 3_000_000 }), { minLength: 1, maxLength: 40 });
  const totalArb = fc.nat({ max: 400_000_000 });

  it('property: parts add up exactly to the total (unless all weights are zero)', () => {
    fc.assert(
      fc.property(weightsArb, totalArb, (weights, total) => {
        const sum = apportion(new Decimal(total), parts(weights)).reduce((s, d) => s.plus(d), new Decimal(0));
        expect(sum.toNumber()).toBe(weights.some((w) => w > 0) ? total : 0);
      }),
    );
  });

  it('property: every part is the floor or ceiling of its exact quota', () => {
    fc.assert(
      fc.property(weightsArb, totalArb, (weights, total) => {
        const sumW = weights.reduce((a, b) => a + b, 0);
        fc.pre(sumW > 0);
        apportion(new Decimal(total), parts(weights)).forEach((d, i) => {
          const quota = new Decimal(total).times(weights[i]).dividedBy(sumW);
          expect(d.gte(quota.floor()) && d.lte(quota.ceil())).toBe(true);
        });
      }),
    );
  });

  it('property: row order does not change any part', () => {
    fc.assert(
      fc.property(weightsArb, totalArb, fc.nat(), (weights, total, seed) => {
        const original = parts(weights);
        const shuffled = [...original].sort((a, b) => ((Number(a.key) * 7919 + seed) % 101) - ((Number(b.key) * 7919 + seed) % 101));
        const byKey = (list: typeof original) => {
          const amounts = apportion(new Decimal(total), list);
          return Object.fromEntries(list.map((p, i) => [p.key, amounts[i].toNumber()]));
        };
        expect(byKey(shuffled)).toEqual(byKey(original));
      }),
    );
  });

  it('property: zero weight gets zero', () => {
    fc.assert(
      fc.property(weightsArb, totalArb, (weights, total) => {
        apportion(new Decimal(total), parts(weights)).forEach((d, i) => {
          if (weights[i] === 0) expect(d.toNumber()).toBe(0);
        });
      }),
    );
  });
});
