/**
 * Pane benchmark: the production bundle's size and the task pane's start-up time in headless
 * Chromium, next to a bare React 19 + Fluent UI v9 page (bench/bare/) built by the same webpack
 * config in the same run. Prints figures; asserts nothing.
 *
 * Start-up = time from navigation start to "interactive": for Kvot until the pane renders its
 * outside-Office state ([data-testid="pane-ready"]; office.js from the CDN is blocked, as offline),
 * for the bare page until its button is rendered. Each load uses a fresh browser context (empty
 * cache, like opening the pane). KVOT_BENCH_LOADS sets the number of loads (default 5).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser, type TestBrowser } from '../test/e2e/harness/browser';
import { serveDirectory } from '../test/e2e/harness/server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOADS = Number(process.env.KVOT_BENCH_LOADS ?? 5);
const READY_TIMEOUT_MS = 15_000;

interface Page {
  label: string;
  html: string;
  readySelector: string;
  envArgs: string[];
}

const PAGES: Page[] = [
  { label: 'Kvot pane', html: 'taskpane.html', readySelector: '[data-testid="pane-ready"]', envArgs: [] },
  {
    label: 'bare React+Fluent',
    html: 'index.html',
    readySelector: '[data-testid="bare-ready"]',
    envArgs: ['entry=bench/bare/index.tsx', 'template=bench/bare/bare.html', 'html=index.html', 'pageOnly'],
  },
];

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  initial: boolean;
}

function build(page: Page, outDir: string): number {
  const started = performance.now();
  const args = [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'];
  for (const env of [`outDir=${outDir}`, ...page.envArgs]) args.push('--env', env);
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`${page.label}: webpack failed\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  return performance.now() - started;
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

/** The page and every JS/CSS file of the build; "initial" when the page loads it at start-up. */
function sizes(outDir: string, htmlFile: string): FileSize[] {
  const html = readFileSync(path.join(outDir, htmlFile), 'utf8');
  const referenced = new Set([...html.matchAll(/(?:src|href)="?([^"\s>]+)"?/g)].map((m) => m[1]));
  return listFiles(outDir)
    .filter((file) => file === htmlFile || /\.(js|css)$/.test(file))
    .map((file) => {
      const content = readFileSync(path.join(outDir, file));
      return {
        file,
        raw: content.length,
        gzip: gzipSync(content).length,
        initial: file === htmlFile || referenced.has(file.split(path.sep).join('/')),
      };
    })
    .sort((a, b) => b.raw - a.raw);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function timeLoad(browser: TestBrowser, url: string, selector: string): Promise<{ ready: number; fcp: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Stamp the first moment the ready element exists, in the page's own clock (0 = navigation start).
    // A string, not a function: tsx's name helpers do not exist inside the page.
    await page.addInitScript(`(() => {
      const sel = ${JSON.stringify(selector)};
      const mark = () => {
        if (window.__readyAt === undefined && document.querySelector(sel)) window.__readyAt = performance.now();
      };
      new MutationObserver(mark).observe(document, { childList: true, subtree: true, attributes: true });
    })();`);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(selector, { timeout: READY_TIMEOUT_MS });
    const stamp = await page.evaluate(() => ({
      ready: (window as unknown as { __readyAt?: number }).__readyAt,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    if (stamp.ready === undefined) throw new Error(`${url}: ${selector} appeared but was not time-stamped`);
    return { ready: stamp.ready, fcp: stamp.fcp };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const work = mkdtempSync(path.join(tmpdir(), 'kvot-pane-bench-'));
const browser = await launchBrowser();
try {
  console.log(`Pane benchmark: production builds, headless Chromium, ${LOADS} cold loads each (median)\n`);
  const results = [];
  for (const page of PAGES) {
    const outDir = path.join(work, page.label.replace(/\W+/g, '-'));
    const buildMs = build(page, outDir);
    const files = sizes(outDir, page.html);
    const server = await serveDirectory(outDir, { index: page.html });
    results.push({ page, outDir, buildMs, files, server, ready: [] as number[], fcp: [] as number[] });
  }

  // One discarded warm-up load each (browser and disk caches of the machine, not of the page),
  // then alternate the pages so drift in machine load hits both alike.
  for (const r of results) await timeLoad(browser, `${r.server.url}${r.page.html}`, r.page.readySelector);
  for (let i = 0; i < LOADS; i++) {
    for (const r of results) {
      const t = await timeLoad(browser, `${r.server.url}${r.page.html}`, r.page.readySelector);
      r.ready.push(t.ready);
      r.fcp.push(t.fcp);
    }
  }

  for (const r of results) {
    console.log(`${r.page.label}  (built in ${(r.buildMs / 1000).toFixed(1)} s)`);
    console.log(`  ${'file'.padEnd(34)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)}  loaded at start`);
    for (const f of r.files) {
      console.log(`  ${f.file.padEnd(34)} ${kib(f.raw).padStart(11)} ${kib(f.gzip).padStart(11)}  ${f.initial ? 'yes' : 'no (lazy)'}`);
    }
    console.log('');
  }

  const sum = (files: FileSize[], key: 'raw' | 'gzip', initialOnly: boolean) =>
    files.filter((f) => f.initial || !initialOnly).reduce((total, f) => total + f[key], 0);
  const rows = results.map((r) => [
    r.page.label,
    kib(sum(r.files, 'raw', true)),
    kib(sum(r.files, 'gzip', true)),
    kib(sum(r.files, 'raw', false)),
    `${median(r.fcp).toFixed(0)} ms`,
    `${median(r.ready).toFixed(0)} ms`,
    `${Math.min(...r.ready).toFixed(0)}–${Math.max(...r.ready).toFixed(0)} ms`,
  ]);
  const header = ['page', 'start raw', 'start gzip', 'all JS+CSS+HTML', 'first paint', 'interactive', 'range'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const [kvot, bare] = results;
  console.log(
    `\nKvot adds ${kib(sum(kvot.files, 'gzip', true) - sum(bare.files, 'gzip', true))} gzip at start-up and ` +
      `${(median(kvot.ready) - median(bare.ready)).toFixed(0)} ms to interactive over the bare page.`,
  );
  console.log('Start-up counts the page and the bundles it loads; gzip is zlib level 6 as most servers send it.');
  console.log(`Blocked off-machine requests (office.js CDN): ${new Set(browser.blocked).size} distinct URL(s).`);
  for (const r of results) await r.server.close();
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
