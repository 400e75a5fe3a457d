import { plainPayout } from '../../src/core/payout/shares';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { computePayouts } from '../../src/core/payout/compute';
import { buildOutputColumns } from '../../src/core/payout/columns';
import { apportion } from '../../src/core/apportionment/largestRemainder';
import type { Agreement } from '../../src/core/agreement/types';
import { bundledAgreement, officialTable, qualifyingRows, regionRow } from './official';

const official2024 = officialTable(2024);
const kr = (d: Decimal) => d.toNumber();

/** The 2024 table with three regions failing one condition each (as three did in 2025). */
function withThreeFailing(deadline: string) {
  const rows = qualifyingRows(official2024, deadline);
  rows[2].facts.inclusionRate = new Decimal('0.68'); // Sörmland
  rows[6].facts.premUsed = false; // Kalmar
  rows[16].facts.reportSubmitted = '2025-10-15'; // Gävleborg
  return rows;
}

describe('computing payouts', () => {
  it('pays the official 2024 second payout to the krona when every region qualifies (golden)', async () => {
    const result = await computePayouts(bundledAgreement(2024), qualifyingRows(official2024));
    expect(result.regions.map((r) => kr(r.payouts.payout2))).toEqual(official2024.map((r) => r.amount));
    expect(kr(result.totals.paid)).toBe(365_000_000);
    expect(kr(result.totals.withheld)).toBe(0);
    expect(result.regions[0].share.toDecimalPlaces(4).toString()).toBe('0.2326');
  });

  it('redistributes the second payout among the qualifying regions (2025)', async () => {
    const rows = withThreeFailing('2025-09-30');
    const result = await computePayouts(bundledAgreement(2025), rows);
    const payout2 = result.tranches[1];
    expect(payout2.qualifying).toBe(18);
    expect(kr(payout2.paid)).toBe(182_500_000);
    expect(kr(payout2.withheld)).toBe(0);
    const failing = [2, 6, 16];
    failing.forEach((i) => expect(kr(result.regions[i].payouts.payout2)).toBe(0));
    const qualifying = rows.filter((_, i) => !failing.includes(i));
    const expected = apportion(
      new Decimal(182_500_000),
      qualifying.map((r) => ({ key: r.code!, weight: r.population })),
    );
    expect(result.regions.filter((_, i) => !failing.includes(i)).map((r) => kr(r.payouts.payout2))).toEqual(expected.map(kr));
    expect(result.regions[2].reasons.map((r) => r.en)).toEqual(['Inclusion 68\u00a0% is below the required 70\u00a0%']);
    expect(result.regions[0].reasons).toEqual([]);
  });

  it("withholds the failing regions' shares under the withhold policy", async () => {
    const base = bundledAgreement(2025);
    const agreement: Agreement = { ...base, tranches: [base.tranches[0], { ...base.tranches[1], onFailure: 'withhold' }] };
    const result = await computePayouts(agreement, withThreeFailing('2025-09-30'));
    const all = apportion(
      new Decimal(182_500_000),
      official2024.map((r) => ({ key: r.code, weight: new Decimal(r.population) })),
    );
    expect(kr(result.regions[0].payouts.payout2)).toBe(kr(all[0]));
    const withheld = kr(all[2]) + kr(all[6]) + kr(all[16]);
    expect(kr(result.tranches[1].withheld)).toBe(withheld);
    expect(kr(result.tranches[1].paid) + withheld).toBe(182_500_000);
  });

  it('pays nothing in a tranche no region qualifies for, and says so', async () => {
    const rows = official2024.map((r, i) => regionRow(i, r.code, r.name, r.population));
    const result = await computePayouts(bundledAgreement(2024), rows);
    expect(kr(result.tranches[1].paid)).toBe(0);
    expect(kr(result.tranches[1].withheld)).toBe(182_500_000);
    expect(result.tranches[1].note?.sv).toMatch(/Ingen region uppfyller villkoren/);
    expect(kr(result.tranches[0].paid)).toBe(182_500_000);
  });

  it('property: whatever regions fail, redistributed tranches add up exactly and failing regions get nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 21, maxLength: 21 }), async (fails) => {
        const rows = qualifyingRows(official2024);
        fails.forEach((fail, i) => fail && (rows[i].facts.premUsed = false));
        const result = await computePayouts(bundledAgreement(2024), rows);
        const anyQualifies = fails.some((f) => !f);
        expect(kr(result.tranches[1].paid)).toBe(anyQualifies ? 182_500_000 : 0);
        result.regions.forEach((r, i) => fails[i] && expect(kr(r.payouts.payout2)).toBe(0));
        expect(kr(result.totals.paid) + kr(result.totals.withheld)).toBe(365_000_000);
      }),
      { numRuns: 40 },
    );
  });

  it('builds the payout columns aligned with the table rows', async () => {
    const rows = withThreeFailing('2025-09-30');
    const result = await computePayouts(bundledAgreement(2025), rows);
    const columns = buildOutputColumns(result, 'sv', { headerRow: 0, rowCount: 22 });
    expect(columns.headers).toEqual([
      'Kvot: Andel',
      'Kvot: Utbetalning 1',
      'Kvot: Utbetalning 2',
      'Kvot: Totalt',
      'Kvot: Villkor uppfyllda',
      'Kvot: Skäl',
    ]);
    expect(columns.numberFormats).toEqual(['0.00%', '#,##0 "kr"', '#,##0 "kr"', '#,##0 "kr"', '@', '@']);
    expect(columns.rows).toHaveLength(22);
    expect(columns.rows[21]).toEqual([null, null, null, null, null, null]);
    expect(columns.rows[2][4]).toBe('Nej');
    expect(columns.failingRows).toEqual([2, 6, 16]);
    expect(columns.totals?.slice(1, 4)).toEqual([182_500_000, 182_500_000, 365_000_000]);
    expect(columns.totals?.[4]).toBe('18 av 21');
  });
});

describe('shares', () => {
  const agreement = bundledAgreement(2024);
  const facts = { inclusionRate: new Decimal('0.8'), premUsed: true, reportSubmitted: '2024-09-01' };

  it('property: each is the population over the table’s, to 20 digits, the same Decimal on every read; they add up to totals.shares', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 3_000_000 }), { minLength: 1, maxLength: 25 }), async (populations) => {
        const rows = populations.map((p, i) => regionRow(i, `R${i}`, `Region ${i}`, String(p), facts));
        const result = await computePayouts({ ...agreement, regions: undefined }, rows);
        const total = populations.reduce((s, p) => s + p, 0);
        let sum = new Decimal(0);
        result.regions.forEach((payout, i) => {
          const expected = total === 0 ? new Decimal(0) : new Decimal(populations[i]).dividedBy(total);
          expect(payout.share.toString()).toBe(expected.toString());
          expect(payout.share).toBe(payout.share);
          sum = sum.plus(payout.share);
        });
        expect(result.totals.shares.toNumber()).toBe(total === 0 ? 0 : 1);
        expect(sum.toDecimalPlaces(12).equals(result.totals.shares)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('come along, with the payouts, total and basis values, when a payout is written out as JSON or copied with plainPayout', async () => {
    const rows = [regionRow(0, 'R0', 'Region 0', '100', facts), regionRow(1, 'R1', 'Region 1', '300', facts)];
    const result = await computePayouts({ ...agreement, regions: undefined }, rows);
    const payout = result.regions[1];
    const copy = plainPayout(payout);
    expect(copy.share.toString()).toBe('0.75');
    expect([copy.payouts, copy.total, copy.basisValues]).toEqual([payout.payouts, payout.total, payout.basisValues]);
    const json = JSON.parse(JSON.stringify(result.regions[0])) as Record<string, unknown>;
    // The fields in the order a plain object of them had before they were worked out when read.
    expect(Object.keys(json)).toEqual([
      'region',
      'eligible',
      'payouts',
      'parts',
      'partEligible',
      'basisValues',
      'total',
      'outcomes',
      'reasons',
      'share',
    ]);
    expect(json).toMatchObject({
      share: '0.25',
      total: result.regions[0].total.toString(),
    });
  });

  it('are worked out when read, once: a record of payouts and a total a region, the sum of its tranches', async () => {
    const rows = [regionRow(0, 'R0', 'Region 0', '100', facts), regionRow(1, 'R1', 'Region 1', '300', facts)];
    const result = await computePayouts({ ...agreement, regions: undefined }, rows);
    for (const payout of result.regions) {
      expect(payout.payouts).toBe(payout.payouts);
      expect(payout.total).toBe(payout.total);
      expect(Object.keys(payout.payouts)).toEqual(agreement.tranches.map((t) => t.id));
      const sum = Object.values(payout.payouts).reduce((s, a) => s.plus(a), new Decimal(0));
      expect(payout.total.toString()).toBe(sum.toString());
    }
  });
});
