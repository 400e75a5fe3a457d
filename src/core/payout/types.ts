import type Decimal from 'decimal.js';
import type { Localized, Recipients } from '../agreement/types';
import type { RegionRow } from '../table/types';
import type { ConditionOutcome } from '../evaluation/types';

/** How a tranche or part is split, for the outputs: "Befolkning", "Lika delar", a weight's label. */
export interface BasisInfo {
  /** Stable key (basisKey): "population", "equal", "fact:women15to44", … */
  key: string;
  kind: 'population' | 'equal' | 'fact';
  label: Localized;
  /** "efter befolkning", "i lika delar", "efter Förbättring (minst 0)". */
  phrase: Localized;
}

/*
 * Fields added with bases, parts and groups are optional, so results built by hand (tests, older
 * callers) stay valid: computePayouts always sets them.
 */

/** One part of a tranche, as paid. */
export interface PartResult {
  id: string;
  label: Localized;
  amount: Decimal;
  paid: Decimal;
  withheld: Decimal;
  qualifying: number;
  basis: BasisInfo;
  /** Set when the part paid nothing (no qualifying recipient, or no weight). */
  note?: Localized;
}

export interface TrancheResult {
  id: string;
  label: Localized;
  amount: Decimal;
  paid: Decimal;
  withheld: Decimal;
  qualifying: number;
  /** Set when the tranche paid nothing (no qualifying region or no population). */
  note?: Localized;
  /** Regions (the default) or groups of regions. */
  recipients?: Recipients;
  basis?: BasisInfo;
  /** For a tranche split into parts: each part, adding up to the tranche. */
  parts?: PartResult[];
}

export interface RegionPayout {
  region: RegionRow;
  /** The region's share under the result's share basis (population unless no region tranche uses it), exact. */
  share: Decimal;
  /**
   * Per tranche id: the region is paid (all of) the tranche: it meets its conditions, those of every
   * part, and its weight is known. Tranches paid to groups are true.
   */
  eligible: Record<string, boolean>;
  /** Whole kronor per tranche id (a tranche with parts: the sum of its parts). Tranches paid to groups are 0. */
  payouts: Record<string, Decimal>;
  /** For tranches with parts: whole kronor per part id. */
  parts?: Record<string, Record<string, Decimal>>;
  /** For tranches with parts: whether the region is paid each part. */
  partEligible?: Record<string, Record<string, boolean>>;
  /** The region's value of each basis in use (by BasisInfo key); null where it is missing. */
  basisValues?: Record<string, Decimal | null>;
  total: Decimal;
  outcomes: ConditionOutcome[];
  /** Failed conditions only, one line each (and a weight that cannot be used). */
  reasons: Localized[];
}

/** A group of regions paid as one (an RCC region). */
export interface GroupPayout {
  id: string;
  name: Localized;
  /** The member codes as the rule file lists them. */
  codes: string[];
  /** The members found in the table, by name. */
  members: string[];
  /** Whole kronor per tranche id paid to groups. */
  payouts: Record<string, Decimal>;
  parts: Record<string, Record<string, Decimal>>;
  /** The group's value of each basis in use by group tranches; null where a member's value is missing. */
  basisValues: Record<string, Decimal | null>;
  total: Decimal;
  /** Why the group was not paid a tranche, one line each. */
  reasons: Localized[];
}

export interface PayoutResult {
  agreementId: string;
  tranches: TrancheResult[];
  regions: RegionPayout[];
  /** Tranches paid to groups, per group; empty when the agreement pays only regions. */
  groups?: GroupPayout[];
  /** The bases the region tranches and parts are split by, in order of first use. */
  bases?: BasisInfo[];
  /** The basis RegionPayout.share is the share of (the first region tranche's). */
  shareBasis?: BasisInfo;
  /**
   * paid and withheld over every tranche (regions and groups); budget as the rule file says; shares,
   * the regions' shares added up (1, or 0 when no region has a weight).
   */
  totals: { population: Decimal; paid: Decimal; withheld: Decimal; budget: Decimal; shares: Decimal };
}
