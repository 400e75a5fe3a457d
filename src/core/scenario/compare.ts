import Decimal from 'decimal.js';
import type { Localized } from '../agreement/types';
import type { PayoutResult, RegionPayout } from '../payout/types';
import { regionKey } from '../table/regionKey';
import { own } from '../agreement/own';

const ZERO = new Decimal(0);

export interface NamedResult {
  name: string;
  /** The rule set and changes behind the result, e.g. "svf-2024 med Inklusion minst 75 %" (the comparison sheet's note). */
  description?: string;
  result: PayoutResult;
}

/** One region's money under one result: whole kronor per tranche id, and the total. */
export interface RegionAmounts {
  payouts: Record<string, Decimal>;
  total: Decimal;
}

export interface ScenarioRegionAmounts {
  /** Null when the region is not in this scenario's result. */
  amounts: RegionAmounts | null;
  /** Scenario minus baseline, total and per tranche (a missing side counts as 0 kr). */
  difference: Decimal;
  trancheDifferences: Record<string, Decimal>;
}

export interface RegionComparison {
  key: string;
  code: string | null;
  name: string;
  /** Null when the region is only in a scenario. */
  baseline: RegionAmounts | null;
  /** In the order of the scenarios given. */
  scenarios: ScenarioRegionAmounts[];
}

export interface ResultTotals {
  name: string;
  description?: string;
  paid: Decimal;
  withheld: Decimal;
  tranches: Record<string, { paid: Decimal; withheld: Decimal }>;
}

export interface ScenarioTotals extends ResultTotals {
  paidDifference: Decimal;
  withheldDifference: Decimal;
}

export interface Comparison {
  /** Every tranche of any result, the baseline's first; labels from the first result holding it. */
  tranches: { id: string; label: Localized }[];
  regions: RegionComparison[];
  baseline: ResultTotals;
  scenarios: ScenarioTotals[];
}

/**
 * The baseline beside one or more scenarios: per region (matched by code, else name) the payouts and
 * the difference in kronor, and the totals paid and withheld with their differences. Regions are
 * in the baseline's order; a region only a scenario has comes after, in that scenario's order.
 */
export function compareScenarios(baseline: NamedResult, scenarios: readonly NamedResult[]): Comparison {
  const all = [baseline, ...scenarios];
  const tranches = new Map<string, Localized>();
  for (const { result } of all) for (const t of result.tranches) if (!tranches.has(t.id)) tranches.set(t.id, t.label);
  const trancheIds = [...tranches.keys()];

  const byKey = all.map(({ result }) => new Map(result.regions.map((r) => [regionKey(r.region), r])));
  const order: RegionPayout[] = [];
  const listed = new Set<string>();
  for (const { result } of all) {
    for (const r of result.regions) {
      const key = regionKey(r.region);
      if (!listed.has(key)) {
        listed.add(key);
        order.push(r);
      }
    }
  }

  const regions = order.map((first): RegionComparison => {
    const key = regionKey(first.region);
    const base = amountsOf(byKey[0].get(key), trancheIds);
    return {
      key,
      code: first.region.code,
      name: first.region.name,
      baseline: base,
      scenarios: scenarios.map((_, s) => {
        const amounts = amountsOf(byKey[s + 1].get(key), trancheIds);
        const trancheDifferences = Object.fromEntries(
          trancheIds.map((id) => [id, (own(amounts?.payouts, id) ?? ZERO).minus(own(base?.payouts, id) ?? ZERO)]),
        );
        return { amounts, difference: (amounts?.total ?? ZERO).minus(base?.total ?? ZERO), trancheDifferences };
      }),
    };
  });

  const baselineTotals = totalsOf(baseline, trancheIds);
  return {
    tranches: trancheIds.map((id) => ({ id, label: tranches.get(id)! })),
    regions,
    baseline: baselineTotals,
    scenarios: scenarios.map((s) => {
      const totals = totalsOf(s, trancheIds);
      return {
        ...totals,
        paidDifference: totals.paid.minus(baselineTotals.paid),
        withheldDifference: totals.withheld.minus(baselineTotals.withheld),
      };
    }),
  };
}

function amountsOf(payout: RegionPayout | undefined, trancheIds: string[]): RegionAmounts | null {
  if (!payout) return null;
  return { payouts: Object.fromEntries(trancheIds.map((id) => [id, own(payout.payouts, id) ?? ZERO])), total: payout.total };
}

function totalsOf({ name, description, result }: NamedResult, trancheIds: string[]): ResultTotals {
  const tranches = Object.fromEntries(
    trancheIds.map((id) => {
      const t = result.tranches.find((x) => x.id === id);
      return [id, { paid: t?.paid ?? ZERO, withheld: t?.withheld ?? ZERO }];
    }),
  );
  return {
    name,
    ...(description === undefined ? {} : { description }),
    paid: result.totals.paid,
    withheld: result.totals.withheld,
    tranches,
  };
}
