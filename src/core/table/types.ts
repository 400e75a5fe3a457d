import type Decimal from 'decimal.js';
import type { Localized } from '../agreement/types';

/** A raw cell as read from Excel (Office.js values) or a file (exceljs / CSV). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A rectangular block of cells read from one sheet. */
export interface CellGrid {
  sheetName: string;
  /** 0-based row/column in the sheet of values[0][0]. */
  origin: { row: number; column: number };
  values: CellValue[][];
  /** en-US number format codes, same shape as values, when known (e.g. "0.0%"). */
  numberFormats?: string[][];
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
export type PercentReading = 'formatted' | 'fraction' | 'points';

export interface TableProblem {
  /** Cell address such as "Blad1!C7", or a header/column address. */
  address: string;
  code: string;
  message: Localized;
  /** The raw text found in the cell, when there is one. */
  found?: string;
  /**
   * For a column not found: the closest header in the header row, so the CLI can print
   * `--map factId=column` and the pane can offer to choose it. `column` is the sheet column letter.
   */
  suggestion?: { factId: string; column: string; header: string };
}

export interface ParsedTable {
  headerRow: number;
  mapping: ColumnMapping;
  regions: RegionRow[];
  /** Grid rows skipped as total rows ("Riket", "Summa", "Totalt"). */
  skippedTotals: number[];
  percentReading: Record<string, PercentReading>;
  warnings: TableProblem[];
}

/** An explicit mapping: fact id → header text, or a column letter ("D") counted within the sheet. */
export type MappingOverride = Record<string, string>;

export type TableResult = { ok: true; table: ParsedTable } | { ok: false; errors: TableProblem[] };
