// A required column Kvot cannot recognise, end to end (issue 7): the BUILT pane (dist/) in headless
// Chromium with the 2024 example whose PREM column is headed "Uppföljning". The pane must name the
// missing column and the header row, offer the closest header when core has one, compute and write
// nothing, and compute once the user picks the column in the (open) column mapping.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Agreement } from '../../src/core/agreement/types';
import { parseTable } from '../../src/core/table/parse';
import type { TableProblem } from '../../src/core/table/types';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { ensureBuilt, ROOT } from './harness/build';
import { serveDirectory, type StaticServer } from './harness/server';
import type { StandInWorkbook } from './stand-in/inject';
import { axeViolations } from './support/axe';
import { chromiumMissing, chromiumRequiredButMissing, requireChromium } from './support/chromium';
import { corePayouts, loadRules, readRuleJson, regionBlockOf, type RegionBlock } from './support/exampleCore';
import { cellAddress, columnLetter, readWorkbookForStandIn, withCell } from './support/exampleWorkbook';
import { chooseAgreement, openPane, plainSpaces, standInValues, swedishKronor, waitIdle, type OpenPane } from './support/pane';
import { readPreview } from './support/preview';

const EXAMPLE = path.join(ROOT, 'examples', 'regioner-2024.xlsx');
const RULES_ID = 'svf-2024';
const RENAMED = 'Uppföljning';
/** A header core finds close to PREM's, so it offers it as the closest. */
const CLOSE = 'PREM-uppföljning';

// On CI without Chromium this is the one test that runs, and it fails saying how to install it.
if (chromiumRequiredButMissing) it('has Chromium for the end-to-end tests', () => requireChromium());

describe.skipIf(chromiumMissing)('a column the pane cannot find, built, in headless Chromium', () => {
  let browser: TestBrowser;
  let server: StaticServer;
  let example: StandInWorkbook;
  let workbook: StandInWorkbook;
  let block: RegionBlock;
  let agreement: Agreement;
  let premColumn: number;
  /** Core's total per region and in all for the example as it is, with PREM found. */
  let expected: { totals: Map<string, number>; paid: number };
  const open: OpenPane[] = [];

  beforeAll(async () => {
    const dist = await ensureBuilt();
    const [started, launched, read] = await Promise.all([serveDirectory(dist), launchBrowser(), readWorkbookForStandIn(EXAMPLE, 'A1')]);
    server = started;
    browser = launched;
    const original = regionBlockOf(read);
    premColumn = read.sheets[original.sheet].values[original.headerRow].findIndex(
      (cell) => typeof cell === 'string' && cell.startsWith('PREM'),
    );
    expect(premColumn).toBeGreaterThan(0);
    // The user has clicked a cell inside the region table (the first region's name).
    example = { ...read, selection: `${original.sheet}!${cellAddress(original.headerRow + 1, 1)}` };
    workbook = renamedTo(RENAMED);
    block = regionBlockOf(workbook);
    agreement = loadRules(readRuleJson(RULES_ID));
    const { result } = await corePayouts(agreement, original.grid);
    expected = {
      totals: new Map(result.regions.map((r) => [r.region.code ?? r.region.name, r.total.toNumber()])),
      paid: result.totals.paid.toNumber(),
    };
  }, 240_000);

  /** The example with PREM's header replaced. */
  function renamedTo(header: string): StandInWorkbook {
    const sheet = example.activeSheet;
    const headerRow = regionBlockOf(example).headerRow;
    return withCell(example, sheet, headerRow, premColumn, header);
  }

  /** The preview shows core's totals for the example, region by region and in all. */
  async function expectExamplePreview(page: Page): Promise<void> {
    await page.getByTestId('payout-table').waitFor({ state: 'visible' });
    await waitIdle(page);
    const preview = await readPreview(page);
    expect([...preview.rows.keys()]).toEqual([...expected.totals.keys()]);
    for (const [key, total] of expected.totals)
      expect({ key, total: preview.rows.get(key)?.Totalt }).toEqual({ key, total: swedishKronor(total) });
    expect(preview.totals.Totalt).toBe(swedishKronor(expected.paid));
  }

  afterAll(async () => {
    await Promise.all(open.map((pane) => pane.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  it('names the missing PREM column and the header row, writes nothing, and computes once the column is chosen', async () => {
    const opened = await openPane(browser, server.url, workbook);
    open.push(opened);
    const { page, errors } = opened;

    // What core says about the same cells: the errors the pane must show, and whether it has a closest header.
    const parsed = parseTable(block.grid, agreement.facts, {}, { year: agreement.year });
    if (parsed.ok) throw new Error(`The table with "${RENAMED}" parses; the test needs it not to`);
    const prem = agreement.facts.find((fact) => fact.id === 'premUsed');
    if (!prem) throw new Error(`${RULES_ID} has no premUsed fact`);
    const headerRange = `${block.sheet}!${cellAddress(block.headerRow, 0)}:${cellAddress(block.headerRow, block.width - 1)}`;
    expect(parsed.errors.some((e) => e.message.sv.includes(prem.label.sv) && e.message.sv.includes(headerRange))).toBe(true);
    const suggestions = parsed.errors.flatMap((e: TableProblem) => (e.suggestion ? [e.suggestion] : []));

    await chooseAgreement(page, 'Välj överenskommelse', RULES_ID);
    await page.getByRole('button', { name: 'Läs tabell' }).click();
    const problems = page.getByTestId('table-errors');
    await problems.waitFor({ state: 'visible' });
    await waitIdle(page);
    expect(await problems.getAttribute('role')).toBe('alert');
    const shown = plainSpaces(await problems.textContent());
    // The column by its name and the header row by its address, in core's words.
    expect(shown).toContain(prem.label.sv);
    expect(shown).toContain(`rubrikraden ${headerRange}`);
    for (const error of parsed.errors) expect(shown).toContain(plainSpaces(error.message.sv));

    // The closest header as a one-click choice exactly when core has one.
    const offered = page.getByTestId('column-suggestions').getByRole('button');
    expect(await offered.allTextContents()).toEqual(
      suggestions.flatMap((s) =>
        s.columns.map((c) => `Använd kolumn ${c.column} ("${c.header}") för ${agreement.facts.find((f) => f.id === s.factId)?.label.sv}`),
      ),
    );

    // Nothing computed, nothing to write, nothing written: Kvot's columns are empty, the input as it was.
    expect(await page.getByTestId('payout-table').count()).toBe(0);
    await expect(page.getByRole('button', { name: 'Skriv till bladet' }).isDisabled()).resolves.toBe(true);
    expect((await standInValues(page, block.sheet, block.kvotRange)).flat().filter((cell) => cell !== '')).toEqual([]);
    expect(await standInValues(page, block.sheet, block.inputRange)).toEqual(workbook.sheets[block.sheet].values);

    // The column mapping is open by itself, PREM's select says nothing was found; the state passes axe.
    const mapping = page.getByTestId('mapping-editor');
    await mapping.waitFor({ state: 'visible' });
    const premSelect = mapping.getByLabel(prem.label.sv);
    expect(await premSelect.inputValue()).toBe('none');
    expect(plainSpaces(await mapping.textContent())).toContain('Ingen kolumn hittad');
    expect(await axeViolations(page)).toEqual([]);

    // The user picks the renamed column: the preview appears with core's amounts for the example.
    await premSelect.selectOption({ label: `${columnLetter(premColumn)}: ${RENAMED}` });
    await expectExamplePreview(page);
    expect(await problems.count()).toBe(0);
    await expect(page.getByRole('button', { name: 'Skriv till bladet' }).isEnabled()).resolves.toBe(true);
    // Still nothing written until the user asks.
    expect((await standInValues(page, block.sheet, block.kvotRange)).flat().filter((cell) => cell !== '')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it(`offers a close header ("${CLOSE}") as a one-click choice that computes`, async () => {
    const close = renamedTo(CLOSE);
    const opened = await openPane(browser, server.url, close);
    open.push(opened);
    const { page, errors } = opened;
    const parsed = parseTable(regionBlockOf(close).grid, agreement.facts, {}, { year: agreement.year });
    if (parsed.ok) throw new Error(`The table with "${CLOSE}" parses; the test needs it not to`);
    const suggestion = parsed.errors.find((e) => e.suggestion)?.suggestion;
    expect(suggestion).toEqual({ factId: 'premUsed', columns: [{ column: columnLetter(premColumn), header: CLOSE }] });

    await chooseAgreement(page, 'Välj överenskommelse', RULES_ID);
    await page.getByRole('button', { name: 'Läs tabell' }).click();
    await page.getByTestId('table-errors').waitFor({ state: 'visible' });
    await waitIdle(page);
    await expect(page.getByRole('button', { name: 'Skriv till bladet' }).isDisabled()).resolves.toBe(true);
    const offered = page.getByTestId('column-suggestions').getByRole('button');
    expect(await offered.allTextContents()).toEqual([`Använd kolumn ${columnLetter(premColumn)} ("${CLOSE}") för PREM-enkäter använda`]);
    await offered.click();
    await expectExamplePreview(page);
    expect(await page.getByTestId('table-errors').count()).toBe(0);
    expect((await standInValues(page, block.sheet, block.kvotRange)).flat().filter((cell) => cell !== '')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
