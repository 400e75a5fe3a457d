import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { loadAgreement } from '../../../src/core/agreement/load';
import type { Agreement, ConditionTree, FactDeclaration } from '../../../src/core/agreement/types';
import { evaluateRegions } from '../../../src/core/evaluation/evaluate';
import { computePayouts } from '../../../src/core/payout/compute';
import { bundledAgreement, regionRow } from '../official';

const percent = (id: string, sv: string, en: string, required = true): FactDeclaration => ({
  id,
  type: 'percent',
  label: { sv, en },
  headers: { sv: [sv], en: [en] },
  required,
});

/** The 2024 rules with a lead-time fact pair and the second payout's conditions replaced. */
function withConditions(conditions: ConditionTree, extraFacts: FactDeclaration[] = []): Agreement {
  const base = bundledAgreement(2024);
  const json = {
    ...base,
    facts: [
      ...base.facts,
      percent('leadTime', 'Inom ledtid', 'Within lead time'),
      percent('leadTimeLastYear', 'Inom ledtid i fjol', 'Within lead time last year'),
      ...extraFacts,
    ],
    tranches: [base.tranches[0], { ...base.tranches[1], conditions }],
  };
  const loaded = loadAgreement(json);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.agreement;
}

const improved: ConditionTree = {
  all: [{ name: 'improved', fact: 'leadTime', operator: 'greaterThan', value: { fact: 'leadTimeLastYear' } }],
};
const d = (x: string | null) => (x === null ? null : new Decimal(x));
const row = (thisYear: string | null, lastYear: string | null, i = 0) =>
  regionRow(i, String(i + 1).padStart(2, '0'), `Region ${i}`, 100_000, { leadTime: d(thisYear), leadTimeLastYear: d(lastYear) });

describe('a condition comparing two facts of the region', () => {
  it("holds where this year's share is above last year's, and says both values", async () => {
    const [up, down] = await evaluateRegions(withConditions(improved), [row('0.72', '0.70'), row('0.68', '0.70', 1)]);
    expect(up.eligible.payout2).toBe(true);
    expect(down.eligible.payout2).toBe(false);
    expect(down.outcomes[0]).toMatchObject({ requiredFact: 'leadTimeLastYear', passed: false, missing: false });
    expect(down.outcomes[0].required).toEqual(new Decimal('0.70'));
    expect(down.outcomes[0].reason.sv.replace(/\u00a0/g, ' ')).toBe('Inom ledtid 68 % är inte över Inom ledtid i fjol 70 %');
    expect(down.outcomes[0].reason.en.replace(/\u00a0/g, ' ')).toBe('Within lead time 68 % is not above Within lead time last year 70 %');
  });

  it('is unknown, never true, with either side blank — also under "not"', async () => {
    const [noThisYear, noLastYear] = await evaluateRegions(withConditions(improved), [row(null, '0.70'), row('0.90', null, 1)]);
    expect(noThisYear.eligible.payout2).toBe(false);
    expect(noThisYear.outcomes[0]).toMatchObject({ missing: true, passed: false });
    expect(noThisYear.outcomes[0].reason.sv).toMatch(/^Inom ledtid saknas \(krav: över Inom ledtid i fjol/);
    expect(noLastYear.eligible.payout2).toBe(false);
    expect(noLastYear.outcomes[0].reason.sv.replace(/\u00a0/g, ' ')).toBe('Inom ledtid i fjol saknas (jämförs med Inom ledtid 90 %)');
    const negated = withConditions({ not: { name: 'worse', fact: 'leadTime', operator: 'lessThan', value: { fact: 'leadTimeLastYear' } } });
    const [blankUnderNot] = await evaluateRegions(negated, [row('0.50', null)]);
    expect(blankUnderNot.eligible.payout2).toBe(false);
  });

  it('keeps each row its own values when rows are alike: no text in a cell makes two rows one outcome', async () => {
    const text = (id: string, sv: string): FactDeclaration => ({
      id,
      type: 'text',
      label: { sv, en: sv },
      headers: { sv: [sv], en: [sv] },
      required: true,
    });
    const agreement = withConditions({ all: [{ name: 'same', fact: 'said', operator: 'equal', value: { fact: 'heard' } }] }, [
      text('said', 'Sagt'),
      text('heard', 'Hört'),
    ]);
    // Outcomes of rows with the same values are shared; these two differ, though joined naively they read alike.
    const pairs = [
      ['a\u0001string:b', 'c'],
      ['a', 'b\u0001string:c'],
      ['a", "b', 'c'],
      ['a', 'b", "c'],
    ];
    const rows = pairs.map(([said, heard], i) => regionRow(i, String(i + 1).padStart(2, '0'), `Region ${i}`, 100, { said, heard }));
    const evaluations = await evaluateRegions(agreement, rows);
    evaluations.forEach((evaluation, i) => {
      expect(evaluation.outcomes[0].actual).toBe(pairs[i][0]);
      expect(evaluation.outcomes[0].required).toBe(pairs[i][1]);
    });
  });

  it('counts a blank on the value side as the rule file says (whenMissing)', async () => {
    const agreement = withConditions(
      { all: [{ name: 'meetsTarget', fact: 'inclusionRate', operator: 'greaterThanInclusive', value: { fact: 'target' } }] },
      [
        {
          ...percent('target', 'Regionens mål', 'Own target', false),
          whenMissing: {
            means: 'met',
            why: { sv: 'Utan eget mål gäller inget krav.', en: 'Without a target of its own no requirement applies.' },
          },
        },
      ],
    );
    const rows = [
      regionRow(0, '01', 'A', 100, { inclusionRate: new Decimal('0.6'), target: new Decimal('0.65') }),
      regionRow(1, '03', 'B', 100, { inclusionRate: new Decimal('0.6'), target: null }),
    ];
    const [a, b] = await evaluateRegions(agreement, rows);
    expect(a.eligible.payout2).toBe(false);
    expect(b.eligible.payout2).toBe(true);
    expect(b.outcomes[0].reason.sv).toMatch(/^Regionens mål saknas – räknas som uppfyllt enligt avtalet/);
  });

  it('property: with a blank on either side (and no whenMissing) the region is never paid, whatever the tree around it', async () => {
    const value = fc.option(
      fc.integer({ min: 0, max: 100 }).map((n) => new Decimal(n).dividedBy(100)),
      { nil: null },
    );
    const operator = fc.constantFrom('greaterThan', 'greaterThanInclusive', 'lessThan', 'lessThanInclusive', 'equal', 'notEqual');
    const negations = fc.nat({ max: 3 });
    await fc.assert(
      fc.asyncProperty(value, value, operator, negations, async (thisYear, lastYear, op, nots) => {
        fc.pre(thisYear === null || lastYear === null);
        let node: ConditionTree = { all: [{ name: 'c', fact: 'leadTime', operator: op, value: { fact: 'leadTimeLastYear' } }] };
        for (let i = 0; i < nots; i++) node = { not: node } as ConditionTree;
        if (!('all' in node)) node = { all: [node as never] };
        const [evaluation] = await evaluateRegions(withConditions(node), [
          regionRow(0, '01', 'A', 1, { leadTime: thisYear, leadTimeLastYear: lastYear }),
        ]);
        expect(evaluation.eligible.payout2).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe('at least k of n conditions', () => {
  const tree: ConditionTree = {
    atLeast: 2,
    of: [
      { name: 'a', fact: 'leadTime', operator: 'greaterThanInclusive', value: 0.5 },
      { name: 'b', fact: 'leadTimeLastYear', operator: 'greaterThanInclusive', value: 0.5 },
      { name: 'c', fact: 'inclusionRate', operator: 'greaterThanInclusive', value: 0.7 },
    ],
  };
  const rowOf = (a: string | null, b: string | null, c: string | null) =>
    regionRow(0, '01', 'A', 1, { leadTime: d(a), leadTimeLastYear: d(b), inclusionRate: d(c) });

  it('holds with k met, fails with too few that can still hold, and is unknown (so not paid) in between', async () => {
    const agreement = withConditions(tree);
    const cases: [string | null, string | null, string | null, boolean][] = [
      ['0.6', '0.6', '0.1', true], // two met
      ['0.6', '0.1', '0.1', false], // one met, none open
      ['0.6', null, '0.1', false], // one met, one unknown: unknown
      ['0.6', null, null, false], // one met, two unknown: unknown
      ['0.6', '0.6', null, true], // two met: the unknown does not matter
    ];
    for (const [a, b, c, paid] of cases) {
      const [evaluation] = await evaluateRegions(agreement, [rowOf(a, b, c)]);
      expect(evaluation.eligible.payout2, JSON.stringify([a, b, c])).toBe(paid);
    }
    const [failing] = await evaluateRegions(agreement, [rowOf('0.6', '0.1', '0.1')]);
    expect(failing.outcomes.filter((o) => o.decisive).map((o) => o.name)).toEqual(['b', 'c']);
  });

  it('pays the 2016 councils that lack one of the thirteen pathways, and not those lacking two', async () => {
    const agreement = bundledAgreement(2016);
    const pathways = agreement.facts.filter((f) => f.id.startsWith('svf')).map((f) => f.id);
    const council = (i: number, missing: number) =>
      regionRow(i, String(i + 1).padStart(2, '0'), `Landsting ${i}`, 100_000, {
        actionPlanSubmitted: true,
        reportSubmitted: '2016-10-20',
        ...Object.fromEntries(pathways.map((id, p) => [id, p >= missing])),
      });
    const result = await computePayouts(agreement, [council(0, 0), council(1, 1), council(2, 2)]);
    expect(result.regions.map((r) => r.eligible.payout2)).toEqual([true, true, false]);
    expect(result.tranches[1].paid.toNumber()).toBe(203_000_000);
  });
});
