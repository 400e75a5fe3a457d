import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { installHost } from './office';
import type { StandInWorkbook } from './spec';

/** The globals a page (or a unit test's stand-in window) gets. */
export interface FakeWindow {
  __KVOT_STANDIN_WORKBOOK__?: StandInWorkbook;
  __KVOT_STANDIN__?: unknown;
  Excel?: unknown;
  Office?: unknown;
  external?: unknown;
}

const EMPTY: StandInWorkbook = { activeSheet: 'Blad1', sheets: { Blad1: { values: [] } }, selection: 'A1' };

/**
 * Installs the fake as `window.Excel` and the helpers as `window.__KVOT_STANDIN__`, from
 * `window.__KVOT_STANDIN_WORKBOOK__`. Office is the fake's own, or with office: 'office.js' left to
 * Microsoft's office.js, with the fake as the host it talks to (window.external).
 */
export function install(window: FakeWindow): FakeExcel {
  const spec = window.__KVOT_STANDIN_WORKBOOK__ ?? EMPTY;
  // In a page, Excel answers in tasks of its own (see StandInWorkbook.hostTasks).
  const fake = createFakeExcel({ hostTasks: true, ...spec });
  // Read-only: office.js's host script assigns its own Excel.run (sloppy mode, so silently not).
  const excel = {};
  Object.defineProperty(excel, 'run', { value: fake.excel.run, writable: false, enumerable: true });
  Object.defineProperty(window, 'Excel', { value: excel, writable: false, configurable: true });
  if (spec.office === 'office.js')
    installHost(window, { displayLanguage: spec.displayLanguage ?? 'sv-SE', maxExcelApi: spec.maxExcelApi ?? '1.17' }, fake.stats);
  // Read-only, so an office.js that loads later (e.g. from the CDN) cannot replace the fake's.
  else Object.defineProperty(window, 'Office', { value: fake.office, writable: false, configurable: true });
  window.__KVOT_STANDIN__ = fake.standIn;
  return fake;
}
