// Shared steps for end-to-end tests of the built task pane: open it (with or without the Excel
// stand-in), drive it the way a user does, read the stand-in's cells back, and save screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { StandInHelpers } from '../../excel/standIn';
import { ROOT } from '../harness/build';
import type { TestBrowser } from '../harness/browser';
import { CSP_VIOLATION } from '../harness/csp';
import { injectStandIn, type StandInWorkbook } from '../stand-in/inject';

/** The width of Excel's task pane; screenshots and layouts are checked at it. */
export const PANE_VIEWPORT = { width: 350, height: 900 };
export const SCREENSHOT_DIR = path.join(ROOT, 'test-output', 'screenshots');
/**
 * README images are refreshed only on request (KVOT_UPDATE_DOCS=1 npx vitest run test/e2e), so a
 * test run never changes tracked files; otherwise they land beside the other screenshots.
 */
export const DOCS_DIR = process.env.KVOT_UPDATE_DOCS === '1' ? path.join(ROOT, 'docs') : path.join(SCREENSHOT_DIR, 'docs');
/** README images stay small: a screenshot taller than this is cut to a window of this height. */
const DOCS_MAX_HEIGHT = 1400;

type Matrix = (string | number | boolean | null)[][];
type StandInWindow = Window & { __KVOT_STANDIN__: StandInHelpers };

/** Intl puts no-break (U+00A0) or narrow no-break (U+202F) spaces in numbers; compare with plain ones. */
export function plainSpaces(text: string | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
}

/** 42452908 → "42 452 908 kr", written out here rather than with the code under test. */
export function swedishKronor(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+$)/g, ' ')} kr`;
}

/** 42452908 → "42,452,908 kr". */
export function englishKronor(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+$)/g, ',')} kr`;
}

export interface OpenPane {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors, for a clear failure message. */
  errors: string[];
  close(): Promise<void>;
}

export interface PaneOptions {
  /** PANE_VIEWPORT unless given. */
  viewport?: { width: number; height: number };
  /**
   * The system's light/dark setting (prefers-color-scheme). The stand-in reports no Office theme, as
   * Office on the web may not, so the pane follows this.
   */
  colorScheme?: 'light' | 'dark';
}

/**
 * A fresh context and page at the task pane width, with the Excel stand-in holding `workbook`
 * (none: the page runs as in a plain browser). Waits until the pane has rendered its ready state.
 */
export async function openPane(
  browser: TestBrowser,
  baseUrl: string,
  workbook: StandInWorkbook | null,
  options: PaneOptions = {},
): Promise<OpenPane> {
  const context = await browser.newContext({ viewport: options.viewport ?? PANE_VIEWPORT, colorScheme: options.colorScheme ?? 'light' });
  if (workbook) await injectStandIn(context, workbook);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Blocked off-machine requests (office.js's telemetry) are expected; anything else is worth showing,
    // Content-Security-Policy violations included (harness/csp.ts reports them as console errors).
    if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())) {
      errors.push(`console: ${message.text()}`);
    }
  });
  await page.goto(`${baseUrl}taskpane.html`);
  await page.getByTestId('pane-ready').first().waitFor({ state: 'visible', timeout: 10_000 });
  // A refused script or eval while starting (the app chunk, say) ends the test here, saying why.
  const violations = errors.filter((error) => error.includes(CSP_VIOLATION));
  if (violations.length > 0) throw new Error(`The pane broke its Content-Security-Policy while starting:\n${errors.join('\n')}`);
  return { context, page, errors, close: () => context.close() };
}

/** Reads cells from the stand-in's workbook (what Excel would hold). */
export function standInValues(page: Page, sheet: string, address: string): Promise<Matrix> {
  return page.evaluate(([s, a]) => (window as unknown as StandInWindow).__KVOT_STANDIN__.getValues(s, a), [sheet, address] as const);
}

export function standInFormats(page: Page, sheet: string, address: string): Promise<string[][]> {
  return page.evaluate(([s, a]) => (window as unknown as StandInWindow).__KVOT_STANDIN__.getNumberFormats(s, a), [sheet, address] as const);
}

export function standInSelection(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as StandInWindow).__KVOT_STANDIN__.selection());
}

/** Picks a bundled rule file in the agreement select (a native <select>) and waits for its summary. */
export async function chooseAgreement(page: Page, label: RegExp | string, ruleId: string): Promise<void> {
  await page.getByLabel(label).selectOption(ruleId);
  await page.getByTestId('agreement-summary').waitFor({ state: 'visible' });
}

/** Waits until the pane is idle (its activity live region is empty). */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const activity = document.querySelector('[data-testid="activity"]');
    return activity !== null && activity.textContent === '';
  });
}

/** Saves a full-page screenshot under test-output/screenshots/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Scrolls the preview table sideways until `cell`'s column ends at the table's right edge, as a
 * user would to see the payout columns next to the sticky region column in a narrow pane.
 */
export async function scrollPreviewTo(cell: Locator): Promise<void> {
  await cell.evaluate((element) => {
    // The wide table scrolls sideways in its region; the task-pane list only down the page.
    const scroller = element.closest('[role="region"]');
    if (scroller) scroller.scrollLeft += element.getBoundingClientRect().right - scroller.getBoundingClientRect().right;
    else element.scrollIntoView({ block: 'center' });
  });
}

/** README images are taken at this width, a roomy task pane, rather than the tests' 350 px. */
export const DOCS_WIDTH = 400;

/** Resolves after the page has rendered two more frames (layout, resize observers and the renders they cause). */
function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** True while the page does not scroll sideways. */
const fitsWidth = () => document.documentElement.scrollWidth <= document.documentElement.clientWidth;

/**
 * A README image of the pane, DOCS_WIDTH wide: the whole page when it is at most DOCS_MAX_HEIGHT px
 * tall, else a window of that height that starts at `from` (e.g. the preview's heading) or ends at
 * the bottom of the page, whichever is higher, so the file stays small and shows the part that
 * matters. The viewport is made that window for the shot, so sticky parts (the totals row, the
 * rule editor's bar) sit where they would in a pane of that size; afterwards the page gets its own
 * size and scroll position back.
 */
export async function docsScreenshot(page: Page, name: string, from: Locator): Promise<string> {
  mkdirSync(DOCS_DIR, { recursive: true });
  const file = path.join(DOCS_DIR, `${name}.png`);
  const before = page.viewportSize() ?? PANE_VIEWPORT;
  const [scrollX, scrollY] = await page.evaluate(() => [window.scrollX, window.scrollY]);
  const fitted = await page.evaluate(fitsWidth);
  const settle = async () => {
    await nextFrames(page);
    // What fitted the pane's width still does once anything sized to the pane has followed it.
    if (fitted) await page.waitForFunction(fitsWidth);
  };
  try {
    await page.setViewportSize({ width: DOCS_WIDTH, height: before.height });
    await settle();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const shown = Math.min(height, DOCS_MAX_HEIGHT);
    await page.setViewportSize({ width: DOCS_WIDTH, height: shown });
    await settle();
    const top = await from.evaluate(
      (element, [pageHeight, window_]) => Math.max(0, Math.min(element.getBoundingClientRect().top + window.scrollY, pageHeight - window_)),
      [await page.evaluate(() => document.documentElement.scrollHeight), shown] as const,
    );
    await page.evaluate((y) => window.scrollTo(0, y), top);
    await nextFrames(page);
    await page.screenshot({ path: file });
  } finally {
    await page.setViewportSize(before);
    await settle();
    await page.evaluate(([x, y]) => window.scrollTo(x, y), [scrollX, scrollY] as const);
  }
  return file;
}
