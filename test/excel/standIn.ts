import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StandInWorkbook } from '../e2e/stand-in/inject';
import { createExcelHost, type ExcelHost, type ExcelRunner, type RequirementsProbe } from '../../src/excel/host';

export type { StandInWorkbook };

type Matrix = (string | number | boolean | null)[][];

/** The assertion helpers the stand-in exposes as window.__KVOT_STANDIN__. */
export interface StandInHelpers {
  getValues(sheet: string, address: string): Matrix;
  getFormulas(sheet: string, address: string): Matrix;
  getNumberFormats(sheet: string, address: string): string[][];
  getFill(sheet: string, address: string): (string | null)[][];
  getBold(sheet: string, address: string): boolean[][];
  setValues(sheet: string, address: string, values: Matrix): void;
  setSelection(address: string | null): void;
  selection(): string | null;
  activeSheet(): string;
  readonly syncCount: number;
  readonly eventsLog: boolean[];
  readonly enableEvents: boolean;
  readonly runOptions: unknown[];
  readonly screenSuspensions: number;
  /** application.calculate calls, by calculation type. */
  readonly calculations: string[];
  readonly unsyncedAtRunEnd: number;
  /** Each sync's bytes of data sent (request) and loaded (response). */
  readonly payloads: { request: number; response: number }[];
  /** With office: 'office.js', the calls Microsoft's office.js made into the host (window.external). */
  readonly hostCalls: string[];
  getSheetNames(): string[];
  getVisibility(sheet: string): 'Visible' | 'Hidden' | 'VeryHidden';
  getCharts(sheet: string): StandInChart[];
  getMerges(sheet: string): string[];
  getPageLayout(sheet: string): Record<string, unknown>;
  getFormats(sheet: string): { address: string; property: string; value: unknown }[];
  getCustomXml(namespaceUri: string): string[];
  /** Writes values as a user would and resolves once the sheet's onChanged handlers have run. */
  userEdit(sheet: string, address: string, values: Matrix): Promise<void>;
  flushEvents(): Promise<void>;
  readonly changeEvents: { sheet: string; address: string; triggerSource: string; handlers: number }[];
  readonly handlerErrors: string[];
}

/** A chart as the stand-in records it; addresses carry the sheet ("'Kvot jämförelse'!E6:E26"). */
export interface StandInChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  series: { name: string | null; values: string | null; xValues: string | null }[];
  categoryAxis: { reversePlotOrder?: boolean; tickLabelSpacing?: number };
  position: { start: string; end: string | null } | null;
}

// A path, not a URL object: under jsdom (pane tests) the global URL is jsdom's, which node:fs does not take.
const SCRIPT = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../e2e/stand-in/excel-stand-in.js'), 'utf8');

/** Runs the stand-in script as the browser would, with a fake window, and wraps it in an ExcelHost. */
export function loadStandIn(workbook: StandInWorkbook): { host: ExcelHost; standIn: StandInHelpers; window: Record<string, unknown> } {
  const fakeWindow: Record<string, unknown> = { __KVOT_STANDIN_WORKBOOK__: workbook };
  // The script as a browser would run it, with the fake window as its `window`.
  (runInThisContext(`(function (window) {\n${SCRIPT}\n})`) as (window: Record<string, unknown>) => void)(fakeWindow);
  const host = createExcelHost(
    () => fakeWindow.Excel as ExcelRunner,
    () => fakeWindow.Office as RequirementsProbe,
  );
  return { host, standIn: fakeWindow.__KVOT_STANDIN__ as StandInHelpers, window: fakeWindow };
}
