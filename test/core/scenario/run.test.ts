import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { computePayouts } from '../../../src/core/payout/compute';
import { apportion } from '../../../src/core/apportionment/largestRemainder';
import { runScenario } from '../../../src/core/scenario/run';
import { withBudget } from '../../../src/core/scenario/budget';
import { ScenarioError, type FactOverride, type Scenario } from '../../../src/core/scenario/types';
import type { Agreement } from '../../../src/core/agreement/types';
import type { PayoutResult } from '../../../src/core/payout/types';
import { bundledAgreement, officialTable, qualifyingRows } from '../official';

const official = officialTable(2024);
const agreement2025 = bundledAgreement(2025);
const rows = () => {
  const r = qualifyingRows(official, '2025-09-30');
  r[2].facts.inclusionRate = new Decimal('0.68'); // Sörmland fails
  return r;
};
const scenario = (overrides: FactOverride[], extra: Partial<Scenario> = {}): Scenario => ({
  id: 's1',
  name: 'Scenario',
  agreement: agreement2025,
  overrides,
  ...extra,
});
const kronorByRegion = (result: PayoutResult) =>
  result.regions.map((r) => ({
    key: r.region.code,
    ...Object.fromEntries(Object.entries(r.payouts).map(([k, v]) => [k, v.toNumber()])),
    total: r.total.toNumber(),
  }));
const withhold = (a: Agreement): Agreement => ({
  ...a,
  tranches: a.tranches.map((t) => (t.conditions ? { ...t, onFailure: 'withhold' as const } : t)),
});

describe('running a scenario', () => {
  it('equals the baseline to the krona when it has no overrides', async () => {
    for (const agreement of [agreement2025, withhold(agreement2025)]) {
      const baseline = await computePayouts(agreement, rows());
      const result = await runScenario(scenario([], { agreement }), rows());
      expect(kronorByRegion(result)).toEqual(kronorByRegion(baseline));
      expect(result.totals.paid.toNumber()).toBe(baseline.totals.paid.toNumber());
      expect(result.totals.withheld.toNumber()).toBe(baseline.totals.withheld.toNumber());
    }
  });

  it('pays the second tranche to the regions still qualifying under the overrides', async () => {
    const input = rows();
    const result = await runScenario(
      scenario([
        { region: 'Halland', fact: 'premUsed', value: false },
        { region: 'Gävleborg', fact: 'inclusionRate', value: new Decimal('0.68') },
      ]),
      input,
    );
    const failing = new Set(['04', '13', '21']);
    const qualifying = input.filter((r) => !failing.has(r.code!));
    const expected = apportion(
      new Decimal(182_500_000),
      qualifying.map((r) => ({ key: r.code!, weight: r.population })),
    );
    const paid = result.regions.filter((r) => !failing.has(r.region.code!)).map((r) => r.payouts.payout2.toNumber());
    expect(paid).toEqual(expected.map((d) => d.toNumber()));
    expect(result.regions.filter((r) => failing.has(r.region.code!)).map((r) => r.payouts.payout2.toNumber())).toEqual([0, 0, 0]);
    expect(input[10].facts.premUsed).toBe(true); // the source rows keep their values
  });

  it('throws a ScenarioError naming the override when it cannot be applied', async () => {
    const run = runScenario(scenario([{ region: 'Atlantis', fact: 'premUsed', value: false }]), rows());
    await expect(run).rejects.toBeInstanceOf(ScenarioError);
    await expect(run).rejects.toThrow('/overrides/0: Override "Atlantis: premUsed = No": region "Atlantis" is not in the table');
  });

  it('property: redistributing never changes a tranche total, whatever fails and is overridden', async () => {
    const names = official.map((r) => r.name);
    const override = fc.oneof(
      fc.record({ region: fc.constantFrom(...names), fact: fc.constant('premUsed'), value: fc.boolean() }),
      fc.record({
        region: fc.constantFrom(...names),
        fact: fc.constant('inclusionRate'),
        value: fc.integer({ min: 500, max: 1000 }).map((n) => new Decimal(n).dividedBy(1000)),
      }),
    );
    const uniqueOverrides = fc.uniqueArray(override, { maxLength: 12, selector: (o) => `${o.region}|${o.fact}` });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 21, maxLength: 21 }), uniqueOverrides, async (fails, overrides) => {
        const input = qualifyingRows(official, '2025-09-30');
        fails.forEach((fail, i) => fail && (input[i].facts.reportSubmitted = '2025-10-01'));
        const result = await runScenario(scenario(overrides), input);
        for (const tranche of result.tranches) {
          const sum = result.regions.reduce((s, r) => s + r.payouts[tranche.id].toNumber(), 0);
          expect(sum).toBe(tranche.paid.toNumber());
          expect(tranche.paid.toNumber()).toBe(tranche.qualifying > 0 ? 182_500_000 : 0);
        }
        expect(result.totals.paid.plus(result.totals.withheld).toNumber()).toBe(365_000_000);
      }),
      { numRuns: 40 },
    );
  });
});

describe('another budget', () => {
  it('re-apportions the tranche amounts so they add up exactly to the new budget', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (budget) => {
        const result = withBudget(agreement2025, budget);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const amounts = result.agreement.tranches.map((t) => t.amount);
        expect(amounts.reduce((s, a) => s + a, 0)).toBe(budget);
        expect(result.agreement.budget).toBe(budget);
        // Two equal tranches: each gets half, the odd krona to one of them.
        expect(Math.abs(amounts[0] - amounts[1])).toBeLessThanOrEqual(1);
      }),
    );
    expect(agreement2025.tranches.map((t) => t.amount)).toEqual([182_500_000, 182_500_000]);
  });

  it('keeps unequal tranches in proportion, each within a krona of its exact share', () => {
    const base: Agreement = {
      ...agreement2025,
      budget: 300,
      tranches: [
        { ...agreement2025.tranches[0], amount: 100 },
        { ...agreement2025.tranches[1], amount: 200 },
      ],
    };
    const result = withBudget(base, 1001);
    expect(result.ok && result.agreement.tranches.map((t) => t.amount)).toEqual([334, 667]);
  });

  it('pays out the new budget in a scenario, to the krona', async () => {
    const result = await runScenario(scenario([], { budget: 400_000_001 }), rows());
    expect(result.tranches.map((t) => t.amount.toNumber()).reduce((a, b) => a + b)).toBe(400_000_001);
    expect(result.totals.paid.plus(result.totals.withheld).toNumber()).toBe(400_000_001);
    expect(result.totals.budget.toNumber()).toBe(400_000_001);
  });

  it('refuses a budget that is not whole kronor', async () => {
    const result = withBudget(agreement2025, 1.5);
    expect(!result.ok && result.problems[0]).toEqual({
      pointer: '/budget',
      message: {
        sv: 'Budgeten ska vara ett helt antal kronor, 0 eller mer: 1.5',
        en: 'The budget must be a whole number of kronor, 0 or more: 1.5',
      },
    });
    await expect(runScenario(scenario([], { budget: -1 }), rows())).rejects.toThrow(/\/budget: The budget must be a whole number/);
  });
});
