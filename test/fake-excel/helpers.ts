import { addressOf, parseLocal, type Block } from './address';
import { writeCells } from './proxies/range';
import { shownValue, type ModelCell, type Scalar } from './sheetModel';
import type { FakeState } from './state';
import type { FakeChart, FakeSheet, Visibility } from './workbookModel';

type Matrix = (string | number | boolean | null)[][];

/** The assertion helpers a page sees as window.__KVOT_STANDIN__ (data only: they cross page.evaluate). */
export interface StandInHelpers {
  /** Cell values; a formula cell (never evaluated here) shows its formula text. */
  getValues(sheet: string, address: string): Matrix;
  getFormulas(sheet: string, address: string): Matrix;
  getNumberFormats(sheet: string, address: string): string[][];
  /** Fill colours ("#FFC7CE") or null for no fill. */
  getFill(sheet: string, address: string): (string | null)[][];
  getBold(sheet: string, address: string): boolean[][];
  /** Simulates the user typing values into the sheet (no events: see userEdit). */
  setValues(sheet: string, address: string, values: Matrix): void;
  /** Simulates the user selecting a range ("Blad1!B3") or a chart (null). */
  setSelection(address: string | null): void;
  selection(): string | null;
  activeSheet(): string;
  readonly syncCount: number;
  readonly runCount: number;
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
  /** Sheet names in tab order. */
  getSheetNames(): string[];
  getVisibility(sheet: string): Visibility;
  getCharts(sheet: string): StandInChart[];
  /** Local addresses of the merged ranges, in the order merged. */
  getMerges(sheet: string): string[];
  /** worksheet.pageLayout as set: { orientation, paperSize, printArea, printTitleRows, zoom, 'footer.leftFooter', … }. */
  getPageLayout(sheet: string): Record<string, unknown>;
  /** Layout formats set on ranges (wrapText, rowHeight, columnWidth, borders), in order. */
  getFormats(sheet: string): { address: string; property: string; value: unknown }[];
  /** The XML of every custom XML part whose root is in the namespace. */
  getCustomXml(namespaceUri: string): string[];
  /** Writes values as a user would and resolves once the sheet's onChanged handlers have run. */
  userEdit(sheet: string, address: string, values: Matrix): Promise<void>;
  /** Resolves once every change event raised so far has reached its handlers. */
  flushEvents(): Promise<void>;
  readonly changeEvents: { sheet: string; address: string; triggerSource: string; handlers: number }[];
  /** Messages of errors thrown by change handlers. */
  readonly handlerErrors: string[];
}

export type StandInChart = FakeChart;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function helpersOf(state: FakeState): StandInHelpers {
  const { model, stats } = state;
  const at = (sheetName: string, address = 'A1'): { sheet: FakeSheet; block: Block } => {
    const sheet = model.sheet(sheetName);
    if (!sheet) throw new Error(`Kvot fake Excel: no sheet "${sheetName}"`);
    return { sheet, block: parseLocal(address) };
  };
  const read = <T>(sheetName: string, address: string, pick: (cell: ModelCell) => T): T[][] => {
    const t = at(sheetName, address);
    return t.sheet.model.mapBlock(t.block, pick);
  };
  const formulaOrValue = (cell: ModelCell): Scalar => cell.formula ?? cell.value;
  return {
    getValues: (sheet, address) => read(sheet, address, formulaOrValue),
    getFormulas: (sheet, address) => read(sheet, address, formulaOrValue),
    getNumberFormats: (sheet, address) => read(sheet, address, (cell) => cell.numberFormat),
    getFill: (sheet, address) => read(sheet, address, (cell) => cell.fill?.color ?? null),
    getBold: (sheet, address) => read(sheet, address, (cell) => cell.bold),
    setValues: (sheet, address, values) => writeCells(at(sheet, address), values, 'values'),
    setSelection: (address) => model.select(address),
    selection: () => (model.selection ? addressOf(model.selection.sheet.name, model.selection.block) : null),
    activeSheet: () => model.active.name,
    get syncCount() {
      return stats.syncCount;
    },
    get runCount() {
      return stats.runCount;
    },
    get eventsLog() {
      return [...stats.eventsLog];
    },
    get enableEvents() {
      return state.runtime.enableEvents;
    },
    get runOptions() {
      return [...stats.runOptions];
    },
    get calculations() {
      return [...stats.calculations];
    },
    get screenSuspensions() {
      return stats.screenSuspensions;
    },
    getSheetNames: () => model.sheets.map((sheet) => sheet.name),
    getVisibility: (sheet) => at(sheet).sheet.visibility,
    getCharts: (sheet) => clone(at(sheet).sheet.charts),
    getMerges: (sheet) => [...at(sheet).sheet.merges],
    getPageLayout: (sheet) => clone(at(sheet).sheet.pageLayout),
    getFormats: (sheet) => clone(at(sheet).sheet.formats),
    getCustomXml: (namespaceUri) => state.xml.byNamespace(namespaceUri).map((part) => part.xml),
    userEdit: (sheetName, address, values) => {
      const target = at(sheetName, address);
      const before = target.sheet.model.mapBlock(target.block, shownValue);
      writeCells(target, values, 'values');
      state.events.note(target.sheet, target.block, 'Unknown', before);
      return state.events.dispatch();
    },
    flushEvents: () => state.events.dispatch(),
    get changeEvents() {
      return stats.changeEvents.map((event) => ({ ...event }));
    },
    get handlerErrors() {
      return [...stats.handlerErrors];
    },
    get unsyncedAtRunEnd() {
      return stats.unsyncedAtRunEnd;
    },
    get payloads() {
      return stats.payloads.map((p) => ({ ...p }));
    },
    get hostCalls() {
      return [...stats.hostCalls];
    },
  };
}
