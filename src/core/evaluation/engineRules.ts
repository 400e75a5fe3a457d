import type { Agreement, ConditionLeaf, ConditionNode, ConditionTree } from '../agreement/types';
import { isLeaf, nodeChildren } from '../agreement/types';

/** A json-rules-engine rule as plain data: what `engine.addRule` takes. */
export interface EngineRule {
  name: string;
  conditions: unknown;
  event: { type: string };
}

/** The k-subsets of items, in order (n is small: the pathways of one year). */
function subsets<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (items.length < k) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, k - 1).map((s) => [first, ...s]), ...subsets(rest, k)];
}

/**
 * A condition tree as json-rules-engine runs it. Kvot's one extension, "at least k of n", is written
 * out as any of the k-subsets, each an all; k = 0 always holds, k > n never.
 */
export function toEngineCondition(node: ConditionNode | ConditionTree): unknown {
  if (isLeaf(node as ConditionNode)) {
    const { name, fact, operator, value } = node as ConditionLeaf;
    return { name, fact, operator, value };
  }
  if ('all' in node) return { all: node.all.map(toEngineCondition) };
  if ('any' in node) return { any: node.any.map(toEngineCondition) };
  if ('atLeast' in node) {
    if (node.atLeast === 0) return { all: [] };
    const choices = subsets(node.of, node.atLeast);
    return choices.length === 0
      ? { any: [{ fact: '__never', operator: 'equal', value: true }] }
      : { any: choices.map((c) => ({ all: c.map(toEngineCondition) })) };
  }
  return { not: toEngineCondition(nodeChildren(node)[0]) };
}

/**
 * The agreement's conditions as json-rules-engine rules, one per tranche and part with conditions,
 * named by id ("payout2", "leadTimes.breast"). Kvot evaluates the trees itself (evaluate.ts); these
 * rules let json-rules-engine run the same file, and are how `kvot check` and the tests hold the
 * format to json-rules-engine's.
 */
export function engineRules(agreement: Agreement): EngineRule[] {
  const rules: EngineRule[] = [];
  const add = (name: string, tree: ConditionTree) => rules.push({ name, conditions: toEngineCondition(tree), event: { type: name } });
  for (const tranche of agreement.tranches) {
    if (tranche.conditions) add(tranche.id, tranche.conditions);
    for (const part of tranche.parts ?? []) if (part.conditions) add(`${tranche.id}.${part.id}`, part.conditions);
  }
  return rules;
}
