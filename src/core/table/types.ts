import type Decimal from 'decimal.js';
import type { Localized, RegionListing } from '../agreement/types';

/** A raw cell as read from Excel (Office.js values) or a file (exceljs / CSV). */
export type CellValue = string | number | boolean | Date | null | undefined;

/**
 * A cell whose value cannot be used as it stands: an Excel error (#N/A, #REF!, …) or a formula
 * saved without its computed value (workbooks written by scripts). Row and column index the grid.
 */
export interface CellIssue {
  row: number;
  column: number;
  kind: 'error' | 'noValue';
  /** The error as Excel shows it ("#N/A"), or the formula ("=B2*C2"). */
  text: string;
}

/** A rectangular block of cells read from one sheet. */
export interface CellGrid {
  sheetName: string;
  /** 0-based row/column in the sheet of values[0][0]. */
  origin: { row: number; column: number };
  values: CellValue[][];
  /** en-US number format codes, same shape as values, when known (e.g. "0.0%"). */
  numberFormats?: string[][];
  /** Cells holding errors or formulas without values; their entries in values are not to be read. */
  issues?: CellIssue[];
  /** Grid rows hidden in the sheet (by hand or by a filter), ascending. */
  hiddenRows?: number[];
  /** Grid columns hidden in the sheet, ascending. */
  hiddenColumns?: number[];
  /**
   * The host could not tell which rows (or columns) are hidden (e.g. Excel before ExcelApi 1.9 when
   * some are): hiddenRows / hiddenColumns are then not the whole truth, and this is asked about.
   */
  hiddenUnknown?: { rows: boolean; columns: boolean };
  /** True when the workbook counts dates from 1904 (old Excel for Mac default): serials shift 1462 days. */
  date1904?: boolean;
}

/** A fact value after reading: numbers and percents are exact decimals (percent as a fraction). */
export type FactValue = Decimal | boolean | string | null;

export interface RegionRow {
  /** 0-based index of the row within the grid. */
  gridRow: number;
  /** Sheet row address of the first cell, e.g. "Blad1!A7". */
  address: string;
  code: string | null;
  name: string;
  population: Decimal;
  /** Every declared fact by id; null where the column is absent or the cell is blank. */
  facts: Record<string, FactValue>;
  /** Cell address of each fact read, e.g. { inclusionRate: "Blad1!D7" }. */
  cells: Record<string, string>;
}

/** Where a fact was found: a 0-based column within the grid and the header text found there. */
export interface ColumnMapping {
  [factId: string]: { column: number; header: string; source: 'detected' | 'explicit' };
}

/** How percent cells in a column were read (the policy is stated in README "Reading tables"). */
export type PercentReading = 'formatted' | 'fraction' | 'points' | 'mixed';

export interface TableProblem {
  /** Cell address such as "Blad1!C7", or a header/column address. */
  address: string;
  code: string;
  message: Localized;
  /** The raw text found in the cell, when there is one. */
  found?: string;
  /** Further cells the problem is about (e.g. every blank cell of a column), each selectable. */
  cells?: string[];
  /**
   * For a column not found or not clear: the columns to choose from for the fact (the closest
   * header, or every column that fits; none when nothing comes close), so the pane can offer them
   * and the CLI can print `--map factId=column`. `column` is the sheet column letter.
   */
  suggestion?: ColumnSuggestion;
  /**
   * For a column that fits several facts equally well: one choice per fact (the same column each),
   * so the pane and the CLI offer every reading, not the first. Present instead of `suggestion`.
   */
  suggestions?: ColumnSuggestion[];
}

export interface ColumnSuggestion {
  factId: string;
  columns: { column: string; header: string }[];
}

/**
 * What must be confirmed before a payout is written: legal but unusual input or outcome. The code
 * groups warnings of one kind; the CLI accepts a kind with --accept <code>, the pane asks once.
 */
export type WarningCode =
  | 'blanks'
  | 'other-year'
  | 'total-row'
  | 'hidden-rows'
  | 'hidden-columns'
  | 'hidden-unknown'
  | 'mixed-scale'
  | 'population-outlier'
  | 'missing-regions'
  | 'unlisted-regions'
  | 'withheld'
  | 'widespread-failure';

export interface TableWarning extends TableProblem {
  code: WarningCode;
}

/** Hidden or filtered rows: asked about (default), taken as regions, or left out. */
export type HiddenRowsChoice = 'ask' | 'include' | 'exclude';

export interface ParseOptions {
  /** The agreement year: a condition column whose header names another year is asked about. */
  year?: number;
  hiddenRows?: HiddenRowsChoice;
  /** The agreement's recipients, when it lists them: every row must be one of them. */
  regions?: readonly RegionListing[];
}

export interface ParsedTable {
  headerRow: number;
  mapping: ColumnMapping;
  regions: RegionRow[];
  /** Grid rows skipped as total rows ("Riket", "Summa", "Totalt"). */
  skippedTotals: number[];
  /** Hidden grid rows left out at the user's choice. */
  excludedRows: number[];
  percentReading: Record<string, PercentReading>;
  /** Legal but unusual input: written only once confirmed. */
  warnings: TableWarning[];
  /** What the reader did that the user should know (sheet used, total rows skipped); nothing to confirm. */
  notes: TableProblem[];
}

/** An explicit mapping: fact id → header text, or a column letter ("D") counted within the sheet. */
export type MappingOverride = Record<string, string>;

/**
 * A read table, or the errors that stop it. When the header row was found the failure keeps it and
 * the column mapping, so one bad cell does not hide which columns were found.
 */
export type TableResult =
  { ok: true; table: ParsedTable } | { ok: false; errors: TableProblem[]; headerRow?: number; mapping?: ColumnMapping };
