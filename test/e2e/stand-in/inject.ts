// Installs the fake Excel (test/fake-excel, bundled at test time) in a Playwright page before any
// of the page's scripts run. Test only: the fake lives under test/ and never reaches src/ or dist/.
import type { BrowserContext, Page } from 'playwright-core';
import { fakeExcelBundle } from '../../fake-excel/bundle';
import type { StandInWorkbook } from '../../fake-excel/spec';

export type { StandInWorkbook };

/**
 * Adds two init scripts, in order: the workbook, then the fake. Call before page.goto.
 * Assert afterwards with page.evaluate(() => window.__KVOT_STANDIN__.getValues('Blad1', 'D1:F23')).
 */
export async function injectStandIn(target: Page | BrowserContext, workbook: StandInWorkbook): Promise<void> {
  await target.addInitScript(
    (spec) => {
      (window as unknown as { __KVOT_STANDIN_WORKBOOK__: unknown }).__KVOT_STANDIN_WORKBOOK__ = spec;
    },
    { office: 'office.js', ...workbook },
  );
  await target.addInitScript({ content: fakeExcelBundle() });
}
