// The pane at task-pane width, end to end: the BUILT pane (dist/) in headless Chromium with the
// 2025 example (three regions fail a condition) at 320, 350 and 450 px. Every region's payout and
// outcome, the reason under a failing region and the totals must be on screen without sideways
// scrolling; the failing rows are marked and tinted; widened to 760 px the pane shows the full table.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { ensureBuilt, ROOT } from './harness/build';
import { serveDirectory, type StaticServer } from './harness/server';
import type { StandInWorkbook } from './stand-in/inject';
import { chromiumMissing, chromiumRequiredButMissing, requireChromium } from './support/chromium';
import { corePayouts, loadRules, readRuleJson, regionBlockOf, type RegionBlock } from './support/exampleCore';
import { cellAddress, readWorkbookForStandIn } from './support/exampleWorkbook';
import { chooseAgreement, openPane, plainSpaces, waitIdle, type OpenPane } from './support/pane';

const EXAMPLE_2025 = path.join(ROOT, 'examples', 'regioner-2025-exempel.xlsx');
const RULES_ID = 'svf-2025';
const RULES_JSON = readRuleJson(RULES_ID);
/** The example's three failing regions, as the summary names them. */
const FAILING = ['Sörmland', 'Kalmar', 'Gävleborg'];
const SUMMARY =
  '3 regioner uppfyller inte villkoren för Utbetalning 2 (Sörmland, Kalmar, Gävleborg). 14 441 720 kr omfördelas till 18 regioner.';
/** Task panes are 320–450 px wide; 350 is Excel's default. */
const PANE_WIDTHS = [320, 350, 450];
const WIDE = 760;
const HEIGHT = 900;

/** Where something sticks out of the viewport sideways or out of its own box. */
interface Overflow {
  what: string;
  left: number;
  right: number;
  /** The content is wider than the element (scrollWidth > clientWidth). */
  clipped: boolean;
}

/**
 * Every cell of every region row and of every reason line, and the totals row's cells, that is not
 * inside 0…innerWidth or whose content is wider than the cell. Empty when all of it fits.
 */
function overflowing(
  page: Page,
): Promise<{ scrollWidth: number; innerWidth: number; clientWidth: number; cells: number; outside: Overflow[] }> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-testid^="payout-row-"], [data-testid^="reason-"], [data-testid="payout-totals"]')];
    const outside: Overflow[] = [];
    let cells = 0;
    for (const row of rows) {
      for (const cell of row.querySelectorAll('th, td')) {
        cells++;
        const box = cell.getBoundingClientRect();
        const clipped = cell.scrollWidth > cell.clientWidth;
        if (box.left < 0 || box.right > window.innerWidth || clipped) {
          outside.push({
            what: `${row.getAttribute('data-testid')}: ${(cell.textContent ?? '').slice(0, 40)}`,
            left: box.left,
            right: box.right,
            clipped,
          });
        }
      }
    }
    const root = document.documentElement;
    return { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, clientWidth: root.clientWidth, cells, outside };
  });
}

/** The tabs (Fördela … Avstämning) that do not lie wholly inside the viewport, by name. */
function tabsOutside(page: Page): Promise<string[]> {
  return page.$$eval('[role="tab"]', (tabs) =>
    tabs
      .filter((tab) => tab.getBoundingClientRect().left < 0 || tab.getBoundingClientRect().right > window.innerWidth)
      .map((tab) => (tab as HTMLElement).innerText),
  );
}

/** The colour behind an element: its own background, else the nearest ancestor's that is not transparent. */
function backgroundBehind(page: Page, selector: string): Promise<[number, number, number]> {
  return page.evaluate((sel) => {
    for (let element: Element | null = document.querySelector(sel); element; element = element.parentElement) {
      const [r, g, b, a = 1] = (getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
      if (a > 0) return [r, g, b] as [number, number, number];
    }
    throw new Error(`No background behind ${sel}`);
  }, selector);
}

// On CI without Chromium this is the one test that runs, and it fails saying how to install it.
if (chromiumRequiredButMissing) it('has Chromium for the end-to-end tests', () => requireChromium());

describe.skipIf(chromiumMissing)('the pane at task-pane width, built, in headless Chromium', () => {
  let browser: TestBrowser;
  let server: StaticServer;
  let example: StandInWorkbook;
  let block: RegionBlock;
  /** Region code → name, and the codes of the regions core finds failing, in table order. */
  let names: Map<string, string>;
  let failingCodes: string[];
  const open: OpenPane[] = [];

  beforeAll(async () => {
    const dist = await ensureBuilt();
    const [started, launched, workbook] = await Promise.all([
      serveDirectory(dist),
      launchBrowser(),
      readWorkbookForStandIn(EXAMPLE_2025, 'A1'),
    ]);
    server = started;
    browser = launched;
    block = regionBlockOf(workbook);
    example = { ...workbook, selection: `${block.sheet}!${cellAddress(block.headerRow + 1, 1)}` };
    const { table, result } = await corePayouts(loadRules(RULES_JSON), block.grid);
    names = new Map(table.regions.map((r) => [r.code ?? r.name, r.name]));
    failingCodes = result.regions.filter((r) => !Object.values(r.eligible).every(Boolean)).map((r) => r.region.code ?? r.region.name);
    // The example is made so that these three fail: the test below is about them.
    expect(failingCodes.map((code) => names.get(code))).toEqual(FAILING);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(open.map((pane) => pane.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  async function readAt(width: number, options: { colorScheme?: 'light' | 'dark'; english?: boolean } = {}): Promise<OpenPane> {
    const opened = await openPane(browser, server.url, example, { viewport: { width, height: HEIGHT }, colorScheme: options.colorScheme });
    open.push(opened);
    const { page } = opened;
    if (options.english) {
      await page.getByRole('button', { name: 'In English' }).click();
      await page.getByRole('button', { name: 'På svenska' }).waitFor({ state: 'visible' });
    }
    await chooseAgreement(page, options.english ? 'Choose agreement' : 'Välj överenskommelse', RULES_ID);
    await page.getByRole('button', { name: options.english ? 'Read table' : 'Läs tabell' }).click();
    await page.getByTestId('payout-table').waitFor({ state: 'visible' });
    await waitIdle(page);
    return opened;
  }

  /** The failing rows are marked, and tinted red where the others are not tinted at all. */
  async function expectFailingHighlighted(page: Page): Promise<void> {
    const marked = await page.$$eval('[data-testid^="payout-row-"]', (rows) =>
      rows
        .filter((row) => row.getAttribute('data-eligible') === 'false')
        .map((row) => (row.getAttribute('data-testid') ?? '').replace('payout-row-', '')),
    );
    expect(marked).toEqual(failingCodes);
    const eligibleCode = [...names.keys()].find((code) => !failingCodes.includes(code));
    const eligible = await backgroundBehind(page, `[data-testid="payout-row-${eligibleCode}"] td`);
    for (const code of failingCodes) {
      const failing = await backgroundBehind(page, `[data-testid="payout-row-${code}"] td`);
      const reason = await backgroundBehind(page, `[data-testid="reason-${code}"] td`);
      expect({ code, failing, reason }).toEqual({ code, failing, reason: failing });
      expect(failing).not.toEqual(eligible);
      // A red tint: red above green and blue; the eligible row's background is a neutral grey or white.
      const [r, g, b] = failing;
      expect({ code, redTint: r > g && r > b }).toEqual({ code, redTint: true });
      expect(eligible[0] === eligible[1] && eligible[1] === eligible[2]).toBe(true);
    }
  }

  for (const width of PANE_WIDTHS) {
    it(`${width} px: every payout, outcome, reason and the totals fit without scrolling sideways`, async () => {
      const { page, errors } = await readAt(width);
      expect(await page.evaluate(() => window.innerWidth)).toBe(width);
      // The task-pane list (three columns), not the wide table.
      expect(await page.getByTestId('payout-table').locator('thead th').count()).toBe(3);

      // The summary's sentences (the budget line under them is apart).
      const sentences = await page
        .getByTestId('outcome-summary')
        .evaluate((summary) =>
          [...summary.children]
            .filter((child) => child.getAttribute('data-testid') !== 'payout-notes')
            .map((child) => child.textContent ?? ''),
        );
      expect(plainSpaces(sentences.join(' '))).toBe(SUMMARY);
      await expectFailingHighlighted(page);
      for (const code of failingCodes) {
        await expect(page.getByTestId(`reason-${code}`).isVisible()).resolves.toBe(true);
        expect(plainSpaces(await page.getByTestId(`reason-${code}`).textContent())).not.toBe('');
      }

      const fit = await overflowing(page);
      expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
      // Where scrollbars take room, the page's own width is the stricter bound.
      expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
      expect(await tabsOutside(page)).toEqual([]);
      // Each region has its name, payout 2 and total; each failing region a reason; the totals row.
      expect(fit.cells).toBe(names.size * 3 + failingCodes.length + 3);
      expect(fit.outside).toEqual([]);

      // The totals stay in view at the bottom of the pane while the regions scroll past.
      for (const code of [failingCodes[0], failingCodes[failingCodes.length - 1]]) {
        await page.getByTestId(`payout-row-${code}`).evaluate((row) => row.scrollIntoView({ block: 'center' }));
        const totals = await page.getByTestId('payout-totals').evaluate((row) => {
          const box = row.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return { top: box.top, bottom: box.bottom, left: box.left, right: box.right, onTop: hit !== null && row.contains(hit) };
        });
        expect(totals.onTop).toBe(true);
        expect(totals.top).toBeGreaterThanOrEqual(0);
        expect(totals.bottom).toBeLessThanOrEqual(HEIGHT);
        expect(totals.left).toBeGreaterThanOrEqual(0);
        expect(totals.right).toBeLessThanOrEqual(width);
        // The row scrolled to is not hidden under them.
        const row = await page.getByTestId(`payout-row-${code}`).boundingBox();
        expect(row!.y + row!.height).toBeLessThanOrEqual(totals.top + 0.5);
      }

      // The other tabs, with the table read, do not scroll sideways either.
      for (const [tab, ready] of [
        ['Regler', page.getByTestId('apply-bar')],
        ['Scenarier', page.getByRole('button', { name: 'Lägg till scenario' })],
        ['Avstämning', page.getByLabel('Kolumn med befintliga belopp')],
      ] as const) {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        await ready.waitFor({ state: 'visible' });
        await waitIdle(page);
        expect({
          tab,
          sideways: await page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)),
        }).toEqual({ tab, sideways: 0 });
      }
      expect(errors).toEqual([]);
    });
  }

  it('320 px in English: the tabs, payouts, reasons and totals fit too', async () => {
    const { page, errors } = await readAt(320, { english: true });
    for (const name of ['Distribute', 'Rules', 'What-if', 'Reconcile'])
      expect(await page.getByRole('tab', { name, exact: true }).count()).toBe(1);
    const fit = await overflowing(page);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
    expect(fit.cells).toBe(names.size * 3 + failingCodes.length + 3);
    expect(fit.outside).toEqual([]);
    expect(await tabsOutside(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('350 px, dark theme: the failing rows are tinted there too', async () => {
    const { page, errors } = await readAt(350, { colorScheme: 'dark' });
    await expectFailingHighlighted(page);
    expect(errors).toEqual([]);
  });

  it(`${WIDE} px: the wide table with every column instead of the task-pane list`, async () => {
    const { page, errors } = await readAt(350);
    await page.setViewportSize({ width: WIDE, height: HEIGHT });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="payout-table"] thead th').length > 3);
    const headers = (await page.getByTestId('payout-table').locator('thead th').allTextContents()).map(plainSpaces);
    expect(headers).toEqual([
      'Region',
      'Befolkning',
      'Andel',
      ...RULES_JSON.tranches.map((t) => t.label.sv),
      'Totalt',
      'Uppfyller villkor',
      'Skäl',
    ]);
    // One row per region, no reason lines: the reasons have their own column.
    expect(await page.locator('[data-testid^="payout-row-"]').count()).toBe(names.size);
    expect(await page.locator('[data-testid^="reason-"]').count()).toBe(0);
    // The page itself still does not scroll sideways; the table scrolls in its own region if it must.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await page.getByRole('region', { name: /^Utbetalning per region/ }).count()).toBe(1);

    // Back to task-pane width: the list again.
    await page.setViewportSize({ width: 350, height: HEIGHT });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="payout-table"] thead th').length === 3);
    expect(await page.locator('[data-testid^="reason-"]').count()).toBe(failingCodes.length);
    expect(errors).toEqual([]);
  });
});
