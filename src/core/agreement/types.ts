/** The declarative shape of one agreement year, as stored in rules/*.json. */

export interface Localized {
  sv: string;
  en: string;
}

export type Language = keyof Localized;

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

export interface ConditionLeaf {
  /** Stable id of the condition, used in explanations and the editor. */
  name: string;
  fact: string;
  operator: string;
  value: string | number | boolean | string[] | number[];
  label?: Localized;
}

export type ConditionNode = ConditionLeaf | AllConditions | AnyConditions | NotCondition;
export interface AllConditions { all: ConditionNode[] }
export interface AnyConditions { any: ConditionNode[] }
export interface NotCondition { not: ConditionNode }
export type ConditionTree = AllConditions | AnyConditions | NotCondition;

/** What happens to the share of regions that fail a conditional tranche. */
export type FailurePolicy = 'redistribute' | 'withhold';

export interface Tranche {
  id: string;
  label: Localized;
  /** Whole kronor. */
  amount: number;
  basis: 'population';
  conditions?: ConditionTree;
  onFailure?: FailurePolicy;
  /** True where the source documents do not state the conditions and the file assumes them. */
  conditionsAssumed?: boolean;
  description?: Localized;
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
  tranches: Tranche[];
  rounding: Rounding;
}

export const isLeaf = (node: ConditionNode): node is ConditionLeaf => 'fact' in node;
