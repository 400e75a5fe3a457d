#!/usr/bin/env node
// `npm stop`: stops the dev server that `npm start` started (by the pid it recorded) and, if it
// sideloaded Kvot into desktop Excel, unregisters it there.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, clearState, isOurDevServer, localCli, readState } from './dev-state.js';

function log(message) {
  console.log(`[stop] ${message}`);
}

function signal(pid, name) {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, name); // the whole process group on POSIX
  } catch {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  }
}

const state = readState();
if (!state) {
  log('Nothing to stop: `npm start` has not started a dev server (or it was stopped already).');
  process.exit(0);
}

if (state.sideloaded) {
  const debugging = localCli('office-addin-debugging');
  if (debugging) {
    log('Unregistering Kvot from desktop Excel...');
    spawnSync(process.execPath, [debugging, 'stop', path.join(ROOT, 'manifest.xml'), 'desktop'], { cwd: ROOT, stdio: 'inherit' });
  }
}

if (isOurDevServer(state.pid)) {
  signal(state.pid, 'SIGTERM');
  const deadline = Date.now() + 5000;
  while (isOurDevServer(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isOurDevServer(state.pid)) signal(state.pid, 'SIGKILL');
  log(`Stopped the dev server (pid ${state.pid}).`);
} else {
  log(`The dev server (pid ${state.pid}) was not running any more.`);
}
clearState();
