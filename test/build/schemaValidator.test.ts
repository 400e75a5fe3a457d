import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS, VALIDATOR_FILE, validatorIsCurrent } from '../../scripts/build-validator.js';
import { validateRuleFile } from '../../src/core/agreement/generated/validateRuleFile';

/**
 * The rule-file schema is compiled ahead of time (scripts/build-validator.js, ajv standalone code):
 * the committed module must be what rules/schema.json gives, and it must judge every document
 * exactly as ajv compiling the schema at run time does (the loader's messages come from its errors).
 */

const schema = JSON.parse(readFileSync('rules/schema.json', 'utf8')) as object;
const compiled = new Ajv(AJV_OPTIONS).compile(schema);
const ruleFiles = readdirSync('rules')
  .filter((file) => file.endsWith('.json') && file !== 'schema.json')
  .map((file) => JSON.parse(readFileSync(path.join('rules', file), 'utf8')) as unknown);

function verdicts(document: unknown) {
  const standalone = validateRuleFile(document);
  const runtime = compiled(document);
  return {
    standalone: { valid: standalone, errors: validateRuleFile.errors ?? null },
    runtime: { valid: runtime, errors: compiled.errors ?? null },
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON document (arrays by index, objects by key). */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((item, i) => paths(item, [...prefix, i])));
  if (value !== null && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([key, item]) => paths(item, [...prefix, key])));
  return here;
}

/** A copy with the value at `at` replaced (or, with `remove`, the key or item taken out). */
function edited(document: Json, at: (string | number)[], replacement: Json | undefined): Json {
  if (at.length === 0) return replacement ?? null;
  const copy = structuredClone(document) as Record<string | number, Json>;
  let parent = copy as Record<string | number, Json>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = at[at.length - 1];
  if (replacement !== undefined) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

describe('the precompiled rule-file validator', () => {
  it('is what rules/schema.json gives (else run `node scripts/build-validator.js`)', () => {
    expect(validatorIsCurrent(), `${path.relative('.', VALIDATOR_FILE)} is out of date: run \`node scripts/build-validator.js\``).toBe(
      true,
    );
  });

  it('imports nothing and contains no eval or new Function', () => {
    const source = readFileSync(VALIDATOR_FILE, 'utf8');
    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
    expect(source).not.toMatch(/\bnew Function\b|\beval\(|\bFunction\(/);
  });

  it('accepts the bundled rule files, as ajv does', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(3);
    for (const file of ruleFiles) {
      const { standalone, runtime } = verdicts(file);
      expect(standalone).toEqual({ valid: true, errors: null });
      expect(standalone).toEqual(runtime);
    }
  });

  it('gives the same verdict and the same errors as ajv for hand-made broken files', () => {
    // The 2024 file: two tranches, the second with an `all` of three conditions, as the edits below assume.
    const base = JSON.parse(readFileSync('rules/svf-2024.json', 'utf8')) as Json;
    const broken: Json[] = [
      null,
      [],
      'svf',
      edited(base, ['id'], 'SVF 2024'),
      edited(base, ['budget'], 1.5),
      edited(base, ['title', 'sv'], ''),
      edited(base, ['references', 0, 'id'], ''),
      edited(base, ['currency'], 'EUR'),
      edited(base, ['facts', 0, 'type'], 'money'),
      edited(base, ['facts', 0, 'headers', 'sv', 0], ''),
      edited(base, ['tranches', 1, 'conditions', 'all', 0, 'path'], '$.x'),
      edited(base, ['tranches', 1, 'conditions', 'all', 0, 'value'], { at: 1 }),
      edited(base, ['tranches', 1, 'conditions'], { all: [{ any: [{ not: { name: '9bad', fact: 1 } }] }] }),
      edited(base, ['rounding', 'unit'], undefined),
      edited(base, ['extra'], true),
    ];
    for (const document of broken) {
      const { standalone, runtime } = verdicts(document);
      expect(standalone.valid).toBe(false);
      expect(standalone).toEqual(runtime);
    }
    // minLength counts code points (ajv's ucs2length, inlined): one emoji is one character.
    expect(verdicts(edited(base, ['references', 0, 'id'], '\u{1F600}')).standalone.valid).toBe(true);
  });

  it('gives the same verdict and the same errors as ajv for random edits of every bundled file', () => {
    const documents = ruleFiles as Json[];
    const edit = fc
      .record({ file: fc.nat(documents.length - 1), pick: fc.nat(), value: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }) })
      .map(({ file, pick, value }) => {
        const all = paths(documents[file]);
        return edited(documents[file], all[pick % all.length], value as Json | undefined);
      });
    fc.assert(
      fc.property(edit, (document) => {
        const { standalone, runtime } = verdicts(document);
        expect(standalone).toEqual(runtime);
      }),
      { numRuns: 400 },
    );
  });
});
