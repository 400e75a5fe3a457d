import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadAgreement, loadAgreementText } from '../../src/core/agreement/load';
import type { RuleProblem } from '../../src/core/agreement/problems';
import { bundledAgreement } from './official';

const raw = (year: number) => JSON.parse(readFileSync(new URL(`../../rules/svf-${year}.json`, import.meta.url), 'utf8'));
const problemsOf = (json: unknown): RuleProblem[] => {
  const result = loadAgreement(json);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};
const at = (problems: RuleProblem[], pointer: string) => problems.find((p) => p.pointer === pointer);

describe('loading rule files', () => {
  it.each([2021, 2024, 2025] as const)('loads the bundled svf-%i.json', (year) => {
    const agreement = bundledAgreement(year);
    expect(agreement.year).toBe(year);
    expect(agreement.tranches.reduce((s, t) => s + t.amount, 0)).toBe(agreement.budget);
    expect(agreement.references.length).toBeGreaterThan(0);
  });

  it('marks the 2021 second tranche as assumed and says so in the description', () => {
    const agreement = bundledAgreement(2021);
    expect(agreement.tranches[1].conditionsAssumed).toBe(true);
    expect(agreement.description?.sv).toMatch(/ANTAGNA/);
    expect(agreement.description?.en).toMatch(/ASSUMED/);
  });

  it('names an unknown operator by JSON pointer and suggests the closest one', () => {
    const json = raw(2024);
    json.tranches[1].conditions.all[0].operator = 'greaterThanInclusiv';
    const problem = at(problemsOf(json), '/tranches/1/conditions/all/0/operator');
    expect(problem?.message.en).toBe('Unknown operator "greaterThanInclusiv". Did you mean "greaterThanInclusive"?');
    expect(problem?.message.sv).toContain('Menade du "greaterThanInclusive"?');
  });

  it('names an unknown fact', () => {
    const json = raw(2024);
    json.tranches[1].conditions.all[1].fact = 'premUse';
    expect(at(problemsOf(json), '/tranches/1/conditions/all/1/fact')?.message.en).toMatch(
      /Unknown fact "premUse"\. Did you mean "premUsed"\?/,
    );
  });

  it('rejects tranche amounts that do not add up to the budget', () => {
    const json = raw(2024);
    json.tranches[1].amount = 182_000_000;
    expect(at(problemsOf(json), '/budget')?.message.en).toBe(
      'The tranche amounts (364500000 kr) do not add up to the budget (365000000 kr).',
    );
  });

  it('rejects missing conditions', () => {
    const json = raw(2024);
    json.tranches[1].conditions = { all: [] };
    expect(at(problemsOf(json), '/tranches/1/conditions/all')?.message.en).toMatch(/Missing conditions/);
    delete json.tranches[1].conditions;
    expect(at(problemsOf(json), '/tranches/1')?.message.en).toMatch(/Missing conditions/);
  });

  it('lists every problem at once, schema problems with the field itself', () => {
    const json = raw(2025);
    delete json.budget;
    json.tranches[0].amount = -5;
    json.facts[0].colour = 'red';
    const problems = problemsOf(json);
    expect(at(problems, '/budget')?.message.en).toBe('The field "budget" is missing.');
    expect(at(problems, '/tranches/0/amount')?.message.sv).toBe('Får inte vara mindre än 0.');
    expect(at(problems, '/facts/0/colour')?.message.en).toBe('Unknown field "colour".');
  });

  it('rejects a percent requirement written as points, and an operator that does not fit the fact', () => {
    const json = raw(2024);
    json.tranches[1].conditions.all[0].value = 70;
    json.tranches[1].conditions.all[2].operator = 'greaterThan';
    const problems = problemsOf(json);
    expect(at(problems, '/tranches/1/conditions/all/0/value')?.message.en).toMatch(/0\.7 = 70 %/);
    expect(at(problems, '/tranches/1/conditions/all/2/operator')?.message.en).toMatch(
      /does not apply to the fact "reportSubmitted" of type date/,
    );
  });

  it('requires a population fact and an onFailure policy for conditional tranches', () => {
    const json = raw(2024);
    json.facts = json.facts.filter((f: { id: string }) => f.id !== 'population');
    delete json.tranches[1].onFailure;
    const problems = problemsOf(json);
    expect(at(problems, '/facts')?.message.en).toMatch(/role "population"/);
    expect(at(problems, '/tranches/1')?.message.en).toMatch(/onFailure/);
  });

  it('reports invalid JSON text as a problem', () => {
    const result = loadAgreementText('{ "id": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message.en).toMatch(/not valid JSON/);
  });

  it('still reports condition problems when the schema also fails', () => {
    const json = raw(2024);
    json.facts[3].type = 'procent';
    json.tranches[1].conditions.all[1].operator = 'equals';
    const problems = problemsOf(json);
    expect(at(problems, '/facts/3/type')?.message.en).toMatch(/Must be one of/);
    expect(at(problems, '/tranches/1/conditions/all/1/operator')?.message.en).toBe('Unknown operator "equals". Did you mean "equal"?');
  });
});

describe('values the loader used to let through', () => {
  it('checks every item of an in/notIn list against the fact type', () => {
    const json = raw(2024);
    json.tranches[1].conditions.all.push({ name: 'regions', fact: 'regionCode', operator: 'in', value: ['01', 3, { code: '04' }] });
    json.facts[0].required = true; // a condition reads regionCode now
    const problems = problemsOf(json);
    expect(problems.map((p) => p.pointer)).toEqual(['/tranches/1/conditions/all/3/value/1', '/tranches/1/conditions/all/3/value/2']);
    expect(at(problems, '/tranches/1/conditions/all/3/value/1')?.message.en).toBe('The value 3 does not fit "regionCode": give a text.');
  });

  it('reads a file that starts with a byte order mark', () => {
    const text = readFileSync(new URL('../../rules/svf-2024.json', import.meta.url), 'utf8');
    expect(loadAgreementText(`\uFEFF${text}`).ok).toBe(true);
  });
});
