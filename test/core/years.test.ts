import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import type { Agreement, FactDeclaration } from '../../src/core/agreement/types';
import { agreementOverview } from '../../src/core/agreement/overview';
import { computePayouts } from '../../src/core/payout/compute';
import { outcomeSummary } from '../../src/core/payout/summary';
import type { FactValue } from '../../src/core/table/types';
import { bundledAgreement, officialTable, regionRow, type OfficialRow } from './official';

const kr = (d: Decimal | undefined) => (d ?? new Decimal(0)).toNumber();
const pop2019 = officialTable(2021);
const pop2024 = officialTable(2024);

/** A value of a fact that meets every condition of the year's files (they only ask for yes, a count ≥ k, a date by a deadline). */
function meeting(fact: FactDeclaration, year: number): FactValue {
  switch (fact.type) {
    case 'boolean':
      return true;
    case 'date':
      return `${year}-09-01`;
    case 'number':
      return new Decimal(fact.id.startsWith('pathways') ? 10 : 3);
    case 'percent':
      return new Decimal(fact.id.endsWith('LastYear') ? '0.65' : '0.8');
    default:
      return null;
  }
}

function qualifying(agreement: Agreement, table: OfficialRow[], change: (i: number) => Partial<Record<string, FactValue>> = () => ({})) {
  const facts = agreement.facts.filter((f) => f.role === undefined);
  return table.map((r, i) =>
    regionRow(i, r.code, r.name, r.population, {
      ...Object.fromEntries(facts.map((f) => [f.id, meeting(f, agreement.year)])),
      ...change(i),
    }),
  );
}

const amounts = (agreement: Agreement) => agreement.tranches.map((t) => t.amount);

describe('the bundled years against what the government and RCC published', () => {
  it('2015: 207 + 206 MSEK; the 206 to the councils that reported by 1 November with the five pilot pathways', async () => {
    const agreement = bundledAgreement(2015);
    expect([agreement.budget, ...amounts(agreement)]).toEqual([413_000_000, 207_000_000, 206_000_000]);
    const late = await computePayouts(
      agreement,
      qualifying(agreement, pop2019, (i) => (i === 0 ? { reportSubmitted: '2015-11-02' } : i === 1 ? { svfProstate: false } : {})),
    );
    expect(late.regions.slice(0, 3).map((r) => r.eligible.payout2)).toEqual([false, false, true]);
    expect(kr(late.tranches[1].paid)).toBe(206_000_000);
    expect(late.regions[0].reasons[0].sv).toBe('Redovisning inkommen 2015-11-02 är efter sista dag 2015-11-01');
  });

  it('2016: 203 + 203 MSEK; six councils got nothing of the second part and it was all paid to the others', async () => {
    const agreement = bundledAgreement(2016);
    expect(amounts(agreement)).toEqual([203_000_000, 203_000_000]);
    const six = new Set([1, 4, 7, 10, 13, 16]);
    const result = await computePayouts(
      agreement,
      qualifying(agreement, pop2019, (i) => (six.has(i) ? { reportSubmitted: '2016-11-10' } : {})),
    );
    expect(result.tranches[1].qualifying).toBe(15);
    expect(kr(result.tranches[1].paid)).toBe(203_000_000);
    expect(result.regions.filter((r, i) => six.has(i)).every((r) => kr(r.payouts.payout2) === 0)).toBe(true);
    expect(outcomeSummary(agreement, result)[1].sv).toMatch(
      /^6 regioner uppfyller inte villkoren för Utbetalning 2 .* omfördelas till 15 regioner\.$/,
    );
  });

  it('2017: 204 + 203 MSEK; every council met the requirements (four pathways exempt, six with a patient each)', async () => {
    const agreement = bundledAgreement(2017);
    expect(amounts(agreement)).toEqual([204_000_000, 203_000_000]);
    expect(agreement.facts.filter((f) => f.id.startsWith('patients'))).toHaveLength(6);
    const result = await computePayouts(agreement, qualifying(agreement, pop2019));
    expect(outcomeSummary(agreement, result).map((s) => s.sv)).toEqual([
      'Alla 21 regioner uppfyller villkoren för Utbetalning 1.',
      'Alla 21 regioner uppfyller villkoren för Utbetalning 2.',
    ]);
    expect(kr(result.totals.paid)).toBe(407_000_000);
  });

  it('2018: 195 MSEK (S2018/02625/FS) for the ten 2017 pathways and an action plan, 196 MSEK after the report; all qualified', async () => {
    const agreement = bundledAgreement(2018);
    expect(amounts(agreement)).toEqual([195_000_000, 196_000_000]);
    expect(agreement.references.map((r) => r.id)).toContain('S2018/02625/FS');
    const result = await computePayouts(
      agreement,
      qualifying(agreement, pop2019, (i) => (i === 5 ? { pathways2017Introduced: new Decimal(9) } : {})),
    );
    expect(result.regions[5].eligible.payout1).toBe(false);
    expect(kr(result.tranches[0].paid)).toBe(195_000_000);
    expect(kr(result.tranches[1].paid)).toBe(196_000_000);
  });

  it('2019: 170 + 170 MSEK, the second after the report; all qualified', async () => {
    const agreement = bundledAgreement(2019);
    expect(amounts(agreement)).toEqual([170_000_000, 170_000_000]);
    const result = await computePayouts(agreement, qualifying(agreement, pop2019));
    expect(kr(result.totals.paid)).toBe(340_000_000);
    expect(result.regions.every((r) => r.eligible.payout2)).toBe(true);
  });

  it('2020: 320 MSEK, all by population without conditions; the split in two is marked as assumed', async () => {
    const agreement = bundledAgreement(2020);
    expect(agreement.budget).toBe(320_000_000);
    expect(agreement.tranches.every((t) => t.conditions === undefined)).toBe(true);
    const result = await computePayouts(agreement, qualifying(agreement, pop2019));
    expect(outcomeSummary(agreement, result)[0].sv.replace(/\u00a0/g, ' ')).toBe(
      'Hela 320 000 000 kr fördelas efter befolkning mellan 21 regioner, utan villkor.',
    );
    expect(agreementOverview(agreement).assumed.map((a) => [a.pointer, a.assumption.about])).toEqual([
      ['/tranches/0', ['amount']],
      ['/tranches/1', ['amount']],
    ]);
  });

  it('2021: both payouts as the official table (two regions 1 kr off, as documented), and below 70 % inclusion still paid', async () => {
    const agreement = bundledAgreement(2021);
    // Inclusion is no condition in 2021: RCC (2021-11-26) names Östergötland and Norrbotten below 70 %, and all were paid.
    expect(JSON.stringify(agreement.tranches)).not.toContain('inclusionRate');
    const rows = qualifying(agreement, pop2019, (i) => ({
      inclusionRate: new Decimal(pop2019[i].code === '05' || pop2019[i].code === '25' ? '0.62' : '0.75'),
    }));
    const result = await computePayouts(agreement, rows);
    for (const tranche of ['payout1', 'payout2']) {
      const differing = pop2019
        .map((r, i) => ({ name: r.name, computed: kr(result.regions[i].payouts[tranche]), official: r.amount }))
        .filter((x) => x.computed !== x.official);
      expect(differing).toEqual([
        { name: 'Region Sörmland', computed: 5_327_429, official: 5_327_430 },
        { name: 'Region Västerbotten', computed: 4_869_424, official: 4_869_423 },
      ]);
    }
    expect(result.regions.every((r) => r.eligible.payout2)).toBe(true);
    // The report's deadline is the assumed part, with why and source.
    const assumed = agreementOverview(agreement).assumed;
    expect(assumed.map((a) => a.pointer)).toEqual(['/tranches/1', '/tranches/1/conditions/all/0']);
    expect(assumed[1].assumption.source).toBe('RCC i samverkan 2021-11-26');
  });

  it('2024 and 2025: unchanged, 182.5 + 182.5 MSEK', () => {
    for (const year of [2024, 2025]) expect(amounts(bundledAgreement(year))).toEqual([182_500_000, 182_500_000]);
  });

  it('2026: 250 + 250 MSEK, and the lead-time money by diagnosis left to fill in, every placeholder marked as assumed', async () => {
    const agreement = bundledAgreement(2026);
    expect([agreement.budget, ...amounts(agreement)]).toEqual([500_000_000, 250_000_000, 250_000_000, 0]);
    expect(agreement.tranches[2].parts!.map((p) => p.id)).toEqual(['breast', 'colorectal', 'prostate']);
    const assumed = agreementOverview(agreement).assumed.map((a) => a.pointer);
    expect(assumed).toEqual(expect.arrayContaining(['/tranches/2', '/tranches/2/parts/0', '/tranches/2/parts/1', '/tranches/2/parts/2']));
    const result = await computePayouts(agreement, qualifying(agreement, pop2024));
    expect(kr(result.totals.paid)).toBe(500_000_000);
    expect(kr(result.regions[0].payouts.payout1)).toBe(Math.round((250_000_000 * 2_455_914) / 10_557_682));
  });
});
