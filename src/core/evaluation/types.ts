import type { Localized } from '../agreement/types';
import type { FactValue } from '../table/types';

/** The outcome of one condition (leaf) for one region. */
export interface ConditionOutcome {
  trancheId: string;
  /** The condition's name in the rule file. */
  name: string;
  fact: string;
  operator: string;
  actual: FactValue;
  required: unknown;
  passed: boolean;
  /**
   * True when the fact was blank or absent. A missing value never passes, unless the fact's
   * whenMissing counts it as met (passed and reason then say so).
   */
  missing: boolean;
  /** True when this outcome is a reason its tranche was not paid (not merely a failed alternative). */
  decisive: boolean;
  /** One line, e.g. "Inklusion 68,2 % är under kravet 70 %". */
  reason: Localized;
}

export interface RegionEvaluation {
  /** Eligibility per tranche id; unconditional tranches are always true. */
  eligible: Record<string, boolean>;
  outcomes: ConditionOutcome[];
}
