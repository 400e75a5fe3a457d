import type { Localized } from '../agreement/types';
import type { FactValue } from '../table/types';

/** The outcome of one condition (leaf) for one region. */
export interface ConditionOutcome {
  trancheId: string;
  /** Set for a condition of one of the tranche's parts. */
  partId?: string;
  /** The condition's name in the rule file. */
  name: string;
  fact: string;
  operator: string;
  actual: FactValue;
  /** The value required: the rule file's, or for a fact given as the value, that fact's value for the region. */
  required: unknown;
  /** Set when the value is another fact of the region ({ "fact": … }): its id. */
  requiredFact?: string;
  passed: boolean;
  /**
   * True when the fact (or the fact given as the value) was blank or absent. A missing value never
   * passes, unless the fact's whenMissing counts it as met (passed and reason then say so).
   */
  missing: boolean;
  /** True when this outcome is a reason its tranche was not paid (not merely a failed alternative). */
  decisive: boolean;
  /** One line, e.g. "Inklusion 68,2 % är under kravet 70 %". */
  reason: Localized;
}

export interface RegionEvaluation {
  /** Eligibility per tranche id under the tranche's own conditions; unconditional tranches are always true. */
  eligible: Record<string, boolean>;
  /**
   * For tranches with parts: eligibility per part id under the part's own conditions (true for a part
   * without). A region is paid a part when it meets both the tranche's and the part's conditions.
   */
  parts?: Record<string, Record<string, boolean>>;
  outcomes: ConditionOutcome[];
}
