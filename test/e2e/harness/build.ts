// Makes sure dist/ holds a current production build before end-to-end tests load it.
// Builds at most once at a time: test files run in parallel workers, so a lock directory serialises
// them, and a worker that waited re-checks and finds the build its neighbour made.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = path.join(ROOT, 'dist');
const LOCK = path.join(ROOT, 'node_modules', '.cache', 'kvot', 'build.lock');
const LOCK_STALE_MS = 5 * 60_000;
/** What the bundle is made of: a newer file here than dist/taskpane.html means dist/ is out of date. */
const INPUTS = ['src', 'rules', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'package.json'];
const DEV_URL = 'https://localhost:3000/';
/**
 * Written after each build here: webpack leaves a file it would write unchanged as it was (mtime
 * and all), so a source touched without changing the bundle would otherwise mean a build every run.
 */
const STAMP = path.join(DIST, '.kvot-built');

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0;
  const info = statSync(file);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

/** Why dist/ must be (re)built, or null when it is a current production build. */
export function buildReason(): string | null {
  const html = path.join(DIST, 'taskpane.html');
  if (!existsSync(html)) return 'dist/taskpane.html is missing';
  const manifest = path.join(DIST, 'manifest.xml');
  if (existsSync(manifest) && readFileSync(manifest, 'utf8').includes(DEV_URL)) {
    return 'dist/ is a development build';
  }
  const builtAt = Math.max(statSync(html).mtimeMs, existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0);
  const changed = INPUTS.find((input) => newestMtime(path.join(ROOT, input)) > builtAt);
  return changed ? `${changed} changed after the last build` : null;
}

function runWebpack(): Promise<void> {
  const cli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--mode', 'production'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`webpack --mode production failed (exit ${code}):\n${output}`));
      writeFileSync(STAMP, `${new Date().toISOString()}\n`);
      resolve();
    });
  });
}

function tryLock(): boolean {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    // A lock left by a crashed run must not block every later run.
    const lock = statSync(LOCK, { throwIfNoEntry: false });
    if (lock && Date.now() - lock.mtimeMs > LOCK_STALE_MS) {
      rmSync(LOCK, { recursive: true, force: true });
    }
    return false;
  }
}

/**
 * Builds dist/ with `webpack --mode production` when it is missing, a development build, or older
 * than its sources; returns the dist/ path. Set KVOT_SKIP_BUILD=1 to use dist/ as it is.
 */
export async function ensureBuilt(): Promise<string> {
  if (process.env.KVOT_SKIP_BUILD === '1') {
    if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('KVOT_SKIP_BUILD=1 but dist/ is not built');
    return DIST;
  }
  if (!buildReason()) return DIST;
  for (;;) {
    if (tryLock()) {
      try {
        if (buildReason()) await runWebpack();
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
      return DIST;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
