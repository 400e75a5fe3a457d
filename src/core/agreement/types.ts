/** The declarative shape of one agreement year, as stored in rules/*.json. */

import type { Localized } from '../i18n';

export type { Language, Localized } from '../i18n';

export type FactType = 'number' | 'percent' | 'boolean' | 'date' | 'text';

/** Facts with a fixed meaning for apportionment and identification. */
export type FactRole = 'regionCode' | 'regionName' | 'population';

export interface FactDeclaration {
  /** Identifier used by conditions, e.g. "inclusionRate". */
  id: string;
  type: FactType;
  role?: FactRole;
  label: Localized;
  /** Column header synonyms that map a sheet column to this fact. */
  headers: { sv: string[]; en: string[] };
  /**
   * A missing required column is an error. A fact that a condition reads may be optional only with
   * `whenMissing`, which says what a missing column or blank cell means for those conditions.
   */
  required: boolean;
  whenMissing?: WhenMissing;
  description?: Localized;
}

/** What a missing value of an optional condition fact means: the condition holds, or it does not. */
export interface WhenMissing {
  means: 'met' | 'notMet';
  /** One line: why the agreement reads a missing value so (shown beside every such outcome). */
  why: Localized;
}

/**
 * Where an item of a rule file is not stated by a source but assumed: one line on what and why, and
 * what the assumption rests on. `about` narrows it to some of the item's fields (a tranche's amount,
 * a condition's value such as a deadline); without it the item as a whole is assumed.
 */
export interface Assumption {
  why: Localized;
  /** The document or practice the assumption rests on, e.g. "RCC i samverkan 2026-02-13" or a reference id. */
  source: string;
  about?: AssumedField[];
}

/** The fields of an item an assumption can be about. */
export type AssumedField = 'amount' | 'basis' | 'baseAmount' | 'conditions' | 'onFailure' | 'parts' | 'value' | 'regions';

/** A condition's required value: a literal, or another fact of the same region (`{ "fact": "leadTime2025" }`). */
export type ConditionValue = string | number | boolean | string[] | number[] | FactReference;

/** json-rules-engine's fact reference as a condition value: compare with another fact of the same row. */
export interface FactReference {
  fact: string;
}

export const isFactReference = (value: unknown): value is FactReference =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { fact?: unknown }).fact === 'string';

export interface ConditionLeaf {
  /** Stable id of the condition, used in explanations and the editor. */
  name: string;
  fact: string;
  operator: string;
  value: ConditionValue;
  label?: Localized;
  assumed?: Assumption;
}

export type ConditionNode = ConditionLeaf | AllConditions | AnyConditions | NotCondition | AtLeastConditions;
/** Optional presentation on a group: its own text, and whether it is assumed. */
interface GroupExtras {
  label?: Localized;
  assumed?: Assumption;
}
export interface AllConditions extends GroupExtras {
  all: ConditionNode[];
}
export interface AnyConditions extends GroupExtras {
  any: ConditionNode[];
}
export interface NotCondition extends GroupExtras {
  not: ConditionNode;
}
/** At least `atLeast` of the conditions in `of` hold (k of n); a Kvot extension to json-rules-engine's trees. */
export interface AtLeastConditions extends GroupExtras {
  atLeast: number;
  of: ConditionNode[];
}
export type ConditionTree = AllConditions | AnyConditions | NotCondition | AtLeastConditions;

/** What happens to the share of regions that fail a conditional tranche. */
export type FailurePolicy = 'redistribute' | 'withhold';

/**
 * What a tranche (or part) is split by: the population, equal shares, or a numeric fact of each
 * recipient (a weight column) — optionally minus another fact (an improvement), negative weights
 * counted as zero where `clampAtZero` says so.
 */
export type Basis = 'population' | 'equal' | WeightBasis;

export interface WeightBasis {
  fact: string;
  minus?: string;
  clampAtZero?: boolean;
  /** How outputs name the weight; by default the fact's label ("A − B" with minus). */
  label?: Localized;
}

/** Who a tranche pays: the regions (rows of the table), or groups of regions (the six RCC regions). */
export type Recipients = 'regions' | 'groups';

/**
 * A named part of a tranche (one per diagnosis, say): its amount in whole kronor or as a share of
 * the tranche, its own conditions (besides the tranche's) and basis. The parts add up to the tranche.
 */
export interface TranchePart {
  id: string;
  label: Localized;
  /** Whole kronor; or give `share` instead. */
  amount?: number;
  /** A share of the tranche: a fraction such as 0.25, or "1/3"; apportioned to whole kronor. */
  share?: number | string;
  /** By default the tranche's basis. */
  basis?: Basis;
  baseAmount?: number;
  conditions?: ConditionTree;
  /** By default the tranche's. */
  onFailure?: FailurePolicy;
  assumed?: Assumption;
  description?: Localized;
}

export interface Tranche {
  id: string;
  label: Localized;
  /** Whole kronor. */
  amount: number;
  basis: Basis;
  /** Whole kronor to every qualifying recipient before the rest is split by the basis. */
  baseAmount?: number;
  /** Regions by default; "groups" pays the agreement's groups of regions. */
  recipients?: Recipients;
  conditions?: ConditionTree;
  onFailure?: FailurePolicy;
  /** True where the source documents do not state the conditions and the file assumes them (older form of `assumed`). */
  conditionsAssumed?: boolean;
  assumed?: Assumption;
  /** Named parts that add up to the tranche, each with its own conditions and basis. */
  parts?: TranchePart[];
  description?: Localized;
}

/** A group of regions that receives money as one (an RCC region): its members by region code. */
export interface RecipientGroup {
  id: string;
  name: Localized;
  /** Codes from the agreement's `regions` list. */
  regions: string[];
  assumed?: Assumption;
}

/** One recipient of an agreement: its official code (länskod) and name. */
export interface RegionListing {
  code: string;
  name: string;
}

export interface Reference {
  /** Diarienummer or other identifier, e.g. "S2020/09796". */
  id: string;
  title: string;
  date?: string;
  section?: string;
  url?: string;
}

export interface Rounding {
  unit: 1;
  method: 'largestRemainder';
  tieBreak: 'largerPopulationThenCode';
}

export interface Agreement {
  $schema?: string;
  id: string;
  year: number;
  title: Localized;
  description?: Localized;
  references: Reference[];
  currency: 'SEK';
  /** Whole kronor for the regions; the tranche amounts add up to it. */
  budget: number;
  facts: FactDeclaration[];
  /**
   * The recipients the agreement names, when it names them: a table row that is none of them is an
   * error, and a listed region missing from the table is asked about.
   */
  regions?: RegionListing[];
  /** Groups of the listed regions, for tranches paid to groups ("recipients": "groups"). */
  groups?: RecipientGroup[];
  tranches: Tranche[];
  rounding: Rounding;
}

export const isLeaf = (node: ConditionNode): node is ConditionLeaf => 'fact' in node;

/** The children of a group node (all, any, atLeast's `of`, not's one), or none for a leaf. */
export function nodeChildren(node: ConditionNode | ConditionTree): ConditionNode[] {
  if ('all' in node) return node.all;
  if ('any' in node) return node.any;
  if ('atLeast' in node) return node.of;
  if ('not' in node) return [node.not];
  return [];
}
