import type { CellGrid, CellIssue, CellValue } from './types';
import { columnLetters, quoteSheetName, rangeAddress } from './address';

/** Addresses and cell access for a grid, in real sheet coordinates (grid.origin applied). */
export interface GridView {
  grid: CellGrid;
  /** Widest row. */
  width: number;
  cell(row: number, column: number): CellValue;
  format(row: number, column: number): string | undefined;
  /** Whether any cell holds an error or a value-less formula (most grids: none). */
  hasIssues: boolean;
  /** The error or value-less formula in a cell, if any: its value must not be read. */
  issue(row: number, column: number): CellIssue | undefined;
  hidden(row: number): boolean;
  columnHidden(column: number): boolean;
  address(row: number, column: number): string;
  /** A range of whole grid rows, e.g. the header row "Blad1!A3:F3". */
  rowsAddress(firstRow: number, lastRow: number): string;
  /** Part of one column, e.g. "Blad1!D3:D24". */
  columnAddress(column: number, firstRow: number, lastRow: number): string;
}

export function viewGrid(grid: CellGrid): GridView {
  const width = grid.values.reduce((widest, row) => Math.max(widest, row.length), 1);
  const { row: top, column: left } = grid.origin;
  // Keyed by row × stride + column: every cell read looks here, and most grids have no issue at all.
  const listed = grid.issues ?? [];
  const stride = listed.reduce((widest, i) => Math.max(widest, i.column + 1), width);
  const issues = new Map(listed.map((i) => [i.row * stride + i.column, i]));
  const hidden = new Set(grid.hiddenRows ?? []);
  const hiddenColumns = new Set(grid.hiddenColumns ?? []);
  // Addresses are made for every cell read (messages name cells): the sheet and the letters once.
  const prefix = `${quoteSheetName(grid.sheetName)}!`;
  const letters: string[] = [];
  const lettersOf = (column: number) => (letters[column] ??= columnLetters(left + column));
  return {
    grid,
    width,
    cell: (row, column) => grid.values[row]?.[column],
    format: (row, column) => grid.numberFormats?.[row]?.[column],
    hasIssues: issues.size > 0,
    issue: (row, column) => (issues.size === 0 || column >= stride ? undefined : issues.get(row * stride + column)),
    hidden: (row) => hidden.has(row),
    columnHidden: (column) => hiddenColumns.has(column),
    address: (row, column) => `${prefix}${lettersOf(column)}${top + row + 1}`,
    columnAddress: (column, firstRow, lastRow) =>
      rangeAddress(grid.sheetName, top + firstRow, left + column, top + Math.max(firstRow, lastRow), left + column),
    rowsAddress: (firstRow, lastRow) =>
      rangeAddress(grid.sheetName, top + firstRow, left, top + Math.max(firstRow, lastRow), left + width - 1),
  };
}
