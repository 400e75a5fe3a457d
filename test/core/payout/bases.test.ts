import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { loadAgreement } from '../../../src/core/agreement/load';
import type { Agreement, Basis, FactDeclaration, Tranche } from '../../../src/core/agreement/types';
import { computePayouts } from '../../../src/core/payout/compute';
import { buildOutputColumns } from '../../../src/core/payout/columns';
import { outcomeSummary } from '../../../src/core/payout/summary';
import { payoutText } from '../../../src/cli/report';
import type { RegionRow } from '../../../src/core/table/types';
import { bundledAgreement, officialTable, qualifyingRows, regionRow } from '../official';

const kr = (d: Decimal | undefined) => (d ?? new Decimal(0)).toNumber();
const official2024 = officialTable(2024);

const WOMEN: FactDeclaration = {
  id: 'women',
  type: 'number',
  label: { sv: 'Kvinnor 15–44 år', en: 'Women 15–44' },
  headers: { sv: ['Kvinnor 15–44 år'], en: ['Women 15–44'] },
  required: true,
};
const POINTS: FactDeclaration[] = [
  {
    id: 'shareNow',
    type: 'percent',
    label: { sv: 'Inom ledtid', en: 'Within lead time' },
    headers: { sv: ['Inom ledtid'], en: ['Within lead time'] },
    required: true,
  },
  {
    id: 'shareBefore',
    type: 'percent',
    label: { sv: 'Inom ledtid i fjol', en: 'Within lead time last year' },
    headers: { sv: ['Inom ledtid i fjol'], en: ['Within lead time last year'] },
    required: true,
  },
];

/** The 2024 rules with the first tranche split by another basis (and a base amount), the second as it is. */
function agreementWith(first: Partial<Tranche>, facts: FactDeclaration[] = [], regions = true): Agreement {
  const base = bundledAgreement(2024);
  const tranches = [{ ...base.tranches[0], ...first }, base.tranches[1]];
  const json = { ...base, facts: [...base.facts, ...facts], tranches, budget: tranches.reduce((s, t) => s + t.amount, 0) };
  if (!regions) delete (json as { regions?: unknown }).regions;
  const loaded = loadAgreement(json);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.agreement;
}

/** n regions (codes from the 2024 list) with given populations, weights and outcomes. */
function rows(populations: number[], extra: (i: number) => Record<string, Decimal | boolean | string | null> = () => ({})): RegionRow[] {
  return populations.map((p, i) =>
    regionRow(i, official2024[i].code, official2024[i].name, p, {
      inclusionRate: new Decimal('0.8'),
      premUsed: true,
      reportSubmitted: '2024-09-01',
      ...extra(i),
    }),
  );
}

const regionCount = fc.integer({ min: 1, max: 21 });

describe('equal shares', () => {
  it('property: add up exactly, and differ by at most 1 kr between the regions paid', async () => {
    await fc.assert(
      fc.asyncProperty(
        regionCount,
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.boolean(), { minLength: 21, maxLength: 21 }),
        async (n, amount, fails) => {
          const agreement = agreementWith({
            amount,
            basis: 'equal',
            conditions: { all: [{ name: 'report', fact: 'reportSubmitted', operator: 'onOrBefore', value: '2024-09-30' }] },
            onFailure: 'redistribute',
          });
          const loaded = { agreement };
          const table = rows(
            Array.from({ length: n }, (_, i) => 1000 + i * 7),
            (i) => ({ reportSubmitted: fails[i] ? '2024-10-15' : '2024-09-01' }),
          );
          const result = await computePayouts(loaded.agreement, table);
          const paid = result.regions.filter((r) => r.eligible.payout1).map((r) => kr(r.payouts.payout1));
          expect(result.regions.reduce((s, r) => s + kr(r.payouts.payout1), 0)).toBe(paid.length > 0 ? amount : 0);
          if (paid.length > 0) expect(Math.max(...paid) - Math.min(...paid)).toBeLessThanOrEqual(1);
          for (const r of result.regions) if (!r.eligible.payout1) expect(kr(r.payouts.payout1)).toBe(0);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('gives the extra kronor by code, whatever the population', async () => {
    const result = await computePayouts(agreementWith({ amount: 182_500_000, basis: 'equal' }), qualifyingRows(official2024));
    const amounts = result.regions.map((r) => kr(r.payouts.payout1));
    // 182 500 000 / 21 = 8 690 476,19…: four regions (the lowest codes) get the 4 kronor left over.
    expect(amounts.filter((a) => a === 8_690_477)).toHaveLength(4);
    expect(amounts.slice(0, 4)).toEqual([8_690_477, 8_690_477, 8_690_477, 8_690_477]);
    expect(amounts.reduce((s, a) => s + a, 0)).toBe(182_500_000);
  });
});

describe('a weight column', () => {
  it('property: adds up exactly and follows the weights (floor or ceiling of the exact quota)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 21 }), async (weights) => {
        const agreement = agreementWith({ basis: { fact: 'women' } }, [WOMEN]);
        const result = await computePayouts(
          agreement,
          rows(
            weights.map(() => 100),
            (i) => ({ women: new Decimal(weights[i]) }),
          ),
        );
        const sum = weights.reduce((s, w) => s + w, 0);
        const amounts = result.regions.map((r) => kr(r.payouts.payout1));
        expect(amounts.reduce((s, a) => s + a, 0)).toBe(sum === 0 ? 0 : 182_500_000);
        if (sum === 0) return;
        amounts.forEach((a, i) => {
          const quota = new Decimal(182_500_000).times(weights[i]).dividedBy(sum);
          expect(a >= quota.floor().toNumber() && a <= quota.ceil().toNumber()).toBe(true);
        });
      }),
      { numRuns: 80 },
    );
  });

  it('splits by an improvement in points clamped at zero: a worsening earns nothing', async () => {
    const agreement = agreementWith({ basis: { fact: 'shareNow', minus: 'shareBefore', clampAtZero: true } }, POINTS);
    const table = rows([100, 100, 100], (i) => ({
      shareNow: new Decimal(['0.75', '0.70', '0.60'][i]),
      shareBefore: new Decimal(['0.70', '0.68', '0.65'][i]),
    }));
    const result = await computePayouts(agreement, table);
    // Improvements of 5, 2 and −5 points: 5/7 and 2/7 of the tranche, and nothing.
    expect(result.regions.map((r) => kr(r.payouts.payout1))).toEqual([130_357_143, 52_142_857, 0]);
    expect(result.regions[2].eligible.payout1).toBe(true);
    expect(result.shareBasis?.label.sv).toBe('Inom ledtid − Inom ledtid i fjol');
  });

  it('pays nothing for a missing or (unclamped) negative weight, and says why', async () => {
    const agreement = agreementWith({ basis: { fact: 'shareNow', minus: 'shareBefore' } }, POINTS);
    const table = rows([100, 100, 100], (i) => ({ shareNow: d(['0.75', null, '0.60'][i]), shareBefore: new Decimal('0.65') }));
    const result = await computePayouts(agreement, table);
    expect(result.regions.map((r) => kr(r.payouts.payout1))).toEqual([182_500_000, 0, 0]);
    expect(result.regions[1].eligible.payout1).toBe(false);
    expect(result.regions[1].reasons.map((r) => r.sv)).toEqual(['Utbetalning 1: Inom ledtid − Inom ledtid i fjol saknas: ingen andel']);
    expect(result.regions[2].reasons[0].sv.replace(/\u00a0/g, ' ')).toBe(
      'Utbetalning 1: Inom ledtid − Inom ledtid i fjol är negativ (−0,05): ingen andel',
    );
  });

  it('names each basis by its own label when two tranches weigh by one fact under different labels', async () => {
    const base = agreementWith({ basis: { fact: 'women', label: { sv: 'Vikt A', en: 'Weight A' } } }, [WOMEN]);
    const agreement: Agreement = {
      ...base,
      tranches: [base.tranches[0], { ...base.tranches[1], basis: { fact: 'women', label: { sv: 'Vikt B', en: 'Weight B' } } }],
    };
    const table = rows([100, 100, 100], (i) => ({ women: i === 1 ? null : new Decimal(40) }));
    const result = await computePayouts(agreement, table);
    expect(result.regions[1].reasons.map((r) => r.sv)).toEqual([
      'Utbetalning 1: Vikt A saknas: ingen andel',
      'Utbetalning 2: Vikt B saknas: ingen andel',
    ]);
  });
});

const d = (x: string | null) => (x === null ? null : new Decimal(x));

describe('a base amount per recipient', () => {
  it('property: is paid first to every region paid, the rest by population, adding up exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 8_690_476 }),
        fc.array(fc.boolean(), { minLength: 21, maxLength: 21 }),
        fc.constantFrom<'redistribute' | 'withhold'>('redistribute', 'withhold'),
        async (base, fails, policy) => {
          const agreement = agreementWith({
            baseAmount: base,
            conditions: { all: [{ name: 'prem', fact: 'premUsed', operator: 'equal', value: true }] },
            onFailure: policy,
          });
          const table = qualifyingRows(official2024).map((r, i) => ({ ...r, facts: { ...r.facts, premUsed: !fails[i] } }));
          const result = await computePayouts(agreement, table);
          const t = result.tranches[0];
          expect(kr(t.paid) + kr(t.withheld)).toBe(182_500_000);
          for (const [i, r] of result.regions.entries()) {
            if (fails[i]) expect(kr(r.payouts.payout1)).toBe(0);
            else expect(kr(r.payouts.payout1)).toBeGreaterThanOrEqual(base);
          }
          const qualifying = fails.filter((f) => !f).length;
          if (policy === 'redistribute') expect(kr(t.paid)).toBe(qualifying > 0 ? 182_500_000 : 0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the smallest region the base amount and its share of the rest', async () => {
    const result = await computePayouts(agreementWith({ baseAmount: 1_000_000 }), qualifyingRows(official2024));
    const gotland = result.regions.find((r) => r.region.code === '09')!;
    // 1 000 000 + 61 093 / 10 557 682 of (182 500 000 − 21 000 000)
    expect(kr(gotland.payouts.payout1)).toBe(1_000_000 + 934_535);
    expect(result.regions.reduce((s, r) => s + kr(r.payouts.payout1), 0)).toBe(182_500_000);
  });
});

describe('outputs name the basis', () => {
  it('writes "Andel (Lika delar)" and no "Befolkning" column when no tranche is split by population', async () => {
    const base = bundledAgreement(2024);
    const loaded = loadAgreement({ ...base, tranches: base.tranches.map((t) => ({ ...t, basis: 'equal' as Basis })) });
    if (!loaded.ok) throw new Error('load');
    const result = await computePayouts(loaded.agreement, qualifyingRows(official2024));
    const columns = buildOutputColumns(result, 'sv', { headerRow: 0, rowCount: 21 });
    expect(columns.headers[0]).toBe('Kvot: Andel (Lika delar)');
    const text = payoutText(loaded.agreement, result, 'sv');
    expect(text.split('\n')[2]).not.toContain('Befolkning');
    expect(outcomeSummary(loaded.agreement, result)[0].sv).toBe('Alla 21 regioner uppfyller villkoren för Utbetalning 2.');
  });

  it('keeps "Kvot: Andel" and "Befolkning" for the population files', async () => {
    const agreement = bundledAgreement(2024);
    const result = await computePayouts(agreement, qualifyingRows(official2024));
    expect(buildOutputColumns(result, 'sv', { headerRow: 0, rowCount: 21 }).headers[0]).toBe('Kvot: Andel');
    expect(payoutText(agreement, result, 'sv').split('\n')[2]).toMatch(/^Region\s+Befolkning\s+Andel/);
  });

  it('names a weight basis in the table and the sentence', async () => {
    const agreement = agreementWith({ basis: { fact: 'women' } }, [WOMEN]);
    const json = { ...agreement, tranches: [agreement.tranches[0]], budget: agreement.tranches[0].amount };
    const loaded = loadAgreement(json);
    if (!loaded.ok) throw new Error('load');
    const result = await computePayouts(
      loaded.agreement,
      rows([100, 200], (i) => ({ women: new Decimal([30, 70][i]) })),
    );
    expect(outcomeSummary(loaded.agreement, result)[0].sv.replace(/\u00a0/g, ' ')).toBe(
      'Hela 182 500 000 kr fördelas efter Kvinnor 15–44 år mellan 2 regioner, utan villkor.',
    );
    const header = payoutText(loaded.agreement, result, 'en').split('\n')[2];
    expect(header).toMatch(/^Region\s+Women 15–44\s+Share \(Women 15–44\)/);
    expect(header).not.toContain('Population');
  });
});
