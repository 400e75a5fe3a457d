import { describeRequirement } from '../../core/evaluation/phrases';
import Decimal from 'decimal.js';
import type {
  Agreement,
  ConditionLeaf,
  FactDeclaration,
  FactType,
  Language,
  Localized,
  Tranche,
  TranchePart,
} from '../../core/agreement/types';
import { isFactReference } from '../../core/agreement/types';
import { formatFactValue } from '../../core/format/factValue';
import { conditionLeaves, parseOverrideValue } from '../../core/scenario';
import { pick } from '../../core/i18n';

/** A condition whose required value a user can change: one leaf of a conditional tranche. */
export interface ConditionChoice {
  /** "payout2/inclusion": unique within the agreement (names are unique across a tranche and its parts), the select's value. */
  key: string;
  tranche: Tranche;
  /** Set for a condition of one of the tranche's parts. */
  part?: TranchePart;
  leaf: ConditionLeaf;
  fact: FactDeclaration;
  /** The fact a comparison reads as its value, when the condition compares two facts. */
  compared?: FactDeclaration;
}

/** Types whose threshold can move along a scale (the sensitivity's "move threshold"). */
export const SCALAR_TYPES: readonly FactType[] = ['number', 'percent', 'date'];

/**
 * Every condition of every conditional tranche and part, in rule order, optionally only those on facts
 * of the given types. Conditions with a list of values ("in [..]") and comparisons with another fact
 * are left out unless asked for: one text field cannot edit them.
 */
export function conditionChoices(
  agreement: Agreement,
  types?: readonly FactType[],
  includeLists = false,
  includeComparisons = false,
): ConditionChoice[] {
  const facts = new Map(agreement.facts.map((f) => [f.id, f]));
  return agreement.tranches.flatMap((tranche) =>
    [
      { tree: tranche.conditions, part: undefined as TranchePart | undefined },
      ...(tranche.parts ?? []).map((part) => ({ tree: part.conditions, part })),
    ].flatMap(({ tree, part }) =>
      (tree ? conditionLeaves(tree) : []).flatMap((leaf): ConditionChoice[] => {
        const fact = facts.get(leaf.fact);
        if (!fact || (Array.isArray(leaf.value) && !includeLists)) return [];
        // Compared with another fact of the region: there is no threshold to move (the sensitivity still shows it).
        if (isFactReference(leaf.value) && !includeComparisons) return [];
        if (types && !types.includes(fact.type)) return [];
        const compared = isFactReference(leaf.value) ? facts.get(leaf.value.fact) : undefined;
        return [{ key: `${tranche.id}/${leaf.name}`, tranche, ...(part ? { part } : {}), leaf, fact, ...(compared ? { compared } : {}) }];
      }),
    ),
  );
}

/**
 * "Utbetalning 2: Inklusion minst 70 %": which tranche and the requirement as it stands, built from
 * the condition itself (its free-text label may still name an edited value's old number).
 */
export function choiceLabel(choice: ConditionChoice, lang: Language): string {
  const owner = choice.part ? `${choice.tranche.label[lang]} › ${choice.part.label[lang]}` : choice.tranche.label[lang];
  const assumed = choice.leaf.assumed ? ` (${pick(lang, { sv: 'antaget', en: 'assumed' })})` : '';
  return `${owner}: ${describeRequirement(choice.leaf, choice.fact, choice.compared ? [choice.compared] : undefined)[lang]}${assumed}`;
}

export function currentRequirement(choice: ConditionChoice, lang: Language): string {
  return formatFactValue(choice.leaf.value, choice.fact.type, lang);
}

export type ThresholdRead = { status: 'empty' } | { status: 'ok'; value: ConditionLeaf['value'] } | { status: 'error'; message: Localized };

/**
 * A new required value typed by the user, read as an override value of the condition's fact
 * ("72 %", "15 okt 2024", "Nej"), in the form rule files store it: fractions and numbers as JSON
 * numbers, dates as ISO text, yes/no as booleans.
 */
export function readThreshold(text: string, choice: ConditionChoice, emptyMessage: Localized): ThresholdRead {
  if (text.trim() === '') return { status: 'empty' };
  const read = parseOverrideValue(text, choice.fact);
  if (!read.ok) return { status: 'error', message: read.message };
  const { value } = read;
  if (value === null) return { status: 'error', message: emptyMessage };
  // The rule files hold thresholds as JSON numbers; the engine compares them decimal-exactly.
  return { status: 'ok', value: value instanceof Decimal ? value.toNumber() : value };
}
