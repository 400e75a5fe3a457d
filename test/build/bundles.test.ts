import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI_DIR, cliBuildReason } from '../../scripts/build-cli.js';
import { evalUses, NO_EVAL_ALIASES, SOURCE_PATCHES } from '../../scripts/no-eval.js';
import { ensureBuilt } from '../e2e/harness/build';
import { JSONPath } from '../../src/shims/jsonPathUnsupported';

/**
 * No shipped bundle compiles code at run time: the pane (dist/, built by webpack) runs under a
 * Content-Security-Policy without 'unsafe-eval', and the command line (dist-cli/, built by esbuild)
 * is held to the same rule. What used to be there, and how it went (scripts/no-eval.js):
 * ajv's schema compiler (precompiled now), jsonpath-plus's "native" evaluator (stubbed), webpack's
 * global-object lookup (environment.globalThis), eventemitter2's non-CommonJS fallback (patched).
 */

function bundleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return bundleFiles(full);
    return /\.(m?js|html)$/.test(name) ? [full] : [];
  });
}

function usesIn(dir: string) {
  return bundleFiles(dir).flatMap((file) =>
    evalUses(readFileSync(file, 'utf8')).map((use) => ({ file: path.relative(dir, file), ...use })),
  );
}

let dist = '';
beforeAll(async () => {
  dist = await ensureBuilt();
  if (cliBuildReason()) await buildCli({ quiet: true });
}, 600_000);

describe('no eval in any bundle', () => {
  it('the scan finds what it looks for', () => {
    const samples = [
      'x=new Function("a","return a")',
      'r=Function("return this")()',
      'eval("1")',
      '(0,eval)("1")',
      'setTimeout("go()", 1)',
      'vm.runInNewContext(code)',
    ];
    for (const sample of samples) expect(evalUses(sample), sample).not.toEqual([]);
    for (const clean of ['isFunction(x)', 'o.evaluate(1)', 'new RegExp("^a$","u")', 'setTimeout(() => 1)', 'typeof Function']) {
      expect(evalUses(clean), clean).toEqual([]);
    }
  });

  it('the pane (dist/) has none', () => {
    expect(bundleFiles(dist).filter((file) => file.endsWith('.js')).length).toBeGreaterThan(3);
    expect(usesIn(dist)).toEqual([]);
  });

  it('the command line (dist-cli/) has none', () => {
    expect(bundleFiles(CLI_DIR).length).toBeGreaterThan(1);
    expect(usesIn(CLI_DIR)).toEqual([]);
  });

  it('jsonpath-plus is replaced by a stub that names the problem', () => {
    expect(Object.keys(NO_EVAL_ALIASES)).toEqual(['jsonpath-plus']);
    expect(() => JSONPath({ path: '$.a' })).toThrow(/JSONPath "path".*\$\.a/);
  });

  it('every source patch still finds its text in the installed dependency', () => {
    for (const patch of SOURCE_PATCHES) expect(readFileSync(path.join('node_modules', patch.module), 'utf8')).toContain(patch.find);
  });
});
