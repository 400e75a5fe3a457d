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
    const missing = (leaf: ConditionLeaf) => region.facts[leaf.fact] === null || region.facts[leaf.fact] === undefined;
    for (const { tranche, engine } of engines) {
      const { results, failureResults } = await engine.run(facts);
      const evaluated = (results[0] ?? failureResults[0]).conditions as unknown as EvaluatedNode;
      const visits: LeafVisitInfo[] = [];
      // Eligibility comes from Kleene logic over the engine's leaf results, so that a blank cell is
      // unknown, and "not unknown" is still unknown: a missing value never pays out, even under "not".
      const truth = walk(tranche.conditions!, evaluated, false, missing, (visit) => visits.push(visit), true);
      eligible[tranche.id] = truth === 'true';
      for (const { leaf, passed, negated, decisive } of visits) {
        const actual: FactValue = region.facts[leaf.fact] ?? null;
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
          reason: explainOutcome(leaf, factsById.get(leaf.fact)!, actual, passed, negated),
        });
      }
    }
    evaluations.push({ eligible, outcomes });
  }
  return evaluations;
}

type Truth = 'true' | 'false' | 'unknown';
interface LeafVisitInfo {
  leaf: ConditionLeaf;
  passed: boolean;
  negated: boolean;
  decisive: boolean;
}

const negate = (t: Truth): Truth => (t === 'unknown' ? t : t === 'true' ? 'false' : 'true');
const allOf = (ts: Truth[]): Truth => (ts.includes('false') ? 'false' : ts.includes('unknown') ? 'unknown' : 'true');
const anyOf = (ts: Truth[]): Truth => (ts.includes('true') ? 'true' : ts.includes('unknown') ? 'unknown' : 'false');

/**
 * Walks the declared tree beside the evaluated one and returns the node's truth: a leaf whose fact
 * is blank is unknown, a leaf the engine skipped is false. Each leaf is visited with whether it
 * holds for the tranche (passed; never for a blank) and whether it is decisive: a reason the
 * tranche failed, not inside a group that held anyway.
 */
function walk(
  declared: ConditionNode | ConditionTree,
  evaluated: EvaluatedNode,
  negated: boolean,
  missing: (leaf: ConditionLeaf) => boolean,
  visit: (info: LeafVisitInfo) => void,
  decisiveIfFailed: boolean,
): Truth {
  if (isLeaf(declared as ConditionNode)) {
    const leaf = declared as ConditionLeaf;
    const result = 'result' in evaluated ? evaluated.result === true : false;
    const truth: Truth = missing(leaf) ? 'unknown' : result ? 'true' : 'false';
    const passed = truth !== 'unknown' && (negated ? !result : result);
    visit({ leaf, passed, negated, decisive: decisiveIfFailed && !passed });
    return truth;
  }
  const group = (nodes: readonly (ConditionNode | ConditionTree)[], evaluatedNodes: EvaluatedNode[], combine: (ts: Truth[]) => Truth) => {
    // A first pass without visiting decides the group's truth; a second pass visits with that knowledge.
    const truth = combine(nodes.map((c, i) => walk(c, evaluatedNodes[i], negated, missing, () => undefined, false)));
    const failedGroup = truth === 'unknown' || (negated ? truth === 'true' : truth === 'false');
    nodes.forEach((c, i) => walk(c, evaluatedNodes[i], negated, missing, visit, decisiveIfFailed && failedGroup));
    return truth;
  };
  if ('all' in declared && 'all' in evaluated) return group(declared.all, evaluated.all, allOf);
  if ('any' in declared && 'any' in evaluated) return group(declared.any, evaluated.any, anyOf);
  if ('not' in declared && 'not' in evaluated) return negate(walk(declared.not, evaluated.not, !negated, missing, visit, decisiveIfFailed));
  return 'false';
}
