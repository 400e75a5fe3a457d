// End to end for the rule editor, what-if scenarios, rules kept in the workbook, the audit log and
// live mode: the BUILT task pane (dist/) in headless Chromium, with the Excel stand-in (test only)
// holding the bundled 2024 example. Every expected amount comes from core, run in this process on
// the same cells and the same (edited) rules, never from numbers written into the test.
import { statSync } from 'node:fs';
import path from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Agreement } from '../../src/core/agreement/types';
import { LOG_SHEET_NAME, logHeaderCells, parseLogRow, verifyLog, verifyLogEntry } from '../../src/core/audit';
import type { PayoutResult } from '../../src/core/payout/types';
import { reviewPayouts } from '../../src/core/payout/review';
import { compareScenarios, runScenario, type Comparison } from '../../src/core/scenario';
import type { CellValue, ParsedTable, RegionRow } from '../../src/core/table/types';
import { RULES_NAMESPACE, rulesFromXml } from '../../src/excel/rulesXml';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { ensureBuilt, ROOT } from './harness/build';
import { serveDirectory, type StaticServer } from './harness/server';
import type { StandInWorkbook } from './stand-in/inject';
import { chromiumMissing, chromiumRequiredButMissing, requireChromium } from './support/chromium';
import {
  corePayouts,
  gridWithCell,
  loadRules,
  readRuleJson,
  regionBlockOf,
  splitAddress,
  trimRow,
  type RegionBlock,
  type RuleJson,
} from './support/exampleCore';
import { cellAddress, readWorkbookForStandIn } from './support/exampleWorkbook';
import {
  SCREENSHOT_DIR,
  chooseAgreement,
  docsScreenshot,
  openPane,
  plainSpaces,
  screenshot,
  scrollPreviewTo,
  standInFormats,
  standInValues,
  swedishKronor,
  waitIdle,
  type OpenPane,
} from './support/pane';
import { readPreview, signedSwedishKronor, waitForEligibility, type ShownTable } from './support/preview';
import {
  standInActiveSheet,
  standInChangeEvents,
  standInCharts,
  standInCustomXml,
  standInSheetNames,
  standInUserEdit,
  standInVisibility,
} from './support/standInReads';

const EXAMPLE = path.join(ROOT, 'examples', 'regioner-2024.xlsx');
const RULES_ID = 'svf-2024';
const README_IMAGE_MAX_BYTES = 400 * 1024;
/** The inclusion threshold typed into the editor ("85" means 85 %) and the fraction a rule file holds. */
const THRESHOLD_TEXT = '85';
const THRESHOLD = 0.85;
const KVOT_PREFIX = 'Kvot: ';
const COMPARISON_SHEET = 'Kvot jämförelse';

/** Swedish UI words the assertions look for. */
const UI = {
  agreement: 'Välj överenskommelse',
  read: 'Läs tabell',
  total: 'Totalt',
  yes: 'Ja',
  no: 'Nej',
  baseline: 'Baslinje',
};

const RULES_JSON = readRuleJson(RULES_ID);

/** Payout 2's inclusion condition in a rule file's JSON (the object itself, for editing a copy). */
function inclusionLeaf(json: RuleJson): Record<string, unknown> {
  const leaf = json.tranches.find((t) => t.id === 'payout2')?.conditions?.all?.find((l) => l.fact === 'inclusionRate');
  if (!leaf) throw new Error(`${json.id}: payout2 has no inclusion condition`);
  return leaf;
}
/** The bundled threshold (0.7) as a fraction. */
const BUNDLED_THRESHOLD = Number(inclusionLeaf(RULES_JSON).value);

/** "70 %" for 0.7: how the bundled labels write a threshold. */
const percentWords = (fraction: number) => `${new Decimal(fraction).times(100).toString()} %`;

/**
 * The bundled rules with payout 2's inclusion threshold changed, as the editor should leave them:
 * the condition's texts name the new threshold too ("Inklusionsmålet om 85 % uppnått").
 */
function withInclusionThreshold(json: RuleJson, value: number): RuleJson {
  const copy = structuredClone(json);
  const leaf = inclusionLeaf(copy);
  const old = percentWords(Number(leaf.value));
  const label = leaf.label as { sv: string; en: string };
  expect(label.sv).toContain(old);
  leaf.label = { sv: label.sv.replace(old, percentWords(value)), en: label.en.replace(old, percentWords(value)) };
  leaf.value = value;
  return copy;
}
const EDITED_JSON = withInclusionThreshold(RULES_JSON, THRESHOLD);

const payoutOf = (result: PayoutResult, key: string, tranche: string): number => {
  const region = result.regions.find((r) => (r.region.code ?? r.region.name) === key);
  if (!region) throw new Error(`No region ${key} in the result`);
  return region.payouts[tranche].toNumber();
};
const keyOf = (region: RegionRow) => region.code ?? region.name;
const eligibleForAll = (result: PayoutResult, key: string) =>
  Object.values(result.regions.find((r) => keyOf(r.region) === key)?.eligible ?? {}).every(Boolean);

// On CI without Chromium this is the one test that runs, and it fails saying how to install it.
if (chromiumRequiredButMissing) it('has Chromium for the end-to-end tests', () => requireChromium());

describe.skipIf(chromiumMissing)('rule editor, what-if, workbook rules, audit log and live mode, built, in headless Chromium', () => {
  let browser: TestBrowser;
  let server: StaticServer;
  let example: StandInWorkbook;
  let block: RegionBlock;
  let bundled: Agreement;
  let edited: Agreement;
  let table: ParsedTable;
  let regions: RegionRow[];
  let baseline: PayoutResult;
  let editedResult: PayoutResult;
  /** Regions under the edited threshold, from the example's inclusion column. */
  let failing: Set<string>;
  const open: OpenPane[] = [];

  const payout2 = RULES_JSON.tranches.find((t) => t.id === 'payout2');
  if (!payout2) throw new Error(`${RULES_ID} has no payout2`);
  const PAYOUT2 = payout2.label.sv;

  beforeAll(async () => {
    const dist = await ensureBuilt();
    const [started, launched, workbook] = await Promise.all([serveDirectory(dist), launchBrowser(), readWorkbookForStandIn(EXAMPLE, 'A1')]);
    server = started;
    browser = launched;
    block = regionBlockOf(workbook);
    // The user has clicked a cell inside the region table (the first region's name).
    example = { ...workbook, selection: `${block.sheet}!${cellAddress(block.headerRow + 1, 1)}` };

    bundled = loadRules(RULES_JSON);
    edited = loadRules(EDITED_JSON);
    const base = await corePayouts(bundled, block.grid);
    table = base.table;
    regions = table.regions;
    baseline = base.result;
    editedResult = (await corePayouts(edited, block.grid)).result;
    failing = new Set(regions.filter((r) => (r.facts.inclusionRate as Decimal).lt(THRESHOLD)).map(keyOf));

    // The example is illustrative: every region qualifies at 70 %, and 85 % splits them.
    expect(regions.every((r) => eligibleForAll(baseline, keyOf(r)))).toBe(true);
    expect(failing.size).toBeGreaterThan(0);
    expect(failing.size).toBeLessThan(regions.length);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(open.map((pane) => pane.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  async function pane(workbook: StandInWorkbook): Promise<OpenPane> {
    const opened = await openPane(browser, server.url, workbook);
    open.push(opened);
    return opened;
  }

  async function openTab(page: Page, name: string): Promise<void> {
    const tab = page.getByRole('tab', { name, exact: true });
    await tab.click();
    await page.waitForFunction(
      (id) => {
        const panel = id ? document.querySelector(`[aria-labelledby="${id}"][role="tabpanel"]`) : null;
        return panel !== null && !panel.hasAttribute('hidden');
      },
      await tab.getAttribute('id'),
    );
  }

  async function chooseAndRead(page: Page): Promise<void> {
    await chooseAgreement(page, UI.agreement, RULES_ID);
    await readTable(page);
  }

  async function readTable(page: Page): Promise<void> {
    await page.getByRole('button', { name: UI.read }).click();
    await page.getByTestId('payout-table').waitFor({ state: 'visible' });
    await waitIdle(page);
  }

  /** Types the new threshold into Regler's "Inklusion – gräns" shortcut; not applied yet. */
  async function typeThreshold(page: Page): Promise<void> {
    await openTab(page, 'Regler');
    const inclusion = bundled.facts.find((f) => f.id === 'inclusionRate');
    const field = page.getByLabel(`${inclusion?.label.sv} – gräns`);
    expect(await field.inputValue()).toBe(new Decimal(BUNDLED_THRESHOLD).times(100).toString());
    await field.fill(THRESHOLD_TEXT);
    await expect.poll(() => page.getByTestId('editor-status').textContent()).toBe('Ändringarna är inte använda än: välj Använd.');
    // The condition's texts follow the threshold; nothing is flagged.
    const leaf = inclusionLeaf(EDITED_JSON).label as { sv: string; en: string };
    expect(await page.getByLabel('Text (svenska)', { exact: true }).first().inputValue()).toBe(leaf.sv);
    expect(await page.getByLabel('Text (engelska)', { exact: true }).first().inputValue()).toBe(leaf.en);
    expect(await page.getByTestId('editor-mismatches').count()).toBe(0);
  }

  async function selectedAgreement(page: Page): Promise<string> {
    return plainSpaces(
      await page.getByLabel(UI.agreement).evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? null),
    );
  }

  /** Every region's payout 2, eligibility and total as core computes them; the totals row too. */
  function expectPreviewOf(shown: ShownTable, result: PayoutResult): void {
    expect([...shown.rows.keys()]).toEqual(result.regions.map((r) => keyOf(r.region)));
    for (const region of result.regions) {
      const key = keyOf(region.region);
      const row = shown.rows.get(key);
      expect({ region: region.region.name, payout2: row?.[PAYOUT2], eligible: row?.eligible, total: row?.[UI.total] }).toEqual({
        region: region.region.name,
        payout2: swedishKronor(payoutOf(result, key, 'payout2')),
        eligible: String(eligibleForAll(result, key)),
        total: swedishKronor(region.total.toNumber()),
      });
    }
    const tranche = result.tranches.find((t) => t.id === 'payout2');
    expect(shown.totals[PAYOUT2]).toBe(swedishKronor(tranche?.paid.toNumber() ?? NaN));
    expect(shown.totals[UI.total]).toBe(swedishKronor(result.totals.paid.toNumber()));
  }

  async function expectSheetUnchanged(page: Page, workbook: StandInWorkbook): Promise<void> {
    const injected = workbook.sheets[block.sheet].values;
    expect(await standInValues(page, block.sheet, block.inputRange)).toEqual(injected);
  }

  async function kvotCells(page: Page): Promise<(string | number | boolean | null)[]> {
    return (await standInValues(page, block.sheet, block.kvotRange)).flat().filter((cell) => cell !== '');
  }

  it('edits the inclusion threshold under Regler: regions under it get "Nej" and 0 kr, the others share all of payout 2', async () => {
    const { page, errors } = await pane(example);
    await chooseAndRead(page);
    const before = await readPreview(page);
    expectPreviewOf(before, baseline);

    await typeThreshold(page);
    // Typed but not applied: the preview still uses the bundled rules.
    expect(await readPreview(page)).toEqual(before);
    await page.getByRole('button', { name: 'Använd', exact: true }).click();
    await expect.poll(() => page.getByTestId('editor-status').textContent()).toBe('Reglerna används i förhandsgranskningen.');
    await waitIdle(page);
    await screenshot(page, 'rules-sv');
    // The action bar stays at the top of the pane with the form scrolled far down.
    await page.getByRole('button', { name: 'Exportera JSON' }).scrollIntoViewIfNeeded();
    const bar = await page.getByTestId('apply-bar').boundingBox();
    expect(bar).not.toBeNull();
    expect(Math.abs(bar!.y)).toBeLessThan(2);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await page.evaluate(() => window.scrollTo(0, 0));
    // The README image: the agreement's and payout 1's sections folded away, as a user would to
    // see the main conditions of payout 2 under the editor's status and the change from the bundled file.
    const rulesPanel = page.getByTestId('rule-editor');
    await rulesPanel.getByRole('button', { name: 'Överenskommelse', exact: true }).click();
    await rulesPanel.getByLabel('Budget till regionerna').waitFor({ state: 'hidden' });
    for (const [index, tranche] of RULES_JSON.tranches.entries()) {
      if (tranche.id === 'payout2') continue;
      await rulesPanel.getByRole('button', { name: new RegExp(`^${tranche.label.sv}:`) }).click();
      await rulesPanel.getByTestId(`tranche-editor-${index}`).waitFor({ state: 'hidden' });
    }
    const doc = await docsScreenshot(page, 'rules-sv', page.getByRole('heading', { name: /^Regler$/, level: 2 }));
    expect(statSync(doc).size).toBeLessThan(README_IMAGE_MAX_BYTES);

    await openTab(page, 'Fördela');
    const firstFailing = [...failing][0];
    await waitForEligibility(page, firstFailing, false);
    await waitIdle(page);
    const after = await readPreview(page);
    expectPreviewOf(after, editedResult);
    expect(await selectedAgreement(page)).toBe(`Fil: ${RULES_ID} (redigerad)`);

    // Redistribution: the regions under the threshold get nothing, every other region more than
    // before, and payout 2 still adds up to its whole amount.
    for (const region of regions) {
      const key = keyOf(region);
      const row = after.rows.get(key);
      if (failing.has(key)) {
        expect({ key, eligible: row?.eligible, payout2: row?.[PAYOUT2] }).toEqual({ key, eligible: 'false', payout2: swedishKronor(0) });
        expect(row?.reason).toMatch(new RegExp(`kravet ${THRESHOLD_TEXT} ?%`));
      } else {
        expect(row?.eligible).toBe('true');
        expect(payoutOf(editedResult, key, 'payout2')).toBeGreaterThan(payoutOf(baseline, key, 'payout2'));
      }
    }
    expect(after.totals[PAYOUT2]).toBe(swedishKronor(payout2.amount));
    expect(after.totals[PAYOUT2]).toBe(before.totals[PAYOUT2]);
    expect(errors).toEqual([]);
  });

  it('what-if: Halland without PREM against the baseline, written to a comparison sheet with a chart', async () => {
    const { page, errors } = await pane(example);
    await chooseAndRead(page);
    const halland = regions.find((r) => r.name === 'Halland');
    if (!halland) throw new Error('No Halland in the example');
    const prem = bundled.facts.find((f) => f.id === 'premUsed');
    if (!prem) throw new Error(`${RULES_ID} has no premUsed fact`);
    const scenarioName = 'Halland utan PREM';

    await openTab(page, 'Scenarier');
    await page.getByRole('button', { name: 'Lägg till scenario' }).click();
    const card = page.getByTestId('scenario-1');
    await card.getByLabel('Namn').fill(scenarioName);
    await card.getByRole('button', { name: 'Lägg till ändring' }).click();
    const change = card.getByRole('group', { name: 'Ändring 1' });
    await change.getByLabel('Region').selectOption({ label: halland.name });
    await change.getByLabel('Uppgift').selectOption({ label: prem.label.sv });
    await change.getByLabel('Nytt värde').fill(UI.no);

    // Core's comparison of the same scenario on the same rows.
    const scenarioResult = await runScenario(
      { id: 'halland', name: scenarioName, agreement: bundled, overrides: [{ region: keyOf(halland), fact: prem.id, value: false }] },
      regions,
    );
    const comparison: Comparison = compareScenarios({ name: UI.baseline, result: baseline }, [
      { name: scenarioName, result: scenarioResult },
    ]);
    const hallandRow = page.getByTestId(`compare-row-${keyOf(halland)}`);
    await hallandRow.getByTestId('scenario-0-difference').and(page.locator('[data-changed="true"]')).waitFor({ state: 'visible' });

    // The comparison in the pane: each region's totals and difference, and the totals paid and withheld.
    const shown = await page.getByTestId('comparison-table').evaluate((table) =>
      [...table.querySelectorAll('tbody tr, tfoot tr')].map((tr) => ({
        id: tr.getAttribute('data-testid'),
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      })),
    );
    const expectedRows = [
      ...comparison.regions.map((r) => ({
        id: `compare-row-${r.key}`,
        cells: [r.name, r.baseline?.total, r.scenarios[0].amounts?.total, r.scenarios[0].difference],
      })),
      {
        id: 'compare-paid',
        cells: ['Totalt utbetalt', comparison.baseline.paid, comparison.scenarios[0].paid, comparison.scenarios[0].paidDifference],
      },
      {
        id: 'compare-withheld',
        cells: ['Innehållet', comparison.baseline.withheld, comparison.scenarios[0].withheld, comparison.scenarios[0].withheldDifference],
      },
    ].map(({ id, cells: [name, base, scenario, difference] }) => ({
      id,
      cells: [
        name as string,
        swedishKronor((base as Decimal).toNumber()),
        swedishKronor((scenario as Decimal).toNumber()),
        signedSwedishKronor((difference as Decimal).toNumber(), swedishKronor),
      ],
    }));
    expect(shown.map((row) => ({ id: row.id, cells: row.cells.map(plainSpaces) }))).toEqual(expectedRows);
    // Halland loses its payout 2; redistribution gives it to the others, so nothing more is paid in total.
    const hallandDifference = comparison.regions.find((r) => r.key === keyOf(halland))?.scenarios[0].difference.toNumber();
    expect(hallandDifference).toBe(-payoutOf(baseline, keyOf(halland), 'payout2'));
    expect(comparison.scenarios[0].paidDifference.isZero()).toBe(true);

    await screenshot(page, 'whatif-sv');
    // The README image with the comparison scrolled to the scenario and its difference.
    await scrollPreviewTo(hallandRow.getByTestId('scenario-0-difference'));
    const doc = await docsScreenshot(page, 'whatif-sv', page.getByRole('heading', { name: 'Scenarier', level: 2 }));
    expect(statSync(doc).size).toBeLessThan(README_IMAGE_MAX_BYTES);

    const sheetsBefore = await standInSheetNames(page);
    await page.getByRole('button', { name: 'Skriv jämförelseblad' }).click();
    // The review names the new sheet first; nothing is written before "Skapa bladet".
    expect(await standInSheetNames(page)).toEqual(sheetsBefore);
    await page.getByRole('button', { name: 'Skapa bladet' }).click();
    const written = page.getByTestId('comparison-written');
    await written.waitFor({ state: 'visible' });
    expect(plainSpaces(await written.textContent())).toContain(`”${COMPARISON_SHEET}”`);
    // The comparison is logged too: the hidden log sheet comes with the first logged write.
    expect(await standInSheetNames(page)).toEqual([...sheetsBefore, COMPARISON_SHEET, 'Kvot logg']);

    // The sheet: per region the baseline total, the scenario total and the difference, by header.
    const cells = await standInValues(page, COMPARISON_SHEET, 'A1:Z40');
    const headerRow = cells.findIndex((row) => row[0] === 'Kod');
    expect(headerRow).toBeGreaterThan(0);
    const header = cells[headerRow];
    const groups = cells[headerRow - 1];
    const baseStart = groups.indexOf(UI.baseline);
    const scenarioStart = groups.indexOf(scenarioName);
    expect(baseStart).toBeGreaterThan(1);
    expect(scenarioStart).toBeGreaterThan(baseStart);
    const baseTotal = header.indexOf(UI.total, baseStart);
    const scenarioTotal = header.indexOf(UI.total, scenarioStart);
    const difference = header.indexOf('Skillnad', scenarioStart);
    expect(baseTotal).toBeLessThan(scenarioStart);
    const body = cells.slice(headerRow + 1).filter((row) => row[1] !== '');
    const sheetRows = body.map((row) => [row[0], row[1], row[baseTotal], row[scenarioTotal], row[difference]]);
    expect(sheetRows).toEqual([
      ...comparison.regions.map((r) => [
        r.code ?? '',
        r.name,
        r.baseline?.total.toNumber(),
        r.scenarios[0].amounts?.total.toNumber(),
        r.scenarios[0].difference.toNumber(),
      ]),
      [
        '',
        'Totalt utbetalt',
        comparison.baseline.paid.toNumber(),
        comparison.scenarios[0].paid.toNumber(),
        comparison.scenarios[0].paidDifference.toNumber(),
      ],
      [
        '',
        'Innehållet',
        comparison.baseline.withheld.toNumber(),
        comparison.scenarios[0].withheld.toNumber(),
        comparison.scenarios[0].withheldDifference.toNumber(),
      ],
    ]);

    // A native bar chart: one series per result, reading the totals and the region names on the sheet.
    const charts = await standInCharts(page, COMPARISON_SHEET);
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart.type).toMatch(/^Bar/);
    expect(chart.series.map((s) => s.name)).toEqual([UI.baseline, scenarioName]);
    const seriesTotals = [
      comparison.regions.map((r) => r.baseline?.total.toNumber()),
      comparison.regions.map((r) => r.scenarios[0].amounts?.total.toNumber()),
    ];
    for (const [i, series] of chart.series.entries()) {
      expect(series.values).not.toBeNull();
      expect(series.xValues).not.toBeNull();
      const values = splitAddress(series.values ?? '');
      const names = splitAddress(series.xValues ?? '');
      expect(values.sheet).toBe(COMPARISON_SHEET);
      expect((await standInValues(page, values.sheet, values.local)).flat()).toEqual(seriesTotals[i]);
      expect((await standInValues(page, names.sheet, names.local)).flat()).toEqual(comparison.regions.map((r) => r.name));
    }

    // The note under the title names the rule sets behind the columns.
    expect(plainSpaces(String(cells[1][0]))).toBe(
      `${UI.baseline}: ${RULES_ID} (inbyggd). ${scenarioName}: ${RULES_ID} med ${halland.name}: ${prem.label.sv} ${UI.no}. Skillnad = scenario − baslinje, i kronor.`,
    );

    // The chart in the pane: every result, an axis, and each bar's amount as the comparison gives it.
    const paneChart = page.getByTestId('payout-chart');
    expect(await paneChart.getByRole('listitem').allTextContents()).toEqual([UI.baseline, scenarioName]);
    const hallandBars = (
      await paneChart
        .getByTestId(`chart-region-${keyOf(halland)}`)
        .getByTestId('chart-value')
        .allTextContents()
    ).map(plainSpaces);
    const hallandCompared = comparison.regions.find((r) => r.key === keyOf(halland))!;
    expect(hallandBars).toEqual([
      swedishKronor(hallandCompared.baseline!.total.toNumber()),
      swedishKronor(hallandCompared.scenarios[0].amounts!.total.toNumber()),
    ]);
    expect(await paneChart.getByTestId('chart-value').count()).toBe(regions.length * 2);
    expect((await paneChart.getByTestId('chart-tick').allTextContents())[0]).toBe('0');
    const svg = paneChart.getByRole('img');
    const svgBox = await svg.boundingBox();
    const paneWidth = await page.evaluate(() => document.documentElement.clientWidth);
    // Sized to the pane: nothing sticks out sideways.
    expect(svgBox!.x + svgBox!.width).toBeLessThanOrEqual(paneWidth + 1);
    await svg.scrollIntoViewIfNeeded();
    await paneChart.screenshot({ path: path.join(SCREENSHOT_DIR, 'whatif-chart-sv.png') });

    // Sensitivity: every region qualifies in the baseline, so meeting no longer the inclusion
    // requirement alone would cost each its whole payout 2, to the krona.
    const sensitivityRow = page.getByTestId(`sensitivity-row-${keyOf(halland)}`);
    await sensitivityRow.waitFor({ state: 'visible' });
    expect(plainSpaces(await sensitivityRow.getByTestId('stake').textContent())).toBe(
      signedSwedishKronor(-payoutOf(baseline, keyOf(halland), 'payout2'), swedishKronor),
    );
    expect(await page.getByTestId('sensitivity-table').locator('tbody tr').count()).toBe(regions.length);

    // Scenarios never touch the source cells.
    await expectSheetUnchanged(page, example);
    expect(await kvotCells(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps edited rules in the workbook; a workbook opened with them uses them', async () => {
    const { page, errors } = await pane(example);
    await chooseAgreement(page, UI.agreement, RULES_ID);
    await typeThreshold(page);
    await page.getByRole('button', { name: 'Spara i arbetsboken' }).click();
    await page.getByTestId('workbook-event').getByText('Reglerna är sparade i arbetsboken.').waitFor({ state: 'visible' });

    // One custom XML part in Kvot's namespace, holding the edited rule file.
    const parts = await standInCustomXml(page, RULES_NAMESPACE);
    expect(parts).toHaveLength(1);
    expect(JSON.parse(rulesFromXml(parts[0]))).toEqual(EDITED_JSON);
    // Saving also applies them (the editor says so).
    expect(await page.getByTestId('editor-status').textContent()).toBe('Reglerna används i förhandsgranskningen.');
    expect(errors).toEqual([]);

    // The next person opens the workbook: its rules are used at once, and the pane says so.
    const next = await pane({ ...example, customXmlParts: parts });
    await openTab(next.page, 'Regler');
    const notice = next.page.getByTestId('workbook-rules');
    await notice.waitFor({ state: 'visible' });
    const noticeText = plainSpaces(await notice.textContent());
    expect(noticeText).toContain(`Arbetsboken har egna regler (${RULES_ID})`);
    expect(noticeText).toContain('används nu');
    // The threshold and the two texts that name it.
    expect(noticeText).toContain(`3 skillnader mot inbyggd ${RULES_ID}`);

    await openTab(next.page, 'Fördela');
    await expect.poll(() => selectedAgreement(next.page)).toBe(`Fil: ${RULES_ID} (arbetsboken)`);
    await readTable(next.page);
    expectPreviewOf(await readPreview(next.page), editedResult);
    expect(next.errors).toEqual([]);
  });

  it('logs each write in the hidden "Kvot logg" sheet; the row verifies against the sheet, and an undo is logged as its own row', async () => {
    const { page, errors } = await pane(example);
    await chooseAndRead(page);
    await typeThreshold(page);
    await page.getByRole('button', { name: 'Använd', exact: true }).click();
    await openTab(page, 'Fördela');
    await waitForEligibility(page, [...failing][0], false);
    await waitIdle(page);

    await page.getByRole('button', { name: 'Skriv till bladet' }).click();
    // What the core asks about this outcome is asked in the pane before anything is written.
    const warnings = reviewPayouts(edited, editedResult);
    if (warnings.length > 0) {
      const review = page.getByTestId('review-dialog');
      await review.waitFor({ state: 'visible' });
      for (const warning of warnings) expect(plainSpaces(await review.textContent())).toContain(plainSpaces(warning.message.sv));
      expect(await standInValues(page, block.sheet, block.kvotRange).then((v) => v.flat().filter((c) => c !== ''))).toEqual([]);
      await page.getByRole('button', { name: 'Jag har granskat – skriv' }).click();
    }
    await page.getByTestId('write-success').waitFor({ state: 'visible' });
    await waitIdle(page);
    expect(await page.getByTestId('failure').count()).toBe(0);

    // The written payout 2 column is the edited rules' result.
    const kvot = await standInValues(page, block.sheet, block.kvotRange);
    const column = kvot[0].indexOf(KVOT_PREFIX + PAYOUT2);
    expect(column).toBeGreaterThanOrEqual(0);
    for (const region of regions) {
      const row = region.gridRow + block.grid.origin.row - block.headerRow;
      expect({ region: region.name, payout2: kvot[row][column] }).toEqual({
        region: region.name,
        payout2: payoutOf(editedResult, keyOf(region), 'payout2'),
      });
    }

    // The log: a hidden sheet with a header and one row per write.
    expect(await standInSheetNames(page)).toContain(LOG_SHEET_NAME);
    expect(await standInVisibility(page, LOG_SHEET_NAME)).toBe('Hidden');
    expect(await standInActiveSheet(page)).toBe(block.sheet);
    const log = await standInValues(page, LOG_SHEET_NAME, 'A1:AD3');
    expect(trimRow(log[0])).toEqual(logHeaderCells('sv'));
    expect(trimRow(log[2])).toEqual([]);

    const parsed = parseLogRow(trimRow(log[1]) as CellValue[], { sheetName: LOG_SHEET_NAME, row: 1 });
    if (!parsed.ok) throw new Error(`The log row does not parse: ${parsed.errors.map((e) => `${e.address} ${e.message.en}`).join('; ')}`);
    if (parsed.kind !== 'write') throw new Error(`The log row is not a write: ${parsed.kind}`);
    const { entry } = parsed;
    expect(entry.agreementId).toBe(RULES_ID);
    expect(JSON.parse(entry.ruleSet)).toEqual(EDITED_JSON);
    expect(entry.inputs.map((r) => r.code)).toEqual(regions.map((r) => r.code));
    expect(entry.totals.paid).toBe(editedResult.totals.paid.toNumber());
    expect(entry.totals.withheld).toBe(0);
    const verification = await verifyLogEntry(entry);
    expect(verification.checks.filter((c) => !c.ok).map((c) => c.message.en)).toEqual([]);
    expect(verification.ok).toBe(true);
    expect(verification.result?.regions.map((r) => r.payouts.payout2.toNumber())).toEqual(
      editedResult.regions.map((r) => r.payouts.payout2.toNumber()),
    );

    // What kvot verify does with the workbook: the sheet held against the log, cell by cell.
    const sheetNow = async () => ({
      sheetName: block.sheet,
      origin: { row: 0, column: 0 },
      values: (await standInValues(page, block.sheet, 'A1:T60')) as CellValue[][],
      numberFormats: await standInFormats(page, block.sheet, 'A1:T60'),
    });
    const grid = await sheetNow();
    const written = await verifyLog([{ row: 1, cells: trimRow(log[1]) as CellValue[] }], (name) => (name === block.sheet ? grid : null));
    expect(written.rows.map((r) => [r.kind, r.ok, r.kind === 'write' ? r.sheet.kind : null])).toEqual([['write', true, 'checked']]);

    // An undo is logged as its own row; the undone write is no longer expected in the sheet.
    await page.getByRole('button', { name: 'Ångra senaste skrivning' }).click();
    await page.getByText('Senaste skrivningen är ångrad.').waitFor({ state: 'visible' });
    await waitIdle(page);
    const after = await standInValues(page, LOG_SHEET_NAME, 'A1:AD4');
    expect(trimRow(after[2]).slice(1, 3)).toEqual([
      'Excel-tillägget',
      `Ångrade skrivningen från ${String(after[1][0]).slice(11)} i ${entry.sheet ? `${entry.sheet.sheet}!${entry.sheet.written}` : ''}`,
    ]);
    const undoneGrid = await sheetNow();
    const undone = await verifyLog(
      [1, 2].map((row) => ({ row, cells: trimRow(after[row]) as CellValue[] })),
      (name) => (name === block.sheet ? undoneGrid : null),
    );
    expect(undone.rows.map((r) => [r.kind, r.ok])).toEqual([
      ['write', true],
      ['undo', true],
    ]);
    expect(undone.ok).toBe(true);
    expect(errors).toEqual([]);
  });

  it('live mode: a user edit of a region’s inclusion updates the preview and writes nothing', async () => {
    const { page, errors } = await pane(example);
    await chooseAndRead(page);
    await page.getByRole('switch', { name: 'Direktläge' }).click();
    await page.getByText(/^Följer ändringar i /).waitFor({ state: 'visible' });

    // Gävleborg at 68 % (the issue's own example), below the 70 % of the bundled rules.
    const region = regions.find((r) => r.name === 'Gävleborg');
    if (!region) throw new Error('No Gävleborg in the example');
    const lowered = 0.68;
    expect(lowered).toBeLessThan(BUNDLED_THRESHOLD);
    // The cell core read the region's inclusion from, found by core's column mapping.
    const row = block.grid.origin.row + region.gridRow;
    const column = block.grid.origin.column + table.mapping.inclusionRate.column;
    const address = cellAddress(row, column);
    expect(region.cells.inclusionRate).toBe(`${block.sheet}!${address}`);
    const expected = (await corePayouts(bundled, gridWithCell(block.grid, row, column, lowered))).result;
    expect(eligibleForAll(expected, keyOf(region))).toBe(false);

    await standInUserEdit(page, block.sheet, address, [[lowered]]);
    await waitForEligibility(page, keyOf(region), false);
    await page.getByTestId('live-updated').waitFor({ state: 'visible' });
    await waitIdle(page);
    expectPreviewOf(await readPreview(page), expected);

    // The handler saw the user's edit; nothing was written: no Kvot columns, no log, the table as edited.
    const events = await standInChangeEvents(page);
    expect(events.map((e) => ({ trigger: e.triggerSource, handlers: e.handlers }))).toEqual([{ trigger: 'Unknown', handlers: 1 }]);
    expect(await kvotCells(page)).toEqual([]);
    expect(await standInSheetNames(page)).toEqual(Object.keys(example.sheets));
    const injected = structuredClone(example.sheets[block.sheet].values);
    injected[row][column] = lowered;
    expect(await standInValues(page, block.sheet, block.inputRange)).toEqual(injected);
    expect(errors).toEqual([]);
  });
});
