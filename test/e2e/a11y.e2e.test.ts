// Accessibility, end to end: axe-core run in the BUILT task pane (dist/) in headless Chromium on
// every tab, in the light and in the dark theme, with the tabs holding what a user sees after work
// (the 2024 example read, a scenario compared, a threshold moved, a reconciliation run), the wide
// table, the outside-Office page, the review dialog before a write and the annex dialog. No
// violation is allowed; the one exclusion (Fluent's focus sentinels) is explained in support/axe.ts.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { official2024 } from '../excel/fixtures';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { ensureBuilt, ROOT } from './harness/build';
import { serveDirectory, type StaticServer } from './harness/server';
import type { StandInWorkbook } from './stand-in/inject';
import { axeViolations, contrastOf } from './support/axe';
import { chromiumMissing, chromiumRequiredButMissing, requireChromium } from './support/chromium';
import { regionBlockOf, type RegionBlock } from './support/exampleCore';
import { cellAddress, readWorkbookForStandIn, withCell } from './support/exampleWorkbook';
import { chooseAgreement, openPane, waitIdle, type OpenPane } from './support/pane';
import { waitForEligibility } from './support/preview';

const EXAMPLE = path.join(ROOT, 'examples', 'regioner-2024.xlsx');
const RULES_ID = 'svf-2024';
const THEMES = ['light', 'dark'] as const;
type ThemeName = (typeof THEMES)[number];
/** The column of decided amounts added beside the table, for the reconciliation. */
const DECIDED_HEADER = 'Beslutat belopp';

/** How light the pane's background is (WCAG relative luminance, 0 black to 1 white). */
async function backgroundLuminance(page: Page): Promise<number> {
  const rgb = await page.evaluate(() => {
    const provider = document.querySelector('.fui-FluentProvider');
    if (!provider) throw new Error('No FluentProvider in the page');
    return getComputedStyle(provider).backgroundColor;
  });
  const channels = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  if (channels.length !== 3) throw new Error(`Unexpected background colour ${rgb}`);
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The theme really is the one asked for (the stand-in reports no Office theme; the system's wins). */
async function expectTheme(page: Page, theme: ThemeName): Promise<void> {
  const luminance = await backgroundLuminance(page);
  if (theme === 'dark') expect(luminance).toBeLessThan(0.1);
  else expect(luminance).toBeGreaterThan(0.9);
}

/** No axe violation in the page as it is now; `where` names the state in a failure. */
async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect({ where, violations: await axeViolations(page) }).toEqual({ where, violations: [] });
}

// On CI without Chromium this is the one test that runs, and it fails saying how to install it.
if (chromiumRequiredButMissing) it('has Chromium for the end-to-end tests', () => requireChromium());

describe.skipIf(chromiumMissing)('accessibility (axe-core), built, in headless Chromium', () => {
  let browser: TestBrowser;
  let server: StaticServer;
  let example: StandInWorkbook;
  let block: RegionBlock;
  const open: OpenPane[] = [];

  beforeAll(async () => {
    const dist = await ensureBuilt();
    const [started, launched, workbook] = await Promise.all([serveDirectory(dist), launchBrowser(), readWorkbookForStandIn(EXAMPLE, 'A1')]);
    server = started;
    browser = launched;
    block = regionBlockOf(workbook);
    // The user has clicked a cell inside the region table (the first region's name).
    example = { ...workbook, selection: `${block.sheet}!${cellAddress(block.headerRow + 1, 1)}` };
  }, 240_000);

  afterAll(async () => {
    await Promise.all(open.map((pane) => pane.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  async function pane(workbook: StandInWorkbook | null, theme: ThemeName): Promise<OpenPane> {
    const opened = await openPane(browser, server.url, workbook, { colorScheme: theme });
    open.push(opened);
    await expectTheme(opened.page, theme);
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
    await chooseAgreement(page, 'Välj överenskommelse', RULES_ID);
    await page.getByRole('button', { name: 'Läs tabell' }).click();
    await page.getByTestId('payout-table').waitFor({ state: 'visible' });
    await waitIdle(page);
  }

  /** A region (code and name) that meets the inclusion requirement at `threshold` in the example. */
  function regionIncludedAt(threshold: number): { code: string; name: string } {
    const values = example.sheets[block.sheet].values;
    const inclusion = values[block.headerRow].findIndex((cell) => typeof cell === 'string' && cell.startsWith('Inklusion'));
    const row = values.slice(block.headerRow + 1).find((cells) => typeof cells[inclusion] === 'number' && cells[inclusion] >= threshold);
    if (!row) throw new Error(`No region in the example reaches ${threshold}`);
    return { code: String(row[0]), name: String(row[1]) };
  }

  /**
   * The example with a column of decided amounts beside it: payout 2 as officially decided, except
   * that one region got 1 000 kr more, one 1 000 kr less, one has no amount and one a word, so the
   * reconciliation shows every kind of row.
   */
  function withDecidedAmounts(): StandInWorkbook {
    let workbook = withCell(example, block.sheet, block.headerRow, block.width, DECIDED_HEADER);
    const changed = new Map<string, string | number>([
      ['03', 1000],
      ['05', -1000],
      ['09', ''],
      ['10', 'ej klart'],
    ]);
    for (const region of official2024()) {
      const row = example.sheets[block.sheet].values.findIndex((cells) => cells[0] === region.code);
      if (row < 0) throw new Error(`No region ${region.code} in the example`);
      const change = changed.get(region.code);
      const value = change === undefined ? region.amount : typeof change === 'number' ? region.amount + change : change;
      workbook = withCell(workbook, block.sheet, row, block.width, value);
    }
    return workbook;
  }

  for (const theme of THEMES) {
    describe(`${theme} theme`, () => {
      it('outside Office: the page that says to open Kvot in Excel', async () => {
        const { page } = await pane(null, theme);
        await page.locator('[data-testid="pane-ready"][data-state="outside-office"]').waitFor({ state: 'visible' });
        await expectNoViolations(page, `outside Office, ${theme}`);
      });

      it('Fördela (narrow and wide), Regler, Scenarier (a scenario, a moved threshold), Avstämning (a reconciliation)', async () => {
        const { page, errors } = await pane(withDecidedAmounts(), theme);
        await chooseAndRead(page);
        // Some regions failing, so the tinted rows and their reasons are checked too: Regler's
        // inclusion threshold raised to 85 %.
        await openTab(page, 'Regler');
        await page.getByLabel('Inklusion – gräns').fill('85');
        await page.getByRole('button', { name: 'Använd', exact: true }).click();
        await expect.poll(() => page.getByTestId('editor-status').textContent()).toBe('Reglerna används i förhandsgranskningen.');
        await waitIdle(page);
        await expectNoViolations(page, `Regler, ${theme}`);

        await openTab(page, 'Fördela');
        await page.locator('[data-testid="payout-table"] [data-eligible="false"]').first().waitFor({ state: 'visible' });
        await waitIdle(page);
        await expectNoViolations(page, `Fördela at task-pane width, ${theme}`);
        // The failing rows' reasons on their tint were measured by axe, not skipped as undecided.
        const reasons = await contrastOf(page, '[data-testid^="reason-"] td');
        expect(reasons.failed).toEqual([]);
        expect(reasons.undecided).toEqual([]);
        expect(reasons.passed).toBe(await page.locator('[data-testid^="reason-"] td').count());
        expect(reasons.passed).toBeGreaterThan(0);
        // Each reason line is headed by its own region's row header (not the Region column's).
        const headedBy = await page.$$eval('tr[data-testid^="reason-"]', (rows) =>
          rows.map((row) => ({
            reason: row.getAttribute('data-testid'),
            headers: (row.querySelector('td')?.getAttribute('headers') ?? '')
              .split(' ')
              .map((id) => document.getElementById(id)?.closest('tr')?.getAttribute('data-testid') ?? id),
          })),
        );
        expect(headedBy.length).toBeGreaterThan(0);
        expect(headedBy).toEqual(headedBy.map(({ reason }) => ({ reason, headers: [reason?.replace('reason-', 'payout-row-')] })));

        // The pane widened: the full table.
        await page.setViewportSize({ width: 760, height: 900 });
        await page.waitForFunction(() => document.querySelectorAll('[data-testid="payout-table"] thead th').length > 3);
        await expectNoViolations(page, `Fördela, wide table, ${theme}`);
        await page.setViewportSize({ width: 350, height: 900 });
        await page.waitForFunction(() => document.querySelectorAll('[data-testid="payout-table"] thead th').length === 3);

        // Scenarier: a region that qualifies, without PREM, compared with the baseline; the
        // inclusion threshold moved.
        const region = regionIncludedAt(0.85);
        await openTab(page, 'Scenarier');
        await page.getByRole('button', { name: 'Lägg till scenario' }).click();
        const card = page.getByTestId('scenario-1');
        await card.getByLabel('Namn').fill(`${region.name} utan PREM`);
        await card.getByRole('button', { name: 'Lägg till ändring' }).click();
        const change = card.getByRole('group', { name: 'Ändring 1' });
        await change.getByLabel('Region').selectOption({ label: region.name });
        await change.getByLabel('Uppgift').selectOption({ label: 'PREM-enkäter använda' });
        await change.getByLabel('Nytt värde').fill('Nej');
        await page
          .getByTestId(`compare-row-${region.code}`)
          .getByTestId('scenario-0-difference')
          .and(page.locator('[data-changed="true"]'))
          .waitFor({ state: 'visible' });
        await page.getByTestId('threshold-move').getByLabel('Nytt krav').fill('90');
        await page.getByTestId('flips-table').waitFor({ state: 'visible' });
        await waitIdle(page);
        await expectNoViolations(page, `Scenarier, ${theme}`);

        // Avstämning: the decided amounts against payout 2.
        await openTab(page, 'Avstämning');
        // Tabs opened before stay mounted (hidden), so the rule editor's "Jämför med" is in the page too.
        const reconcile = page.getByRole('tabpanel', { name: 'Avstämning' });
        await reconcile
          .getByLabel('Kolumn med befintliga belopp')
          .selectOption({ label: `${String.fromCharCode(65 + block.width)}: ${DECIDED_HEADER}` });
        await reconcile.getByLabel('Jämför med').selectOption({ label: 'Utbetalning 2' });
        await page.getByTestId('reconcile-summary').waitFor({ state: 'visible' });
        await page.getByTestId('reconcile-missing').waitFor({ state: 'visible' });
        await expectNoViolations(page, `Avstämning, ${theme}`);
        expect(errors).toEqual([]);
      }, 120_000);

      it('the review dialog before a write (a blank condition cell)', async () => {
        // Kronoberg's PREM cell left blank: the pane asks before writing.
        const row = example.sheets[block.sheet].values.findIndex((cells) => cells[0] === '07');
        const prem = example.sheets[block.sheet].values[block.headerRow].findIndex(
          (cell) => typeof cell === 'string' && cell.startsWith('PREM'),
        );
        const { page, errors } = await pane(withCell(example, block.sheet, row, prem, ''), theme);
        await chooseAndRead(page);
        await page.getByTestId('review-warnings').waitFor({ state: 'visible' });
        await waitForEligibility(page, '07', false);
        await expectNoViolations(page, `Fördela with a review warning, ${theme}`);

        await page.getByRole('button', { name: 'Skriv till bladet' }).click();
        const dialog = page.getByRole('alertdialog');
        await dialog.waitFor({ state: 'visible' });
        await page.getByTestId('review-dialog').waitFor({ state: 'visible' });
        // Focus has moved into the dialog (its first button, Avbryt): the trap is set up.
        await page.waitForFunction(() => document.activeElement?.closest('[role="alertdialog"]') != null);
        await expectNoViolations(page, `review dialog, ${theme}`);
        await dialog.getByRole('button', { name: 'Avbryt' }).click();
        await dialog.waitFor({ state: 'hidden' });

        // The annex dialog: the tranche, its text fields and the same warning to review.
        await page.getByRole('button', { name: 'Skapa bilaga' }).click();
        await page.getByTestId('annex-dialog').waitFor({ state: 'visible' });
        await page.waitForFunction(() => document.activeElement?.closest('[role="alertdialog"]') != null);
        await expectNoViolations(page, `annex dialog, ${theme}`);
        await dialog.getByRole('button', { name: 'Avbryt' }).click();
        await dialog.waitFor({ state: 'hidden' });
        expect(errors).toEqual([]);
      });
    });
  }
});
