import { describe, expect, it } from 'vitest';
import { loadAgreement, loadAgreementText, type LoadResult } from '../../../src/core/agreement/load';
import { RULE_LIMITS } from '../../../src/core/agreement/structure';
import { numberTexts } from '../../../src/core/agreement/numberTexts';
import type { RuleProblem } from '../../../src/core/agreement/problems';
import { ruleFileText } from './bundled';

const text2024 = () => ruleFileText('svf-2024');
const json2024 = () => JSON.parse(text2024());

function problems(result: LoadResult): RuleProblem[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}
const LEAF = '{ "name": "prem", "fact": "premUsed", "operator": "equal", "value": true }';

/** The 2024 file with payout 2's conditions replaced by the given JSON text. */
const withConditions = (conditions: string) => {
  const text = text2024();
  const start = text.indexOf('"conditions": {');
  const end = text.indexOf('"onFailure"');
  return `${text.slice(0, start)}"conditions": ${conditions},\n      ${text.slice(end)}`;
};

/** "not" around the leaf, n times: n + 1 levels. */
const nots = (n: number) => `${'{ "not": '.repeat(n)}${LEAF}${' }'.repeat(n)}`;
const notPointer = (n: number) => `/tranches/1/conditions${'/not'.repeat(n)}`;

describe('nesting limits, checked before anything recursive sees the file', () => {
  it('names the first node below 32 levels in a 10 000-level tree, as text and as JSON', () => {
    const text = withConditions(nots(10_000));
    for (const result of [loadAgreementText(text), loadAgreement(JSON.parse(text))]) {
      expect(problems(result)).toEqual([
        {
          pointer: notPointer(32),
          message: {
            sv: 'Villkoren är nästlade för djupt: högst 32 nivåer av "all", "any" och "not" inuti varandra. Skriv om villkoren med färre nivåer.',
            en: 'The conditions are nested too deeply: at most 32 levels of "all", "any" and "not" inside one another. Rewrite the conditions with fewer levels.',
          },
        },
      ]);
    }
  });

  it('loads 32 levels and refuses 33, with "not" or with groups', () => {
    expect(loadAgreementText(withConditions(nots(31))).ok).toBe(true);
    expect(problems(loadAgreementText(withConditions(nots(32)))).map((p) => p.pointer)).toEqual([notPointer(32)]);
    // { "any": [ { "all": [ … leaf ] } ] }: each group one level, the leaf one more.
    const groups = (n: number) => {
      let node = LEAF;
      for (let i = 0; i < n; i++) node = `{ "${i % 2 ? 'any' : 'all'}": [ ${node} ] }`;
      return node;
    };
    expect(loadAgreementText(withConditions(groups(31))).ok).toBe(true);
    const deep = problems(loadAgreementText(withConditions(groups(32))));
    expect(deep.map((p) => p.pointer)).toEqual([`/tranches/1/conditions${'/any/0/all/0'.repeat(16)}`]);
    expect(deep[0].message.en).toMatch(/^The conditions are nested too deeply/);
  });

  it('bounds any other nesting (a value, an unknown field) at 100 levels of JSON', () => {
    const deepValue = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;
    const inValue = text2024().replace('"value": 0.7', `"value": ${deepValue}`);
    const atValue = problems(loadAgreementText(inValue));
    expect(atValue).toHaveLength(1);
    expect(atValue[0].pointer).toBe(`/tranches/1/conditions/all/0/value${'/0'.repeat(RULE_LIMITS.jsonDepth - 6)}`);
    expect(atValue[0].message.sv).toBe('Regelfilen är nästlad för djupt: mer än 100 nivåer av objekt och listor inuti varandra.');

    const extra = text2024().replace('"currency": "SEK",', `"currency": "SEK", "extra": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)},`);
    expect(problems(loadAgreementText(extra))[0].message.en).toBe(
      'The rule file is nested too deeply: more than 100 levels of objects and lists inside one another.',
    );
  });

  it('stops a draft that refers to itself instead of walking forever', () => {
    const draft = json2024();
    draft.tranches[1].conditions.all.push(draft.tranches[1].conditions);
    const result = problems(loadAgreement(draft));
    expect(result).toHaveLength(1);
    // Level 32 is the group 31 steps down; its first leaf is the first node at level 33.
    expect(result[0].pointer).toBe(`/tranches/1/conditions${'/all/3'.repeat(31)}/all/0`);
  });

  it(`refuses more than ${RULE_LIMITS.conditionNodes} conditions, naming the first one too many`, () => {
    const leaves = Array.from({ length: 1000 }, (_, i) => `{ "name": "c${i}", "fact": "premUsed", "operator": "equal", "value": true }`);
    // The group and 999 leaves are 1 000 nodes; one more leaf is too many.
    expect(loadAgreementText(withConditions(`{ "all": [ ${leaves.slice(0, 999).join(', ')} ] }`)).ok).toBe(true);
    const many = problems(loadAgreementText(withConditions(`{ "all": [ ${leaves.join(', ')} ] }`)));
    expect(many).toEqual([
      {
        pointer: '/tranches/1/conditions/all/999',
        message: {
          sv: 'Regelfilen har fler än 1000 villkor (enskilda villkor och grupper räknade tillsammans); det här är det första för många.',
          en: 'The rule file has more than 1000 conditions (single conditions and groups counted together); this is the first one too many.',
        },
      },
    ]);
  });

  it('refuses a text over 1 MiB before parsing it', () => {
    const big = text2024().replace('"currency": "SEK",', `"currency": "SEK", "note": "${'x'.repeat(RULE_LIMITS.textLength)}",`);
    expect(problems(loadAgreementText(big))).toEqual([
      {
        pointer: '',
        message: {
          sv: `Regelfilen är för stor: ${big.length} tecken, högst 1048576.`,
          en: `The rule file is too large: ${big.length} characters, at most 1048576.`,
        },
      },
    ]);
  });
});

describe('numbers a rule file can hold', () => {
  const only = (result: LoadResult, pointer: string) => {
    const found = problems(result).filter((p) => p.pointer === pointer);
    expect(found).toHaveLength(1);
    return found[0].message;
  };

  it('names a number too large to read (JSON.parse gives Infinity) instead of crashing', () => {
    const text = text2024().replace('"budget": 365000000', '"budget": 1e400').replace('"amount": 182500000', '"amount": -1E+999');
    const result = loadAgreementText(text);
    expect(only(result, '/budget')).toEqual({
      sv: 'Talet 1e400 är för stort för att läsas (det blir oändligt).',
      en: 'The number 1e400 is too large to be read (it becomes infinite).',
    });
    expect(only(result, '/tranches/0/amount').en).toBe('The number -1E+999 is too large to be read (it becomes infinite).');
    const value = loadAgreementText(text2024().replace('"value": 0.7', '"value": 1e400'));
    expect(only(value, '/tranches/1/conditions/all/0/value').en).toBe('The number 1e400 is too large to be read (it becomes infinite).');
  });

  it('names Infinity and NaN in a draft (no text) at their pointers', () => {
    const draft = json2024();
    draft.budget = Infinity;
    draft.tranches[1].conditions.all[0].value = NaN;
    const result = loadAgreement(draft);
    expect(only(result, '/budget').en).toBe('The number Infinity is too large to be read (it becomes infinite).');
    expect(only(result, '/tranches/1/conditions/all/0/value')).toEqual({
      sv: 'Värdet är inget tal (NaN).',
      en: 'The value is not a number (NaN).',
    });
  });

  it('refuses whole numbers beyond 2^53 − 1 that JSON.parse would round silently', () => {
    const text = text2024()
      .replace('"budget": 365000000', '"budget": 9007199254740993')
      .replace('"amount": 182500000', '"amount": 9007199254740993');
    const result = loadAgreementText(text);
    expect(only(result, '/budget')).toEqual({
      sv: 'Heltalet 9007199254740993 är större än 9 007 199 254 740 991, det största heltal som kan läsas exakt: det skulle läsas som 9007199254740992.',
      en: 'The whole number 9007199254740993 is larger than 9,007,199,254,740,991, the largest whole number that can be read exactly: it would be read as 9007199254740992.',
    });
    expect(only(result, '/tranches/0/amount').en).toMatch(/^The whole number 9007199254740993 is larger/);
    // 2^53 itself reads exactly, but kronor beyond 2^53 − 1 are not counted exactly.
    const draft = json2024();
    draft.budget = 2 ** 53;
    expect(only(loadAgreement(draft), '/budget').en).toBe(
      'The amount 9007199254740992 kr is larger than 9,007,199,254,740,991 kr, the largest whole amount that is counted exactly.',
    );
  });

  it('loads the largest exact amount, 2^53 − 1 kr', () => {
    const text = text2024()
      .replace('"budget": 365000000', `"budget": ${Number.MAX_SAFE_INTEGER}`)
      .replace('"amount": 182500000', `"amount": ${Number.MAX_SAFE_INTEGER - 182_500_000}`);
    const result = loadAgreementText(text);
    expect(result.ok && result.agreement.budget).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses a decimal with more digits than a double holds, and one so small it becomes 0', () => {
    const more = loadAgreementText(text2024().replace('"value": 0.7', '"value": 0.70000000000000000001'));
    expect(only(more, '/tranches/1/conditions/all/0/value')).toEqual({
      sv: 'Talet 0.70000000000000000001 har fler siffror än som kan läsas exakt: det skulle läsas som 0.7. Skriv högst 15 värdesiffror.',
      en: 'The number 0.70000000000000000001 has more digits than can be read exactly: it would be read as 0.7. Write at most 15 significant digits.',
    });
    const tiny = loadAgreementText(text2024().replace('"value": 0.7', '"value": 1e-400'));
    expect(only(tiny, '/tranches/1/conditions/all/0/value')).toEqual({
      sv: 'Talet 1e-400 är för litet för att läsas: det skulle bli 0.',
      en: 'The number 1e-400 is too small to be read: it would become 0.',
    });
  });

  it('accepts other spellings of the same number: 0.70, 7e-1, 3.65e8', () => {
    const text = text2024().replace('"value": 0.7', '"value": 7e-1').replace('"budget": 365000000', '"budget": 3.65e8');
    const result = loadAgreementText(text);
    expect(result.ok && result.agreement.budget).toBe(365_000_000);
    expect(loadAgreementText(text2024().replace('"value": 0.7', '"value": 0.70')).ok).toBe(true);
  });

  it('refuses -0: decimal.js keeps it negative (isNegative() is true), and 0 is what is meant', () => {
    const text = loadAgreementText(
      text2024().replace('"amount": 182500000', '"amount": -0').replace('"budget": 365000000', '"budget": 182500000'),
    );
    expect(only(text, '/tranches/0/amount')).toEqual({ sv: 'Skriv 0, inte -0.', en: 'Write 0, not -0.' });
    const draft = json2024();
    draft.tranches[1].conditions.all[0].value = -0;
    expect(only(loadAgreement(draft), '/tranches/1/conditions/all/0/value').en).toBe('Write 0, not -0.');
  });

  it('finds each number’s text by pointer, escaped keys and repeated keys included', () => {
    const texts = numberTexts('{ "a/b": [1, 2.50, {"~": -3e2}], "c": 1, "c": 1e400, "d": "4", "e": [true, null, 5] }', 100);
    expect([...texts]).toEqual([
      ['/a~1b/0', '1'],
      ['/a~1b/1', '2.50'],
      ['/a~1b/2/~0', '-3e2'],
      ['/c', '1e400'],
      ['/e/2', '5'],
    ]);
    expect(numberTexts('[[[1]], 2]', 2)).toEqual(new Map());
  });
});
