import { Engine, type TopLevelCondition } from 'json-rules-engine';
import type { Agreement, ConditionLeaf, ConditionNode, ConditionTree, FactDeclaration } from '../agreement/types';
import { isFactReference, isLeaf } from '../agreement/types';
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

function createEngine(name: string, tree: ConditionTree): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [op, spec] of Object.entries(OPERATORS)) engine.addOperator(op, spec.evaluate);
  engine.addRule({ name, conditions: toEngineTree(tree) as TopLevelCondition, event: { type: 'eligible' } });
  return engine;
}

/**
 * Strips presentation fields (labels, assumptions) the engine has no use for. "At least k of" is
 * Kvot's own: the engine evaluates its conditions as an "any" (every leaf of one priority is
 * evaluated), and the k is counted in judgeTree.
 */
function toEngineTree(node: ConditionNode | ConditionTree): unknown {
  if (isLeaf(node as ConditionNode)) {
    const leaf = node as ConditionLeaf;
    return { name: leaf.name, fact: leaf.fact, operator: leaf.operator, value: leaf.value };
  }
  if ('all' in node) return { all: node.all.map(toEngineTree) };
  if ('any' in node) return { any: node.any.map(toEngineTree) };
  if ('atLeast' in node) return { any: node.of.map(toEngineTree) };
  return { not: toEngineTree((node as { not: ConditionNode }).not) };
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
    const key = flat.kind === 'atLeast' ? 'any' : flat.kind;
    const children = key === 'not' ? ('not' in node ? [node.not] : []) : key in node ? (node as Record<string, EvaluatedNode[]>)[key] : [];
    flat.children.forEach((child, i) => stack.push({ node: Array.isArray(children) ? children[i] : undefined, index: child }));
  }
  return results;
}

/** One condition tree to evaluate: a tranche's, or one of its parts'. */
interface Unit {
  trancheId: string;
  partId?: string;
  engine: Engine;
  nodes: FlatNode[];
}

/**
 * Evaluates every conditional tranche and part for every region with json-rules-engine, and
 * explains each condition: fact value, required value, outcome and a one-line reason in sv and en.
 * The work per region is linear in the size of the condition trees (see tree.ts).
 */
export async function evaluateRegions(agreement: Agreement, regions: readonly RegionRow[]): Promise<RegionEvaluation[]> {
  const units: Unit[] = [];
  for (const tranche of agreement.tranches) {
    if (tranche.conditions) units.push({ trancheId: tranche.id, engine: createEngine(tranche.id, tranche.conditions), nodes: flattenTree(tranche.conditions) });
    for (const part of tranche.parts ?? []) {
      if (!part.conditions) continue;
      units.push({ trancheId: tranche.id, partId: part.id, engine: createEngine(`${tranche.id}.${part.id}`, part.conditions), nodes: flattenTree(part.conditions) });
    }
  }
  const factsById = new Map(agreement.facts.map((f) => [f.id, f]));
  const evaluations: RegionEvaluation[] = [];

  for (const region of regions) {
    const eligible: Record<string, boolean> = Object.fromEntries(agreement.tranches.map((t) => [t.id, true]));
    const parts: Record<string, Record<string, boolean>> = Object.fromEntries(
      agreement.tranches.filter((t) => t.parts).map((t) => [t.id, Object.fromEntries(t.parts!.map((p) => [p.id, true]))]),
    );
    const outcomes: ConditionOutcome[] = [];
    const facts = engineFacts(region);
    const valueOf = (factId: string): FactValue => own(region.facts, factId) ?? null;
    for (const unit of units) {
      const { results, failureResults } = await unit.engine.run(facts);
      const evaluated = (results[0] ?? failureResults[0]).conditions as unknown as EvaluatedNode;
      const held = engineResults(evaluated, unit.nodes);
      // Eligibility comes from Kleene logic over the engine's leaf results, so that a blank cell is
      // unknown, and "not unknown" is still unknown: a missing value never pays out, even under "not" —
      // unless the rule file says what a missing value of that fact means (whenMissing). A fact given
      // as the value ({ "fact": … }) is read the same way: either side blank is unknown.
      const verdict = judgeTree(unit.nodes, (leaf, i): Truth => {
        const missing = missingSides(leaf, valueOf);
        if (missing.length === 0) return held[i] ? 'true' : 'false';
        const meanings = missing.map((id) => factsById.get(id)?.whenMissing?.means);
        if (meanings.some((m) => m === undefined)) return 'unknown';
        return meanings.includes('notMet') ? 'false' : 'true';
      });
      const ok = verdict.truth === 'true';
      if (unit.partId === undefined) eligible[unit.trancheId] = ok;
      else parts[unit.trancheId][unit.partId] = ok;
      for (const { leaf, passed, negated, decisive } of verdict.leaves) {
        const actual = valueOf(leaf.fact);
        const fact = factsById.get(leaf.fact)!;
        const reference = isFactReference(leaf.value) ? leaf.value.fact : undefined;
        const required = reference === undefined ? leaf.value : valueOf(reference);
        const missing = missingSides(leaf, valueOf);
        outcomes.push({
          trancheId: unit.trancheId,
          ...(unit.partId === undefined ? {} : { partId: unit.partId }),
          name: leaf.name,
          fact: leaf.fact,
          operator: leaf.operator,
          actual,
          required,
          ...(reference === undefined ? {} : { requiredFact: reference }),
          passed,
          missing: missing.length > 0,
          decisive: decisive && !ok,
          reason: reasonFor(leaf, fact, reference === undefined ? undefined : factsById.get(reference), actual, required, missing, passed, negated),
        });
      }
    }
    evaluations.push(agreement.tranches.some((t) => t.parts) ? { eligible, parts, outcomes } : { eligible, outcomes });
  }
  return evaluations;
}

/** The facts of a leaf without a value for this region: the fact compared, and a fact given as the value. */
function missingSides(leaf: ConditionLeaf, valueOf: (id: string) => FactValue): string[] {
  const sides = [leaf.fact, ...(isFactReference(leaf.value) ? [leaf.value.fact] : [])];
  return sides.filter((id) => valueOf(id) === null);
}

function reasonFor(
  leaf: ConditionLeaf,
  fact: FactDeclaration,
  other: FactDeclaration | undefined,
  actual: FactValue,
  required: unknown,
  missing: string[],
  passed: boolean,
  negated: boolean,
) {
  // Missing values the file gives a meaning: the (first) missing fact's meaning explains the outcome.
  const meant = missing.map((id) => (id === fact.id ? fact : other)).find((f) => f?.whenMissing);
  if (missing.length > 0 && meant?.whenMissing && missing.every((id) => (id === fact.id ? fact : other)?.whenMissing)) {
    return explainMissingByAgreement(meant, meant.whenMissing, passed, negated);
  }
  return explainOutcome(leaf, fact, actual, passed, negated, other ? { fact: other, value: required } : undefined);
}
