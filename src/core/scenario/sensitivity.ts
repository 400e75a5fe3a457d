import type { Agreement } from '../agreement/types';
import type { PayoutResult } from '../payout/types';
import { conditionDistance, type ConditionDistance } from './distance';
import { kronorAtStake, type TrancheStake } from './stakes';

export { conditionDistance, type ConditionDistance, type Direction, type DistanceKind } from './distance';
export { kronorAtStake, type TrancheStake } from './stakes';
export { thresholdFlips, type ThresholdFlip, type ThresholdFlips } from './flips';

export interface RegionSensitivity {
  code: string | null;
  name: string;
  /** Every condition (leaf) of every conditional tranche, in rule order. */
  conditions: ConditionDistance[];
  /** Per conditional tranche: the kronor that would move if the region's eligibility flipped. */
  stakes: TrancheStake[];
}

/**
 * For each region of a computed result: how far each condition is from its threshold, in a line a
 * finance officer reads ("1,2 procentenheter under 70 %"), and the kronor at stake. Uses the
 * outcomes already in the result; nothing is evaluated again.
 */
export function sensitivity(agreement: Agreement, result: PayoutResult): RegionSensitivity[] {
  const facts = new Map(agreement.facts.map((f) => [f.id, f]));
  const stakes = kronorAtStake(agreement, result);
  return result.regions.map((payout, i) => ({
    code: payout.region.code,
    name: payout.region.name,
    conditions: payout.outcomes.flatMap((o) => {
      const fact = facts.get(o.fact);
      return fact ? [conditionDistance(o, fact)] : [];
    }),
    stakes: stakes[i],
  }));
}
