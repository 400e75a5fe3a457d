// Bundles the fake for a page at test time: an IIFE that installs it (browser.ts). Never in dist/.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

export function fakeExcelBundle(): string {
  cached ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./browser.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0].text;
  return cached;
}
