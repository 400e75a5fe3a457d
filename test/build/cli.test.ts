import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_INFO, buildCli, cliBuildReason } from '../../scripts/build-cli.js';

/**
 * The command line as users run it: bin/kvot.js running the esbuild bundle in dist-cli/ (built here
 * when missing or stale, as bin/kvot.js itself would). The other CLI tests call src/cli in-process.
 */

const work = mkdtempSync(path.join(tmpdir(), 'kvot-cli-'));
const kvot = (...args: string[]) => spawnSync(process.execPath, ['bin/kvot.js', ...args], { encoding: 'utf8' });

beforeAll(async () => {
  if (cliBuildReason()) await buildCli({ quiet: true });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface BuildInfo {
  builtAt: number;
  inputs: string[];
  startup: { outputs: string[]; inputs: string[] };
}

describe('the compiled command line (bin/kvot.js → dist-cli/kvot.mjs)', () => {
  it('is current with its sources after the build', () => {
    expect(cliBuildReason()).toBeNull();
  });

  it('prints the usage for --help and exits 0', () => {
    const run = kvot('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('kvot apply <fil.xlsx|fil.csv> --rules <regler.json>');
    expect(run.stderr).toBe('');
  });

  it('starts without exceljs, the engine or the rule loader: they load only when a command runs', () => {
    const info = JSON.parse(readFileSync(BUILD_INFO, 'utf8')) as BuildInfo;
    expect(info.startup.outputs).toContain('kvot.mjs');
    // The core's i18n module (a few functions over Intl, for the messages main and args give) is all
    // of the core that may start with the command line.
    const heavy = info.startup.inputs.filter(
      (file) => /exceljs|json-rules-engine|decimal\.js|csv-parse|src\/core\//.test(file) && file !== 'src/core/i18n/index.ts',
    );
    expect(heavy).toEqual([]);
    expect(info.startup.inputs).toContain('src/cli/main.ts');
  });

  it('applies the 2024 rules to the example workbook: Stockholm gets 42 452 908 kr, the result file is written', () => {
    const out = path.join(work, 'regioner-2024-kvot.xlsx');
    const run = kvot('apply', 'examples/regioner-2024.xlsx', '--rules', 'rules/svf-2024.json', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.replace(/[\u00a0\u202f]/g, ' ')).toContain('42 452 908');
    expect(existsSync(out)).toBe(true);
    const verify = kvot('verify', out);
    expect(verify.status).toBe(0);
  });

  it('reports usage errors with exit code 2 and bad input with exit code 1', () => {
    expect(kvot('bogus').status).toBe(2);
    const missing = kvot('apply', path.join(work, 'none.xlsx'), '--rules', 'rules/svf-2024.json');
    expect(missing.status).toBe(1);
  });
});
