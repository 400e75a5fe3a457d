import Decimal from 'decimal.js';
import type { Agreement, Localized, Tranche } from '../agreement/types';
import type { RegionRow } from '../table/types';
import type { RegionEvaluation } from '../evaluation/types';
import { evaluateRegions } from '../evaluation/evaluate';
import { apportion } from '../apportionment/largestRemainder';
import type { PayoutResult, RegionPayout, TrancheResult } from './types';
import { regionKey } from '../table/regionKey';
import { own } from '../agreement/own';

const ZERO = new Decimal(0);

/** Evaluates the conditions and apportions every tranche to the krona. */
export async function computePayouts(agreement: Agreement, regions: readonly RegionRow[]): Promise<PayoutResult> {
  return apportionTranches(agreement, regions, await evaluateRegions(agreement, regions));
}

/** The apportionment alone, given evaluations (what-if scenarios reuse it with overridden outcomes). */
export function apportionTranches(
  agreement: Agreement,
  regions: readonly RegionRow[],
  evaluations: readonly RegionEvaluation[],
): PayoutResult {
  const population = regions.reduce((sum, r) => sum.plus(r.population), ZERO);
  const payouts = regions.map(() => ({}) as Record<string, Decimal>);

  const tranches = agreement.tranches.map((tranche): TrancheResult => {
    const amounts = trancheAmounts(tranche, regions, evaluations);
    amounts.forEach((amount, i) => (payouts[i][tranche.id] = amount));
    const paid = amounts.reduce((s, a) => s.plus(a), ZERO);
    const qualifying = evaluations.filter((e) => own(e.eligible, tranche.id) === true).length;
    const amount = new Decimal(tranche.amount);
    return { id: tranche.id, label: tranche.label, amount, paid, withheld: amount.minus(paid), qualifying, note: noteFor(tranche, qualifying, paid) };
  });

  const regionPayouts = regions.map((region, i): RegionPayout => {
    const evaluation = evaluations[i];
    return {
      region,
      share: population.isZero() ? ZERO : region.population.dividedBy(population),
      eligible: evaluation.eligible,
      payouts: payouts[i],
      total: Object.values(payouts[i]).reduce((s, a) => s.plus(a), ZERO),
      outcomes: evaluation.outcomes,
      reasons: evaluation.outcomes.filter((o) => o.decisive).map((o) => o.reason),
    };
  });

  const paid = tranches.reduce((s, t) => s.plus(t.paid), ZERO);
  const withheld = tranches.reduce((s, t) => s.plus(t.withheld), ZERO);
  return { agreementId: agreement.id, tranches, regions: regionPayouts, totals: { population, paid, withheld, budget: new Decimal(agreement.budget) } };
}

/**
 * redistribute: the whole tranche is split among the qualifying regions.
 * withhold: every region's part of the whole is computed, and the failing regions' parts are withheld.
 */
function trancheAmounts(tranche: Tranche, regions: readonly RegionRow[], evaluations: readonly RegionEvaluation[]): Decimal[] {
  const total = new Decimal(tranche.amount);
  const eligible = evaluations.map((e) => own(e.eligible, tranche.id) === true);
  const weight = (r: RegionRow, i: number) => (tranche.onFailure === 'withhold' || eligible[i] ? r.population : ZERO);
  const parts = apportion(total, regions.map((r, i) => ({ key: regionKey(r), weight: weight(r, i) })));
  return parts.map((part, i) => (eligible[i] ? part : ZERO));
}

function noteFor(tranche: Tranche, qualifying: number, paid: Decimal): Localized | undefined {
  if (qualifying === 0) {
    return {
      sv: `Ingen region uppfyller villkoren för ${tranche.label.sv}: inget betalas ut, hela beloppet hålls inne.`,
      en: `No region meets the conditions of ${tranche.label.en}: nothing is paid, the whole amount is withheld.`,
    };
  }
  if (paid.isZero() && tranche.amount > 0) {
    return {
      sv: `De kvalificerade regionerna har ingen befolkning: inget betalas ut för ${tranche.label.sv}.`,
      en: `The qualifying regions have no population: nothing is paid for ${tranche.label.en}.`,
    };
  }
  return undefined;
}
