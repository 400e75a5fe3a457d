import type { CellGrid, CellIssue, CellValue } from '../core/table/types';
import { KVOT_HEADER_PREFIX } from '../core/payout/columns.types';
import type { SheetBlock } from './address';

export const isKvotHeader = (value: unknown): boolean => typeof value === 'string' && value.startsWith(KVOT_HEADER_PREFIX);

export const isBlankCell = (value: unknown): boolean => value === null || value === undefined || value === '';

/** Office.js values are strings, numbers and booleans; anything else is kept as text. */
function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** A column is Kvot's when its first filled cell is a "Kvot: " header. */
function isKvotColumn(values: unknown[][], column: number): boolean {
  for (const row of values) {
    const cell = row[column];
    if (!isBlankCell(cell)) return isKvotHeader(cell);
  }
  return false;
}

function isBlankColumn(values: unknown[][], column: number): boolean {
  return values.every((row) => isBlankCell(row[column]));
}

/**
 * The source table inside a block read from the sheet: Kvot's own columns at the right edge (and
 * blank columns there) are dropped, then blank rows at the bottom (Kvot's totals row becomes blank
 * once its columns are gone). So reading again after a write finds the same table, and writing again
 * lands on Kvot's earlier columns. Origin and the first row/column never move.
 */
export function trimToSource(values: unknown[][]): { rows: number; columns: number } {
  let columns = values.reduce((max, row) => Math.max(max, row.length), 0);
  while (columns > 0 && (isKvotColumn(values, columns - 1) || isBlankColumn(values, columns - 1))) columns--;
  let rows = values.length;
  while (rows > 0 && values[rows - 1].slice(0, columns).every(isBlankCell)) rows--;
  return columns === 0 ? { rows: 0, columns: 0 } : { rows, columns };
}

/** What Excel says about the block besides values and formats, where the host can tell. */
export interface BlockDetails {
  /** Office.js valueTypes ("Error" for #N/A, #REF! …), same shape as values. */
  valueTypes?: unknown[][];
  /** One flag per row of the block: hidden by hand or by a filter; null when the host could not tell. */
  rowHidden?: boolean[] | null;
  /** One flag per column of the block; null when the host could not tell. */
  columnHidden?: boolean[] | null;
  date1904?: boolean;
}

/** Builds the grid for the block that was read; `block` is where values[0][0] sits. */
export function toGrid(
  block: SheetBlock,
  values: unknown[][],
  numberFormats: unknown[][] | undefined,
  details: BlockDetails = {},
): { grid: CellGrid; block: SheetBlock | null } {
  const size = trimToSource(values);
  const origin = { row: block.firstRow, column: block.firstColumn };
  if (size.rows === 0) return { grid: { sheetName: block.sheetName, origin, values: [] }, block: null };
  const gridValues: CellValue[][] = [];
  const formats: string[][] = [];
  const issues: CellIssue[] = [];
  for (let r = 0; r < size.rows; r++) {
    const row: CellValue[] = [];
    const formatRow: string[] = [];
    for (let c = 0; c < size.columns; c++) {
      // An error cell's value is its text ("#N/A"): never a name or a number to read.
      const isError = details.valueTypes?.[r]?.[c] === 'Error';
      if (isError) issues.push({ row: r, column: c, kind: 'error', text: String(values[r][c]) });
      row.push(isError ? null : toCellValue(values[r][c]));
      const format = numberFormats?.[r]?.[c];
      formatRow.push(typeof format === 'string' ? format : 'General');
    }
    gridValues.push(row);
    formats.push(formatRow);
  }
  const grid: CellGrid = { sheetName: block.sheetName, origin, values: gridValues };
  if (numberFormats) grid.numberFormats = formats;
  if (issues.length > 0) grid.issues = issues;
  const hiddenRows = (details.rowHidden ?? []).slice(0, size.rows).flatMap((hidden, r) => (hidden ? [r] : []));
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  const hiddenColumns = (details.columnHidden ?? []).slice(0, size.columns).flatMap((hidden, c) => (hidden ? [c] : []));
  if (hiddenColumns.length > 0) grid.hiddenColumns = hiddenColumns;
  // Unknown is said, never taken as "none hidden" (undefined: the caller did not ask, e.g. tests).
  const rowsUnknown = details.rowHidden === null;
  const columnsUnknown = details.columnHidden === null;
  if (rowsUnknown || columnsUnknown) grid.hiddenUnknown = { rows: rowsUnknown, columns: columnsUnknown };
  if (details.date1904) grid.date1904 = true;
  return {
    grid,
    block: { ...block, lastRow: block.firstRow + size.rows - 1, lastColumn: block.firstColumn + size.columns - 1 },
  };
}
