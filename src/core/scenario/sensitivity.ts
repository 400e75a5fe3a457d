import type { Agreement } from '../agreement/types';
import type { PayoutResult } from '../payout/types';
import { conditionDistance, type ConditionDistance } from './distance';

export { conditionDistance, type ConditionDistance, type Direction, type DistanceKind } from './distance';
export { conditionStakes, type ConditionStake, type ConditionStakes, type StakeKind } from './stakes';
export { thresholdFlips, type ThresholdFlip, type ThresholdFlips } from './flips';

export interface RegionSensitivity {
  code: string | null;
  name: string;
  /** Every condition (leaf) of every conditional tranche, in rule order. */
  conditions: ConditionDistance[];
}

/**
 * For each region of a computed result: how far each condition is from its threshold, in a line a
 * finance officer reads ("1,2 procentenheter under 70 %"). Uses the outcomes already in the result;
 * nothing is evaluated again. The kronor at stake per condition: conditionStakes.
 */
export function sensitivity(agreement: Agreement, result: PayoutResult): RegionSensitivity[] {
  const facts = new Map(agreement.facts.map((f) => [f.id, f]));
  return result.regions.map((payout) => ({
    code: payout.region.code,
    name: payout.region.name,
    conditions: payout.outcomes.flatMap((o) => {
      const fact = facts.get(o.fact);
      return fact ? [conditionDistance(o, fact)] : [];
    }),
  }));
}
