import type ExcelJS from 'exceljs';
import type { OutputColumns } from '../core/payout/columns.types';
import { KVOT_HEADER_PREFIX } from '../core/payout/columns.types';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const FAILING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8D7DA' } };

/**
 * Adds Kvot's columns to the sheet beside the table: in place of Kvot's own earlier columns when the
 * header row has them, else after the last used column, so no cell of the user's is overwritten.
 * headerRow is 0-based in the sheet. Returns the 1-based first column written.
 */
export function addPayoutColumns(sheet: ExcelJS.Worksheet, headerRow: number, columns: OutputColumns): number {
  const header = sheet.getRow(headerRow + 1);
  let first = 0;
  header.eachCell((cell, col) => {
    if (!first && typeof cell.value === 'string' && cell.value.startsWith(KVOT_HEADER_PREFIX)) first = col;
  });
  if (!first) first = sheet.columnCount + 1;

  columns.headers.forEach((text, i) => {
    const cell = header.getCell(first + i);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    sheet.getColumn(first + i).width = i === columns.headers.length - 1 ? 60 : 18;
  });
  const failing = new Set(columns.failingRows);
  const dataRows = [...columns.rows, ...(columns.totals ? [columns.totals] : [])];
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
