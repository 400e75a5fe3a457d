import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { computePayouts } from '../../../src/core/payout/compute';
import { runScenario } from '../../../src/core/scenario/run';
import { compareScenarios } from '../../../src/core/scenario/compare';
import { comparisonSheet, DIFFERENCE_FORMAT } from '../../../src/core/scenario/sheet';
import { KRONOR_FORMAT } from '../../../src/core/payout/columns';
import type { Scenario } from '../../../src/core/scenario/types';
import type { Agreement } from '../../../src/core/agreement/types';
import { bundledAgreement, officialTable, qualifyingRows } from '../official';

const agreement = bundledAgreement(2025);
const rows = () => qualifyingRows(officialTable(2024), '2025-09-30');
const withhold: Agreement = {
  ...agreement,
  tranches: agreement.tranches.map((t) => (t.conditions ? { ...t, onFailure: 'withhold' as const } : t)),
};
const hallandNoPrem: Scenario = {
  id: 'a',
  name: 'Halland utan PREM',
  agreement,
  overrides: [{ region: 'Halland', fact: 'premUsed', value: false }],
};
const gavleborgWithheld: Scenario = {
  id: 'b',
  name: 'Gävleborg 68 %, innehåll',
  agreement: withhold,
  overrides: [{ region: 'Gävleborg', fact: 'inclusionRate', value: new Decimal('0.68') }],
};

async function comparison() {
  const baseline = { name: 'Baslinje', description: 'svf-2024 (inbyggd)', result: await computePayouts(agreement, rows()) };
  const scenarios = [
    { name: hallandNoPrem.name, description: 'svf-2024 med Halland: PREM Nej', result: await runScenario(hallandNoPrem, rows()) },
    { name: gavleborgWithheld.name, result: await runScenario(gavleborgWithheld, rows()) },
  ];
  return { baseline, scenarios, comparison: compareScenarios(baseline, scenarios) };
}

describe('comparing scenarios', () => {
  it('gives per region the payouts and the difference to the baseline in kronor', async () => {
    const { baseline, scenarios, comparison: c } = await comparison();
    expect(c.regions).toHaveLength(21);
    c.regions.forEach((region, i) => {
      expect(region.baseline!.total.toNumber()).toBe(baseline.result.regions[i].total.toNumber());
      region.scenarios.forEach((s, k) => {
        const own = scenarios[k].result.regions[i];
        expect(s.amounts!.total.toNumber()).toBe(own.total.toNumber());
        expect(s.difference.toNumber()).toBe(own.total.minus(baseline.result.regions[i].total).toNumber());
        expect(s.trancheDifferences.payout2.toNumber()).toBe(
          own.payouts.payout2.minus(baseline.result.regions[i].payouts.payout2).toNumber(),
        );
      });
    });
    const halland = c.regions.find((r) => r.name === 'Halland')!;
    expect(halland.scenarios[0].difference.toNumber()).toBe(-halland.baseline!.payouts.payout2.toNumber());
  });

  it('moves money between regions under redistribute and withholds it under withhold', async () => {
    const { comparison: c } = await comparison();
    const [redistributed, withheld] = c.scenarios;
    const sum = (k: number) => c.regions.reduce((s, r) => s.plus(r.scenarios[k].difference), new Decimal(0)).toNumber();
    expect(sum(0)).toBe(0);
    expect(redistributed.paidDifference.toNumber()).toBe(0);
    const gavleborg = c.regions.find((r) => r.name === 'Gävleborg')!;
    expect(sum(1)).toBe(gavleborg.scenarios[1].difference.toNumber());
    expect(withheld.withheldDifference.toNumber()).toBe(gavleborg.baseline!.payouts.payout2.toNumber());
    expect(withheld.paidDifference.toNumber()).toBe(-gavleborg.baseline!.payouts.payout2.toNumber());
    expect(withheld.tranches.payout2.withheld.toNumber()).toBe(withheld.withheld.toNumber());
  });

  it('matches regions by code, not by row order', async () => {
    const baseline = { name: 'Baslinje', result: await computePayouts(agreement, rows()) };
    const reversed = { name: 'Omvänd', result: await computePayouts(agreement, rows().reverse()) };
    const c = compareScenarios(baseline, [reversed]);
    expect(c.regions.map((r) => r.code)).toEqual(baseline.result.regions.map((r) => r.region.code));
    expect(c.regions.every((r) => r.scenarios[0].difference.isZero())).toBe(true);
  });
});

describe('the comparison sheet', () => {
  it('lays out titles, grouped headers, one row per region and the totals, with kronor formats', async () => {
    const { comparison: c } = await comparison();
    const sheet = comparisonSheet(c, 'sv');
    const width = sheet.values[0].length;
    expect(sheet.values.every((row) => row.length === width)).toBe(true);
    expect(sheet.numberFormats.map((r) => r.length)).toEqual(sheet.values.map((r) => r.length));
    expect(width).toBe(2 + 3 + 4 + 4);
    expect(sheet.sheetName).toBe('Kvot jämförelse');
    expect(sheet.values[0][0]).toBe('Kvot – jämförelse av scenarier');
    // Each group named with its rule set; a result without a description is named alone.
    expect(sheet.values[1][0]).toBe(
      'Baslinje: svf-2024 (inbyggd). Halland utan PREM: svf-2024 med Halland: PREM Nej. Gävleborg 68 %, innehåll. Skillnad = scenario − baslinje, i kronor.',
    );
    expect(comparisonSheet(c, 'en').values[1][0]).toMatch(
      /^Baslinje: svf-2024 \(inbyggd\)\. .* Difference = scenario − baseline, in kronor\.$/,
    );
    expect(sheet.values[sheet.headerRow]).toEqual([
      'Kod',
      'Region',
      'Utbetalning 1',
      'Utbetalning 2',
      'Totalt',
      'Utbetalning 1',
      'Utbetalning 2',
      'Totalt',
      'Skillnad',
      'Utbetalning 1',
      'Utbetalning 2',
      'Totalt',
      'Skillnad',
    ]);
    expect(sheet.groups.map((g) => [g.name, g.firstColumn, g.lastColumn])).toEqual([
      ['Baslinje', 2, 4],
      ['Halland utan PREM', 5, 8],
      ['Gävleborg 68 %, innehåll', 9, 12],
    ]);
    expect(sheet.values[sheet.headerRow - 1][9]).toBe('Gävleborg 68 %, innehåll');
    expect(sheet.differenceColumns).toEqual([8, 12]);
    expect(sheet.totalColumns.map((t) => t.column)).toEqual([4, 7, 11]);

    expect(sheet.lastDataRow - sheet.firstDataRow + 1).toBe(21);
    c.regions.forEach((region, i) => {
      const row = sheet.values[sheet.firstDataRow + i];
      expect(row[0]).toBe(region.code);
      expect(row[1]).toBe(region.name);
      expect(row[4]).toBe(region.baseline!.total.toNumber());
      expect(row[8]).toBe(region.scenarios[0].difference.toNumber());
      expect(row[12]).toBe(region.scenarios[1].difference.toNumber());
      expect(sheet.numberFormats[sheet.firstDataRow + i][4]).toBe(KRONOR_FORMAT);
      expect(sheet.numberFormats[sheet.firstDataRow + i][8]).toBe(DIFFERENCE_FORMAT);
    });
    const paid = sheet.values[sheet.lastDataRow + 1];
    const withheld = sheet.values[sheet.lastDataRow + 2];
    expect(paid[1]).toBe('Totalt utbetalt');
    expect(paid[4]).toBe(c.baseline.paid.toNumber());
    expect(paid[12]).toBe(c.scenarios[1].paidDifference.toNumber());
    expect(withheld[1]).toBe('Innehållet');
    expect(withheld[11]).toBe(c.scenarios[1].withheld.toNumber());
    expect(sheet.values).toHaveLength(sheet.lastDataRow + 3);
    expect(DIFFERENCE_FORMAT).toBe('+#,##0 "kr";-#,##0 "kr";0 "kr"');
  });

  it('writes the headers in English on request', async () => {
    const { comparison: c } = await comparison();
    const sheet = comparisonSheet(c, 'en');
    expect(sheet.values[0][0]).toBe('Kvot – scenario comparison');
    expect(sheet.values[sheet.headerRow].slice(0, 9)).toEqual([
      'Code',
      'Region',
      'Payout 1',
      'Payout 2',
      'Total',
      'Payout 1',
      'Payout 2',
      'Total',
      'Difference',
    ]);
    expect(sheet.values[sheet.lastDataRow + 1][1]).toBe('Total paid');
  });
});
