import { Engine, type TopLevelCondition } from 'json-rules-engine';
import type { Agreement, ConditionLeaf, ConditionNode, ConditionTree, Tranche } from '../agreement/types';
import { isLeaf } from '../agreement/types';
import type { FactValue, RegionRow } from '../table/types';
import type { ConditionOutcome, RegionEvaluation } from './types';
import { OPERATORS } from './operators';
import { explainOutcome } from './phrases';
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
 * Evaluates every conditional tranche for every region with json-rules-engine, and explains each
 * condition: fact value, required value, outcome and a one-line reason in sv and en.
 */
export async function evaluateRegions(agreement: Agreement, regions: readonly RegionRow[]): Promise<RegionEvaluation[]> {
  const conditional = agreement.tranches.filter((t) => t.conditions);
  const engines = conditional.map((t) => ({ tranche: t, engine: createEngine(t) }));
  const factsById = new Map(agreement.facts.map((f) => [f.id, f]));
  const evaluations: RegionEvaluation[] = [];

  for (const region of regions) {
    const eligible: Record<string, boolean> = Object.fromEntries(agreement.tranches.map((t) => [t.id, true]));
    const outcomes: ConditionOutcome[] = [];
    const facts = engineFacts(region);
    for (const { tranche, engine } of engines) {
      const { results, failureResults } = await engine.run(facts);
      const ruleResult = results[0] ?? failureResults[0];
      eligible[tranche.id] = results.length > 0;
      const evaluated = ruleResult.conditions as unknown as EvaluatedNode;
      collectOutcomes(tranche.conditions!, evaluated, false, (leaf, result, negated, decisive) => {
        const fact = factsById.get(leaf.fact)!;
        const actual: FactValue = region.facts[leaf.fact] ?? null;
        const passed = negated ? !result : result;
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
          reason: explainOutcome(leaf, fact, actual, passed, negated),
        });
      });
    }
    evaluations.push({ eligible, outcomes });
  }
  return evaluations;
}

type LeafVisit = (leaf: ConditionLeaf, result: boolean, negated: boolean, decisive: boolean) => void;

/**
 * Walks the declared tree beside the evaluated one and returns whether the node held. A leaf is
 * decisive when it is a reason its tranche failed: not inside a group that held anyway.
 * A leaf the engine skipped counts as not held.
 */
function collectOutcomes(declared: ConditionTree, evaluated: EvaluatedNode, negated: boolean, visit: LeafVisit): boolean {
  return walk(declared, evaluated, negated, visit, true);
}

function walk(
  declared: ConditionNode | ConditionTree,
  evaluated: EvaluatedNode,
  negated: boolean,
  visit: LeafVisit,
  decisiveIfFailed: boolean,
): boolean {
  if (isLeaf(declared as ConditionNode)) {
    const result = 'result' in evaluated ? evaluated.result === true : false;
    const held = negated ? !result : result;
    visit(declared as ConditionLeaf, result, negated, decisiveIfFailed && !held);
    return result;
  }
  const children = (nodes: readonly (ConditionNode | ConditionTree)[], evaluatedNodes: EvaluatedNode[], groupHeld: (r: boolean[]) => boolean) => {
    // A first pass without visiting decides whether the group held; a second pass visits with that knowledge.
    const results = nodes.map((c, i) => walk(c, evaluatedNodes[i], negated, () => undefined, false));
    const held = groupHeld(results);
    const failedGroup = negated ? held : !held;
    nodes.forEach((c, i) => walk(c, evaluatedNodes[i], negated, visit, decisiveIfFailed && failedGroup));
    return held;
  };
  if ('all' in declared && 'all' in evaluated) return children(declared.all, evaluated.all, (r) => r.every(Boolean));
  if ('any' in declared && 'any' in evaluated) return children(declared.any, evaluated.any, (r) => r.some(Boolean));
  if ('not' in declared && 'not' in evaluated) return !walk(declared.not, evaluated.not, !negated, visit, decisiveIfFailed);
  return false;
}
