import type { ConditionLeaf, FactDeclaration, Language } from '../core/agreement/types';
import { describeRequirement } from '../core/evaluation/phrases';
import { OPERATORS } from '../core/evaluation/operators';

/**
 * One condition in plain words, built from its fact, operator and value, so it always says what the
 * rule file checks: "Inklusion minst 70 %", "PREM-enkäter använda: Ja", "Redovisning inkommen senast
 * 2024-09-30". (The leaf's own label is free text and may lag behind an edited value.)
 */
export function describeCondition(leaf: ConditionLeaf, facts: readonly FactDeclaration[], lang: Language): string {
  const fact = facts.find((f) => f.id === leaf.fact);
  // A loaded agreement always declares its facts and operators; this only guards against a bad caller.
  if (!fact || !Object.hasOwn(OPERATORS, leaf.operator)) return `${leaf.fact} ${leaf.operator} ${JSON.stringify(leaf.value)}`;
  return describeRequirement(leaf, fact, facts)[lang];
}
