// Installs the Excel stand-in in a Playwright page before any of the page's scripts run.
// Test only: the stand-in lives under test/ and never reaches src/ or dist/.
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

export const STAND_IN_PATH = fileURLToPath(new URL('./excel-stand-in.js', import.meta.url));

type Cell = string | number | boolean | null;

/** The workbook the stand-in starts with (window.__KVOT_STANDIN_WORKBOOK__). */
export interface StandInWorkbook {
  activeSheet: string;
  sheets: Record<
    string,
    { values: Cell[][]; numberFormats?: string[][]; topLeft?: string; tables?: { name: string; address: string }[]; visibility?: 'Visible' | 'Hidden' | 'VeryHidden' }
  >;
  /** "A1", "Blad1!B2:C3", or null for "a chart is selected". */
  selection: string | null;
  /** Highest ExcelApi version reported; "1.17" by default. */
  maxExcelApi?: string;
  /** Office.context.displayLanguage; "sv-SE" by default. */
  displayLanguage?: string;
  /** The XML of custom XML parts the workbook starts with. */
  customXmlParts?: string[];
  /**
   * Who defines Office: 'office.js' (what injectStandIn sets unless told otherwise) leaves it to
   * Microsoft's office.js, which the harness serves, with the stand-in as its host; 'stand-in' (the
   * default where the script runs without a page, test/excel/standIn.ts) defines its own.
   */
  office?: 'stand-in' | 'office.js';
  /** Refuse a sync carrying more bytes of data either way (Excel on the web: 5 MB). */
  payloadLimit?: number;
}

/**
 * Adds two init scripts, in order: the workbook, then the stand-in. Call before page.goto.
 * Assert afterwards with page.evaluate(() => window.__KVOT_STANDIN__.getValues('Blad1', 'D1:F23')).
 */
export async function injectStandIn(target: Page | BrowserContext, workbook: StandInWorkbook): Promise<void> {
  await target.addInitScript((spec) => {
    (window as unknown as { __KVOT_STANDIN_WORKBOOK__: unknown }).__KVOT_STANDIN_WORKBOOK__ = spec;
  }, { office: 'office.js', ...workbook });
  await target.addInitScript({ path: STAND_IN_PATH });
}
