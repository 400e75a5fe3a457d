// What `npm start` started, so `npm stop` stops exactly that: a small JSON file under
// node_modules/.cache (ignored by git, removed with node_modules).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STATE_DIR = path.join(ROOT, 'node_modules', '.cache', 'kvot');
export const STATE_FILE = path.join(STATE_DIR, 'dev-server.json');
export const LOG_FILE = path.join(STATE_DIR, 'dev-server.log');
export const DEV_PORT = 3000;

export function readState() {
  if (!existsSync(STATE_FILE)) return null;
  try {
    return JSON.parse(readFileSync(STATE_FILE, 'utf8'));
  } catch {
    return null;
  }
}

export function writeState(state) {
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
}

export function clearState() {
  rmSync(STATE_FILE, { force: true });
}

/** True when `pid` is alive and, where /proc can tell, still our dev server (pids get reused). */
export function isOurDevServer(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  return readFileSync(cmdline, 'utf8').includes('dev-server.js');
}

/** The executable of an installed package's CLI, or null when the package is not installed. */
export function localCli(pkg) {
  const cli = path.join(ROOT, 'node_modules', pkg, 'cli.js');
  return existsSync(cli) ? cli : null;
}
