import type Decimal from 'decimal.js';
import type { Localized } from '../agreement/types';
import type { RegionRow } from '../table/types';
import type { ConditionOutcome } from '../evaluation/types';

export interface TrancheResult {
  id: string;
  label: Localized;
  amount: Decimal;
  paid: Decimal;
  withheld: Decimal;
  qualifying: number;
  /** Set when the tranche paid nothing (no qualifying region or no population). */
  note?: Localized;
}

export interface RegionPayout {
  region: RegionRow;
  /** Population share of all regions, exact. */
  share: Decimal;
  eligible: Record<string, boolean>;
  /** Whole kronor per tranche id. */
  payouts: Record<string, Decimal>;
  total: Decimal;
  outcomes: ConditionOutcome[];
  /** Failed conditions only, one line each. */
  reasons: Localized[];
}

export interface PayoutResult {
  agreementId: string;
  tranches: TrancheResult[];
  regions: RegionPayout[];
  totals: { population: Decimal; paid: Decimal; withheld: Decimal; budget: Decimal };
}
