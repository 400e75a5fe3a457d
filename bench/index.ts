/**
 * npm run bench [-- --json]: the engine benchmark, then the pane benchmark, each in its own process
 * with the same arguments (so --json reaches both; npm appends it to the last command only).
 */
import { spawnSync } from 'node:child_process';

for (const script of ['bench/engine.bench.ts', 'bench/pane.bench.ts']) {
  const run = spawnSync(process.execPath, ['bin/tsx.js', script, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
