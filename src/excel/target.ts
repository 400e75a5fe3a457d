import { KVOT_HEADER_PREFIX, type OutputColumns } from '../core/payout/columns.types';
import { MAX_COLUMN, rangeAddress } from '../core/table/address';
import type { FoundTable } from './port';
import { MAX_ROW, type SheetBlock } from './address';
import { toExcelValue } from './cells';
import { isBlankCell, isKvotHeader } from './grid';

/**
 * Where the payout columns go. Pure: decided from the table that was read and the columns to
 * write, before Excel is asked anything, so the target can be loaded with the snapshot in one batch.
 */
export interface WritePlan {
  sheetName: string;
  /** Sheet row (0-based) of the header row; data rows follow, then the totals row if any. */
  headerRow: number;
  startColumn: number;
  /** Number of columns Kvot writes now. */
  columnCount: number;
  /** Rows written: header + data rows (+ totals). */
  rowCount: number;
  /** The block loaded before writing: the target plus a few columns to find Kvot's older, wider columns. */
  scan: SheetBlock;
}

/** Columns after the new ones that are checked for Kvot's earlier columns, which are then cleared. */
export const TRAILING_SCAN = 8;

/** The output columns do not fit the table that was read; thrown before Excel is touched. */
export class WritePlanError extends Error {
  override readonly name = 'WritePlanError';
}

function assertShape(columns: OutputColumns, gridRows: number): void {
  const n = columns.headers.length;
  if (n === 0) throw new WritePlanError('Nothing to write: no output columns.');
  const foreign = columns.headers.find((h) => !h.startsWith(KVOT_HEADER_PREFIX));
  if (foreign !== undefined) throw new WritePlanError(`Output header "${foreign}" does not start with "${KVOT_HEADER_PREFIX}".`);
  if (columns.numberFormats.length !== n) throw new WritePlanError(`Expected ${n} number formats, got ${columns.numberFormats.length}.`);
  const badRow = columns.rows.findIndex((row) => row.length !== n);
  if (badRow >= 0) throw new WritePlanError(`Output row ${badRow + 1} has ${columns.rows[badRow].length} cells, expected ${n}.`);
  if (columns.totals && columns.totals.length !== n)
    throw new WritePlanError(`The totals row has ${columns.totals.length} cells, expected ${n}.`);
  if (columns.rows.length === 0 || columns.rows.length > gridRows - 1) {
    throw new WritePlanError(`Output has ${columns.rows.length} rows but the table has ${Math.max(gridRows - 1, 0)} rows under a header.`);
  }
}

/**
 * The rows line up with the grid rows under the header (the pane passes that count), so the header
 * row is the one above them. Kvot's columns already inside the header row are written over in
 * place; otherwise the columns go right after the table.
 */
export function planWrite(found: FoundTable, columns: OutputColumns): WritePlan {
  const { grid } = found;
  assertShape(columns, grid.values.length);
  const headerInGrid = grid.values.length - columns.rows.length - 1;
  const headerRow = grid.origin.row + headerInGrid;
  const width = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
  const ownAt = grid.values[headerInGrid].findIndex(isKvotHeader);
  const startColumn = grid.origin.column + (ownAt >= 0 ? ownAt : width);
  const columnCount = columns.headers.length;
  const rowCount = 1 + columns.rows.length + (columns.totals ? 1 : 0);
  const lastColumn = startColumn + columnCount - 1;
  const lastRow = headerRow + rowCount - 1;
  if (lastColumn > MAX_COLUMN || lastRow > MAX_ROW) {
    throw new WritePlanError(`The payout columns would not fit on the sheet next to ${found.address}.`);
  }
  return {
    sheetName: grid.sheetName,
    headerRow,
    startColumn,
    columnCount,
    rowCount,
    scan: {
      sheetName: grid.sheetName,
      firstRow: headerRow,
      firstColumn: startColumn,
      lastRow,
      lastColumn: Math.min(lastColumn + TRAILING_SCAN, MAX_COLUMN),
    },
  };
}

/** Columns to write over: the new ones plus Kvot's own columns right after them (left from a wider earlier write). */
export function writeWidth(plan: WritePlan, scanValues: unknown[][]): number {
  const headers = scanValues[0] ?? [];
  let width = plan.columnCount;
  while (width < headers.length && isKvotHeader(headers[width])) width++;
  return width;
}

const filled = (value: unknown, formula: unknown): boolean => !isBlankCell(value) || !isBlankCell(formula);

/**
 * Cells that hold something and are not under one of Kvot's headers, as one address per run of
 * filled cells in a column (e.g. "Blad1!G1:G22"), so the list stays short and each can be selected.
 */
export function findConflicts(plan: WritePlan, values: unknown[][], formulas: unknown[][]): string[] {
  const conflicts: string[] = [];
  for (let c = 0; c < plan.columnCount; c++) {
    if (isKvotHeader(values[0]?.[c])) continue;
    let runStart = -1;
    for (let r = 0; r <= plan.rowCount; r++) {
      const hit = r < plan.rowCount && filled(values[r]?.[c], formulas[r]?.[c]);
      if (hit && runStart < 0) runStart = r;
      if (!hit && runStart >= 0) {
        const column = plan.startColumn + c;
        conflicts.push(rangeAddress(plan.sheetName, plan.headerRow + runStart, column, plan.headerRow + r - 1, column));
        runStart = -1;
      }
    }
  }
  return conflicts;
}

/** Values and number formats for the written block: header row, data rows, totals; extra columns cleared. */
export function writeMatrices(
  plan: WritePlan,
  columns: OutputColumns,
  width: number,
): { values: (string | number | boolean)[][]; numberFormat: string[][] } {
  const pad = <T>(row: T[], blank: T): T[] => [...row, ...Array<T>(width - row.length).fill(blank)];
  const dataFormats = pad(columns.numberFormats, 'General');
  const values = [pad<string | number | boolean>(columns.headers, '')];
  const numberFormat = [
    pad<string>(
      columns.headers.map(() => 'General'),
      'General',
    ),
  ];
  const body = columns.totals ? [...columns.rows, columns.totals] : columns.rows;
  for (const row of body) {
    values.push(pad(row.map(toExcelValue), ''));
    numberFormat.push(dataFormats);
  }
  return { values, numberFormat };
}

/** Consecutive failing rows merged, as [first, last] 0-based data-row indexes. */
export function failingRuns(failingRows: number[], rowCount: number): [number, number][] {
  const sorted = [...new Set(failingRows)].filter((r) => Number.isInteger(r) && r >= 0 && r < rowCount).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}
