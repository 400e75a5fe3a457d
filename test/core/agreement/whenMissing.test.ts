import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { loadAgreement, loadAgreementText } from '../../../src/core/agreement/load';
import type { RuleProblem } from '../../../src/core/agreement/problems';
import type { Agreement, ConditionTree, WhenMissing } from '../../../src/core/agreement/types';
import { ruleFileText } from '../../../src/core/agreement/ruleFile';
import { addCondition, newCondition, removeCondition } from '../../../src/core/agreement/draft';
import { diffAgreements } from '../../../src/core/agreement/diff';
import { factReaders } from '../../../src/core/agreement/readers';
import { evaluateRegions } from '../../../src/core/evaluation/evaluate';
import { computePayouts } from '../../../src/core/payout/compute';
import { parseTable } from '../../../src/core/table/parse';
import { bundled } from './bundled';
import { regionRow } from '../official';

const PREM = 4; // index of premUsed in svf-2024's facts
const WHY = {
  sv: 'Avtalet kräver PREM bara där enkäten redan finns',
  en: 'The agreement asks for PREM only where the survey already exists',
};
const json = () => JSON.parse(JSON.stringify(bundled('svf-2024')));

function problemsOf(doc: unknown): RuleProblem[] {
  const result = loadAgreement(doc);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

/** svf-2024 with premUsed optional and, if given, what a missing value means. */
function optionalPrem(whenMissing?: WhenMissing, conditions?: ConditionTree): Agreement {
  const doc = json();
  doc.facts[PREM].required = false;
  if (whenMissing) doc.facts[PREM].whenMissing = whenMissing;
  if (conditions) doc.tranches[1].conditions = conditions;
  const result = loadAgreement(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.agreement;
}

describe('loading whenMissing', () => {
  it('makes an optional fact a condition reads an error, naming the fact and the condition', () => {
    const doc = json();
    doc.facts[PREM].required = false;
    expect(problemsOf(doc)).toEqual([
      {
        pointer: '/facts/4/required',
        message: {
          sv:
            'Faktumet "premUsed" läses av villkoret "prem" i payout2 men är valfritt ("required": false) utan att säga vad ett saknat värde betyder. ' +
            'Gör det obligatoriskt ("required": true), eller lägg till "whenMissing" med "means": "met" (räknas som uppfyllt) eller "notMet" ' +
            '(räknas som ej uppfyllt) och "why": varför avtalet läser det så.',
          en:
            'The fact "premUsed" is read by the condition "prem" in payout2 but is optional ("required": false) without saying what a missing value means. ' +
            'Make it required ("required": true), or add "whenMissing" with "means": "met" (counts as met) or "notMet" (counts as not met) ' +
            'and "why": why the agreement reads it so.',
        },
      },
    ]);
  });

  it('finds readers at any depth and in every tranche', () => {
    const doc = json();
    doc.facts[PREM].required = false;
    doc.tranches[0].conditions = {
      any: [
        { name: 'inclusion', fact: 'inclusionRate', operator: 'greaterThan', value: 0.5 },
        { not: { all: [{ name: 'noPrem', fact: 'premUsed', operator: 'equal', value: false }] } },
      ],
    };
    doc.tranches[0].onFailure = 'withhold';
    const [problem] = problemsOf(doc);
    expect(problem.pointer).toBe('/facts/4/required');
    expect(problem.message.en).toMatch(
      /^The fact "premUsed" is read by the conditions "noPrem" in payout1, "prem" in payout2 but is optional/,
    );
    expect(
      factReaders(doc)
        .get('premUsed')
        ?.map((r) => r.pointer),
    ).toEqual(['/tranches/0/conditions/any/1/not/all/0', '/tranches/1/conditions/all/1']);
  });

  it('loads an optional condition fact that says what a missing value means', () => {
    expect(optionalPrem({ means: 'met', why: WHY }).facts[PREM].whenMissing).toEqual({ means: 'met', why: WHY });
  });

  it('refuses whenMissing where it never applies: on a required fact, or a fact no condition reads', () => {
    const required = json();
    required.facts[PREM].whenMissing = { means: 'met', why: WHY };
    expect(problemsOf(required)).toEqual([
      {
        pointer: '/facts/4/whenMissing',
        message: {
          sv: '"whenMissing" gäller aldrig här: faktumet "premUsed" är obligatoriskt, så en saknad kolumn stoppar beräkningen. Ta bort "whenMissing" eller gör faktumet valfritt ("required": false).',
          en: '"whenMissing" never applies here: the fact "premUsed" is required, so a missing column stops the calculation. Remove "whenMissing" or make the fact optional ("required": false).',
        },
      },
    ]);
    const unread = json();
    unread.facts[0].whenMissing = { means: 'notMet', why: WHY }; // regionCode: optional, read by no condition
    expect(problemsOf(unread)).toEqual([
      {
        pointer: '/facts/0/whenMissing',
        message: {
          sv: '"whenMissing" gäller aldrig här: inget villkor läser faktumet "regionCode". Ta bort "whenMissing".',
          en: '"whenMissing" never applies here: no condition reads the fact "regionCode". Remove "whenMissing".',
        },
      },
    ]);
  });

  it('names a malformed whenMissing by the schema', () => {
    const doc = json();
    doc.facts[PREM].required = false;
    doc.facts[PREM].whenMissing = { means: 'maybe', why: { sv: 'x' } };
    const problems = problemsOf(doc);
    expect(problems.find((p) => p.pointer === '/facts/4/whenMissing/means')?.message.en).toBe('Must be one of: met, notMet.');
    expect(problems.find((p) => p.pointer === '/facts/4/whenMissing/why/en')?.message.en).toBe('The field "en" is missing.');
  });
});

describe('evaluating a missing value the rule file gives a meaning', () => {
  const passing = { inclusionRate: new Decimal('0.842'), premUsed: true, reportSubmitted: '2024-09-30' };
  const row = (facts: Parameters<typeof regionRow>[4]) => regionRow(0, '13', 'Halland', 343_989, facts);

  it('counts a blank as met, and says so with the agreement’s reason', async () => {
    const [evaluation] = await evaluateRegions(optionalPrem({ means: 'met', why: WHY }), [row({ ...passing, premUsed: null })]);
    expect(evaluation.eligible.payout2).toBe(true);
    const prem = evaluation.outcomes.find((o) => o.name === 'prem')!;
    expect(prem).toMatchObject({ missing: true, passed: true, decisive: false, actual: null });
    expect(prem.reason).toEqual({
      sv: `PREM-enkäter använda saknas – räknas som uppfyllt enligt avtalet: ${WHY.sv}`,
      en: `PREM surveys used is missing – counted as met under the agreement: ${WHY.en}`,
    });
  });

  it('counts a blank as not met, a decisive reason', async () => {
    const [evaluation] = await evaluateRegions(optionalPrem({ means: 'notMet', why: WHY }), [row({ ...passing, premUsed: null })]);
    expect(evaluation.eligible.payout2).toBe(false);
    const prem = evaluation.outcomes.find((o) => o.name === 'prem')!;
    expect(prem).toMatchObject({ missing: true, passed: false, decisive: true });
    expect(prem.reason.sv).toBe(`PREM-enkäter använda saknas – räknas som ej uppfyllt enligt avtalet: ${WHY.sv}`);
  });

  it('leaves a value that is there to the condition', async () => {
    const agreement = optionalPrem({ means: 'met', why: WHY });
    const [no, yes] = await evaluateRegions(agreement, [row({ ...passing, premUsed: false }), row(passing)]);
    expect([no.eligible.payout2, yes.eligible.payout2]).toEqual([false, true]);
    expect(no.outcomes.find((o) => o.name === 'prem')!.reason.en).toBe('PREM surveys used: No, Yes required');
  });

  it('applies the meaning to the condition: under "not", met means the tranche fails', async () => {
    const not: ConditionTree = { all: [{ not: { name: 'noPrem', fact: 'premUsed', operator: 'equal', value: false } }] };
    const [met] = await evaluateRegions(optionalPrem({ means: 'met', why: WHY }, not), [row({ premUsed: null })]);
    expect(met.eligible.payout2).toBe(false);
    expect(met.outcomes[0]).toMatchObject({ missing: true, passed: false, decisive: true });
    expect(met.outcomes[0].reason.en).toBe(`Must not hold: PREM surveys used is missing – counted as met under the agreement: ${WHY.en}`);
    const [notMet] = await evaluateRegions(optionalPrem({ means: 'notMet', why: WHY }, not), [row({ premUsed: null })]);
    expect(notMet.eligible.payout2).toBe(true);
    expect(notMet.outcomes[0]).toMatchObject({ missing: true, passed: true, decisive: false });
  });

  it('treats a table without the column like blank cells, end to end', async () => {
    const agreement = optionalPrem({ means: 'met', why: WHY });
    const grid = {
      sheetName: 'Blad1',
      origin: { row: 0, column: 0 },
      values: [
        ['Kod', 'Region', 'Befolkning', 'Inklusion', 'Redovisning'],
        ['01', 'Stockholm', 2_455_914, '84 %', '2024-09-30'],
        ['03', 'Uppsala', 404_589, '65 %', '2024-09-15'],
      ],
    };
    const parsed = parseTable(grid, agreement.facts);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.table.warnings).toEqual([]);
    const result = await computePayouts(agreement, parsed.table.regions);
    expect(result.regions.map((r) => r.eligible.payout2)).toEqual([true, false]);
    expect(result.regions[0].payouts.payout2.toNumber()).toBe(182_500_000);
    expect(result.regions[1].reasons.map((r) => r.en)).toEqual(['Inclusion 65\u00a0% is below the required 70\u00a0%']);
    expect(result.regions[0].outcomes.find((o) => o.name === 'prem')).toMatchObject({ missing: true, passed: true });

    // Without whenMissing the same table is an error: the column is required.
    const strict = parseTable(grid, bundled('svf-2024').facts);
    expect(!strict.ok && strict.errors.map((e) => e.code)).toEqual(['required-column-missing']);
  });
});

describe('whenMissing through the rule editor', () => {
  it('survives draft edits, the rule file text and loading it again, in the files’ key order', () => {
    let draft = optionalPrem({ means: 'met', why: WHY });
    draft = addCondition(draft, 1, newCondition(draft, draft.facts[3]));
    draft = removeCondition(draft, 1, 3);
    const text = ruleFileText(draft);
    expect(text).toContain(
      '      "required": false,\n      "whenMissing": {\n        "means": "met",\n        "why": {\n' +
        `          "sv": "${WHY.sv}",\n          "en": "${WHY.en}"\n        }\n      }\n    },`,
    );
    const reloaded = loadAgreementText(text);
    expect(reloaded.ok && reloaded.agreement.facts[PREM].whenMissing).toEqual({ means: 'met', why: WHY });
    // Keys in another order come out in the files' order.
    const shuffled = {
      ...draft,
      facts: draft.facts.map((f) =>
        f.whenMissing ? { whenMissing: { why: { en: WHY.en, sv: WHY.sv }, means: f.whenMissing.means }, ...f } : f,
      ),
    };
    expect(ruleFileText(shuffled)).toBe(text);
  });

  it('names a changed meaning in the diff', () => {
    const before = optionalPrem({ means: 'met', why: WHY });
    const after = optionalPrem({ means: 'notMet', why: WHY });
    const [change] = diffAgreements(before, after);
    expect(change).toMatchObject({ pointer: '/facts/4/whenMissing/means', kind: 'changed', before: 'met', after: 'notMet' });
    expect(change.label.sv).toBe('PREM-enkäter använda: om värdet saknas räknas som');
  });
});
