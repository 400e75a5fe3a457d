// Reads of the Excel stand-in's workbook beyond cells: sheets, charts, custom XML parts and change
// events, and a user's edit. Each is one page.evaluate on window.__KVOT_STANDIN__.
import type { Page } from 'playwright-core';
import type { StandInChart, StandInHelpers } from '../../excel/standIn';

type StandInWindow = Window & { __KVOT_STANDIN__: StandInHelpers };
type Cell = string | number | boolean | null;

export function standInSheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as StandInWindow).__KVOT_STANDIN__.getSheetNames());
}

export function standInActiveSheet(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as StandInWindow).__KVOT_STANDIN__.activeSheet());
}

export function standInVisibility(page: Page, sheet: string): Promise<'Visible' | 'Hidden' | 'VeryHidden'> {
  return page.evaluate((s) => (window as unknown as StandInWindow).__KVOT_STANDIN__.getVisibility(s), sheet);
}

export function standInCharts(page: Page, sheet: string): Promise<StandInChart[]> {
  return page.evaluate((s) => (window as unknown as StandInWindow).__KVOT_STANDIN__.getCharts(s), sheet);
}

export function standInCustomXml(page: Page, namespaceUri: string): Promise<string[]> {
  return page.evaluate((ns) => (window as unknown as StandInWindow).__KVOT_STANDIN__.getCustomXml(ns), namespaceUri);
}

export function standInChangeEvents(page: Page): Promise<StandInHelpers['changeEvents']> {
  return page.evaluate(() => (window as unknown as StandInWindow).__KVOT_STANDIN__.changeEvents);
}

/** Types values into the sheet as a user would; resolves once the sheet's change handlers have run. */
export function standInUserEdit(page: Page, sheet: string, address: string, values: Cell[][]): Promise<void> {
  return page.evaluate(([s, a, v]) => (window as unknown as StandInWindow).__KVOT_STANDIN__.userEdit(s, a, v), [
    sheet,
    address,
    values,
  ] as const);
}
