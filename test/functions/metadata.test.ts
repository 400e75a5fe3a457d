// The custom functions metadata: generated from the JSDoc of src/functions/functions.ts by
// custom-functions-metadata (the webpack plugin's generator), translated to Swedish from
// src/functions/localization.json, and shipped as dist/functions.json and dist/functions-sv.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localizeMetadata, metadataProblems, readLocalization, type FunctionsMetadata } from '../../scripts/functions-metadata';
import { FUNCTIONS_NAMESPACE } from '../../scripts/manifest-checks';
import { functionName } from '../../src/functions/formulas';
import { DIST, ROOT, ensureBuilt } from '../e2e/harness/build';

const SOURCE = path.join(ROOT, 'src/functions/functions.ts');

/** The generator the webpack plugin runs, found the way the plugin finds it (it is the plugin's dependency). */
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));
const { generateCustomFunctionsMetadata } = createRequire(requireFromRoot.resolve('custom-functions-metadata-plugin'))(
  'custom-functions-metadata',
) as {
  generateCustomFunctionsMetadata(input: string | string[]): Promise<{ metadataJson: string; errors: string[] }>;
};
const LOCALIZATION = path.join(ROOT, 'src/functions/localization.json');

/** What each function must look like in both languages: names, parameters (optional marked), result. */
const EXPECTED = [
  {
    id: 'APPORTION',
    sv: 'FORDELA',
    params: { en: ['amount', 'weights', 'qualifiers'], sv: ['belopp', 'vikter', 'villkor'] },
    optional: ['qualifiers'],
    matrix: ['weights', 'qualifiers'],
    result: 'matrix',
    addresses: true,
  },
  {
    id: 'ELIGIBLE',
    sv: 'VILLKOR',
    params: { en: ['ruleId', 'tranche', 'table', 'accept'], sv: ['regelId', 'utbetalning', 'tabell', 'godkänn'] },
    optional: ['accept'],
    matrix: ['table'],
    result: 'matrix',
    addresses: true,
  },
  {
    id: 'REASON',
    sv: 'SKAL',
    params: { en: ['ruleId', 'tranche', 'table', 'accept', 'language'], sv: ['regelId', 'utbetalning', 'tabell', 'godkänn', 'språk'] },
    optional: ['accept', 'language'],
    matrix: ['table'],
    result: 'matrix',
    addresses: true,
  },
  {
    id: 'PAYOUT',
    sv: 'UTBETALNING',
    params: { en: ['ruleId', 'tranche', 'table', 'accept'], sv: ['regelId', 'utbetalning', 'tabell', 'godkänn'] },
    optional: ['accept'],
    matrix: ['table'],
    result: 'matrix',
    addresses: true,
  },
  {
    id: 'SHARE',
    sv: 'ANDEL',
    params: { en: ['ruleId', 'table', 'accept'], sv: ['regelId', 'tabell', 'godkänn'] },
    optional: ['accept'],
    matrix: ['table'],
    result: 'matrix',
    addresses: true,
  },
  {
    id: 'AMOUNT',
    sv: 'BELOPP',
    params: { en: ['ruleId', 'tranche'], sv: ['regelId', 'utbetalning'] },
    optional: ['tranche'],
    matrix: [],
    result: 'scalar',
    addresses: false,
  },
];

let generated: FunctionsMetadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson) as FunctionsMetadata;
});

describe('functions.json (English, the default locale), from the JSDoc', () => {
  it('declares the six KVOT functions with ids that never change and names equal to them', () => {
    expect(generated.functions.map((f) => [f.id, f.name])).toEqual(EXPECTED.map((e) => [e.id, e.id]));
  });

  it('gives each its parameters, optional ones marked, ranges as matrices, and the result’s dimensionality', () => {
    for (const e of EXPECTED) {
      const fn = generated.functions.find((f) => f.id === e.id)!;
      expect(
        fn.parameters.map((p) => p.name),
        e.id,
      ).toEqual(e.params.en);
      expect(
        fn.parameters.filter((p) => p.optional).map((p) => p.name),
        e.id,
      ).toEqual(e.optional);
      expect(
        fn.parameters.filter((p) => p.dimensionality === 'matrix').map((p) => p.name),
        e.id,
      ).toEqual(e.matrix);
      expect(fn.result.dimensionality ?? 'scalar', e.id).toBe(e.result);
      expect(fn.options?.requiresParameterAddresses === true, e.id).toBe(e.addresses);
      expect(fn.description?.length, e.id).toBeGreaterThan(20);
      for (const p of fn.parameters) expect(p.description?.length, `${e.id}.${p.name}`).toBeGreaterThan(10);
    }
  });

  it('no function is volatile or streaming: results change only with their inputs, as Data Tables and Goal Seek need', () => {
    for (const fn of generated.functions) expect(fn.options ?? {}).not.toMatchObject({ volatile: true, stream: true });
  });
});

describe('functions-sv.json, from the same metadata and localization.json', () => {
  it('has the Swedish names and parameter names, and everything else exactly as in English', () => {
    const sv = localizeMetadata(generated, readLocalization(LOCALIZATION), 'sv');
    expect(sv.functions.map((f) => [f.id, f.name])).toEqual(EXPECTED.map((e) => [e.id, e.sv]));
    for (const e of EXPECTED) {
      const fn = sv.functions.find((f) => f.id === e.id)!;
      const en = generated.functions.find((f) => f.id === e.id)!;
      expect(
        fn.parameters.map((p) => p.name),
        e.id,
      ).toEqual(e.params.sv);
      expect(fn.description).not.toBe(en.description);
      const strip = (f: typeof fn) => ({
        ...f,
        name: '',
        description: '',
        parameters: f.parameters.map((p) => ({ ...p, name: '', description: '' })),
      });
      expect(strip(fn)).toEqual(strip(en));
    }
  });

  it('a function or parameter without a translation fails the build with its name', () => {
    const localization = readLocalization(LOCALIZATION);
    delete (localization.functions.SHARE.sv.parameters as Record<string, unknown>).accept;
    delete (localization.functions as Record<string, unknown>).AMOUNT;
    expect(metadataProblems(generated, localization, 'sv')).toEqual([
      'SHARE: parameter "accept" has no sv name and description',
      'AMOUNT: no entry in localization.json',
    ]);
    expect(() => localizeMetadata(generated, localization, 'sv')).toThrow(/SHARE: parameter "accept"/);
  });

  it('the names the pane writes in formulas are the metadata’s, under the manifest’s namespace', () => {
    const localization = readLocalization(LOCALIZATION);
    expect(localization.namespace).toBe(FUNCTIONS_NAMESPACE);
    expect(functionName('PAYOUT', 'sv')).toBe('KVOT.UTBETALNING');
    expect(functionName('PAYOUT', 'en')).toBe('KVOT.PAYOUT');
    expect(functionName('APPORTION', 'sv')).toBe('KVOT.FORDELA');
  });
});

describe('dist/ (production build)', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 240_000);

  it('ships functions.json as generated and functions-sv.json as translated', () => {
    const en = JSON.parse(readFileSync(path.join(DIST, 'functions.json'), 'utf8')) as FunctionsMetadata;
    const sv = JSON.parse(readFileSync(path.join(DIST, 'functions-sv.json'), 'utf8')) as FunctionsMetadata;
    expect(en).toEqual(generated);
    expect(sv).toEqual(localizeMetadata(generated, readLocalization(LOCALIZATION), 'sv'));
  });

  it('loads the functions in the task pane page (the shared runtime), hashed, and ships the same script as functions.js for the manifest', () => {
    const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script defer(?:="defer")? src="?([^">\s]+)"?/g)].map((m) => m[1]);
    const functions = scripts.find((src) => /^functions\.[0-9a-f]{8}\.js$/.test(src));
    expect(functions).toBeDefined();
    // After the pane's own bundle: the functions share its webpack runtime and modules.
    expect(scripts.indexOf(functions!)).toBeGreaterThan(scripts.findIndex((src) => src.startsWith('taskpane.')));
    const stable = readFileSync(path.join(DIST, 'functions.js'), 'utf8');
    expect(stable).toBe(readFileSync(path.join(DIST, functions!), 'utf8'));
    // The metadata plugin's loader registered every function with Excel.
    for (const e of EXPECTED) expect(stable).toContain(`associate("${e.id}"`);
  });
});
