import type ExcelJS from 'exceljs';
import type { OutputColumns } from '../core/payout/columns.types';
import { KVOT_HEADER_PREFIX } from '../core/payout/columns.types';
import { columnLetters, quoteSheetName } from '../core/table/address';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const FAILING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8D7DA' } };

/** Where Kvot's columns go in the result workbook, and what stands in the way. */
export interface OutputPlan {
  /** 1-based first column. */
  first: number;
  /** Columns written, plus Kvot's own further right from a wider earlier write, which are cleared. */
  width: number;
  /** Runs of the user's filled cells among the target columns, e.g. "Blad1!H4:H26": nothing is written while any stands. */
  conflicts: string[];
}

const isKvot = (value: ExcelJS.CellValue): boolean => typeof value === 'string' && value.startsWith(KVOT_HEADER_PREFIX);
const filled = (value: ExcelJS.CellValue): boolean =>
  value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');

/**
 * Kvot's columns go in place of its own earlier columns when the header row has them, else after
 * the last used column. A target column whose header is not Kvot's and that holds anything (a column
 * the user inserted between Kvot's, say) is a conflict: the CLI never overwrites the user's cells.
 * headerRow is 0-based in the sheet.
 */
export function planOutput(sheet: ExcelJS.Worksheet, headerRow: number, columns: OutputColumns): OutputPlan {
  const header = sheet.getRow(headerRow + 1);
  let first = 0;
  header.eachCell((cell, col) => {
    if (!first && isKvot(cell.value)) first = col;
  });
  if (!first) first = sheet.columnCount + 1;
  const rows = 1 + columns.rows.length + (columns.totals ? 1 : 0);
  const conflicts: string[] = [];
  for (let c = first; c < first + columns.headers.length; c++) {
    if (isKvot(header.getCell(c).value)) continue;
    let runStart = 0;
    for (let r = 0; r <= rows; r++) {
      const hit = r < rows && filled(sheet.getRow(headerRow + 1 + r).getCell(c).value);
      if (hit && !runStart) runStart = headerRow + 1 + r;
      if (!hit && runStart) {
        const letters = columnLetters(c - 1);
        conflicts.push(`${quoteSheetName(sheet.name)}!${letters}${runStart}:${letters}${headerRow + r}`);
        runStart = 0;
      }
    }
  }
  let width = columns.headers.length;
  while (isKvot(header.getCell(first + width).value)) width++;
  return { first, width, conflicts };
}

/** Writes Kvot's columns where the plan says (call only without conflicts). Returns the 1-based first column. */
export function addPayoutColumns(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  columns: OutputColumns,
  plan: OutputPlan = planOutput(sheet, headerRow, columns),
): number {
  const { first } = plan;
  const header = sheet.getRow(headerRow + 1);
  const dataRows = [...columns.rows, ...(columns.totals ? [columns.totals] : [])];
  // Kvot's own columns left from a wider earlier write are emptied, so no stale copy stays behind.
  for (let c = first + columns.headers.length; c < first + plan.width; c++) {
    for (let r = 0; r <= dataRows.length; r++) sheet.getRow(headerRow + 1 + r).getCell(c).value = null;
  }
  columns.headers.forEach((text, i) => {
    const cell = header.getCell(first + i);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    sheet.getColumn(first + i).width = i === columns.headers.length - 1 ? 60 : 18;
  });
  const failing = new Set(columns.failingRows);
  dataRows.forEach((values, r) => {
    const row = sheet.getRow(headerRow + 2 + r);
    values.forEach((value, i) => {
      const cell = row.getCell(first + i);
      cell.value = value ?? null;
      cell.numFmt = columns.numberFormats[i];
      if (failing.has(r)) cell.fill = FAILING_FILL;
      if (r === columns.rows.length) cell.font = { bold: true };
    });
  });
  return first;
}
