import type { AssumedField, Assumption, ConditionNode, ConditionTree, Localized, RecipientGroup, Tranche, TranchePart } from './types';
import { isLeaf, nodeChildren } from './types';

/** What `"conditionsAssumed": true` (the older form) says, as an assumption. */
export const LEGACY_CONDITIONS_ASSUMED: Assumption = {
  why: {
    sv: 'Källdokumenten anger inte villkoren för den här utbetalningen; regelfilen antar dem.',
    en: 'The source documents do not state the conditions for this payout; the rule file assumes them.',
  },
  source: 'conditionsAssumed',
  about: ['conditions'],
};

/** A tranche's or part's assumptions: its own `assumed`, and the older `conditionsAssumed: true`. */
export function itemAssumptions(item: Tranche | TranchePart | RecipientGroup): Assumption[] {
  const list: Assumption[] = [];
  if (item.assumed) list.push(item.assumed);
  if ('conditionsAssumed' in item && item.conditionsAssumed === true) list.push(LEGACY_CONDITIONS_ASSUMED);
  return list;
}

/**
 * The assumption covering a field of an item, if any: one about that field, or one about the item as
 * a whole (no `about`). Without a field, any assumption on the item.
 */
export function assumptionFor(item: Tranche | TranchePart | RecipientGroup, field?: AssumedField): Assumption | undefined {
  return itemAssumptions(item).find((a) => field === undefined || a.about === undefined || a.about.includes(field));
}

/** A condition node's own assumption (a leaf's covers its value, e.g. a deadline). */
export const nodeAssumption = (node: ConditionNode | ConditionTree): Assumption | undefined => (node as { assumed?: Assumption }).assumed;

export interface AssumedItem {
  /** JSON pointer of the item that carries the assumption. */
  pointer: string;
  kind: 'tranche' | 'part' | 'condition' | 'group';
  /** The item in words: "Utbetalning 2", "Ledtidsmedel › Bröstcancer", "Utbetalning 2 › Redovisning inkommen senast 2021-09-30". */
  what: Localized;
  assumption: Assumption;
}

const joinLabels = (...labels: Localized[]): Localized => ({
  sv: labels.map((l) => l.sv).join(' › '),
  en: labels.map((l) => l.en).join(' › '),
});

/**
 * Every assumed item of a rule set in file order: groups, tranches, parts and conditions (at any
 * depth). `describe` names a condition in words (the caller knows the facts).
 */
export function assumedItems(
  groups: readonly RecipientGroup[] | undefined,
  tranches: readonly Tranche[],
  describe: (node: ConditionNode) => Localized,
): AssumedItem[] {
  const items: AssumedItem[] = [];
  (groups ?? []).forEach((group, g) => {
    for (const assumption of itemAssumptions(group)) items.push({ pointer: `/groups/${g}`, kind: 'group', what: group.name, assumption });
  });
  const conditions = (tree: ConditionTree | undefined, at: string, owner: Localized) => {
    if (!tree) return;
    const stack: { node: ConditionNode; pointer: string }[] = [{ node: tree as ConditionNode, pointer: at }];
    const found: AssumedItem[] = [];
    while (stack.length > 0) {
      const { node, pointer } = stack.pop()!;
      const assumption = nodeAssumption(node);
      if (assumption) found.push({ pointer, kind: 'condition', what: joinLabels(owner, describe(node)), assumption });
      if (isLeaf(node)) continue;
      const key = 'all' in node ? 'all' : 'any' in node ? 'any' : 'atLeast' in node ? 'of' : 'not';
      const children = nodeChildren(node);
      const pointers = key === 'not' ? [`${pointer}/not`] : children.map((_, i) => `${pointer}/${key}/${i}`);
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], pointer: pointers[i] });
    }
    items.push(...found);
  };
  tranches.forEach((tranche, t) => {
    const at = `/tranches/${t}`;
    for (const assumption of itemAssumptions(tranche)) items.push({ pointer: at, kind: 'tranche', what: tranche.label, assumption });
    conditions(tranche.conditions, `${at}/conditions`, tranche.label);
    (tranche.parts ?? []).forEach((part, p) => {
      const label = joinLabels(tranche.label, part.label);
      for (const assumption of itemAssumptions(part)) items.push({ pointer: `${at}/parts/${p}`, kind: 'part', what: label, assumption });
      conditions(part.conditions, `${at}/parts/${p}/conditions`, label);
    });
  });
  return items;
}

const FIELD_WORDS: Record<AssumedField, Localized> = {
  amount: { sv: 'beloppet', en: 'the amount' },
  basis: { sv: 'fördelningsgrunden', en: 'the basis' },
  baseAmount: { sv: 'grundbeloppet', en: 'the base amount' },
  conditions: { sv: 'villkoren', en: 'the conditions' },
  onFailure: { sv: 'vad som händer vid ej uppfyllda villkor', en: 'what happens on failure' },
  parts: { sv: 'delarna', en: 'the parts' },
  value: { sv: 'värdet', en: 'the value' },
  regions: { sv: 'vilka regioner som ingår', en: 'which regions belong' },
};

/** "beloppet, villkoren" / "the amount, the conditions": the fields an assumption is about, or null for the whole item. */
export function assumedFields(assumption: Assumption): Localized | null {
  if (!assumption.about) return null;
  return {
    sv: assumption.about.map((f) => FIELD_WORDS[f].sv).join(', '),
    en: assumption.about.map((f) => FIELD_WORDS[f].en).join(', '),
  };
}

/** "antaget: beloppet, villkoren" / "assumed: the amount, the conditions", or "antaget" for the whole item. */
export function assumedWhat(assumption: Assumption): Localized {
  const fields = assumedFields(assumption);
  if (!fields) return { sv: 'antaget', en: 'assumed' };
  return { sv: `antaget: ${fields.sv}`, en: `assumed: ${fields.en}` };
}
