import type Decimal from 'decimal.js';
import type { Agreement } from '../agreement/types';
import type { RegionEvaluation } from '../evaluation/types';
import type { PayoutResult } from '../payout/types';
import { apportionTranches } from '../payout/compute';
import { own } from '../agreement/own';

/** What one region stands to gain or lose in one conditional tranche. */
export interface TrancheStake {
  trancheId: string;
  eligible: boolean;
  payout: Decimal;
  /** The region's payout in this tranche were its eligibility the other way round (others unchanged). */
  payoutIfFlipped: Decimal;
  /**
   * payoutIfFlipped − payout: how the region's total would change. Negative for a region that
   * qualifies (what it would lose), positive for one that does not (what it would gain).
   */
  change: Decimal;
}

/**
 * The kronor at stake per region (outer array, in result order) and conditional tranche (inner).
 * Only the apportionment is re-run, once per region and tranche, with that region's eligibility
 * flipped — the conditions are not evaluated again. Cost grows with the square of the region count
 * (instant for 21 regions).
 */
export function kronorAtStake(agreement: Agreement, result: PayoutResult): TrancheStake[][] {
  const regions = result.regions.map((r) => r.region);
  const evaluations: RegionEvaluation[] = result.regions.map((r) => ({ eligible: r.eligible, outcomes: [] }));
  const stakes: TrancheStake[][] = regions.map(() => []);

  for (const tranche of agreement.tranches.filter((t) => t.conditions)) {
    // Apportioning this tranche alone is enough: the other tranches do not depend on it.
    const alone: Agreement = { ...agreement, tranches: [tranche] };
    result.regions.forEach((payout, i) => {
      const eligible = own(payout.eligible, tranche.id) ?? false;
      const flipped = evaluations.slice();
      flipped[i] = { eligible: { ...payout.eligible, [tranche.id]: !eligible }, outcomes: [] };
      const payoutIfFlipped = own(apportionTranches(alone, regions, flipped).regions[i].payouts, tranche.id)!;
      const current = own(payout.payouts, tranche.id)!;
      stakes[i].push({ trancheId: tranche.id, eligible, payout: current, payoutIfFlipped, change: payoutIfFlipped.minus(current) });
    });
  }
  return stakes;
}
