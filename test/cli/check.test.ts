import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './run';
import { RULE_FILES } from '../core/agreement/bundled';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'kvot-check-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kvot check', () => {
  it.each(RULE_FILES)('loads rules/%s.json and exits 0', async (id) => {
    const { code, out } = await run('check', `rules/${id}.json`);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(`✓ rules/${id}.json är en giltig regelfil.`);
  });

  it('prints the tranches, parts and conditions in words and what is assumed', async () => {
    const { out } = await run('check', 'rules/svf-2026.json', '--lang', 'en');
    const text = out.replace(/\u00a0/g, ' ');
    expect(text).toContain('✓ rules/svf-2026.json is a valid rule file.');
    expect(text).toContain('  Payout 1: 250,000,000 kr');
    expect(text).toContain('        Report submitted by 2026-09-30  [ASSUMED]');
    expect(text).toContain('    Breast cancer: 0 kr (1/3 of the tranche)  [ASSUMED]');
    expect(text).toContain('          Within lead time, breast cancer above Within lead time the year before, breast cancer');
    expect(text).toMatch(/Assumed \(7\), not stated by the sources:\n {2}- Payout 1: Assumed: the basis – /);
    expect(text).toContain('Sources:\n  - RCC i samverkan 2026-02-13: ');
  });

  it('says that json-rules-engine itself takes the conditions, "at least k of n" written out', async () => {
    const { out } = await run('check', 'rules/svf-2026.json', '--lang', 'en');
    expect(out).toContain(
      `json-rules-engine takes the conditions (4 rules with Kvot's operators; "at least k of n" written out as any of all).`,
    );
    const { out: sv } = await run('check', 'rules/svf-2016.json');
    expect(sv).toContain('json-rules-engine tar villkoren (2 regler med Kvots operatorer');
    const { code, out: json } = await run('check', 'rules/svf-2024.json', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(json).engine.ok).toBe(true);
  });

  it('says when json-rules-engine refuses a tree Kvot would not load either (an operator it does not know)', async () => {
    const { loadAgreementText } = await import('../../src/core/agreement/load');
    const { engineCheckLine } = await import('../../src/cli/engineCheck');
    const loaded = loadAgreementText(readFileSync('rules/svf-2024.json', 'utf8'));
    if (!loaded.ok) throw new Error('svf-2024 does not load');
    const tranche = loaded.agreement.tranches[1];
    const broken = {
      ...loaded.agreement,
      tranches: [{ ...tranche, conditions: { all: [{ fact: 'inclusionRate', operator: 'roughly', value: 0.7 }] } }],
    };
    const line = await engineCheckLine(broken as unknown as typeof loaded.agreement);
    expect(line.ok).toBe(false);
    expect(line.text.en).toMatch(/^json-rules-engine does not take the conditions: .*roughly/);
  });

  it('says when nothing is assumed', async () => {
    const { out } = await run('check', 'rules/svf-2024.json');
    expect(out).toContain('Inget är antaget: allt anges av källorna.');
    expect(out).toContain('Inklusion minst 70');
  });

  it('lists every problem of a bad file by JSON pointer and exits 1', async () => {
    const json = JSON.parse(readFileSync('rules/svf-2026.json', 'utf8'));
    json.tranches[2].parts[0].share = '1/2';
    json.tranches[1].conditions.all[0].operator = 'greaterThanInclusiv';
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(json));
    const { code, err, out } = await run('check', file, '--lang', 'en');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(
      `${file}#/tranches/1/conditions/all/0/operator: Unknown operator "greaterThanInclusiv". Did you mean "greaterThanInclusive"?`,
    );
    expect(err).toContain(
      `${file}#/tranches/2/parts: The parts do not add up to the tranche (0 kr): amounts 0 kr and shares 7/6 of the tranche.`,
    );
    expect(err.split('\n').at(-1)).toBe(`✗ ${file}: 2 problems.`);
  });

  it('prints JSON with --json, and the problems as JSON when the file is bad', async () => {
    const ok = await run('check', 'rules/rcc-2024.json', '--json');
    const json = JSON.parse(ok.out);
    expect(json).toMatchObject({ ok: true, agreement: { id: 'rcc-2024', budget: 358_000_000 } });
    expect(json.assumed).toHaveLength(6);
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, '{"id": "x"');
    const bad = await run('check', file, '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).problems[0].pointer).toBe('');
  });

  it('refuses a missing file, a folder and a wrong argument count', async () => {
    expect((await run('check', path.join(dir, 'none.json'))).code).toBe(1);
    expect((await run('check', dir)).err).toMatch(/är en mapp, inte en fil/);
    const usage = await run('check');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Ange exakt en regelfil. / Give exactly one rule file.');
  });
});

describe("kvot apply on every year's example", () => {
  const cases: [string, string, number][] = [
    ['svf-2015', 'regioner-2015', 413_000_000],
    ['svf-2016', 'regioner-2016', 406_000_000],
    ['svf-2017', 'regioner-2017', 407_000_000],
    ['svf-2018', 'regioner-2018', 391_000_000],
    ['svf-2019', 'regioner-2019', 340_000_000],
    ['svf-2020', 'regioner-2020', 320_000_000],
    ['svf-2021', 'regioner-2021', 370_000_000],
    ['svf-2025', 'regioner-2025', 365_000_000],
    ['svf-2026', 'regioner-2026', 500_000_000],
    ['rcc-2024', 'regioner-2024', 358_000_000],
  ];
  it.each(cases)('%s on examples/%s.xlsx pays the whole budget, nothing to confirm', async (rules, example, budget) => {
    const { code, out, err } = await run(
      'apply',
      `examples/${example}.xlsx`,
      '--rules',
      `rules/${rules}.json`,
      '--json',
      '--out',
      path.join(dir, `${rules}.xlsx`),
    );
    expect(code, err).toBe(0);
    const json = JSON.parse(out);
    expect(json.tranches.reduce((s: number, t: { paid: number }) => s + t.paid, 0)).toBe(budget);
    expect(json.regions).toHaveLength(21);
  });
});
