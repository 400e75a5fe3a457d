import { Engine, type TopLevelCondition } from 'json-rules-engine';
import type { Agreement, ConditionLeaf, ConditionNode, FactDeclaration, Tranche } from '../agreement/types';
import { isLeaf } from '../agreement/types';
import { own } from '../agreement/own';
import type { FactValue, RegionRow } from '../table/types';
import type { ConditionOutcome, RegionEvaluation } from './types';
import { OPERATORS } from './operators';
import { explainMissingByAgreement, explainOutcome } from './phrases';
import { flattenTree, judgeTree, type FlatNode, type Truth } from './tree';
import Decimal from 'decimal.js';

/** A condition tree as json-rules-engine returns it after a run: leaves carry result and factResult. */
type EvaluatedNode =
  | { all: EvaluatedNode[] }
  | { any: EvaluatedNode[] }
  | { not: EvaluatedNode }
  | { name: string; fact: string; operator: string; value: unknown; result?: boolean; factResult?: unknown };

function createEngine(tranche: Tranche): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, spec] of Object.entries(OPERATORS)) engine.addOperator(name, spec.evaluate);
  engine.addRule({ name: tranche.id, conditions: toEngineTree(tranche.conditions!) as TopLevelCondition, event: { type: 'eligible' } });
  return engine;
}

/** Strips presentation fields (labels) the engine has no use for. */
function toEngineTree(node: ConditionNode): unknown {
  if (isLeaf(node)) return { name: node.name, fact: node.fact, operator: node.operator, value: node.value };
  if ('all' in node) return { all: node.all.map(toEngineTree) };
  if ('any' in node) return { any: node.any.map(toEngineTree) };
  return { not: toEngineTree(node.not) };
}

/** Engine facts: decimals travel as exact strings; blanks are left out (undefined facts fail). */
function engineFacts(region: RegionRow): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(region.facts)) {
    if (value !== null) facts[id] = value instanceof Decimal ? value.toString() : value;
  }
  return facts;
}

/**
 * The engine's leaf results by index into the flat tree (walked side by side in the same order).
 * A leaf the engine did not evaluate, or a shape that does not match, counts as not holding.
 */
function engineResults(evaluated: EvaluatedNode, nodes: readonly FlatNode[]): boolean[] {
  const results: boolean[] = new Array(nodes.length).fill(false);
  const stack: { node: EvaluatedNode | undefined; index: number }[] = [{ node: evaluated, index: 0 }];
  while (stack.length > 0) {
    const { node, index } = stack.pop()!;
    const flat = nodes[index];
    if (!node || typeof node !== 'object') continue;
    if (flat.kind === 'leaf') {
      results[index] = 'result' in node && node.result === true;
      continue;
    }
    const children = flat.kind === 'not' ? ('not' in node ? [node.not] : []) : flat.kind in node ? (node as Record<string, EvaluatedNode[]>)[flat.kind] : [];
    flat.children.forEach((child, i) => stack.push({ node: Array.isArray(children) ? children[i] : undefined, index: child }));
  }
  return results;
}

/**
 * Evaluates every conditional tranche for every region with json-rules-engine, and explains each
 * condition: fact value, required value, outcome and a one-line reason in sv and en. The work per
 * region is linear in the size of the condition trees (see tree.ts).
 */
export async function evaluateRegions(agreement: Agreement, regions: readonly RegionRow[]): Promise<RegionEvaluation[]> {
  const conditional = agreement.tranches.filter((t) => t.conditions);
  const engines = conditional.map((t) => ({ tranche: t, engine: createEngine(t), nodes: flattenTree(t.conditions!) }));
  const factsById = new Map(agreement.facts.map((f) => [f.id, f]));
  const evaluations: RegionEvaluation[] = [];

  for (const region of regions) {
    const eligible: Record<string, boolean> = Object.fromEntries(agreement.tranches.map((t) => [t.id, true]));
    const outcomes: ConditionOutcome[] = [];
    const facts = engineFacts(region);
    const valueOf = (leaf: ConditionLeaf): FactValue => own(region.facts, leaf.fact) ?? null;
    for (const { tranche, engine, nodes } of engines) {
      const { results, failureResults } = await engine.run(facts);
      const evaluated = (results[0] ?? failureResults[0]).conditions as unknown as EvaluatedNode;
      const held = engineResults(evaluated, nodes);
      // Eligibility comes from Kleene logic over the engine's leaf results, so that a blank cell is
      // unknown, and "not unknown" is still unknown: a missing value never pays out, even under "not" —
      // unless the rule file says what a missing value of that fact means (whenMissing).
      const verdict = judgeTree(nodes, (leaf, i): Truth => {
        if (valueOf(leaf) === null) {
          const meaning = factsById.get(leaf.fact)?.whenMissing?.means;
          return meaning === 'met' ? 'true' : meaning === 'notMet' ? 'false' : 'unknown';
        }
        return held[i] ? 'true' : 'false';
      });
      eligible[tranche.id] = verdict.truth === 'true';
      for (const { leaf, passed, negated, decisive } of verdict.leaves) {
        const actual = valueOf(leaf);
        const fact = factsById.get(leaf.fact)!;
        outcomes.push({
          trancheId: tranche.id,
          name: leaf.name,
          fact: leaf.fact,
          operator: leaf.operator,
          actual,
          required: leaf.value,
          passed,
          missing: actual === null,
          decisive: decisive && !eligible[tranche.id],
          reason: reasonFor(leaf, fact, actual, passed, negated),
        });
      }
    }
    evaluations.push({ eligible, outcomes });
  }
  return evaluations;
}

function reasonFor(leaf: ConditionLeaf, fact: FactDeclaration, actual: FactValue, passed: boolean, negated: boolean) {
  if (actual === null && fact.whenMissing) return explainMissingByAgreement(fact, fact.whenMissing, passed, negated);
  return explainOutcome(leaf, fact, actual, passed, negated);
}
