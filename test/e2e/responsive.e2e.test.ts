// Issue 11 ("no work for what is not on screen"), end to end: the BUILT pane in headless Chromium
// with the Excel stand-in. A 20 000-row region table is read and the what-if tab opened while a
// PerformanceObserver records every long task (over 50 ms) on the page's main thread. A responsiveness
// property, not a benchmark: the figures are printed; what is asserted holds on a loaded 2-core machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { ensureBuilt } from './harness/build';
import { serveDirectory, type StaticServer } from './harness/server';
import type { StandInWorkbook } from './stand-in/inject';
import { chromiumMissing, chromiumRequiredButMissing, requireChromium } from './support/chromium';
import { readRuleJson } from './support/exampleCore';
import { HOST_MEASURE } from '../fake-excel/context';
import { syntheticRows } from '../core/table/grids';
import { openPane, waitIdle, type OpenPane } from './support/pane';

const HEADERS = ['Kod', 'Region', 'Befolkning', 'Inklusion', 'PREM', 'Redovisning inkommen'];
/** Tasks over this are what the issue asks to avoid; the test prints how many there were. */
const LONG_TASK_MS = 200;
/** Reads of each size, each in a fresh page (KVOT_RESPONSIVE_RUNS to change). */
const RUNS = Number(process.env.KVOT_RESPONSIVE_RUNS ?? 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** n synthetic regions (syntheticRows) under headers as a workbook writes them. */
function regionWorkbook(n: number): StandInWorkbook {
  const rows = syntheticRows(n) as (string | number)[][];
  return { activeSheet: 'Blad1', sheets: { Blad1: { values: [HEADERS, ...rows] } }, selection: 'Blad1!B2' };
}

/** The 2024 rules without the list of the 21 regions, so synthetic regions are read (a warning, not an error). */
function unlistedRules(): Buffer {
  const json: Record<string, unknown> = { ...readRuleJson('svf-2024') };
  delete json.regions;
  return Buffer.from(JSON.stringify(json));
}

interface LongTask {
  start: number;
  duration: number;
  /** The task less the fake Excel's work in it (HOST_MEASURE): what Excel does in its own process. */
  own: number;
}

/** Records long tasks from page start: window.__longTasks. */
const OBSERVE_LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** The long tasks since `since`, each with the part that is the page's own (not the fake Excel's). */
const longTasks = (page: Page, since: number) =>
  page.evaluate(
    ({ from, host }) => {
      const measures = performance.getEntriesByName(host).map((m) => ({ start: m.startTime, end: m.startTime + m.duration }));
      const tasks = (window as unknown as { __longTasks: Omit<LongTask, 'own'>[] }).__longTasks.filter((t) => t.start >= from);
      return tasks.map((t) => {
        const end = t.start + t.duration;
        const host = measures.reduce((sum, m) => sum + Math.max(0, Math.min(end, m.end) - Math.max(t.start, m.start)), 0);
        return { ...t, own: t.duration - host };
      });
    },
    { from: since, host: HOST_MEASURE },
  );
const now = (page: Page) => page.evaluate(() => performance.now());

/** Counts animation frames from now on (window.__frames): each is a chance for the page to paint and take input. */
const COUNT_FRAMES = `(() => {
  window.__frames = 0;
  const tick = () => { window.__frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;
const frames = (page: Page) => page.evaluate(() => (window as unknown as { __frames: number }).__frames);

/**
 * Opens the rules without regions and reads the table: the time from the click until the preview
 * shows and the pane is idle, when the click was made (page time), and the frames painted meanwhile.
 */
async function readTable(page: Page): Promise<{ ms: number; started: number; frames: number }> {
  await page
    .getByLabel('Regelfil (JSON)', { exact: true })
    .setInputFiles({ name: 'svf-2024-utan-regioner.json', mimeType: 'application/json', buffer: unlistedRules() });
  await page.getByTestId('agreement-summary').waitFor({ state: 'visible' });
  await waitIdle(page);
  await page.evaluate(COUNT_FRAMES);
  const started = await now(page);
  const framesBefore = await frames(page);
  // Generous: the click returns only once the page's main thread is free again.
  await page.getByRole('button', { name: 'Läs tabell' }).click({ timeout: 600_000 });
  await page.getByTestId('payout-table').waitFor({ state: 'visible', timeout: 600_000 });
  const framesAfter = await frames(page);
  await waitIdle(page);
  return { ms: (await now(page)) - started, started, frames: framesAfter - framesBefore };
}

/**
 * Reads the block through office.js and the stand-in alone, what Kvot reads of it (values, number
 * formats, value types, hidden rows) in one sync: the data transfer, without Kvot.
 */
async function transferTime(page: Page, rows: number): Promise<number> {
  return page.evaluate(async (last) => {
    interface Range {
      load(p: string): void;
      values: unknown[][];
      getRowProperties(p: { rowHidden: boolean }): { value: unknown[] };
    }
    type Run = <T>(
      f: (context: {
        workbook: { worksheets: { getItem(n: string): { getRange(a: string): Range } } };
        sync(): Promise<void>;
      }) => Promise<T>,
    ) => Promise<T>;
    const excel = (window as unknown as { Excel: { run: Run } }).Excel;
    const started = performance.now();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange(`A1:F${last}`);
      range.load('values,numberFormat,valueTypes');
      const hidden = range.getRowProperties({ rowHidden: true });
      await context.sync();
      return range.values.length + hidden.value.length;
    });
    return performance.now() - started;
  }, rows + 1);
}

if (chromiumRequiredButMissing) it('has Chromium for the end-to-end tests', () => requireChromium());

describe.skipIf(chromiumMissing)('a 20 000-row table keeps the built pane responsive', () => {
  let browser: TestBrowser;
  let server: StaticServer;
  const open: OpenPane[] = [];
  const pages = new Map<Page, OpenPane>();
  /** Closes a page done with (a 20 000-row workbook is large), before the next is opened. */
  const close = async (page: Page) => {
    const pane = pages.get(page);
    pages.delete(page);
    open.splice(open.indexOf(pane!), 1);
    await pane?.close();
  };

  beforeAll(async () => {
    const dist = await ensureBuilt();
    [server, browser] = await Promise.all([serveDirectory(dist), launchBrowser()]);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(open.map((pane) => pane.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  async function paneWith(n: number): Promise<Page> {
    const pane = await openPane(browser, server.url, regionWorkbook(n));
    open.push(pane);
    pages.set(pane.page, pane);
    // A 20 000-row read holds the main thread for a long while on a loaded machine; the figures say how long.
    pane.page.setDefaultTimeout(600_000);
    await pane.page.evaluate(OBSERVE_LONG_TASKS);
    return pane.page;
  }

  it('reads 20 000 rows and opens the what-if tab, working out only a page of rows to the krona; prints the long tasks', async () => {
    // Each read in a fresh page (a user's first read is a cold one), a few times: single timings on
    // a shared machine vary by a third; the medians are printed.
    const reads: { read21: number; transfer: number; read: number }[] = [];
    let page: Page | undefined;
    let painted = 0;
    let duringRead: LongTask[] = [];
    for (let run = 0; run < RUNS; run++) {
      const small = await paneWith(21);
      const read21 = (await readTable(small)).ms;
      await close(small);
      if (page) await close(page);
      page = await paneWith(20_000);
      const transfer = await transferTime(page, 20_000);
      const read = await readTable(page);
      reads.push({ read21, transfer, read: read.ms });
      painted = read.frames;
      duringRead = await longTasks(page, read.started);
      // The read is done in slices: the page paints between them (a read in one task paints once or
      // twice, however long it takes). Frames, not milliseconds: a slower machine paints more of them.
      expect(painted).toBeGreaterThanOrEqual(5);
    }
    page = page!;
    const read21 = median(reads.map((r) => r.read21));
    const transfer = median(reads.map((r) => r.transfer));
    const read = median(reads.map((r) => r.read));
    const ratios = reads.map((r) => (r.read / (r.read21 + r.transfer)).toFixed(1));

    const beforeSwitch = await now(page);
    await page.getByRole('tab', { name: 'Scenarier' }).click({ timeout: 300_000 });
    await page.getByTestId('sensitivity-table').waitFor({ state: 'visible', timeout: 120_000 });
    await waitIdle(page);
    const switched = (await now(page)) - beforeSwitch;
    const duringSwitch = await longTasks(page, beforeSwitch);
    const rows = await page.getByTestId('sensitivity-table').locator('tbody tr').count();

    const figures = (tasks: LongTask[]) => {
      const own = tasks.filter((t) => t.own > 50);
      return (
        `${own.filter((t) => t.own > LONG_TASK_MS).length} tasks of the pane's own over ${LONG_TASK_MS} ms, longest ${Math.round(Math.max(0, ...own.map((t) => t.own)))} ms, ` +
        `${own.length} over 50 ms (${Math.round(own.reduce((s, t) => s + t.own, 0))} ms in all); ` +
        `with the fake Excel's work: ${tasks.length} long tasks, longest ${Math.round(Math.max(0, ...tasks.map((t) => t.duration)))} ms`
      );
    };
    console.log(
      [
        `medians of ${RUNS} reads, each in a fresh page: read 21 rows ${Math.round(read21)} ms; data transfer of 20 000 rows alone ${Math.round(transfer)} ms`,
        `read 20 000 rows: ${Math.round(read)} ms, ${(read / (read21 + transfer)).toFixed(1)}× of 21 rows + transfer ` +
          `(each run: ${ratios.join('×, ')}×); last run: ${painted} frames painted meanwhile; ${figures(duringRead)}`,
        `what-if tab on 20 000 rows: ${Math.round(switched)} ms to the sensitivity table (${rows} rows shown); ${figures(duringSwitch)}`,
      ].join('\n'),
    );
    // Only a page of the sensitivity is rendered and worked out to the krona.
    expect(rows).toBe(50);
    // The long tasks are printed, not asserted: timings are figures (the brief keeps timed assertions
    // out of tests; on a shared 2-core machine they would fail for the machine, not for Kvot).
  }, 1_500_000);
});
