// End to end: the BUILT task pane (dist/) in headless Debian Chromium, served under a strict
// Content-Security-Policy (harness/csp.ts; any violation fails a test). office.js is Microsoft's own,
// served from @microsoft/office-js in place of the CDN. Inside "Excel" it talks to the Excel stand-in
// (test/e2e/stand-in, injected by the test only) as its host, and the pane to the stand-in's Excel
// holding the bundled example workbook; outside Office (and offline) the pane must say so.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { official2024 } from '../excel/fixtures';
import { seedAnnex2024 } from '../core/annex/fixtures';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { CSP_VIOLATION } from './harness/csp';
import { ensureBuilt, ROOT } from './harness/build';
import { serveDirectory, type StaticServer } from './harness/server';
import type { StandInWorkbook } from './stand-in/inject';
import { chromiumMissing, chromiumRequiredButMissing, requireChromium } from './support/chromium';
import { cellAddress, columnLetter, readWorkbookForStandIn, withCell } from './support/exampleWorkbook';
import {
  PANE_VIEWPORT,
  chooseAgreement,
  docsScreenshot,
  englishKronor,
  openPane,
  plainSpaces,
  screenshot,
  scrollPreviewTo,
  standInFormats,
  standInSelection,
  standInValues,
  swedishKronor,
  waitIdle,
  type OpenPane,
} from './support/pane';

const EXAMPLE = path.join(ROOT, 'examples', 'regioner-2024.xlsx');
const KVOT_PREFIX = 'Kvot: ';
const KRONOR_FORMAT = '#,##0 "kr"';
const SHARE_FORMAT = '0.00%';
const README_IMAGE_MAX_BYTES = 400 * 1024;

interface RuleFile {
  id: string;
  budget: number;
  tranches: { id: string; amount: number; label: { sv: string; en: string } }[];
}
const RULES_2024 = JSON.parse(readFileSync(path.join(ROOT, 'rules', 'svf-2024.json'), 'utf8')) as RuleFile;
const OFFICIAL = official2024();
const OFFICIAL_TOTAL = OFFICIAL.reduce((sum, region) => sum + region.amount, 0);

/** Where the example's region table sits, found from its cells (not assumed). */
interface Layout {
  sheet: string;
  /** 0-based sheet row of the header ("Kod", "Region", …). */
  headerRow: number;
  /** Columns of the table; Kvot's columns start right after them. */
  width: number;
  /** 0-based row of the table's last row (the "Riket" total). */
  lastRow: number;
  /** 0-based row of each region, by code ("01" → 4). */
  rowOf: Map<string, number>;
  populationColumn: number;
  /** All of the example's input cells, e.g. "A1:F26" (rows × columns). */
  inputRange: string;
  inputRows: number;
  inputColumns: number;
  /** Where Kvot's columns and totals row can be, with room to spare, e.g. "G4:T28". */
  kvotRange: string;
}

function layoutOf(workbook: StandInWorkbook): Layout {
  const sheet = workbook.activeSheet;
  const values = workbook.sheets[sheet].values;
  const headerRow = values.findIndex((row) => row.includes('Region'));
  if (headerRow < 0) throw new Error('The example has no header row with "Region"');
  const header = values[headerRow];
  const width = header.findLastIndex((cell) => cell !== '' && cell !== null) + 1;
  const lastRow = values.findLastIndex((row) => row.some((cell) => cell !== '' && cell !== null));
  const rowOf = new Map<string, number>();
  values.forEach((row, index) => {
    if (index > headerRow && typeof row[0] === 'string' && row[0] !== '') rowOf.set(row[0], index);
  });
  const populationColumn = header.findIndex((cell) => typeof cell === 'string' && cell.startsWith('Befolkning'));
  const inputWidth = Math.max(...values.map((row) => row.length));
  return {
    sheet,
    headerRow,
    width,
    lastRow,
    rowOf,
    populationColumn,
    inputRange: `A1:${cellAddress(values.length - 1, inputWidth - 1)}`,
    inputRows: values.length,
    inputColumns: inputWidth,
    kvotRange: `${cellAddress(headerRow, width)}:${cellAddress(lastRow + 2, width + 13)}`,
  };
}

/** Kvot's block as read back from the stand-in: headers, and per 0-based sheet row its cells. */
interface Written {
  headers: string[];
  cell(row: number, header: string): string | number | boolean | null;
  format(row: number, header: string): string;
}

// On CI without Chromium this is the one test that runs, and it fails saying how to install it.
if (chromiumRequiredButMissing) it('has Chromium for the end-to-end tests', () => requireChromium());

describe.skipIf(chromiumMissing)('task pane, built, in headless Chromium', () => {
  let browser: TestBrowser;
  let server: StaticServer;
  let dist: string;
  let example: StandInWorkbook;
  let layout: Layout;
  const open: OpenPane[] = [];

  beforeAll(async () => {
    dist = await ensureBuilt();
    const [started, launched, workbook] = await Promise.all([serveDirectory(dist), launchBrowser(), readWorkbookForStandIn(EXAMPLE, 'A1')]);
    server = started;
    browser = launched;
    layout = layoutOf(workbook);
    // The user has clicked a cell inside the region table (the first region's name).
    example = { ...workbook, selection: `${layout.sheet}!${cellAddress(layout.headerRow + 1, 1)}` };
    expect(layout.rowOf.size).toBe(OFFICIAL.length);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(open.map((pane) => pane.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  async function pane(workbook: StandInWorkbook | null): Promise<OpenPane> {
    const opened = await openPane(browser, server.url, workbook);
    open.push(opened);
    return opened;
  }

  async function readKvotBlock(page: Page): Promise<Written> {
    const values = await standInValues(page, layout.sheet, layout.kvotRange);
    const formats = await standInFormats(page, layout.sheet, layout.kvotRange);
    const headers: string[] = [];
    for (const cell of values[0]) {
      if (typeof cell !== 'string' || !cell.startsWith(KVOT_PREFIX)) break;
      headers.push(cell);
    }
    const column = (header: string) => {
      const index = headers.indexOf(header);
      if (index < 0) throw new Error(`No Kvot column "${header}" in ${JSON.stringify(headers)}`);
      return index;
    };
    return {
      headers,
      cell: (row, header) => values[row - layout.headerRow][column(header)],
      format: (row, header) => formats[row - layout.headerRow][column(header)],
    };
  }

  async function kvotCellsAreBlank(page: Page): Promise<void> {
    const values = await standInValues(page, layout.sheet, layout.kvotRange);
    expect(values.flat().filter((cell) => cell !== '')).toEqual([]);
  }

  /** The example's input cells (layout.inputRange), values and formats, exactly as they were injected. */
  async function expectInputUnchanged(page: Page, workbook: StandInWorkbook): Promise<void> {
    const injected = workbook.sheets[layout.sheet];
    const inputOnly = <T>(rows: T[][] | undefined) =>
      (rows ?? []).slice(0, layout.inputRows).map((row) => row.slice(0, layout.inputColumns));
    expect(await standInValues(page, layout.sheet, layout.inputRange)).toEqual(inputOnly(injected.values));
    expect(await standInFormats(page, layout.sheet, layout.inputRange)).toEqual(inputOnly(injected.numberFormats));
  }

  async function readExampleWithRules(page: Page, labels: { agreement: string; read: string }): Promise<void> {
    await chooseAgreement(page, labels.agreement, RULES_2024.id);
    await page.getByRole('button', { name: labels.read }).click();
    await page.getByTestId('payout-table').waitFor({ state: 'visible' });
    await waitIdle(page);
  }

  const payout2 = RULES_2024.tranches.find((tranche) => tranche.id === 'payout2');
  if (!payout2) throw new Error('rules/svf-2024.json has no payout2');

  /**
   * The pane in a plain browser, as a user might open its URL: office.js from the CDN (served from
   * @microsoft/office-js, or aborted when offline). Returns when the outside-Office state is shown,
   * with the time it appeared (page clock) and what #root showed when the document was parsed.
   */
  async function openOutside(officeJs: 'served' | 'offline') {
    const context = await browser.newContext({ viewport: PANE_VIEWPORT, officeJs });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text()))
        errors.push(`console: ${message.text()}`);
    });
    open.push({ context, page, errors, close: () => context.close() });
    await page.addInitScript(`(() => {
      const selector = '[data-testid="pane-ready"][data-state="outside-office"]';
      new MutationObserver(() => {
        if (window.__outsideAt === undefined && document.querySelector(selector)) window.__outsideAt = performance.now();
      }).observe(document, { childList: true, subtree: true, attributes: true });
      document.addEventListener('DOMContentLoaded', () => {
        window.__rootTextAtParse = (document.getElementById('root') || {}).textContent || '';
      });
    })();`);
    await page.goto(`${server.url}taskpane.html`, { waitUntil: 'commit' });
    const outside = page.locator('[data-testid="pane-ready"][data-state="outside-office"]');
    await outside.waitFor({ state: 'visible', timeout: 2_000 });
    await expect(outside.getByRole('heading', { name: 'Öppna Kvot i Excel' }).isVisible()).resolves.toBe(true);
    const stamps = await page.evaluate(() => {
      const w = window as unknown as { __outsideAt?: number; __rootTextAtParse?: string };
      return { outsideAt: w.__outsideAt, rootText: w.__rootTextAtParse };
    });
    expect(stamps.outsideAt).toBeLessThan(2_000);
    expect(stamps.rootText?.trim()).not.toBe('');
    await expect(page.getByTestId('pane-loading').count()).resolves.toBe(0);
    return { page, errors, reason: plainSpaces(await page.getByTestId('outside-reason').textContent()) };
  }

  it('outside Office: Microsoft\'s office.js resolves onReady with no host; the pane says "Öppna Kvot i Excel" within 2 s', async () => {
    const { page, errors, reason } = await openOutside('served');
    // office.js was asked for on Microsoft's CDN (as the store requires), and that is what ran.
    expect(browser.served).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    await expect(page.evaluate(() => (window as unknown as { Office: { onReady(): Promise<unknown> } }).Office.onReady())).resolves.toEqual(
      { host: null, platform: null, addin: null },
    );
    expect(reason).toBe('Den här sidan är öppnad i en vanlig webbläsare, utanför Excel.');
    expect(errors).toEqual([]);

    // The stand-in is the tests' own: nothing of it is in the production bundle.
    const bundles = readdirSync(dist).filter((file) => file.endsWith('.js'));
    expect(bundles.length).toBeGreaterThan(0);
    for (const file of bundles) expect(readFileSync(path.join(dist, file), 'utf8')).not.toContain('__KVOT_STANDIN');
    await screenshot(page, 'taskpane-outside-office');

    // The page runs under the harness's Content-Security-Policy: an inline script and a string timer
    // (eval) are refused, and each refusal is reported. (page.evaluate itself is exempt: DevTools may eval.)
    await page.evaluate(() => {
      const w = window as unknown as { setTimeout(code: string, ms: number): number };
      const script = document.createElement('script');
      script.textContent = 'window.__kvotInline = true';
      document.head.append(script);
      w.setTimeout('window.__kvotEval = true', 0);
    });
    await expect.poll(() => errors.filter((e) => e.includes(CSP_VIOLATION)).length).toBe(2);
    const ran = await page.evaluate(() => {
      const w = window as unknown as { __kvotInline?: boolean; __kvotEval?: boolean };
      return { inline: w.__kvotInline ?? false, eval: w.__kvotEval ?? false };
    });
    expect(ran).toEqual({ inline: false, eval: false });
  });

  it('outside Office and offline: office.js does not load; the pane says so within 2 s and is never blank', async () => {
    const { errors, reason } = await openOutside('offline');
    expect(browser.blocked.some((url) => url.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
    expect(reason).toBe('Kvot fick ingen kontakt med Excel. Kontrollera nätverksanslutningen och öppna Kvot igen från Excel.');
    expect(errors).toEqual([]);
  });

  it("inside Excel: Microsoft's office.js reports Excel and answers requirement-set checks from the host (the stand-in)", async () => {
    const { page, errors } = await pane({ ...example, maxExcelApi: '1.17' });
    const office = await page.evaluate(async () => {
      const w = window as unknown as {
        Office: {
          onReady(): Promise<{ host: string; platform: string }>;
          context: { displayLanguage: string; requirements: { isSetSupported(name: string, version: string): boolean } };
        };
        OSF?: unknown;
        __KVOT_STANDIN__: { hostCalls: string[] };
      };
      const ready = await w.Office.onReady();
      const supports = (version: string) => w.Office.context.requirements.isSetSupported('ExcelApi', version);
      return {
        ready: { host: ready.host, platform: ready.platform },
        microsoft: typeof w.OSF === 'object',
        language: w.Office.context.displayLanguage,
        sets: { '1.9': supports('1.9'), '1.17': supports('1.17'), '1.20': supports('1.20') },
        hostCalls: w.__KVOT_STANDIN__.hostCalls.length,
      };
    });
    expect(office).toEqual({
      ready: { host: 'Excel', platform: 'PC' },
      microsoft: true,
      language: 'sv-SE',
      sets: { '1.9': true, '1.17': true, '1.20': false },
      hostCalls: expect.any(Number),
    });
    expect(office.hostCalls).toBeGreaterThan(0);
    expect(browser.served).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/excel-win32-16.01.js');
    await page.getByRole('tab', { name: 'Fördela' }).waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
  });

  it('reads the 2024 example, previews and writes the official 2024 payouts, then undoes the write', async () => {
    const { page, errors } = await pane(example);
    expect(await standInSelection(page)).toBe(example.selection);
    await readExampleWithRules(page, { agreement: 'Välj överenskommelse', read: 'Läs tabell' });

    // The table found is the region table, below the title rows.
    const tableAddress = `${layout.sheet}!${cellAddress(layout.headerRow, 0)}:${cellAddress(layout.lastRow, layout.width - 1)}`;
    expect(plainSpaces(await page.getByTestId('found-table').textContent())).toContain(tableAddress);

    // Preview: every region's second payout to the krona, and the totals row.
    const stockholm = page.getByTestId('payout-row-01').getByTestId(`cell-${payout2.id}`);
    expect(plainSpaces(await stockholm.textContent())).toBe('42 452 908 kr');
    const previewed = await page.$$eval(
      `[data-testid^="payout-row-"]`,
      (rows, id) =>
        rows.map((row) => [row.getAttribute('data-testid'), row.querySelector(`[data-testid="cell-${id}"]`)?.textContent ?? null]),
      payout2.id,
    );
    expect(previewed.map(([testId, text]) => [testId, plainSpaces(text)])).toEqual(
      OFFICIAL.map((r) => [`payout-row-${r.code}`, swedishKronor(r.amount)]),
    );
    const totals = page.getByTestId('payout-totals');
    expect(plainSpaces(await totals.locator('th').first().textContent())).toBe('Summa');
    expect(plainSpaces(await page.getByTestId(`total-${payout2.id}`).textContent())).toBe(swedishKronor(OFFICIAL_TOTAL));
    for (const tranche of RULES_2024.tranches) {
      expect(plainSpaces(await page.getByTestId(`total-${tranche.id}`).textContent())).toBe(swedishKronor(tranche.amount));
    }
    expect(plainSpaces(await page.getByTestId('total-paid').textContent())).toBe(swedishKronor(RULES_2024.budget));

    await screenshot(page, 'taskpane-sv');

    // Write: Kvot's columns right of the table, the official amounts in "Kvot: Utbetalning 2".
    await page.getByRole('button', { name: 'Skriv till bladet' }).click();
    await page.getByTestId('write-success').waitFor({ state: 'visible' });
    const firstKvotColumn = columnLetter(layout.width);
    expect(plainSpaces(await page.getByTestId('write-success').textContent())).toContain(
      `${layout.sheet}!${firstKvotColumn}${layout.headerRow + 1}:`,
    );

    // The README image: after the write, with the table scrolled to the payout columns.
    await scrollPreviewTo(stockholm);
    const doc = await docsScreenshot(page, 'taskpane-sv', page.getByRole('heading', { name: 'Förhandsgranskning', level: 2 }));
    expect(statSync(doc).size).toBeLessThan(README_IMAGE_MAX_BYTES);

    const written = await readKvotBlock(page);
    // share, one column per tranche, total, eligible, reasons
    expect(written.headers).toHaveLength(RULES_2024.tranches.length + 4);
    expect(written.headers.every((header) => header.startsWith(KVOT_PREFIX))).toBe(true);
    const payoutHeader = KVOT_PREFIX + payout2.label.sv;
    const shareHeader = written.headers[0];
    expect(shareHeader).toBe(`${KVOT_PREFIX}Andel`);
    const kronorHeaders = written.headers.slice(1, RULES_2024.tranches.length + 2);
    expect(kronorHeaders).toContain(payoutHeader);
    for (const region of OFFICIAL) {
      const row = layout.rowOf.get(region.code);
      if (row === undefined) throw new Error(`Region ${region.code} is not in the example`);
      expect({ region: region.name, payout: written.cell(row, payoutHeader) }).toEqual({ region: region.name, payout: region.amount });
      expect(Math.abs(Number(written.cell(row, shareHeader)) - region.share)).toBeLessThan(0.00005);
      expect(written.format(row, shareHeader)).toBe(SHARE_FORMAT);
      for (const header of kronorHeaders) expect(written.format(row, header)).toBe(KRONOR_FORMAT);
    }
    // The "Riket" row is not a region: blank. The totals row under the table adds up to the tranche.
    expect(written.cell(layout.lastRow, payoutHeader)).toBe('');
    expect(written.cell(layout.lastRow + 1, payoutHeader)).toBe(OFFICIAL_TOTAL);
    await expectInputUnchanged(page, example);

    // Undo: Kvot's cells are empty again and the input is as it was.
    await page.getByRole('button', { name: 'Ångra senaste skrivning' }).click();
    await page.getByText('Senaste skrivningen är ångrad.').waitFor({ state: 'visible' });
    await kvotCellsAreBlank(page);
    const formats = await standInFormats(page, layout.sheet, layout.kvotRange);
    expect(formats.flat().filter((format) => format !== 'General')).toEqual([]);
    await expectInputUnchanged(page, example);
    expect(errors).toEqual([]);
  });

  it('asks before overwriting data it did not write: cancel writes nothing, confirm writes', async () => {
    // An Excel table (ListObject) over the region rows, and a note in the column right of it.
    const noteRow = layout.rowOf.get('07');
    if (noteRow === undefined) throw new Error('No Kronoberg (07) row in the example');
    const tableRange = `${cellAddress(layout.headerRow, 0)}:${cellAddress(layout.lastRow, layout.width - 1)}`;
    const base = withCell(example, layout.sheet, noteRow, layout.width, 'Kontrollera siffran');
    const workbook: StandInWorkbook = {
      ...base,
      sheets: { ...base.sheets, [layout.sheet]: { ...base.sheets[layout.sheet], tables: [{ name: 'Regioner', address: tableRange }] } },
    };
    const noteAddress = `${layout.sheet}!${cellAddress(noteRow, layout.width)}`;
    const { page, errors } = await pane(workbook);
    await readExampleWithRules(page, { agreement: 'Välj överenskommelse', read: 'Läs tabell' });
    expect(plainSpaces(await page.getByTestId('found-table').textContent())).toContain('Excel-tabell Regioner');

    const write = page.getByRole('button', { name: 'Skriv till bladet' });
    const dialog = page.getByRole('alertdialog');
    await write.click();
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getByTestId('conflicts').locator('li').allTextContents()).toEqual([noteAddress]);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitIdle(page);
    // Nothing written: the note is the only thing in the target columns.
    const afterCancel = await standInValues(page, layout.sheet, layout.kvotRange);
    expect(afterCancel.flat().filter((cell) => cell !== '')).toEqual(['Kontrollera siffran']);
    expect(await page.getByTestId('write-success').count()).toBe(0);

    await write.click();
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('button', { name: 'Skriv över' }).click();
    await page.getByTestId('write-success').waitFor({ state: 'visible' });
    const written = await readKvotBlock(page);
    const payoutHeader = KVOT_PREFIX + payout2.label.sv;
    const kronoberg = OFFICIAL.find((region) => region.code === '07');
    expect(written.cell(noteRow, payoutHeader)).toBe(kronoberg?.amount);
    expect(typeof written.cell(noteRow, written.headers[0])).toBe('number');

    // Undo brings the note back exactly.
    await page.getByRole('button', { name: 'Ångra senaste skrivning' }).click();
    await page.getByText('Senaste skrivningen är ångrad.').waitFor({ state: 'visible' });
    const afterUndo = await standInValues(page, layout.sheet, layout.kvotRange);
    expect(afterUndo.flat().filter((cell) => cell !== '')).toEqual(['Kontrollera siffran']);
    await expectInputUnchanged(page, workbook);
    expect(errors).toEqual([]);
  });

  it('lists a negative population by cell address, selects the cell on click, and writes nothing', async () => {
    const badRow = layout.rowOf.get('07');
    if (badRow === undefined) throw new Error('No Kronoberg (07) row in the example');
    const population = example.sheets[layout.sheet].values[badRow][layout.populationColumn];
    const workbook = withCell(example, layout.sheet, badRow, layout.populationColumn, -Number(population));
    const badCell = `${layout.sheet}!${cellAddress(badRow, layout.populationColumn)}`;
    const { page, errors } = await pane(workbook);
    await chooseAgreement(page, 'Välj överenskommelse', RULES_2024.id);
    await page.getByRole('button', { name: 'Läs tabell' }).click();

    const problems = page.getByTestId('table-errors');
    await problems.waitFor({ state: 'visible' });
    await waitIdle(page);
    expect(await problems.getAttribute('role')).toBe('alert');
    expect(plainSpaces(await problems.textContent())).toContain(badCell);
    expect(await page.getByTestId('payout-table').count()).toBe(0);
    await expect(page.getByRole('button', { name: 'Skriv till bladet' }).isDisabled()).resolves.toBe(true);

    await problems.getByRole('button', { name: `Gå till ${badCell}` }).click();
    await page.waitForFunction(
      (address) => (window as unknown as { __KVOT_STANDIN__: { selection(): string | null } }).__KVOT_STANDIN__.selection() === address,
      badCell,
      { timeout: 5_000 },
    );
    expect(await standInSelection(page)).toBe(badCell);

    await kvotCellsAreBlank(page);
    await expectInputUnchanged(page, workbook);
    expect(errors).toEqual([]);
  });

  it('switches to English: buttons, preview and written headers in English', async () => {
    const { page, errors } = await pane(example);
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('button', { name: 'På svenska' }).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await readExampleWithRules(page, { agreement: 'Choose agreement', read: 'Read table' });

    for (const name of ['Read table', 'Write to sheet', 'Undo last write']) {
      await expect(page.getByRole('button', { name }).count()).resolves.toBe(1);
    }
    // At task-pane width: the region, the conditional payout and the total.
    const headers = async () => (await page.getByTestId('payout-table').locator('thead th').allTextContents()).map(plainSpaces);
    expect(await headers()).toEqual(['Region', payout2.label.en, 'Total']);
    const stockholm = page.getByTestId('payout-row-01').getByTestId(`cell-${payout2.id}`);
    expect(plainSpaces(await stockholm.textContent())).toBe(englishKronor(OFFICIAL.find((r) => r.code === '01')?.amount ?? NaN));
    expect(plainSpaces(await page.getByTestId('payout-totals').locator('th').first().textContent())).toBe('Total');
    expect(plainSpaces(await page.getByTestId(`total-${payout2.id}`).textContent())).toBe(englishKronor(OFFICIAL_TOTAL));

    await screenshot(page, 'taskpane-en');

    // A widened pane shows every column.
    await page.setViewportSize({ width: 760, height: 900 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="payout-table"] thead th').length > 3);
    expect(await headers()).toEqual([
      'Region',
      'Population',
      'Share',
      ...RULES_2024.tranches.map((tranche) => tranche.label.en),
      'Total',
      'Meets conditions',
      'Reason',
    ]);
    await page.setViewportSize({ width: 350, height: 900 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="payout-table"] thead th').length === 3);

    await page.getByRole('button', { name: 'Write to sheet' }).click();
    await page.getByTestId('write-success').waitFor({ state: 'visible' });
    await scrollPreviewTo(stockholm);
    const doc = await docsScreenshot(page, 'taskpane-en', page.getByRole('heading', { name: 'Preview', level: 2 }));
    expect(statSync(doc).size).toBeLessThan(README_IMAGE_MAX_BYTES);

    const written = await readKvotBlock(page);
    expect(written.headers[0]).toBe(`${KVOT_PREFIX}Share`);
    expect(written.headers).toContain(KVOT_PREFIX + payout2.label.en);
    expect(errors).toEqual([]);
  });

  it("creates the 2024 decision annex on a new sheet: the decision's table cell for cell, ready to print", async () => {
    const { page, errors } = await pane(example);
    await readExampleWithRules(page, { agreement: 'Välj överenskommelse', read: 'Läs tabell' });
    await page.getByRole('button', { name: 'Skapa bilaga' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getByRole('radio', { name: /^Utbetalning 2/ }).isChecked()).toBe(true);
    // The example's header "Befolkningsmängd (nov 2024)" gives the date.
    expect(await dialog.getByLabel('Befolkningsmängdens datum').inputValue()).toBe('nov 2024');
    const seed = seedAnnex2024();
    const [decision, subject, title] = seed.lines;
    await dialog.getByLabel('Rader ovanför titeln').fill(`${decision}\n${subject}`);
    await dialog.getByLabel('Titel', { exact: true }).fill(title);
    await screenshot(page, 'taskpane-annex-dialog');
    await dialog.getByRole('button', { name: 'Skapa bilaga' }).click();
    await page.getByTestId('annex-written').waitFor({ state: 'visible' });
    await waitIdle(page);

    const sheet = 'Bilaga Utbetalning 2';
    const block = `A1:E${3 + 1 + seed.cells.length}`;
    const values = await standInValues(page, sheet, block);
    const formats = await standInFormats(page, sheet, block);
    expect(values.slice(0, 3).map((row) => row[0])).toEqual(seed.lines);
    // Each cell as Excel shows it in Swedish: "#,##0" with spaces, "0.00%" with a comma and no space.
    const shown = (value: string | number | boolean | null, format: string) => {
      if (typeof value !== 'number') return value;
      if (format === '#,##0') return plainSpaces(value.toLocaleString('sv-SE'));
      return `${(value * 100).toFixed(format === '0.00%' ? 2 : 0).replace('.', ',')}%`;
    };
    expect(values.slice(4).map((row, r) => row.map((value, c) => shown(value, formats[4 + r][c])))).toEqual(seed.cells);
    const pageLayout = await page.evaluate(
      (name) =>
        (window as unknown as { __KVOT_STANDIN__: { getPageLayout(s: string): Record<string, unknown> } }).__KVOT_STANDIN__.getPageLayout(
          name,
        ),
      sheet,
    );
    expect(pageLayout).toMatchObject({
      orientation: 'Portrait',
      paperSize: 'A4',
      printArea: block,
      printTitleRows: '$5:$5',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      'footer.rightFooter': '&8Sida &P av &N',
    });
    expect(pageLayout['footer.leftFooter']).toMatch(/^&8Beräknad med Kvot enligt regeluppsättningen svf-2024, SHA-256 [0-9a-f]{64}$/);
    expect(plainSpaces(await page.getByTestId('annex-written').textContent())).toContain(`'${sheet}'!${block}`);
    await screenshot(page, 'taskpane-annex-written');
    await expectInputUnchanged(page, example);
    expect(errors).toEqual([]);
  });
});
