// End to end: the BUILT add-in's custom functions in headless Chromium. The task pane page is also
// the functions' page (shared runtime): loaded with the Excel stand-in holding the bundled example
// workbook and the CustomFunctions stand-in (both test only), the page must register the six KVOT
// functions with Excel, and each, called as Excel calls it, must give the official 2024 amounts or an
// error naming the problem. Then "Infoga som formler" in the pane writes the formulas to the sheet.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesToXml } from '../../src/excel/rulesXml';
import { official2024 } from '../excel/fixtures';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { ensureBuilt, ROOT } from './harness/build';
import { serveDirectory, type StaticServer } from './harness/server';
import { callFunction, injectCustomFunctions, registeredIds, type CallResult } from './stand-in/customFunctions';
import { injectStandIn, type StandInWorkbook } from './stand-in/inject';
import { chromiumMissing, chromiumRequiredButMissing, requireChromium } from './support/chromium';
import { cellAddress, columnLetter, readWorkbookForStandIn, withCell, type StandInCell } from './support/exampleWorkbook';
import { PANE_VIEWPORT, chooseAgreement, docsScreenshot, plainSpaces, screenshot, waitIdle } from './support/pane';

const EXAMPLE = path.join(ROOT, 'examples', 'regioner-2024.xlsx');
const OFFICIAL = official2024();
const IDS = ['APPORTION', 'ELIGIBLE', 'REASON', 'PAYOUT', 'SHARE', 'AMOUNT'];

/** Where the example's region table is: header row, width, last row (the Riket row), all 0-based. */
function tableOf(workbook: StandInWorkbook) {
  const sheet = workbook.activeSheet;
  const values = workbook.sheets[sheet].values as StandInCell[][];
  const headerRow = values.findIndex((row) => row.includes('Region'));
  const width = values[headerRow].findLastIndex((cell) => cell !== '' && cell !== null) + 1;
  const lastRow = values.findLastIndex((row) => row.slice(0, width).some((cell) => cell !== '' && cell !== null));
  const range = (from: StandInCell[][]) =>
    from.slice(headerRow, lastRow + 1).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  const address = `${sheet}!${cellAddress(headerRow, 0)}:${cellAddress(lastRow, width - 1)}`;
  const population = values[headerRow].findIndex((cell) => typeof cell === 'string' && cell.startsWith('Befolkning'));
  const prem = values[headerRow].findIndex((cell) => typeof cell === 'string' && cell.startsWith('PREM'));
  return { sheet, values, headerRow, width, lastRow, range, address, population, prem };
}

const column = (result: CallResult) => {
  if (!result.ok) throw new Error(`expected a value, got ${result.code} ${result.message}`);
  return (result.value as unknown[][]).map((row) => row[0]);
};

if (chromiumRequiredButMissing) it('has Chromium for the end-to-end tests', () => requireChromium());

describe.skipIf(chromiumMissing)('custom functions, built, in headless Chromium', () => {
  let browser: TestBrowser;
  let server: StaticServer;
  let dist: string;
  let example: StandInWorkbook;
  let table: ReturnType<typeof tableOf>;
  const pages: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    dist = await ensureBuilt();
    const [started, launched, workbook] = await Promise.all([serveDirectory(dist), launchBrowser(), readWorkbookForStandIn(EXAMPLE, 'A1')]);
    server = started;
    browser = launched;
    table = tableOf(workbook);
    example = { ...workbook, selection: `${table.sheet}!${cellAddress(table.headerRow + 1, 1)}` };
  }, 240_000);

  afterAll(async () => {
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  /** The page Excel loads for the shared runtime, with both stand-ins; waits for the pane and the functions. */
  async function runtimePage(
    workbook: StandInWorkbook | null,
    options: { customFunctions?: boolean } = {},
  ): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: PANE_VIEWPORT });
    pages.push(context);
    if (workbook) await injectStandIn(context, workbook);
    if (options.customFunctions !== false) await injectCustomFunctions(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text()))
        errors.push(`console: ${message.text()}`);
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('pane-ready').first().waitFor({ state: 'visible', timeout: 10_000 });
    if (options.customFunctions !== false)
      await page.waitForFunction(
        (n) => (window as unknown as { __KVOT_CF_STANDIN__: { ids(): string[] } }).__KVOT_CF_STANDIN__.ids().length === n,
        IDS.length,
      );
    return { page, errors };
  }

  const payoutArgs = (values: StandInCell[][], tranche: string, accept: string | null = null) => ['svf-2024', tranche, values, accept];
  const at = (tableAddress: string) => ({ parameterAddresses: ['', '', tableAddress, ''] });

  it('registers the six functions from the page the pane runs in, and the pane still opens', async () => {
    const { page, errors } = await runtimePage(example);
    expect(await registeredIds(page)).toEqual(IDS);
    expect(await page.getByRole('button', { name: 'Läs tabell' }).count()).toBe(1);
    expect(errors).toEqual([]);
    // Neither stand-in is in what ships.
    for (const file of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(path.join(dist, file), 'utf8');
      expect(text, file).not.toContain('__KVOT_CF_STANDIN');
      expect(text, file).not.toContain('__KVOT_STANDIN');
    }
  });

  it('KVOT.UTBETALNING, VILLKOR, SKAL, ANDEL and BELOPP on the example table give the official 2024 payouts', async () => {
    const { page, errors } = await runtimePage(example);
    const values = table.range(table.values);
    const payout2 = column(await callFunction(page, 'PAYOUT', payoutArgs(values, 'payout2'), at(table.address)));
    // One row per row under the header: the 21 regions in the example's order, then Riket (blank).
    const codes = values.slice(1).map((row) => String(row[0]));
    const official = new Map(OFFICIAL.map((r) => [r.code, r.amount]));
    expect(payout2).toEqual(codes.map((code) => official.get(code) ?? ''));
    expect(payout2.filter((n) => n !== '')).toHaveLength(21);
    expect(column(await callFunction(page, 'PAYOUT', payoutArgs(values, 'Utbetalning 2'), at(table.address)))).toEqual(payout2);

    const eligible = column(await callFunction(page, 'ELIGIBLE', payoutArgs(values, 'alla'), at(table.address)));
    expect(eligible.filter((e) => e === true)).toHaveLength(21);
    const reasons = column(await callFunction(page, 'REASON', [...payoutArgs(values, 'alla'), null], at(table.address)));
    expect(reasons.every((r) => r === '')).toBe(true);
    const share = column(await callFunction(page, 'SHARE', ['svf-2024', values, null], { parameterAddresses: ['', table.address, ''] }));
    const stockholm = codes.indexOf('01');
    expect(share[stockholm]).toBeCloseTo(0.2326, 4);
    expect(await callFunction(page, 'AMOUNT', ['svf-2024', 'payout2'])).toEqual({ ok: true, value: 182_500_000 });
    expect(errors).toEqual([]);
  });

  it('KVOT.FORDELA splits 182 500 000 kr by the example’s populations to the krona', async () => {
    const { page } = await runtimePage(example);
    const rows = table.values.slice(table.headerRow + 1, table.lastRow).filter((row) => official(row[0]));
    const weights = rows.map((row) => [row[table.population]]);
    const first = table.headerRow + 1;
    const weightsAddress = `${table.sheet}!${columnLetter(table.population)}${first + 1}:${columnLetter(table.population)}${first + rows.length}`;
    const parts = column(
      await callFunction(page, 'APPORTION', [182_500_000, weights, null], { parameterAddresses: ['', weightsAddress, ''] }),
    );
    expect(parts).toEqual(rows.map((row) => OFFICIAL.find((r) => r.code === String(row[0]))!.amount));

    const blank = weights.map((w, i) => (i === 3 ? [''] : w));
    const refused = await callFunction(page, 'APPORTION', [182_500_000, blank, null], { parameterAddresses: ['', weightsAddress, ''] });
    expect(refused).toMatchObject({ ok: false, code: '#VALUE!' });
    expect(refused.ok ? '' : refused.message).toContain(`Tomma vikter: ${table.sheet}!${columnLetter(table.population)}${first + 4}`);
  });

  it('an error value names the problem: a blank PREM cell (#VALUE!, with the kind to accept) and an unknown rule set (#N/A)', async () => {
    const stockholmRow = table.values.findIndex((row) => row[0] === '01');
    const blank = withCell(example, table.sheet, stockholmRow, table.prem, '');
    const { page } = await runtimePage(blank);
    const values = table.range(blank.sheets[table.sheet].values as StandInCell[][]);
    const refused = await callFunction(page, 'PAYOUT', payoutArgs(values, 'payout2'), at(table.address));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.code).toBe('#VALUE!');
    expect(refused.message).toContain(`${table.sheet}!${cellAddress(stockholmRow, table.prem)}`);
    expect(refused.message).toContain('ange "blanks" som godkänn');
    expect(refused.message.length).toBeLessThanOrEqual(255);
    // Accepted, it computes: the blank counts as not met and Stockholm gets nothing of payout 2.
    const accepted = column(await callFunction(page, 'PAYOUT', payoutArgs(values, 'payout2', 'blanks'), at(table.address)));
    expect(accepted[stockholmRow - table.headerRow - 1]).toBe(0);

    const unknown = await callFunction(page, 'AMOUNT', ['svf-2023', null]);
    expect(unknown).toEqual({
      ok: false,
      code: '#N/A',
      message:
        'Okänd regeluppsättning "svf-2023". Kända: svf-2026, svf-2025, svf-2024, svf-2021, svf-2020, svf-2019, svf-2018, svf-2017, svf-2016, svf-2015, rcc-2024 (inbyggda).',
    });
  });

  it('in English Excel the messages are English; rules saved in the workbook are the ones used', async () => {
    const rules = JSON.parse(readFileSync(path.join(ROOT, 'rules', 'svf-2024.json'), 'utf8')) as {
      budget: number;
      tranches: { amount: number }[];
    };
    rules.budget = 400_000_000;
    rules.tranches[0].amount = 200_000_000;
    rules.tranches[1].amount = 200_000_000;
    const { page, errors } = await runtimePage({
      ...example,
      displayLanguage: 'en-US',
      customXmlParts: [rulesToXml(JSON.stringify(rules))],
    });
    expect(await callFunction(page, 'AMOUNT', ['svf-2024', null])).toEqual({ ok: true, value: 400_000_000 });
    const refused = await callFunction(page, 'PAYOUT', payoutArgs(table.range(table.values), 'payout9'), at(table.address));
    expect(refused).toMatchObject({ ok: false, code: '#VALUE!' });
    expect(refused.ok ? '' : refused.message).toContain(
      'Unknown tranche "payout9" in svf-2024. Choose payout1 (Payout 1), payout2 (Payout 2) or "all".',
    );
    expect(errors).toEqual([]);
  });

  it('outside Office the page registers nothing and shows "Öppna Kvot i Excel", with no script error', async () => {
    const { page, errors } = await runtimePage(null, { customFunctions: false });
    await page.locator('[data-testid="pane-ready"][data-state="outside-office"]').waitFor({ state: 'visible', timeout: 2_000 });
    expect(errors).toEqual([]);
  });

  it('"Infoga som formler" writes the KVOT formulas next to the table, in the block the values would take', async () => {
    const { page, errors } = await runtimePage(example);
    await chooseAgreement(page, 'Välj överenskommelse', 'svf-2024');
    await page.getByRole('button', { name: 'Läs tabell' }).click();
    await page.getByTestId('payout-table').waitFor({ state: 'visible' });
    await waitIdle(page);
    await page.getByRole('button', { name: 'Infoga som formler' }).click();
    const success = page.getByTestId('write-success');
    await success.waitFor({ state: 'visible' });
    const first = columnLetter(table.width);
    expect(plainSpaces(await success.textContent())).toContain(`Formlerna skrevs till ${table.sheet}!${first}${table.headerRow + 1}:`);
    await screenshot(page, 'taskpane-formulas-sv');
    await docsScreenshot(page, 'taskpane-formulas-sv', page.getByRole('heading', { name: 'Förhandsgranskning', level: 2 }));

    const block = `${first}${table.headerRow + 1}:${columnLetter(table.width + 5)}${table.lastRow + 2}`;
    const cells = await page.evaluate(
      ([s, a]) =>
        (window as unknown as { __KVOT_STANDIN__: { getFormulas(s: string, a: string): unknown[][] } }).__KVOT_STANDIN__.getFormulas(s, a),
      [table.sheet, block] as const,
    );
    const tableRange = `$A$${table.headerRow + 1}:$${columnLetter(table.width - 1)}$${table.lastRow + 1}`;
    expect(cells[0]).toEqual([
      'Kvot: Andel',
      'Kvot: Utbetalning 1',
      'Kvot: Utbetalning 2',
      'Kvot: Totalt',
      'Kvot: Villkor uppfyllda',
      'Kvot: Skäl',
    ]);
    expect(cells[1][2]).toBe(`=KVOT.UTBETALNING("svf-2024","payout2",${tableRange})`);
    expect(
      cells
        .slice(2, -1)
        .flat()
        .every((cell) => cell === ''),
    ).toBe(true);
    expect(cells[cells.length - 1][2]).toBe(
      `=SUM(${columnLetter(table.width + 2)}${table.headerRow + 2}:${columnLetter(table.width + 2)}${table.lastRow + 1})`,
    );

    // The same formula, called as Excel would call it, gives the official table.
    const [, tranche, range] = /^=KVOT\.UTBETALNING\("svf-2024","([^"]+)",\$A\$(\d+):/.exec(String(cells[1][2]))!;
    expect(Number(range)).toBe(table.headerRow + 1);
    const payout = column(await callFunction(page, 'PAYOUT', payoutArgs(table.range(table.values), tranche), at(table.address)));
    expect(payout.filter((n) => n !== '').reduce((s: number, n) => s + (n as number), 0)).toBe(182_500_000);

    // Undo takes the formulas back out.
    await page.getByRole('button', { name: 'Ångra senaste skrivning' }).click();
    await page.getByText('Senaste skrivningen är ångrad.').waitFor({ state: 'visible' });
    const after = await page.evaluate(
      ([s, a]) =>
        (window as unknown as { __KVOT_STANDIN__: { getFormulas(s: string, a: string): unknown[][] } }).__KVOT_STANDIN__.getFormulas(s, a),
      [table.sheet, block] as const,
    );
    expect(after.flat().every((cell) => cell === '')).toBe(true);
    expect(errors).toEqual([]);
  });

  function official(code: StandInCell): boolean {
    return OFFICIAL.some((r) => r.code === String(code));
  }
});
