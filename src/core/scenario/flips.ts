import type Decimal from 'decimal.js';
import type { Agreement, ConditionLeaf } from '../agreement/types';
import type { RegionRow } from '../table/types';
import type { PayoutResult } from '../payout/types';
import { computePayouts } from '../payout/compute';
import { withConditionValue } from './conditions';
import { own } from '../agreement/own';

/** A region whose eligibility for the tranche changes when the threshold moves. */
export interface ThresholdFlip {
  code: string | null;
  name: string;
  eligibleBefore: boolean;
  eligibleAfter: boolean;
  /** The region's payout in the tranche, before and after. */
  payoutBefore: Decimal;
  payoutAfter: Decimal;
  totalBefore: Decimal;
  totalAfter: Decimal;
}

export interface ThresholdFlips {
  /** The rule set with the condition's new value. */
  agreement: Agreement;
  before: PayoutResult;
  after: PayoutResult;
  /** In table order. Under "redistribute" the other regions' amounts change too: see `after`. */
  flips: ThresholdFlip[];
}

/**
 * Which regions flip if a condition's required value moves (e.g. inclusion 0.7 → 0.72), with their
 * payouts before and after. Throws ScenarioError for an unknown tranche or condition.
 */
export async function thresholdFlips(
  agreement: Agreement,
  regions: readonly RegionRow[],
  trancheId: string,
  conditionName: string,
  newValue: ConditionLeaf['value'],
): Promise<ThresholdFlips> {
  const moved = withConditionValue(agreement, trancheId, conditionName, newValue);
  const [before, after] = await Promise.all([computePayouts(agreement, regions), computePayouts(moved, regions)]);
  const flips = before.regions.flatMap((b, i): ThresholdFlip[] => {
    const a = after.regions[i];
    const eligibleBefore = own(b.eligible, trancheId) === true;
    const eligibleAfter = own(a.eligible, trancheId) === true;
    if (eligibleBefore === eligibleAfter) return [];
    return [
      {
        code: b.region.code,
        name: b.region.name,
        eligibleBefore,
        eligibleAfter,
        payoutBefore: own(b.payouts, trancheId)!,
        payoutAfter: own(a.payouts, trancheId)!,
        totalBefore: b.total,
        totalAfter: a.total,
      },
    ];
  });
  return { agreement: moved, before, after, flips };
}
