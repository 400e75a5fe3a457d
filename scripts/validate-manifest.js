#!/usr/bin/env node
// `npm run validate`: checks manifest.xml offline (the same checks as test/manifest.test.ts), and
// dist/manifest.xml with the files it references when dist/ has been built.
// Exit code 1 when a check fails.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URL_DEV, checkManifest, readManifestInfo } from './manifest-checks.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function report(label, manifestPath, baseUrlOf, outDir) {
  const xml = readFileSync(manifestPath, 'utf8');
  const info = await readManifestInfo(manifestPath);
  const baseUrl = baseUrlOf(info);
  console.log(`\n${label}: ${path.relative(process.cwd(), manifestPath)} (URLs under ${baseUrl})`);
  let failed = 0;
  for (const { name, problems } of checkManifest({ xml, info, baseUrl, outDir })) {
    console.log(`  ${problems.length ? '✗' : '✓'} ${name}`);
    for (const problem of problems) console.log(`      ${problem}`);
    if (problems.length) failed++;
  }
  return failed;
}

let failed = await report('Source manifest', path.join(root, 'manifest.xml'), () => URL_DEV);

const dist = path.join(root, 'dist');
const built = path.join(dist, 'manifest.xml');
if (existsSync(built)) {
  // A production build has its own base URL; read it off the task pane's location.
  const baseOf = (info) => (info.defaultSettings?.sourceLocation ?? '').replace(/taskpane\.html$/, '');
  failed += await report('Built manifest', built, baseOf, dist);
} else {
  console.log('\ndist/ is not built: run `npm run build` to also check the built manifest and its files.');
}

console.log(
  '\nThese are local checks. The online validator also checks against the Office Store rules and needs\n' +
    'network access: npx office-addin-manifest validate manifest.xml',
);
if (failed) {
  console.log(`\n${failed} check(s) failed.`);
  process.exitCode = 1;
} else {
  console.log('\nAll local checks passed.');
}
