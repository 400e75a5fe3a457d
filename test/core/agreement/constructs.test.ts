import { describe, expect, it } from 'vitest';
import { loadAgreement, loadAgreementText } from '../../../src/core/agreement/load';
import type { RuleProblem } from '../../../src/core/agreement/problems';
import { ruleFileText } from './bundled';

/** A fresh, mutable copy of a bundled rule file's JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const raw = (id: string): any => JSON.parse(ruleFileText(id));
const problemsOf = (json: unknown): RuleProblem[] => {
  const result = loadAgreement(json);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};
/** The one problem at a pointer, in English; fails the test when there is none. */
function en(json: unknown, pointer: string): string {
  const problems = problemsOf(json);
  const found = problems.filter((p) => p.pointer === pointer);
  if (found.length === 0) throw new Error(`no problem at ${pointer}: ${JSON.stringify(problems.map((p) => [p.pointer, p.message.en]))}`);
  return found.map((p) => p.message.en).join(' | ');
}
const loads = (json: unknown) => {
  const result = loadAgreement(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.map((p) => [p.pointer, p.message.en])));
  return result.agreement;
};

const leaf = (name: string, fact: string, operator: string, value: unknown) => ({ name, fact, operator, value });

describe('bases', () => {
  it('takes population, equal shares and a weight fact with minus and clampAtZero', () => {
    const json = raw('svf-2026');
    json.tranches[0].basis = 'equal';
    json.tranches[1].basis = {
      fact: 'leadTimeBreast',
      minus: 'leadTimeBreastLastYear',
      clampAtZero: true,
      label: { sv: 'Förbättring', en: 'Improvement' },
    };
    expect(loads(json).tranches[1].basis).toMatchObject({ fact: 'leadTimeBreast', clampAtZero: true });
  });

  it("names a basis that is no basis, once, without the schema's if/then noise", () => {
    const json = raw('svf-2024');
    json.tranches[0].basis = 'populaton';
    const problems = problemsOf(json).filter((p) => p.pointer === '/tranches/0/basis');
    expect(problems.map((p) => p.message.en)).toEqual(['Must be one of: population, equal.']);
    json.tranches[0].basis = { facts: 'inclusionRate' };
    expect(en(json, '/tranches/0/basis/facts')).toBe('Unknown field "facts".');
    expect(en(json, '/tranches/0/basis/fact')).toBe('The field "fact" is missing.');
  });

  it('reads a declared, required, numeric fact', () => {
    const json = raw('svf-2024');
    json.tranches[0].basis = { fact: 'women' };
    expect(en(json, '/tranches/0/basis/fact')).toMatch(/^Unknown fact "women"\. Declared: regionCode, regionName/);
    json.tranches[0].basis = { fact: 'premUsed' };
    expect(en(json, '/tranches/0/basis/fact')).toBe('The basis must be a number per recipient; "premUsed" is of type boolean.');
    json.tranches[0].basis = { fact: 'inclusionRate', minus: 'reportSubmitted' };
    expect(en(json, '/tranches/0/basis/minus')).toMatch(/"reportSubmitted" is of type date|different types/);
    const optional = raw('svf-2024');
    optional.facts.push({
      id: 'women',
      type: 'number',
      label: { sv: 'Kvinnor 15–44 år', en: 'Women 15–44' },
      headers: { sv: ['Kvinnor 15–44'], en: ['Women 15–44'] },
      required: false,
    });
    optional.tranches[0].basis = { fact: 'women' };
    expect(en(optional, '/tranches/0/basis/fact')).toMatch(/optional: without its column nothing can be split/);
  });

  it('fits a base amount to the listed recipients, and needs them listed', () => {
    const json = raw('svf-2024');
    json.tranches[0].baseAmount = 9_000_000;
    expect(en(json, '/tranches/0/baseAmount')).toBe(
      'The base amount 9,000,000 kr to 21 regions is more than the amount 182,500,000 kr.'.replace(/,/g, ','),
    );
    json.tranches[0].baseAmount = 1_000_000;
    expect(loads(json).tranches[0].baseAmount).toBe(1_000_000);
    delete json.regions;
    expect(en(json, '/tranches/0/baseAmount')).toMatch(/needs the rule file to list the recipients/);
  });
});

describe('parts', () => {
  it('loads parts given in kronor and as shares that add up to the tranche exactly', () => {
    const json = raw('svf-2024');
    json.tranches[1].parts = [
      { id: 'a', label: { sv: 'A', en: 'A' }, amount: 82_500_000 },
      { id: 'b', label: { sv: 'B', en: 'B' }, share: '24/73' },
      { id: 'c', label: { sv: 'C', en: 'C' }, share: '16/73' },
    ];
    expect(loads(json).tranches[1].parts).toHaveLength(3);
    json.tranches[1].parts = [
      { id: 'a', label: { sv: 'A', en: 'A' }, amount: 109_500_000 },
      { id: 'b', label: { sv: 'B', en: 'B' }, share: 0.4 },
    ];
    expect(loads(json).tranches[1].parts).toHaveLength(2);
  });

  it('says where the parts do not add up, in kronor and shares', () => {
    const json = raw('svf-2026');
    json.tranches[2].parts[0].share = '1/2';
    expect(en(json, '/tranches/2/parts')).toBe(
      'The parts do not add up to the tranche (0 kr): amounts 0 kr and shares 7/6 of the tranche.',
    );
    const kronor = raw('svf-2024');
    kronor.tranches[1].parts = [
      { id: 'a', label: { sv: 'A', en: 'A' }, amount: 100 },
      { id: 'b', label: { sv: 'B', en: 'B' }, amount: 200 },
    ];
    expect(en(kronor, '/tranches/1/parts')).toBe("The parts' amounts (300 kr) do not add up to the tranche (182,500,000 kr).");
  });

  it('wants exactly one of amount and share, a share within (0, 1], and distinct ids', () => {
    const json = raw('svf-2026');
    json.tranches[2].parts[0].amount = 0;
    expect(en(json, '/tranches/2/parts/0')).toBe('A part gives either "amount" (kronor) or "share" (a share of the tranche), not both.');
    delete json.tranches[2].parts[0].amount;
    delete json.tranches[2].parts[0].share;
    expect(en(json, '/tranches/2/parts/0')).toMatch(/^The part has no amount/);
    const shares = raw('svf-2026');
    shares.tranches[2].parts[0].share = '3/2';
    expect(en(shares, '/tranches/2/parts/0/share')).toBe(
      'The share 3/2 is no share of the tranche: it must be above 0 and at most 1, e.g. 1/3.',
    );
    shares.tranches[2].parts[0].share = 1.5;
    expect(en(shares, '/tranches/2/parts/0/share')).toBe('Must not be greater than 1.');
    shares.tranches[2].parts[0].share = 'a third';
    expect(en(shares, '/tranches/2/parts/0/share')).toMatch(/^Has the wrong form/);
    const ids = raw('svf-2026');
    ids.tranches[2].parts[2].id = 'breast';
    expect(en(ids, '/tranches/2/parts/2/id')).toBe('The part "breast" appears twice.');
  });

  it("checks a part's conditions by their own pointers, and names unique across the tranche and its parts", () => {
    const json = raw('svf-2026');
    json.tranches[2].parts[1].conditions.all[0].fact = 'leadTimeColorectl';
    expect(en(json, '/tranches/2/parts/1/conditions/all/0/fact')).toMatch(
      /^Unknown fact "leadTimeColorectl"\. Did you mean "leadTimeColorectal"\?/,
    );
    const names = raw('svf-2026');
    names.tranches[2].parts[1].conditions.all[0].name = 'improvedBreast';
    expect(en(names, '/tranches/2/parts/1/conditions/all/0/name')).toBe(
      'The name "improvedBreast" is already used by the condition at /tranches/2/parts/0/conditions/all/0.',
    );
  });

  it('needs onFailure for a conditional part, on the part or its tranche', () => {
    const json = raw('svf-2026');
    delete json.tranches[2].onFailure;
    expect(en(json, '/tranches/2/parts/0')).toBe(
      'A conditional part must state "onFailure": "redistribute" or "withhold" (here or on the tranche).',
    );
    json.tranches[2].parts.forEach((p: { onFailure?: string }) => (p.onFailure = 'withhold'));
    expect(loads(json).tranches[2].parts![0].onFailure).toBe('withhold');
  });

  it('counts kronor beyond 2^53 in a part as too many, at the part', () => {
    const text = ruleFileText('svf-2024').replace(
      '"basis": "population",\n      "conditions"',
      '"basis": "population",\n      "parts": [{ "id": "a", "label": { "sv": "A", "en": "A" }, "amount": 9007199254740993 }],\n      "conditions"',
    );
    const result = loadAgreementText(text);
    expect(result.ok).toBe(false);
    const problem = !result.ok && result.problems.find((p) => p.pointer === '/tranches/1/parts/0/amount');
    expect(problem && problem.message.en).toMatch(/larger than 9,007,199,254,740,991/);
  });
});

describe('conditions between two facts, and at least k of n', () => {
  it('compares with another declared fact of the same type, by a comparison', () => {
    const json = raw('svf-2026');
    const value = json.tranches[2].parts[0].conditions.all[0];
    value.value = { fact: 'leadTimeBrest' };
    expect(en(json, '/tranches/2/parts/0/conditions/all/0/value/fact')).toMatch(
      /^Unknown fact "leadTimeBrest"\. Did you mean "leadTimeBreast"\?/,
    );
    value.value = { fact: 'reportSubmitted' };
    expect(en(json, '/tranches/2/parts/0/conditions/all/0/value/fact')).toBe(
      '"reportSubmitted" is of type date and cannot be compared with "leadTimeBreast" of type percent.',
    );
    value.value = { fact: 'leadTimeBreast' };
    expect(en(json, '/tranches/2/parts/0/conditions/all/0/value/fact')).toBe('The condition compares "leadTimeBreast" with itself.');
    value.value = { fact: 'leadTimeBreastLastYear', path: '$.x' };
    expect(en(json, '/tranches/2/parts/0/conditions/all/0/value/path')).toBe('Unknown field "path".');
    const list = raw('svf-2024');
    list.tranches[1].conditions.all[0] = leaf('code', 'regionCode', 'in', { fact: 'regionName' });
    expect(en(list, '/tranches/1/conditions/all/0/value')).toMatch(/compares with a list, not with another fact/);
  });

  it('takes a per-region threshold from a column', () => {
    const json = raw('svf-2024');
    json.facts.push({
      id: 'inclusionTarget',
      type: 'percent',
      label: { sv: 'Inklusionsmål', en: 'Inclusion target' },
      headers: { sv: ['Inklusionsmål'], en: ['Inclusion target'] },
      required: true,
    });
    json.tranches[1].conditions.all[0].value = { fact: 'inclusionTarget' };
    expect(loads(json).tranches[1].conditions).toBeDefined();
  });

  it('asks an optional fact read only as a value what a missing value means', () => {
    const json = raw('svf-2024');
    json.facts.push({
      id: 'inclusionTarget',
      type: 'percent',
      label: { sv: 'Inklusionsmål', en: 'Inclusion target' },
      headers: { sv: ['Inklusionsmål'], en: ['Inclusion target'] },
      required: false,
    });
    json.tranches[1].conditions.all[0].value = { fact: 'inclusionTarget' };
    expect(en(json, `/facts/${json.facts.length - 1}/required`)).toMatch(
      /^The fact "inclusionTarget" is read by the condition "inclusion" in payout2 but is optional/,
    );
  });

  it('checks "at least k of": k from 1 to the number of conditions, and "of" only with "atLeast"', () => {
    const json = raw('svf-2016');
    const group = json.tranches[1].conditions.all[1];
    group.atLeast = 14;
    expect(en(json, '/tranches/1/conditions/all/1/atLeast')).toBe('At least 14 of 13 conditions can never hold: "of" has only 13.');
    group.atLeast = 0;
    expect(en(json, '/tranches/1/conditions/all/1/atLeast')).toBe('Must not be less than 1.');
    group.atLeast = 1.5;
    expect(en(json, '/tranches/1/conditions/all/1/atLeast')).toBe('Must be of type integer.');
    delete group.atLeast;
    expect(en(json, '/tranches/1/conditions/all/1/of')).toMatch(/^"of" belongs to "atLeast"/);
    const top = raw('svf-2024');
    top.tranches[1].conditions = { atLeast: 2, of: top.tranches[1].conditions.all };
    expect(loads(top).tranches[1].conditions).toMatchObject({ atLeast: 2 });
    top.tranches[1].conditions = { atLeast: 2, of: [] };
    expect(en(top, '/tranches/1/conditions/of')).toBe('Missing conditions: "atLeast" needs a list "of" with at least one condition.');
  });
});

describe('assumptions', () => {
  it('loads an assumption on a tranche, a part, a condition and a group, and the older conditionsAssumed', () => {
    expect(loads(raw('svf-2026')).tranches[2].parts![0].assumed?.about).toEqual(['amount', 'conditions']);
    expect(loads(raw('svf-2021')).tranches[1].conditionsAssumed).toBe(true);
    expect(loads(raw('rcc-2024')).groups![4].assumed?.about).toEqual(['regions']);
  });

  it('wants a one-line why in both languages and a source', () => {
    const json = raw('svf-2026');
    delete json.tranches[2].assumed.source;
    expect(en(json, '/tranches/2/assumed/source')).toBe('The field "source" is missing.');
    json.tranches[2].assumed.source = 'RCC';
    json.tranches[2].assumed.why.sv = 'Rad ett\nrad två';
    expect(en(json, '/tranches/2/assumed/why/sv')).toBe('The reason must be one line.');
    json.tranches[2].assumed.why.sv = '';
    expect(en(json, '/tranches/2/assumed/why/sv')).toBe('Must not be empty.');
  });

  it('lets "about" name only fields the item has', () => {
    const json = raw('svf-2026');
    json.tranches[0].assumed.about = ['parts'];
    expect(en(json, '/tranches/0/assumed/about/0')).toBe('The assumption is about "parts", which is not here.');
    json.tranches[0].assumed.about = ['value'];
    expect(en(json, '/tranches/0/assumed/about/0')).toBe(
      '"value" cannot be assumed here; possible: amount, basis, baseAmount, conditions, onFailure, parts.',
    );
    json.tranches[0].assumed.about = ['basis', 'basis'];
    expect(en(json, '/tranches/0/assumed/about')).toBe('The same value is listed twice.');
    const condition = raw('svf-2026');
    condition.tranches[1].conditions.all[2].assumed.about = ['amount'];
    expect(en(condition, '/tranches/1/conditions/all/2/assumed/about')).toBe(
      'A condition\'s assumption covers the condition as a whole or its value: "about" can only be ["value"].',
    );
    condition.tranches[1].conditions.all[2].assumed.about = ['sum'];
    expect(en(condition, '/tranches/1/conditions/all/2/assumed/about/0')).toMatch(/^Must be one of: amount, basis/);
  });
});

describe('groups of regions', () => {
  it('names listed regions, each in at most one group', () => {
    const json = raw('rcc-2024');
    json.groups[0].regions.push('26');
    expect(en(json, '/groups/0/regions/4')).toBe('The code "26" is not in the rule file\'s "regions".');
    json.groups[0].regions[4] = '12';
    expect(en(json, '/groups/4/regions/2')).toBe('Skåne already belongs to the group "rccNorr"; a region belongs to at most one group.');
    const ids = raw('rcc-2024');
    ids.groups[1].id = 'rccNorr';
    expect(en(ids, '/groups/1/id')).toBe('The group "rccNorr" appears twice.');
  });

  it('pays groups only where they are declared, and without conditions', () => {
    const json = raw('rcc-2024');
    delete json.groups;
    expect(en(json, '/tranches/0/recipients')).toBe(
      'The tranche pays groups ("recipients": "groups"), but the rule file has no "groups" list.',
    );
    const conditional = raw('rcc-2024');
    conditional.tranches[0].conditions = { all: [leaf('pop', 'population', 'greaterThan', 0)] };
    conditional.tranches[0].onFailure = 'redistribute';
    expect(en(conditional, '/tranches/0/conditions')).toMatch(/a tranche paid to groups cannot have conditions/);
  });

  it('sums no percentages over a group', () => {
    const json = raw('rcc-2024');
    json.facts.push({
      id: 'share',
      type: 'percent',
      label: { sv: 'Andel', en: 'Share' },
      headers: { sv: ['Andel'], en: ['Share'] },
      required: true,
    });
    json.tranches[0].basis = { fact: 'share' };
    expect(en(json, '/tranches/0/basis/fact')).toMatch(/shares \("share" is a percentage\) cannot be summed/);
  });
});
