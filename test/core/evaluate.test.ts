import { describe, expect, it, vi } from 'vitest';
import Decimal from 'decimal.js';
import { evaluateRegions } from '../../src/core/evaluation/evaluate';
import { OPERATORS } from '../../src/core/evaluation/operators';
import fc from 'fast-check';
import type { Agreement, ConditionLeaf, ConditionNode, ConditionTree } from '../../src/core/agreement/types';
import { flattenTree, judgeTree, type Truth } from '../../src/core/evaluation/tree';
import { bundledAgreement, regionRow } from './official';
import { randomTrees } from './evaluation/randomTrees';

const agreement = bundledAgreement(2024);
const row = (facts: Parameters<typeof regionRow>[4]) => regionRow(0, '13', 'Halland', 343_989, facts);
const passing = { inclusionRate: new Decimal('0.842'), premUsed: true, reportSubmitted: '2024-09-30' };

describe('evaluating conditions', () => {
  it('passes a region that meets every condition, with a reason for each', async () => {
    const [evaluation] = await evaluateRegions(agreement, [row(passing)]);
    expect(evaluation.eligible).toEqual({ payout1: true, payout2: true });
    expect(evaluation.outcomes.map((o) => [o.name, o.passed, o.decisive])).toEqual([
      ['inclusion', true, false],
      ['prem', true, false],
      ['report', true, false],
    ]);
    expect(evaluation.outcomes[0].reason.sv).toBe('Inklusion 84,2\u00a0% når kravet 70\u00a0%');
  });

  it('explains each failed condition in sv and en', async () => {
    const [evaluation] = await evaluateRegions(agreement, [
      row({ inclusionRate: new Decimal('0.682'), premUsed: false, reportSubmitted: '2024-10-02' }),
    ]);
    expect(evaluation.eligible.payout2).toBe(false);
    const reasons = evaluation.outcomes.map((o) => o.reason);
    expect(reasons.map((r) => r.sv.replace(/\u00a0/g, ' '))).toEqual([
      'Inklusion 68,2 % är under kravet 70 %',
      'PREM-enkäter använda: Nej, krävs Ja',
      'Redovisning inkommen 2024-10-02 är efter sista dag 2024-09-30',
    ]);
    expect(reasons[0].en).toBe('Inclusion 68.2\u00a0% is below the required 70\u00a0%');
    expect(evaluation.outcomes.every((o) => o.decisive && !o.passed)).toBe(true);
    expect(evaluation.outcomes[0]).toMatchObject({ fact: 'inclusionRate', required: 0.7, missing: false });
    expect((evaluation.outcomes[0].actual as Decimal).toString()).toBe('0.682');
  });

  it('compares decimals exactly: 70 % meets 0.7 and 69,99999 % does not', async () => {
    const [exact, below] = await evaluateRegions(agreement, [
      row({ ...passing, inclusionRate: new Decimal('0.70000') }),
      row({ ...passing, inclusionRate: new Decimal('0.6999999') }),
    ]);
    expect(exact.eligible.payout2).toBe(true);
    expect(below.eligible.payout2).toBe(false);
    // The float trap: 0.1 + 0.2 = 0.30000000000000004 in JS, but not here.
    expect(OPERATORS.lessThanInclusive.evaluate(new Decimal('0.1').plus('0.2').toString(), 0.3)).toBe(true);
  });

  it('treats a missing value as failing, with a reason saying it is missing', async () => {
    const [evaluation] = await evaluateRegions(agreement, [row({ ...passing, premUsed: null })]);
    expect(evaluation.eligible.payout2).toBe(false);
    const prem = evaluation.outcomes.find((o) => o.name === 'prem')!;
    expect(prem).toMatchObject({ missing: true, passed: false, decisive: true });
    expect(prem.reason.en).toBe('PREM surveys used is missing (required: Yes)');
  });

  it('accepts Excel serial dates on either side of onOrBefore/onOrAfter', () => {
    expect(OPERATORS.onOrBefore.evaluate(45565, '2024-09-30')).toBe(true); // 45565 = 2024-09-30
    expect(OPERATORS.onOrBefore.evaluate(45566, '2024-09-30')).toBe(false);
    expect(OPERATORS.onOrAfter.evaluate('2024-09-30T23:59:00', 45565)).toBe(true);
    expect(OPERATORS.onOrBefore.evaluate('not a date', 45565)).toBe(false);
  });

  it('reports only the decisive failures of an "any" group', async () => {
    const custom: Agreement = {
      ...agreement,
      tranches: [
        agreement.tranches[0],
        {
          ...agreement.tranches[1],
          conditions: {
            all: [
              {
                any: [
                  { name: 'inclusion', fact: 'inclusionRate', operator: 'greaterThanInclusive', value: 0.7 },
                  { name: 'prem', fact: 'premUsed', operator: 'equal', value: true },
                ],
              },
              { name: 'report', fact: 'reportSubmitted', operator: 'onOrBefore', value: '2024-09-30' },
            ],
          },
        },
      ],
    };
    const [evaluation] = await evaluateRegions(custom, [
      row({ inclusionRate: new Decimal('0.5'), premUsed: true, reportSubmitted: '2024-12-01' }),
    ]);
    expect(evaluation.eligible.payout2).toBe(false);
    expect(evaluation.outcomes.filter((o) => o.decisive).map((o) => o.name)).toEqual(['report']);
  });

  it('explains a failed "not" condition', async () => {
    const custom: Agreement = {
      ...agreement,
      tranches: [
        agreement.tranches[0],
        {
          ...agreement.tranches[1],
          conditions: { not: { name: 'late', fact: 'reportSubmitted', operator: 'onOrAfter', value: '2024-10-01' } },
        },
      ],
    };
    const [late, onTime] = await evaluateRegions(custom, [row({ reportSubmitted: '2024-10-05' }), row({ reportSubmitted: '2024-09-01' })]);
    expect(late.eligible.payout2).toBe(false);
    expect(late.outcomes[0].reason.en).toBe('Must not hold: Report submitted 2024-10-05, on or after 2024-10-01');
    expect(onTime.eligible.payout2).toBe(true);
  });

  it('never pays out on a blank value, not even under "not" (three-valued logic)', async () => {
    const custom: Agreement = {
      ...agreement,
      tranches: [
        agreement.tranches[0],
        { ...agreement.tranches[1], conditions: { all: [{ not: { name: 'noPrem', fact: 'premUsed', operator: 'equal', value: false } }] } },
      ],
    };
    const [blank, yes, no] = await evaluateRegions(custom, [row({ premUsed: null }), row({ premUsed: true }), row({ premUsed: false })]);
    expect([blank.eligible.payout2, yes.eligible.payout2, no.eligible.payout2]).toEqual([false, true, false]);
    expect(blank.outcomes[0]).toMatchObject({ missing: true, passed: false, decisive: true });
    expect(blank.outcomes[0].reason.en).toBe('PREM surveys used is missing (required: No)');
  });

  it('lets an "any" group pass on one known alternative when another is blank', async () => {
    const custom: Agreement = {
      ...agreement,
      tranches: [
        agreement.tranches[0],
        {
          ...agreement.tranches[1],
          conditions: {
            any: [
              { name: 'inclusion', fact: 'inclusionRate', operator: 'greaterThanInclusive', value: 0.7 },
              { name: 'prem', fact: 'premUsed', operator: 'equal', value: true },
            ],
          },
        },
      ],
    };
    const [known, unknown] = await evaluateRegions(custom, [
      row({ inclusionRate: null, premUsed: true }),
      row({ inclusionRate: null, premUsed: false }),
    ]);
    expect(known.eligible.payout2).toBe(true);
    expect(unknown.eligible.payout2).toBe(false);
  });

  it('compares dates with equal/notEqual in any accepted form', () => {
    expect(OPERATORS.equal.evaluate('2024-09-30', 45565)).toBe(true);
    expect(OPERATORS.equal.evaluate('2024-09-30', '30 sep 2024')).toBe(true);
    expect(OPERATORS.notEqual.evaluate('2024-09-30', 45565)).toBe(false);
    expect(OPERATORS.equal.evaluate('2024-10-01', '2024-09-30')).toBe(false);
    expect(OPERATORS.equal.evaluate('Stockholm', 'Stockholm')).toBe(true);
  });

  it('shows enough digits that a failing value never reads as the requirement', async () => {
    const [evaluation] = await evaluateRegions(agreement, [row({ ...passing, inclusionRate: new Decimal('0.69996') })]);
    expect(evaluation.outcomes[0].reason.sv).toBe('Inklusion 69,996\u00a0% är under kravet 70\u00a0%');
  });
});

describe('evaluating deep condition trees in linear time', () => {
  /**
   * A chain `depth` groups deep, alternating all/any with a "not" every third level, and one leaf
   * beside each group: the shape that took over a minute at 22 levels when each group was walked
   * twice per level.
   */
  function chain(depth: number): ConditionTree {
    let node: ConditionNode = { name: 'bottom', fact: 'premUsed', operator: 'equal', value: true };
    for (let level = depth - 1; level >= 1; level--) {
      const leaf: ConditionNode = { name: `l${level}`, fact: 'inclusionRate', operator: 'greaterThanInclusive', value: 0.7 };
      const group: ConditionNode = level % 2 ? { all: [leaf, node] } : { any: [leaf, node] };
      node = level % 3 === 0 ? { not: { not: group } } : group;
    }
    return { all: [node] };
  }
  const deepAgreement = (depth: number): Agreement => ({
    ...agreement,
    tranches: [agreement.tranches[0], { ...agreement.tranches[1], conditions: chain(depth) }],
  });

  it.each([22, 200])('judges a %i-level tree visiting each node twice', (depth) => {
    const nodes = flattenTree(chain(depth));
    const leaves = nodes.filter((n) => n.kind === 'leaf').length;
    expect(leaves).toBe(depth);
    const verdict = judgeTree(nodes, () => 'true');
    expect(verdict.visits).toBe(2 * nodes.length);
    expect(verdict.truth).toBe('true');
    expect(verdict.leaves).toHaveLength(leaves);
  });

  it.each([22, 200])('evaluates a %i-level tree once per leaf and region, with the old outcomes', async (depth) => {
    const spy = vi.spyOn(OPERATORS.greaterThanInclusive, 'evaluate');
    try {
      const [pass, fail] = await evaluateRegions(deepAgreement(depth), [
        row(passing),
        row({ ...passing, inclusionRate: new Decimal('0.5'), premUsed: false }),
      ]);
      expect(spy).toHaveBeenCalledTimes(2 * (depth - 1));
      expect(pass.eligible.payout2).toBe(true);
      expect(pass.outcomes).toHaveLength(depth);
      expect(fail.eligible.payout2).toBe(false);
      // Every leaf fails; the decisive ones are those in groups that failed: all of them here.
      expect(fail.outcomes.every((o) => !o.passed && o.decisive)).toBe(true);
      expect(fail.outcomes[0].reason.en).toBe('Inclusion 50\u00a0% is below the required 70\u00a0%');
    } finally {
      spy.mockRestore();
    }
  });

  it('marks as decisive only the leaves of failed groups, through "not" and nested any/all', async () => {
    // all[ any[ a, not(all[ b, c ]) ], d ]: with a false, b true, c true and d false, the any fails
    // (a false, not(true) false) and d fails: a, b, c and d are reasons — b and c "must not hold".
    const tree: ConditionTree = {
      all: [
        {
          any: [
            { name: 'a', fact: 'inclusionRate', operator: 'greaterThanInclusive', value: 0.7 },
            {
              not: {
                all: [
                  { name: 'b', fact: 'premUsed', operator: 'equal', value: true },
                  { name: 'c', fact: 'reportSubmitted', operator: 'onOrBefore', value: '2024-09-30' },
                ],
              },
            },
          ],
        },
        { name: 'd', fact: 'reportSubmitted', operator: 'onOrAfter', value: '2024-10-01' },
      ],
    };
    const custom: Agreement = { ...agreement, tranches: [agreement.tranches[0], { ...agreement.tranches[1], conditions: tree }] };
    const [evaluation] = await evaluateRegions(custom, [
      row({ inclusionRate: new Decimal('0.5'), premUsed: true, reportSubmitted: '2024-09-01' }),
    ]);
    expect(evaluation.outcomes.map((o) => [o.name, o.passed, o.decisive])).toEqual([
      ['a', false, true],
      ['b', false, true],
      ['c', false, true],
      ['d', false, true],
    ]);
    expect(evaluation.outcomes[1].reason.en).toBe('Must not hold: PREM surveys used: Yes');
    // With a met the any holds, and only d is a reason.
    const [aMet] = await evaluateRegions(custom, [
      row({ inclusionRate: new Decimal('0.8'), premUsed: true, reportSubmitted: '2024-09-01' }),
    ]);
    expect(aMet.outcomes.filter((o) => o.decisive).map((o) => o.name)).toEqual(['d']);
  });
});

/**
 * The recursive walk evaluate.ts used before (exponential: each group walked twice per level), kept
 * as the reference the linear two-pass judgement must agree with on every tree.
 */
function referenceWalk(
  node: ConditionNode | ConditionTree,
  truthOf: (leaf: ConditionLeaf) => Truth,
  negated: boolean,
  visit: (v: { name: string; passed: boolean; negated: boolean; decisive: boolean }) => void,
  decisiveIfFailed: boolean,
): Truth {
  if ('fact' in node) {
    const truth = truthOf(node);
    const passed = truth !== 'unknown' && (negated ? truth === 'false' : truth === 'true');
    visit({ name: node.name, passed, negated, decisive: decisiveIfFailed && !passed });
    return truth;
  }
  const group = (nodes: (ConditionNode | ConditionTree)[], combine: (ts: Truth[]) => Truth) => {
    const truth = combine(nodes.map((c) => referenceWalk(c, truthOf, negated, () => undefined, false)));
    const failedGroup = truth === 'unknown' || (negated ? truth === 'true' : truth === 'false');
    nodes.forEach((c) => referenceWalk(c, truthOf, negated, visit, decisiveIfFailed && failedGroup));
    return truth;
  };
  const allOf = (ts: Truth[]): Truth => (ts.includes('false') ? 'false' : ts.includes('unknown') ? 'unknown' : 'true');
  const anyOf = (ts: Truth[]): Truth => (ts.includes('true') ? 'true' : ts.includes('unknown') ? 'unknown' : 'false');
  if ('all' in node) return group(node.all, allOf);
  if ('any' in node) return group(node.any, anyOf);
  const t = referenceWalk((node as { not: ConditionNode }).not, truthOf, !negated, visit, decisiveIfFailed);
  return t === 'unknown' ? t : t === 'true' ? 'false' : 'true';
}

describe('the linear judgement', () => {
  it('agrees with the recursive walk on every tree and every mix of true, false and unknown leaves', () => {
    let counter = 0;
    const leaf = fc.constant(null).map((): ConditionNode => ({ name: `c${counter++}`, fact: 'premUsed', operator: 'equal', value: true }));
    const tree = randomTrees(leaf, { atLeast: false });
    const truths = fc.array(fc.constantFrom<Truth>('true', 'false', 'unknown'), { minLength: 64, maxLength: 64 });
    fc.assert(
      fc.property(tree, truths, (t, values) => {
        const truthOf = (l: ConditionLeaf) => values[Number(l.name.slice(1)) % values.length];
        const expected: { name: string; passed: boolean; negated: boolean; decisive: boolean }[] = [];
        const expectedTruth = referenceWalk(t, truthOf, false, (v) => expected.push(v), true);
        const verdict = judgeTree(flattenTree(t), truthOf);
        expect(verdict.truth).toBe(expectedTruth);
        expect(verdict.leaves.map((l) => ({ name: l.leaf.name, passed: l.passed, negated: l.negated, decisive: l.decisive }))).toEqual(
          expected,
        );
      }),
      { numRuns: 500 },
    );
  });
});
