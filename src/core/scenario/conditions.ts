import type { Agreement, ConditionLeaf, ConditionNode, ConditionTree } from '../agreement/types';
import { isLeaf } from '../agreement/types';
import { ScenarioError } from './types';
import { scenarioMessages } from './messages';

/** Every leaf of a condition tree, in order. */
export function conditionLeaves(node: ConditionNode): ConditionLeaf[] {
  if (isLeaf(node)) return [node];
  if ('all' in node) return node.all.flatMap(conditionLeaves);
  if ('any' in node) return node.any.flatMap(conditionLeaves);
  return conditionLeaves(node.not);
}

/**
 * The agreement with one condition's required value changed (e.g. inclusion 0.7 → 0.72), as a new
 * object: the agreement given is not touched. Throws ScenarioError for an unknown tranche or condition.
 */
export function withConditionValue(
  agreement: Agreement,
  trancheId: string,
  conditionName: string,
  value: ConditionLeaf['value'],
): Agreement {
  const index = agreement.tranches.findIndex((t) => t.id === trancheId);
  if (index < 0) {
    const known = agreement.tranches.map((t) => t.id);
    throw new ScenarioError([{ pointer: '/tranches', message: scenarioMessages.unknownTranche(trancheId, known) }]);
  }
  const tranche = agreement.tranches[index];
  const leaves = tranche.conditions ? conditionLeaves(tranche.conditions) : [];
  if (!leaves.some((leaf) => leaf.name === conditionName)) {
    const message = scenarioMessages.unknownCondition(trancheId, conditionName, leaves.map((l) => l.name));
    throw new ScenarioError([{ pointer: `/tranches/${index}/conditions`, message }]);
  }
  const replace = (node: ConditionNode): ConditionNode => {
    if (isLeaf(node)) return node.name === conditionName ? { ...node, value } : node;
    if ('all' in node) return { all: node.all.map(replace) };
    if ('any' in node) return { any: node.any.map(replace) };
    return { not: replace(node.not) };
  };
  const conditions = replace(tranche.conditions!) as ConditionTree;
  return { ...agreement, tranches: agreement.tranches.map((t, i) => (i === index ? { ...t, conditions } : t)) };
}
