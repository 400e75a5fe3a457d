import type { SheetModel } from './sheetModel';

type Cell = string | number | boolean | null;

export interface TableSpec {
  name: string;
  address: string;
}

/** A sheet as a JSON spec gives it (the end-to-end tests pass it into the page). */
export interface SheetSpec {
  values: Cell[][];
  numberFormats?: string[][];
  topLeft?: string;
  tables?: TableSpec[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** 0-based sheet rows hidden by hand or by a filter. */
  hiddenRows?: number[];
  /** 0-based sheet columns hidden. */
  hiddenColumns?: number[];
}

/** The workbook the fake starts with; JSON, so the same spec serves a page (window.__KVOT_STANDIN_WORKBOOK__). */
export interface StandInWorkbook {
  activeSheet: string;
  sheets: Record<string, SheetSpec>;
  /** "A1", "Blad1!B2:C3", or null for "a chart is selected". */
  selection: string | null;
  /** Highest ExcelApi version reported; "1.17" by default. */
  maxExcelApi?: string;
  /** Office.context.displayLanguage; "sv-SE" by default. */
  displayLanguage?: string;
  /** The XML of custom XML parts the workbook starts with. */
  customXmlParts?: string[];
  /** workbook.use1904DateSystem. */
  date1904?: boolean;
  /**
   * Who defines Office: 'office.js' (what injectStandIn sets unless told otherwise) leaves it to
   * Microsoft's office.js, which the harness serves, with the fake as its host; 'stand-in' (the
   * default) defines its own.
   */
  office?: 'stand-in' | 'office.js';
  /** Refuse a sync carrying more bytes of data either way; Excel on the web's 5 MB by default, null for none. */
  payloadLimit?: number | null;
  /** The host refuses any pageLayout change at sync, as some hosts refuse parts of it. */
  refusePageLayout?: boolean;
  /**
   * Each sync crosses to the host and back in tasks of their own, as with Excel (another process):
   * the page's work before a sync and after its response are separate tasks, and the fake's own
   * work in between is marked as the performance measure "kvot-fake-excel" (Excel's work, not the
   * page's). What the page gets (installed in a browser) unless set to false; unit tests answer in
   * the same task by default.
   */
  hostTasks?: boolean;
}

/** For unit tests: the sheets as SheetModels the test keeps and inspects (the fake writes into them). */
export interface ModelWorkbook extends Omit<StandInWorkbook, 'sheets' | 'activeSheet' | 'selection'> {
  sheets: SheetModel[];
  activeSheet?: string;
  selection?: string | null;
  /** Excel tables, by sheet name. */
  tables?: Record<string, TableSpec[]>;
}
