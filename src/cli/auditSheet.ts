import type ExcelJS from 'exceljs';
import type { Language } from '../core/agreement/types';
import type { LogRow } from '../core/audit';
import { LOG_SHEET_NAME, logHeaderCells } from '../core/audit';
import type { CellValue } from '../core/table/types';
import { toCellValue } from './workbookGrid';

/** Appends a log row to the workbook's hidden "Kvot logg" sheet, as the add-in does in Excel. */
export function appendLogRow(workbook: ExcelJS.Workbook, row: LogRow, lang: Language): string {
  let sheet = workbook.getWorksheet(LOG_SHEET_NAME);
  if (!sheet) {
    sheet = workbook.addWorksheet(LOG_SHEET_NAME, { state: 'hidden' });
    sheet.addRow(logHeaderCells(lang)).font = { bold: true };
  }
  const added = sheet.addRow(row.values);
  row.numberFormats.forEach((format, i) => (added.getCell(i + 1).numFmt = format));
  return `'${LOG_SHEET_NAME}'!A${added.number}`;
}

/** The data rows of the log sheet (without the header), each with its 0-based sheet row. */
export function readLogRows(workbook: ExcelJS.Workbook): { row: number; cells: CellValue[] }[] | null {
  const sheet = workbook.getWorksheet(LOG_SHEET_NAME);
  if (!sheet) return null;
  const rows: { row: number; cells: CellValue[] }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(toCellValue(row.getCell(c).value));
    rows.push({ row: number - 1, cells });
  });
  return rows;
}
