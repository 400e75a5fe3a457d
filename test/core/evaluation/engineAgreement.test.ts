// Kvot evaluates the rule files' json-rules-engine condition trees itself (src/core/evaluation).
// This test keeps the format honest: json-rules-engine, run as designed (one Engine per agreement,
// each tranche and part a rule, Kvot's operators added), must reach the same pass/fail as Kvot for
// every bundled rule file and for random trees. Only rows with every fact present: json-rules-engine
// is two-valued, and Kvot's "missing = unknown" is tested on its own (evaluate.test.ts).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import type { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import type { Agreement, ConditionLeaf, ConditionNode, ConditionTree, FactDeclaration } from '../../../src/core/agreement/types';
import { isFactReference, isLeaf, nodeChildren } from '../../../src/core/agreement/types';
import { evaluateRegionsNow } from '../../../src/core/evaluation/evaluate';
import { engineFor } from '../../../src/cli/engineCheck';
import type { FactValue, RegionRow } from '../../../src/core/table/types';
import { bundledAgreement, regionRow } from '../official';
import { randomTrees } from './randomTrees';

/** Facts as json-rules-engine takes them: decimals as exact strings. */
const engineFacts = (row: RegionRow) =>
  Object.fromEntries(Object.entries(row.facts).map(([id, v]) => [id, v instanceof Decimal ? v.toString() : v]));

/** Kvot's verdicts by rule name, in the engine's naming. */
function kvotVerdicts(agreement: Agreement, rows: RegionRow[]): Record<string, boolean>[] {
  return evaluateRegionsNow(agreement, rows).map((e) => {
    const verdicts: Record<string, boolean> = {};
    for (const t of agreement.tranches) {
      if (t.conditions) verdicts[t.id] = e.eligible[t.id];
      for (const p of t.parts ?? []) if (p.conditions) verdicts[`${t.id}.${p.id}`] = e.parts![t.id][p.id];
    }
    return verdicts;
  });
}

async function engineVerdicts(engine: Engine, rows: RegionRow[]): Promise<Record<string, boolean>[]> {
  const out: Record<string, boolean>[] = [];
  for (const row of rows) {
    const { results, failureResults } = await engine.run(engineFacts(row));
    out.push(Object.fromEntries([...results.map((r) => [r.name, true]), ...failureResults.map((r) => [r.name, false])]));
  }
  return out;
}

/** Every leaf of every tree in the agreement. */
function leavesOf(agreement: Agreement): ConditionLeaf[] {
  const out: ConditionLeaf[] = [];
  const stack: (ConditionNode | ConditionTree)[] = agreement.tranches
    .flatMap((t) => [t.conditions, ...(t.parts ?? []).map((p) => p.conditions)])
    .filter((c) => c !== undefined);
  while (stack.length) {
    const node = stack.pop()!;
    if (isLeaf(node as ConditionNode)) out.push(node as ConditionLeaf);
    else stack.push(...nodeChildren(node));
  }
  return out;
}

const shiftDay = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Values around every threshold the rule file names for the fact: on it, just under, just over. */
function valuePool(fact: FactDeclaration, leaves: ConditionLeaf[]): FactValue[] {
  const literals = leaves
    .filter((l) => l.fact === fact.id && !isFactReference(l.value))
    .flatMap((l) => (Array.isArray(l.value) ? l.value : [l.value]));
  switch (fact.type) {
    case 'boolean':
      return [true, false];
    case 'date': {
      const days = literals.filter((v): v is string => typeof v === 'string');
      return (days.length ? days : ['2024-09-30']).flatMap((d) => [shiftDay(d, -1), d, shiftDay(d, 1)]);
    }
    case 'number':
    case 'percent': {
      const numbers = literals.filter((v): v is number => typeof v === 'number');
      const step = fact.type === 'percent' ? '0.001' : '1';
      return (numbers.length ? numbers : [0.7]).flatMap((n) => [new Decimal(n).minus(step), new Decimal(n), new Decimal(n).plus(step)]);
    }
    default: {
      const texts = literals.map(String);
      return [...texts, 'annat'];
    }
  }
}

const base = bundledAgreement(2024);
const inclusion = base.facts.find((f) => f.id === 'inclusionRate')!;
const target: FactDeclaration = { ...inclusion, id: 'inclusionTarget', label: { sv: 'Mål', en: 'Target' }, required: false };

/** Random trees of all, any, not and at least k of n over the 2024 facts and inclusionTarget. */
function randomTree(): fc.Arbitrary<ConditionTree> {
  const LEAVES: Omit<ConditionLeaf, 'name'>[] = [
    { fact: 'inclusionRate', operator: 'greaterThanInclusive', value: 0.7 },
    { fact: 'inclusionRate', operator: 'lessThan', value: 0.8 },
    { fact: 'inclusionRate', operator: 'greaterThanInclusive', value: { fact: 'inclusionTarget' } },
    { fact: 'inclusionTarget', operator: 'greaterThan', value: { fact: 'inclusionRate' } },
    { fact: 'premUsed', operator: 'equal', value: true },
    { fact: 'premUsed', operator: 'notEqual', value: false },
    { fact: 'reportSubmitted', operator: 'onOrBefore', value: '2024-09-30' },
    { fact: 'reportSubmitted', operator: 'onOrAfter', value: '2024-09-15' },
  ];
  let counter = 0;
  const leaf = fc.constantFrom(...LEAVES).map((l): ConditionNode => ({ ...l, name: `c${counter++}` }));
  return randomTrees(leaf);
}

/** The 2024 agreement with `conditions` for its second payout, and the fact inclusionTarget. */
const withTree = (conditions: ConditionTree): Agreement => ({
  ...base,
  facts: [...base.facts, target],
  tranches: [base.tranches[0], { ...base.tranches[1], conditions }],
});

const RULE_FILES = readdirSync(resolve(process.cwd(), 'rules'))
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .map((f) => f.replace(/\.json$/, ''));

describe('json-rules-engine and Kvot agree on pass/fail', () => {
  it.each(RULE_FILES)('for %s, on rows around every threshold', async (file) => {
    const agreement = bundledAgreement(file);
    const leaves = leavesOf(agreement);
    const pools = agreement.facts.map((f) => [f.id, valuePool(f, leaves)] as const);
    const row = fc.tuple(...pools.map(([, pool]) => fc.constantFrom(...pool))).map((values) => {
      const facts = Object.fromEntries(pools.map(([id], i) => [id, values[i]]));
      return regionRow(0, '13', 'Halland', 343_989, { ...facts, population: new Decimal(343_989) });
    });
    const engine = engineFor(agreement);
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), async (rows) => {
        expect(kvotVerdicts(agreement, rows)).toEqual(await engineVerdicts(engine, rows));
      }),
      { numRuns: 60 },
    );
  });

  it('for random trees of all, any, not and at least k of n, with facts compared to facts', async () => {
    const tree = randomTree();
    const rate = fc.constantFrom('0.69', '0.7', '0.75', '0.8', '0.81').map((v) => new Decimal(v));
    const row = fc
      .record({
        inclusionRate: rate,
        inclusionTarget: rate,
        premUsed: fc.boolean(),
        reportSubmitted: fc.constantFrom('2024-09-14', '2024-09-15', '2024-09-30', '2024-10-01'),
      })
      .map((facts) => regionRow(0, '13', 'Halland', 343_989, facts));
    await fc.assert(
      fc.asyncProperty(tree, fc.array(row, { minLength: 1, maxLength: 4 }), async (t, rows) => {
        const agreement = withTree(t);
        expect(kvotVerdicts(agreement, rows)).toEqual(await engineVerdicts(engineFor(agreement), rows));
      }),
      { numRuns: 300 },
    );
  });
});

describe('outcomes shared between rows', () => {
  it('are what each row evaluated alone gets: value, requirement, reason, whether decisive', () => {
    // Single instances, as a column of repeated rates is read (table/percent.ts), mixed with equal
    // values that are other instances, and blanks.
    const rates = ['0.69', '0.7', '0.75', '0.8', '0.81'].map((v) => new Decimal(v));
    const rate = fc.oneof(
      fc.constantFrom(...rates),
      fc.constantFrom(...rates).map((d) => new Decimal(d)),
      fc.constant(null),
    );
    const row = fc
      .record({
        inclusionRate: rate,
        inclusionTarget: rate,
        premUsed: fc.constantFrom(true, false, null),
        reportSubmitted: fc.constantFrom('2024-09-14', '2024-09-30', '2024-10-01', null),
      })
      .map((facts) => regionRow(0, '13', 'Halland', 343_989, facts));
    fc.assert(
      fc.property(randomTree(), fc.array(row, { minLength: 1, maxLength: 12 }), (t, rows) => {
        const agreement = withTree(t);
        expect(evaluateRegionsNow(agreement, rows)).toEqual(rows.map((r) => evaluateRegionsNow(agreement, [r])[0]));
      }),
      { numRuns: 500 },
    );
  });

  it('are one evaluation for rows with the same values, and apart for rows that differ', () => {
    const agreement = bundledAgreement(2024);
    const rate = new Decimal('0.8');
    const row = (premUsed: boolean) =>
      regionRow(0, '13', 'Halland', 343_989, { inclusionRate: rate, premUsed, reportSubmitted: '2024-09-15' });
    const [a, b, c] = evaluateRegionsNow(agreement, [row(true), row(true), row(false)]);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(c.eligible.payout2).toBe(false);
    expect(a.eligible.payout2).toBe(true);
  });
});
