import type { CellValue } from '../table/types';

/**
 * The payout columns Kvot writes next to a region table: share, one column per tranche, total,
 * eligible, reasons. Built by core (buildOutputColumns) and written by the CLI and the Excel adapter.
 */
export interface OutputColumns {
  /** Header texts; each starts with "Kvot: " so the columns are recognisably Kvot's. */
  headers: string[];
  /** One row per data row of the source table (same order, same count as grid rows below the header). */
  rows: CellValue[][];
  /** en-US number format codes per column (e.g. '#,##0 "kr"', '0.00%', '@'). */
  numberFormats: string[];
  /** 0-based indexes into rows of regions that failed a condition (to be marked). */
  failingRows: number[];
  /** A totals row to append under the data, or null. */
  totals: CellValue[] | null;
}

export const KVOT_HEADER_PREFIX = 'Kvot: ';
