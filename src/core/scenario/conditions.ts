import type { Agreement, ConditionLeaf, ConditionNode, ConditionTree } from '../agreement/types';
import { isLeaf, nodeChildren } from '../agreement/types';
import { ScenarioError } from './types';
import { scenarioMessages } from './messages';

/** Every leaf of a condition tree, in order. */
export function conditionLeaves(node: ConditionNode): ConditionLeaf[] {
  if (isLeaf(node)) return [node];
  if ('all' in node) return node.all.flatMap(conditionLeaves);
  return nodeChildren(node).flatMap(conditionLeaves);
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
  const trees = [tranche.conditions, ...(tranche.parts ?? []).map((p) => p.conditions)];
  const leaves = trees.flatMap((tree) => (tree ? conditionLeaves(tree) : []));
  if (!leaves.some((leaf) => leaf.name === conditionName)) {
    const message = scenarioMessages.unknownCondition(
      trancheId,
      conditionName,
      leaves.map((l) => l.name),
    );
    throw new ScenarioError([{ pointer: `/tranches/${index}/conditions`, message }]);
  }
  const replace = (node: ConditionNode): ConditionNode => {
    if (isLeaf(node)) return node.name === conditionName ? { ...node, value } : node;
    if ('all' in node) return { ...node, all: node.all.map(replace) };
    if ('any' in node) return { ...node, any: node.any.map(replace) };
    if ('atLeast' in node) return { ...node, of: node.of.map(replace) };
    return { ...node, not: replace((node as { not: ConditionNode }).not) };
  };
  // Names are unique across a tranche and its parts: the condition is in one of the trees.
  const changed = {
    ...tranche,
    ...(tranche.conditions ? { conditions: replace(tranche.conditions) as ConditionTree } : {}),
    ...(tranche.parts
      ? { parts: tranche.parts.map((p) => (p.conditions ? { ...p, conditions: replace(p.conditions) as ConditionTree } : p)) }
      : {}),
  };
  return { ...agreement, tranches: agreement.tranches.map((t, i) => (i === index ? changed : t)) };
}
