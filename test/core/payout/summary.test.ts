import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Decimal from 'decimal.js';
import { apportionUnit, computePayouts, regionWeight } from '../../../src/core/payout/compute';
import { regionKey } from '../../../src/core/table/regionKey';
import { grid, HEADER, syntheticRows } from '../table/grids';
import { outcomeSummary, trancheOutcomes } from '../../../src/core/payout/summary';
import { parseTable } from '../../../src/core/table/parse';
import type { Agreement } from '../../../src/core/agreement/types';
import { worksheetGrid } from '../../../src/cli/workbookGrid';
import { bundledAgreement, officialTable, qualifyingRows } from '../official';

async function example2025() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile('examples/regioner-2025-exempel.xlsx');
  const agreement = bundledAgreement(2025);
  const parsed = parseTable(worksheetGrid(workbook.worksheets[0]), agreement.facts, {}, { year: 2025 });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { agreement, result: await computePayouts(agreement, parsed.table.regions) };
}

describe('the outcome in one or two sentences', () => {
  it('names the three regions of the 2025 example and the kronor that move to the other 18', async () => {
    const { agreement, result } = await example2025();
    const [summary] = outcomeSummary(agreement, result);
    expect(summary.sv.replace(/\u00a0/g, ' ')).toBe(
      '3 regioner uppfyller inte villkoren för Utbetalning 2 (Sörmland, Kalmar, Gävleborg). 14 441 720 kr omfördelas till 18 regioner.',
    );
    expect(summary.en.replace(/\u00a0/g, ' ')).toBe(
      '3 regions do not meet the conditions of Payout 2 (Sörmland, Kalmar, Gävleborg). 14,441,720 kr is redistributed to 18 regions.',
    );
    // Payout 1 is the same amount split the same way among all: the three's payout 1 is what they lose.
    const [outcome] = trancheOutcomes(agreement, result);
    const failingPayout1 = result.regions.filter((r) => !r.eligible.payout2).reduce((s, r) => s.plus(r.payouts.payout1), new Decimal(0));
    expect(outcome.lost.toNumber()).toBe(failingPayout1.toNumber());
    // And the 18 get exactly that on top of their payout 1.
    const extra = result.regions
      .filter((r) => r.eligible.payout2)
      .reduce((s, r) => s.plus(r.payouts.payout2).minus(r.payouts.payout1), new Decimal(0));
    expect(extra.toNumber()).toBe(14_441_720);
  });

  it("says when everyone qualifies, and when a withholding tranche keeps the failing regions' parts", async () => {
    const agreement = bundledAgreement(2024);
    const rows = qualifyingRows(officialTable(2024));
    const all = await computePayouts(agreement, rows);
    expect(outcomeSummary(agreement, all)[0].sv).toBe('Alla 21 regioner uppfyller villkoren för Utbetalning 2.');

    const withholding: Agreement = {
      ...agreement,
      tranches: agreement.tranches.map((t) => (t.conditions ? { ...t, onFailure: 'withhold' as const } : t)),
    };
    const late = rows.map((r, i) => (i < 7 ? { ...r, facts: { ...r.facts, reportSubmitted: '2024-10-01' } } : r));
    const result = await computePayouts(withholding, late);
    const [outcome] = trancheOutcomes(withholding, result);
    expect(outcome.lost.toNumber()).toBe(result.tranches[1].withheld.toNumber());
    expect(outcomeSummary(withholding, result)[0].sv.replace(/\u00a0/g, ' ')).toMatch(
      /^7 regioner uppfyller inte villkoren för Utbetalning 2 \(.+ och 3 till\)\. [\d ]+ kr hålls inne\.$/,
    );
  });

  it('says when no region qualifies that the whole tranche is withheld', async () => {
    const agreement = bundledAgreement(2024);
    const none = qualifyingRows(officialTable(2024)).map((r) => ({ ...r, facts: { ...r.facts, premUsed: false } }));
    const result = await computePayouts(agreement, none);
    expect(outcomeSummary(agreement, result)[0].sv.replace(/\u00a0/g, ' ')).toBe(
      'Ingen region uppfyller villkoren för Utbetalning 2: hela 182 500 000 kr hålls inne.',
    );
  });
});

describe('what the failing regions lose, with or without a tranche already split the same way', () => {
  const base = bundledAgreement(2024);
  const variants: [string, (payout1: Agreement['tranches'][number]) => Agreement['tranches'][number]][] = [
    ['payout 1 split as payout 2 would be among all (its split is reused)', (t) => t],
    ['payout 1 a million kronor larger', (t) => ({ ...t, amount: t.amount + 1_000_000 })],
    ['payout 1 in equal shares', (t) => ({ ...t, basis: 'equal' })],
    ['payout 1 with a base amount', (t) => ({ ...t, baseAmount: 1000 })],
    ['payout 1 withheld from those that fail', (t) => ({ ...t, onFailure: 'withhold' })],
    ['payout 1 under payout 2’s conditions', (t) => ({ ...t, conditions: base.tranches[1].conditions })],
  ];

  it.each(variants)('%s', async (_, change) => {
    const agreement: Agreement = { ...base, regions: undefined, tranches: [change(base.tranches[0]), base.tranches[1]] };
    const parsed = parseTable(grid([HEADER, ...syntheticRows(300)]), agreement.facts, {}, { year: 2024 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const result = await computePayouts(agreement, parsed.table.regions);
    const regions = parsed.table.regions;
    // Payout 2 with every region qualified, split afresh.
    const asIfAll = apportionUnit(
      new Decimal(182_500_000),
      regions.map((r) => regionWeight('population', r, agreement.facts)),
      regions.map(() => true),
      'redistribute',
      new Decimal(0),
      regions.map(regionKey),
      'population',
      agreement.facts,
      agreement.tranches[1].label,
    ).amounts;
    const expected = result.regions.reduce((sum, r, i) => (r.eligible.payout2 ? sum : sum.plus(asIfAll.at(i))), new Decimal(0));
    const outcome = trancheOutcomes(agreement, result).find((o) => o.trancheId === 'payout2')!;
    expect(outcome.failing.length).toBeGreaterThan(0);
    expect(outcome.lost.toFixed(0)).toBe(expected.toFixed(0));
  });
});
