#!/usr/bin/env node
// `kvot`: runs the compiled command line, dist-cli/kvot.mjs (scripts/build-cli.js, `npm run build:cli`).
// dist-cli/ is not committed. When it is missing (a fresh clone after `npm ci`) or older than any of
// its sources (an edited src/ file, a changed package-lock.json), this builds it first with esbuild,
// a dev dependency: about a second, once. Checking costs a stat per source file, about a millisecond.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const entry = new URL('dist-cli/kvot.mjs', root);

/** Why the build must be made again, or null when it is current. */
function staleBecause() {
  let info;
  try {
    info = JSON.parse(readFileSync(new URL('dist-cli/build-info.json', root), 'utf8'));
    statSync(entry);
  } catch {
    return 'not built yet';
  }
  for (const file of info.inputs) {
    const stats = statSync(new URL(file, root), { throwIfNoEntry: false });
    if (!stats || stats.mtimeMs > info.builtAt) return `${file} changed`;
  }
  return null;
}

const reason = staleBecause();
if (reason !== null) {
  let build;
  try {
    build = await import('../scripts/build-cli.js');
  } catch (error) {
    build = null;
    if (reason === 'not built yet') {
      console.error(
        `kvot: the command line is not built (dist-cli/kvot.mjs) and cannot be built here: ${error instanceof Error ? error.message : error}\n` +
          'Run `npm ci` (it installs esbuild, a dev dependency) and then `npm run build:cli`.',
      );
      process.exit(1);
    }
    console.error(`kvot: dist-cli/ is out of date (${reason}) and cannot be rebuilt here; running it as it is.`);
  }
  if (build) {
    console.error(`kvot: building the command line (${reason})…`);
    await build.buildCli({ quiet: true });
  }
}
await import(entry.href);
