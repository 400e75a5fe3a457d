/**
 * Pane benchmark: the production bundle's size and the task pane's start-up in headless Chromium,
 * three ways in the same run, next to a bare React 19 + Fluent UI v9 page (bench/bare/):
 * - outside Office: until the pane says "open Kvot in Excel" (office.js served locally, no host);
 * - inside Excel: the pane with the Excel stand-in (test/e2e/stand-in) holding the 2024 example, as
 *   the e2e tests run it: until the tabs are shown, and then choosing svf-2024 and "Läs tabell" until
 *   the payout preview is shown (the read, the evaluation and the apportionment of 21 regions);
 * - the bare page: until its button is rendered.
 * Times are in the page's own clock from navigation start, stamped when the element first exists.
 * Each load is a fresh browser context (empty cache, like opening the pane); the ways alternate so
 * drift in machine load hits all alike; medians. KVOT_BENCH_LOADS sets the loads (default 5).
 * dist/ is built by `npm run build` when it is missing or older than its sources (the e2e harness's
 * ensureBuilt); the bare page is built into a temporary folder. Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page as PlaywrightPage } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../test/e2e/harness/browser';
import { ensureBuilt, ROOT } from '../test/e2e/harness/build';
import { serveDirectory, type StaticServer } from '../test/e2e/harness/server';
import { injectStandIn, type StandInWorkbook } from '../test/e2e/stand-in/inject';
import { cellAddress, readWorkbookForStandIn } from '../test/e2e/support/exampleWorkbook';
import { JSON_OUT, emit, median, say, table } from './stats';

const LOADS = Number(process.env.KVOT_BENCH_LOADS ?? 5);
const TIMEOUT_MS = 30_000;
const PANE_VIEWPORT = { width: 350, height: 900 };

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  initial: boolean;
}

function buildBare(outDir: string): void {
  const args = [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'];
  for (const env of [`outDir=${outDir}`, 'entry=bench/bare/index.tsx', 'template=bench/bare/bare.html', 'html=index.html', 'pageOnly'])
    args.push('--env', env);
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bare page: webpack failed\n${run.stdout}${run.stderr}`);
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
const startBytes = (files: FileSize[], key: 'raw' | 'gzip') => files.filter((f) => f.initial).reduce((s, f) => s + f[key], 0);
const allBytes = (files: FileSize[]) => files.reduce((s, f) => s + f.raw, 0);

/**
 * Stamps, in the page's clock, the first moment each selector matches (window.__at[name]) and the
 * first click on the "Läs tabell" button (window.__at.click). A string: tsx helpers do not exist in the page.
 */
const stampScript = (marks: Record<string, string>) => `(() => {
  const marks = ${JSON.stringify(marks)};
  const at = (window.__at = {});
  const mark = () => {
    for (const [name, sel] of Object.entries(marks)) if (at[name] === undefined && document.querySelector(sel)) at[name] = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (at.click === undefined && button && button.textContent.includes('Läs tabell')) at.click = performance.now();
  }, true);
})();`;

type Stamps = Record<string, number | undefined>;

interface Way {
  name: string;
  label: string;
  url: () => string;
  marks: Record<string, string>;
  workbook?: StandInWorkbook;
  /** After the first mark: what the user does (choose the rules, read the table). */
  act?: (page: PlaywrightPage) => Promise<void>;
  stamps: Stamps[];
}

async function load(browser: TestBrowser, way: Way): Promise<Stamps> {
  const context = await browser.newContext({ viewport: PANE_VIEWPORT });
  try {
    if (way.workbook) await injectStandIn(context, way.workbook);
    const page = await context.newPage();
    await page.addInitScript(stampScript(way.marks));
    await page.goto(way.url(), { waitUntil: 'commit' });
    await page.waitForSelector(Object.values(way.marks)[0], { timeout: TIMEOUT_MS });
    if (way.act) await way.act(page);
    return await page.evaluate(() => ({ ...(window as unknown as { __at: Record<string, number> }).__at }));
  } finally {
    await context.close();
  }
}

/** The 2024 example as the stand-in's workbook, a cell of the region table selected (as in the e2e tests). */
async function exampleWorkbook(): Promise<StandInWorkbook> {
  const workbook = await readWorkbookForStandIn(path.join(ROOT, 'examples', 'regioner-2024.xlsx'), 'A1');
  const values = workbook.sheets[workbook.activeSheet].values;
  const header = values.findIndex((row) => row.includes('Region'));
  return { ...workbook, selection: `${workbook.activeSheet}!${cellAddress(header + 1, 1)}` };
}

async function readTable(page: PlaywrightPage): Promise<void> {
  await page.getByLabel('Välj överenskommelse').selectOption('svf-2024');
  await page.getByTestId('agreement-summary').waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  await page.getByRole('button', { name: 'Läs tabell' }).click();
  await page.getByTestId('payout-table').waitFor({ state: 'visible', timeout: TIMEOUT_MS });
}

const work = mkdtempSync(path.join(tmpdir(), 'kvot-pane-bench-'));
const servers: StaticServer[] = [];
let browser: TestBrowser | undefined;
try {
  say(`Pane benchmark: production builds, headless Chromium, ${LOADS} cold loads each (median)`);
  const dist = await ensureBuilt();
  const bareDir = path.join(work, 'bare');
  buildBare(bareDir);
  const kvotFiles = sizes(dist, 'taskpane.html');
  const bareFiles = sizes(bareDir, 'index.html');
  const [paneServer, bareServer, workbook] = await Promise.all([
    serveDirectory(dist),
    serveDirectory(bareDir, { index: 'index.html' }),
    exampleWorkbook(),
  ]);
  servers.push(paneServer, bareServer);
  browser = await launchBrowser();

  const ways: Way[] = [
    {
      name: 'outside',
      label: 'Kvot, outside Office',
      url: () => `${paneServer.url}taskpane.html`,
      marks: { ready: '[data-testid="pane-ready"][data-state="outside-office"]' },
      stamps: [],
    },
    {
      name: 'excel',
      label: 'Kvot, in Excel (stand-in)',
      url: () => `${paneServer.url}taskpane.html`,
      marks: { ready: '[data-testid="pane-ready"] [role="tablist"]', table: '[data-testid="payout-table"]' },
      workbook,
      act: readTable,
      stamps: [],
    },
    {
      name: 'bare',
      label: 'bare React + Fluent UI',
      url: () => `${bareServer.url}index.html`,
      marks: { ready: '[data-testid="bare-ready"]' },
      stamps: [],
    },
  ];
  // One discarded load each (the machine's caches, not the page's), then alternate the ways.
  for (const way of ways) await load(browser, way);
  for (let i = 0; i < LOADS; i++) for (const way of ways) way.stamps.push(await load(browser, way));

  const med = (way: Way, pick: (s: Stamps) => number | undefined) =>
    median(way.stamps.map(pick).filter((v): v is number => v !== undefined));
  const [outside, excel, bare] = ways;
  const figures = {
    outside: med(outside, (s) => s.ready),
    excelReady: med(excel, (s) => s.ready),
    excelRead: med(excel, (s) => (s.table !== undefined && s.click !== undefined ? s.table - s.click : undefined)),
    excelPreview: med(excel, (s) => s.table),
    bare: med(bare, (s) => s.ready),
  };
  emit({ bench: 'pane-start-gzip', bytes: startBytes(kvotFiles, 'gzip') });
  emit({ bench: 'pane-start-raw', bytes: startBytes(kvotFiles, 'raw') });
  emit({ bench: 'bare-start-gzip', bytes: startBytes(bareFiles, 'gzip') });
  emit({ bench: 'pane-interactive-outside-office', ms: Math.round(figures.outside) });
  emit({ bench: 'pane-interactive-excel', ms: Math.round(figures.excelReady) });
  emit({ bench: 'pane-read-table-excel', rows: 21, ms: Math.round(figures.excelRead) });
  emit({ bench: 'pane-first-preview-excel', rows: 21, ms: Math.round(figures.excelPreview) });
  emit({ bench: 'bare-interactive', ms: Math.round(figures.bare) });

  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  say('');
  for (const line of table(
    ['bundle', 'start raw', 'start gzip', 'all JS+CSS+HTML'],
    [
      ['Kvot pane', kib(startBytes(kvotFiles, 'raw')), kib(startBytes(kvotFiles, 'gzip')), kib(allBytes(kvotFiles))],
      ['bare React + Fluent UI', kib(startBytes(bareFiles, 'raw')), kib(startBytes(bareFiles, 'gzip')), kib(allBytes(bareFiles))],
    ],
  ))
    say(line);
  say('');
  const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '—');
  const range = (way: Way, pick: (s: Stamps) => number | undefined) => {
    const v = way.stamps.map(pick).filter((x): x is number => x !== undefined);
    return v.length ? `${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)} ms` : '—';
  };
  for (const line of table(
    ['start-up (from navigation)', 'median', 'range'],
    [
      ['Kvot outside Office: "open in Excel" shown', ms(figures.outside), range(outside, (s) => s.ready)],
      ['Kvot in Excel: tabs shown', ms(figures.excelReady), range(excel, (s) => s.ready)],
      [
        'Kvot in Excel: "Läs tabell" click → preview (21 rows)',
        ms(figures.excelRead),
        range(excel, (s) => (s.table !== undefined && s.click !== undefined ? s.table - s.click : undefined)),
      ],
      ['Kvot in Excel: navigation → preview shown', ms(figures.excelPreview), range(excel, (s) => s.table)],
      ['bare React + Fluent UI: button shown', ms(figures.bare), range(bare, (s) => s.ready)],
    ],
  ))
    say(line);
  say('\nStart-up bytes: the page and the bundles it loads at start; gzip is zlib level 6. The app chunk is loaded only inside Excel.');
  say('In Excel the navigation → preview time includes Playwright choosing the rules and clicking, as a (fast) user would.');
  if (JSON_OUT) say('(figures above as JSON lines on stdout)');
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
  rmSync(work, { recursive: true, force: true });
}
