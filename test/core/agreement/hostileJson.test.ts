import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { loadAgreement, loadAgreementText, type LoadResult } from '../../../src/core/agreement/load';
import { escapeSegment, setAt } from '../../../src/core/agreement/pointer';
import type { Agreement, FactDeclaration } from '../../../src/core/agreement/types';
import type { FactValue, RegionRow } from '../../../src/core/table/types';
import { computePayouts } from '../../../src/core/payout/compute';
import { RULE_FILES, ruleFileText } from './bundled';

const texts = RULE_FILES.map(ruleFileText);
const docs = texts.map((t) => JSON.parse(t) as unknown);

/** Every pointer of a document (containers and values), plus a new key in each object. */
function pointers(doc: unknown): string[] {
  const out: string[] = [];
  const stack: { value: unknown; pointer: string }[] = [{ value: doc, pointer: '' }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    out.push(pointer);
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, pointer: `${pointer}/${i}` }));
      out.push(`${pointer}/${value.length}`);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, pointer: `${pointer}/${escapeSegment(k)}` });
      for (const k of ['constructor', '__proto__', 'toString', 'whenMissing', 'not', 'all']) out.push(`${pointer}/${k}`);
    }
  }
  return out;
}

const targets = docs.map(pointers);

/** Problems have a pointer (RFC 6901 form) and a message in both languages. */
function expectWellFormed(result: LoadResult): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.pointer === '' || p.pointer.startsWith('/')).toBe(true);
    expect(typeof p.message.sv === 'string' && p.message.sv.length > 0).toBe(true);
    expect(typeof p.message.en === 'string' && p.message.en.length > 0).toBe(true);
  }
}

const SAMPLE: Record<FactDeclaration['type'], FactValue> = {
  number: new Decimal(5),
  percent: new Decimal('0.8'),
  boolean: true,
  date: '2024-09-01',
  text: '01',
};

/** Two regions for a rule set that loaded: one with a value for every fact, one with blanks. */
function regions(agreement: Agreement): RegionRow[] {
  return [0, 1].map((i) => {
    const facts: Record<string, FactValue> = {};
    for (const fact of agreement.facts)
      facts[fact.id] = fact.role === 'population' ? new Decimal(100 + i) : i === 0 ? SAMPLE[fact.type] : null;
    return { gridRow: i + 1, address: `Blad1!A${i + 2}`, code: `0${i}`, name: `R${i}`, population: new Decimal(100 + i), facts, cells: {} };
  });
}

async function neverThrows(doc: unknown): Promise<void> {
  const result = loadAgreement(doc);
  expectWellFormed(result);
  let text: string | undefined;
  try {
    text = JSON.stringify(doc);
  } catch {
    // A value JSON cannot write (none from fc.jsonValue); the object path was tried.
  }
  if (text !== undefined) expectWellFormed(loadAgreementText(text));
  // What loads must also evaluate and apportion without throwing.
  if (result.ok) await computePayouts(result.agreement, regions(result.agreement));
}

describe('hostile JSON in a rule file', () => {
  it('any JSON value at any place gives problems with pointers or a rule set, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: docs.length - 1 }).chain((d) => fc.tuple(fc.constant(d), fc.constantFrom(...targets[d]))),
        fc.jsonValue({ maxDepth: 4 }),
        async ([d, pointer], value) => neverThrows(setAt(docs[d], pointer, value)),
      ),
      { numRuns: 400 },
    );
  });

  it('values of the wrong kind in the places that matter never throw', async () => {
    const nasty = fc.constantFrom<unknown>(
      null,
      true,
      0,
      -1,
      1.5,
      '',
      'x',
      [],
      {},
      [[]],
      [{}],
      { all: [] },
      { not: {} },
      { fact: 'premUsed' },
      { name: 'n', fact: 'constructor', operator: 'toString', value: 1 },
      { name: 'n', fact: 'premUsed', operator: 'equal', value: [[1]] },
      { means: 'met' },
      { means: 'met', why: { sv: 'a', en: 'b' } },
      { means: 'maybe', why: 'x' },
      '2024-02-30',
      1e21,
      -0,
      Number.MAX_SAFE_INTEGER + 2,
      Infinity,
      -Infinity,
      NaN,
      'constructor',
      'toString',
      '__proto__',
      'hasOwnProperty',
      'valueOf',
      { name: 'n', fact: 'regionName', operator: 'in', value: [[1], { a: 1 }, null, '01', Infinity] },
      { name: 'n', fact: 'regionName', operator: 'notIn', value: ['Uppsala', 'Skåne'] },
      { name: 'n', fact: 'population', operator: 'in', value: [1, 2.5, -0] },
      { not: { name: 'n', fact: 'reportSubmitted', operator: 'equal', value: 45565 } },
    );
    const places = targets.map((list) =>
      list.filter((p) => /\/(conditions|all|any|not|value|fact|operator|whenMissing|required|amount|budget|id|type|role)(\/|$)/.test(p)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: docs.length - 1 }).chain((d) => fc.tuple(fc.constant(d), fc.constantFrom(...places[d]))),
        nasty,
        async ([d, pointer], value) => neverThrows(setAt(docs[d], pointer, value)),
      ),
      { numRuns: 400 },
    );
  });

  it('any number text in place of a number in the file gives problems or loads, never a throw', () => {
    const number = fc.oneof(
      fc.constantFrom(
        '1e400',
        '-1e400',
        '1e-400',
        '-0',
        '-0.0',
        '9007199254740993',
        '0.70000000000000000001',
        '1E+2',
        '123456789012345678901234567890',
      ),
      fc
        .tuple(
          fc.boolean(),
          fc.stringMatching(/^(0|[1-9]\d{0,25})$/),
          fc.option(fc.stringMatching(/^\d{1,20}$/)),
          fc.option(fc.integer({ min: -500, max: 500 })),
        )
        .map(([minus, int, frac, exp]) => `${minus ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}${exp === null ? '' : `e${exp}`}`),
    );
    // The numbers of the files: "budget": 365000000, "amount": …, "value": 0.7, "year": 2024, "unit": 1.
    const spots = texts.map((t) =>
      [...t.matchAll(/(?<=": )-?\d[\d.eE+-]*(?=,?\n)/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })),
    );
    // Every file has at least its year, budget, two amounts and the rounding unit.
    for (const list of spots) expect(list.length).toBeGreaterThanOrEqual(5);
    fc.assert(
      fc.property(
        fc.nat({ max: texts.length - 1 }).chain((d) => fc.tuple(fc.constant(d), fc.constantFrom(...spots[d]))),
        number,
        ([d, spot], replacement) => {
          const text = texts[d].slice(0, spot.start) + replacement + texts[d].slice(spot.end);
          const result = loadAgreementText(text);
          expectWellFormed(result);
          // Whatever loads holds exactly the numbers written.
          if (result.ok) expect(new Decimal(replacement).equals(new Decimal(JSON.parse(replacement) as number))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
