/**
 * json-rules-engine alone, used as designed: one Engine for the agreement, reused for every row,
 * each conditional tranche a rule, with Kvot's operators (exact decimals) so it evaluates the same
 * conditions. It only says pass/fail per tranche: no explanations, no apportionment.
 */
import { Engine, type TopLevelCondition } from 'json-rules-engine';
import type { Agreement, ConditionNode, ConditionTree } from '../../src/core/agreement/types';
import { isLeaf } from '../../src/core/agreement/types';
import { OPERATORS } from '../../src/core/evaluation/operators';
import type { RegionRow } from '../../src/core/table/types';

function toEngineTree(node: ConditionNode | ConditionTree): unknown {
  if (isLeaf(node as ConditionNode)) {
    const { name, fact, operator, value } = node as ConditionNode & { name: string; fact: string; operator: string; value: unknown };
    return { name, fact, operator, value };
  }
  if ('all' in node) return { all: node.all.map(toEngineTree) };
  if ('any' in node) return { any: node.any.map(toEngineTree) };
  if ('not' in node) return { not: toEngineTree(node.not) };
  throw new Error('The benchmark rules use no "at least k of n" (json-rules-engine has none)');
}

export function engineFor(agreement: Agreement): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [op, spec] of Object.entries(OPERATORS)) engine.addOperator(op, spec.evaluate);
  for (const t of agreement.tranches) {
    if (t.conditions) engine.addRule({ name: t.id, conditions: toEngineTree(t.conditions) as TopLevelCondition, event: { type: t.id } });
  }
  return engine;
}

/** Pass/fail per conditional tranche for every row, with the one Engine. */
export async function runEngine(engine: Engine, rows: readonly RegionRow[]): Promise<Record<string, boolean>[]> {
  const out: Record<string, boolean>[] = [];
  for (const row of rows) {
    const { results, failureResults } = await engine.run(row.facts);
    const verdicts: Record<string, boolean> = {};
    for (const r of results) verdicts[r.name] = true;
    for (const r of failureResults) verdicts[r.name] = false;
    out.push(verdicts);
  }
  return out;
}
