import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { computePayouts } from '../../../src/core/payout/compute';
import { sensitivity, thresholdFlips } from '../../../src/core/scenario/sensitivity';
import { ScenarioError } from '../../../src/core/scenario/types';
import type { RegionRow } from '../../../src/core/table/types';
import { bundledAgreement, officialTable, qualifyingRows, regionRow } from '../official';
import { exampleGrid2024, readTable } from './tables';

const agreement2024 = bundledAgreement(2024);
const official = officialTable(2024);

function rowsWith(changes: Record<number, Partial<RegionRow['facts']>>): RegionRow[] {
  const rows = qualifyingRows(official);
  for (const [i, facts] of Object.entries(changes)) Object.assign(rows[Number(i)].facts, facts);
  return rows;
}

const conditionOf = (s: ReturnType<typeof sensitivity>[number], name: string) => s.conditions.find((c) => c.name === name)!;

describe('distance to the thresholds', () => {
  it('says how far each region is from each condition, in percentage points and days', async () => {
    const rows = rowsWith({
      0: { inclusionRate: new Decimal('0.688'), reportSubmitted: '2024-10-02' },
      1: { inclusionRate: new Decimal('0.7'), reportSubmitted: '2024-10-01', premUsed: false },
      2: { inclusionRate: new Decimal('0.7123'), reportSubmitted: '2024-09-30', premUsed: null },
      3: { reportSubmitted: '2024-09-20' },
    });
    const result = await computePayouts(agreement2024, rows);
    const s = sensitivity(agreement2024, result);

    const stockholm = conditionOf(s[0], 'inclusion');
    expect(stockholm.kind).toBe('percent');
    expect(stockholm.direction).toBe('below');
    expect(stockholm.distance!.toString()).toBe('-0.012');
    expect(stockholm.text).toEqual({ sv: '1,2 procentenheter under 70\u00a0%', en: '1.2 percentage points below 70\u00a0%' });
    expect(conditionOf(s[0], 'report').text).toEqual({ sv: '2 dagar efter 2024-09-30', en: '2 days after 2024-09-30' });
    expect(conditionOf(s[0], 'report').distance!.toNumber()).toBe(2);

    expect(conditionOf(s[1], 'inclusion').text).toEqual({ sv: 'precis på 70\u00a0%', en: 'exactly at 70\u00a0%' });
    expect(conditionOf(s[1], 'inclusion').passed).toBe(true);
    expect(conditionOf(s[1], 'report').text).toEqual({ sv: '1 dag efter 2024-09-30', en: '1 day after 2024-09-30' });
    expect(conditionOf(s[1], 'prem').text).toEqual({ sv: 'ej uppfyllt', en: 'not met' });

    expect(conditionOf(s[2], 'inclusion').text.sv).toBe('1,23 procentenheter över 70\u00a0%');
    expect(conditionOf(s[2], 'report').text).toEqual({ sv: 'samma dag som 2024-09-30', en: 'on 2024-09-30' });
    expect(conditionOf(s[2], 'prem')).toMatchObject({
      missing: true,
      passed: false,
      distance: null,
      text: { sv: 'värde saknas', en: 'value missing' },
    });

    expect(conditionOf(s[3], 'report')).toMatchObject({
      direction: 'before',
      text: { sv: '10 dagar före 2024-09-30', en: '10 days before 2024-09-30' },
    });
    expect(conditionOf(s[3], 'prem').text).toEqual({ sv: 'uppfyllt', en: 'met' });
    expect(s[3].conditions.map((c) => c.name)).toEqual(['inclusion', 'prem', 'report']);
  });
});

describe('which regions flip when a threshold moves', () => {
  it('moving inclusion 70 % → 85 % on the 2024 example drops the regions under 85 %', async () => {
    const table = readTable(exampleGrid2024(), agreement2024);
    const { before, after, flips, agreement } = await thresholdFlips(agreement2024, table.regions, 'payout2', 'inclusion', 0.85);

    // Every region qualifies at 70 %: the official 2024 payout to the krona.
    expect(before.regions.map((r) => r.payouts.payout2.toNumber())).toEqual(official.map((r) => r.amount));
    const under85 = table.regions.filter((r) => (r.facts.inclusionRate as Decimal).lt('0.85')).map((r) => r.name);
    expect(under85.length).toBeGreaterThan(0);
    expect(flips.map((f) => f.name)).toEqual(under85);
    for (const flip of flips) {
      expect(flip).toMatchObject({ eligibleBefore: true, eligibleAfter: false });
      expect(flip.payoutAfter.toNumber()).toBe(0);
      expect(flip.payoutBefore.toNumber()).toBe(
        official.find((r) => r.code === table.regions.find((t) => t.name === flip.name)!.code)!.amount,
      );
      expect(flip.totalBefore.minus(flip.totalAfter).toNumber()).toBe(flip.payoutBefore.toNumber());
    }
    expect(table.regions.find((r) => r.name === 'Skåne')!.facts.inclusionRate!.toString()).toBe('0.85');
    expect(flips.some((f) => f.name === 'Skåne')).toBe(false); // "at least 85 %" holds at exactly 85 %
    expect(after.tranches[1].paid.toNumber()).toBe(182_500_000); // redistributed among the rest
    expect(agreement2024.tranches[1].conditions).toEqual(bundledAgreement(2024).tranches[1].conditions);
    expect(JSON.stringify(agreement.tranches[1].conditions)).toContain('"value":0.85');
  });

  it('reports no flips when nothing crosses, and names an unknown condition', async () => {
    const rows = official.map((r, i) =>
      regionRow(i, r.code, r.name, r.population, { inclusionRate: new Decimal('0.9'), premUsed: true, reportSubmitted: '2024-09-01' }),
    );
    expect((await thresholdFlips(agreement2024, rows, 'payout2', 'inclusion', 0.72)).flips).toEqual([]);
    const bad = thresholdFlips(agreement2024, rows, 'payout2', 'inclusionn', 0.72);
    await expect(bad).rejects.toBeInstanceOf(ScenarioError);
    await expect(bad).rejects.toThrow('Condition "inclusionn" is not in payout2 (there are: inclusion, prem, report)');
  });
});
