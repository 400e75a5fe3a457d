import { userInfo } from 'node:os';
import type ExcelJS from 'exceljs';
import type { Language } from '../core/agreement/types';
import type { LogAuthor, LogRow } from '../core/audit';
import { isLogHeaderRow, LOG_SHEET_NAME, logHeaderCells, logHeaderNeeded } from '../core/audit';
import type { OutputColumns } from '../core/payout/columns.types';
import { rangeAddress } from '../core/table/address';
import type { CellValue } from '../core/table/types';
import { toCellValue } from './workbookGrid';

/**
 * Appends a log row to the workbook's hidden "Kvot logg" sheet, as the add-in does in Excel. A log
 * of the older format gets this format's header row first, so every row sits under its own header.
 */
export function appendLogRow(workbook: ExcelJS.Workbook, row: LogRow, lang: Language): string {
  let sheet = workbook.getWorksheet(LOG_SHEET_NAME);
  if (!sheet) sheet = workbook.addWorksheet(LOG_SHEET_NAME, { state: 'hidden' });
  const firstColumn: CellValue[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) firstColumn.push(toCellValue(sheet.getRow(r).getCell(1).value));
  if (logHeaderNeeded(firstColumn)) {
    const header = sheet.addRow(logHeaderCells(lang));
    header.font = { bold: true };
    header.eachCell((cell) => (cell.numFmt = '@'));
  }
  const added = sheet.addRow(row.values);
  row.numberFormats.forEach((format, i) => (added.getCell(i + 1).numFmt = format));
  return `'${LOG_SHEET_NAME}'!A${added.number}`;
}

/** The data rows of the log sheet (header rows left out, of either format), each with its 0-based sheet row. */
export function readLogRows(workbook: ExcelJS.Workbook): { row: number; cells: CellValue[] }[] | null {
  const sheet = workbook.getWorksheet(LOG_SHEET_NAME);
  if (!sheet) return null;
  const rows: { row: number; cells: CellValue[] }[] = [];
  sheet.eachRow((row, number) => {
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(toCellValue(row.getCell(c).value));
    if (!isLogHeaderRow(cells)) rows.push({ row: number - 1, cells });
  });
  return rows;
}

/** Who runs the CLI, as the operating system names the user (no more can be known). */
export function cliAuthor(): LogAuthor {
  try {
    return { kind: 'cli', user: userInfo().username || null };
  } catch {
    return { kind: 'cli', user: null };
  }
}

/** The block addPayoutColumns wrote: header row, one row per table row, totals; `first` is its 1-based first column. */
export function writtenAddress(sheet: ExcelJS.Worksheet, headerRow: number, first: number, columns: OutputColumns): string {
  const rows = columns.rows.length + (columns.totals ? 1 : 0);
  return rangeAddress(sheet.name, headerRow, first - 1, headerRow + rows, first - 1 + columns.headers.length - 1);
}
