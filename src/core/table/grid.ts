import type { CellGrid, CellValue } from './types';
import { cellAddress, rangeAddress } from './address';

/** Addresses and cell access for a grid, in real sheet coordinates (grid.origin applied). */
export interface GridView {
  grid: CellGrid;
  /** Widest row. */
  width: number;
  cell(row: number, column: number): CellValue;
  format(row: number, column: number): string | undefined;
  address(row: number, column: number): string;
  /** A range of whole grid rows, e.g. the header row "Blad1!A3:F3". */
  rowsAddress(firstRow: number, lastRow: number): string;
}

export function viewGrid(grid: CellGrid): GridView {
  const width = grid.values.reduce((widest, row) => Math.max(widest, row.length), 1);
  const { row: top, column: left } = grid.origin;
  return {
    grid,
    width,
    cell: (row, column) => grid.values[row]?.[column],
    format: (row, column) => grid.numberFormats?.[row]?.[column],
    address: (row, column) => cellAddress(grid.sheetName, top + row, left + column),
    rowsAddress: (firstRow, lastRow) =>
      rangeAddress(grid.sheetName, top + firstRow, left, top + Math.max(firstRow, lastRow), left + width - 1),
  };
}
