#!/usr/bin/env node
// Builds the command line into dist-cli/ with esbuild: one ES module per command, so `kvot --help`
// loads a few kilobytes and `kvot apply` loads exceljs and the engine only when it runs.
//
//   npm run build:cli        (node scripts/build-cli.js)
//
// dist-cli/kvot.mjs        the entry: argument parsing, usage, errors (src/cli/bin.ts → main.ts)
// dist-cli/chunks/*.mjs    what import() loads per command (apply, verify) and what they share
// dist-cli/build-info.json when it was built and from which files, so bin/kvot.js can tell a stale build
//
// bin/kvot.js runs dist-cli/kvot.mjs and builds it first when it is missing or older than its
// sources (a fresh clone after `npm ci`, or an edited src/ file), so `npx kvot` never runs stale code.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureValidator } from './build-validator.js';
import { NO_EVAL_ALIASES, sourcePatchPlugin } from './no-eval.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = path.join(ROOT, 'dist-cli');
export const CLI_ENTRY = path.join(CLI_DIR, 'kvot.mjs');
export const BUILD_INFO = path.join(CLI_DIR, 'build-info.json');
const LOCK = path.join(ROOT, 'node_modules', '.cache', 'kvot', 'cli-build.lock');
const LOCK_STALE_MS = 2 * 60_000;

/** Files besides the bundle's own sources whose change means a rebuild (dependencies, this script, the schema). */
const ALSO_WATCHED = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'rules/schema.json',
  'scripts/build-cli.js',
  'scripts/no-eval.js',
  'scripts/build-validator.js',
];

// CommonJS dependencies bundled into ES modules call require() for Node's built-ins.
const BANNER = "import { createRequire as __kvotCreateRequire } from 'node:module';\nconst require = __kvotCreateRequire(import.meta.url);";

function tryLock() {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    const lock = statSync(LOCK, { throwIfNoEntry: false });
    if (lock && Date.now() - lock.mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/**
 * Builds dist-cli/ into a temporary folder and swaps it in, one build at a time (concurrent `kvot`
 * runs on a fresh clone wait for the first one's build). Returns the build's duration in ms.
 */
export async function buildCli({ quiet = false } = {}) {
  const started = Date.now();
  while (!tryLock()) await new Promise((resolve) => setTimeout(resolve, 200));
  try {
    ensureValidator({ quiet });
    const esbuild = await import('esbuild');
    const tmp = `${CLI_DIR}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: { kvot: 'src/cli/bin.ts' },
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // No eval in the bundle: jsonpath-plus stubbed, a dead `new Function` in eventemitter2 dropped.
      alias: NO_EVAL_ALIASES,
      plugins: [sourcePatchPlugin()],
      // exceljs is loaded from node_modules, not bundled: its dependency tree generates code with
      // `new Function` at run time (bluebird's promisify, lodash's global lookup, setimmediate), which
      // has no place in a bundle of ours. Loaded through exceljs/lib/doc/workbook.js (src/cli/workbook.ts),
      // it starts as fast as the bundled package did.
      external: ['exceljs', 'exceljs/*'],
      banner: { js: BANNER },
      minifyWhitespace: true,
      minifySyntax: true,
      legalComments: 'linked',
      metafile: true,
      logLevel: 'warning',
    });
    const inputs = Object.keys(result.metafile.inputs)
      .filter((file) => !file.includes('node_modules/') && !file.startsWith('..'))
      .concat(ALSO_WATCHED.filter((file) => existsSync(path.join(ROOT, file))));
    const startup = startupInputs(result.metafile, tmp);
    const info = { builtAt: started, inputs: [...new Set(inputs)].sort(), startup };
    writeFileSync(path.join(tmp, 'build-info.json'), `${JSON.stringify(info, null, 1)}\n`);
    const old = `${CLI_DIR}.old-${process.pid}`;
    if (existsSync(CLI_DIR)) renameSync(CLI_DIR, old);
    renameSync(tmp, CLI_DIR);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  const ms = Date.now() - started;
  if (!quiet) console.error(`Built ${path.relative(ROOT, CLI_ENTRY)} in ${ms} ms.`);
  return ms;
}

/**
 * The source files `kvot --help` loads: the inputs of the entry and of every chunk it imports
 * statically (import() excluded), as esbuild's metafile lists them. test/build/cli.test.ts checks
 * that neither exceljs nor the engine is among them.
 */
function startupInputs(metafile, outdir) {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !outputs[file]) return;
    seen.add(file);
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  const files = [...seen].flatMap((file) => [
    ...Object.keys(outputs[file].inputs),
    ...outputs[file].imports.filter((i) => i.external && i.kind === 'import-statement').map((i) => `external:${i.path}`),
  ]);
  return { outputs: [...seen].map((file) => path.relative(outdir, path.resolve(ROOT, file))).sort(), inputs: [...new Set(files)].sort() };
}

/** Why dist-cli/ must be (re)built, or null when it is current (the same test bin/kvot.js makes). */
export function cliBuildReason() {
  if (!existsSync(CLI_ENTRY) || !existsSync(BUILD_INFO)) return 'dist-cli/ is not built';
  const info = JSON.parse(readFileSync(BUILD_INFO, 'utf8'));
  const changed = info.inputs.find(
    (file) => (statSync(path.join(ROOT, file), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > info.builtAt,
  );
  return changed ? `${changed} changed after the last build` : null;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
}
