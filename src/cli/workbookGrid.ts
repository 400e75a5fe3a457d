import type ExcelJS from 'exceljs';
import type { CellGrid, CellValue } from '../core/table/types';

/** exceljs cell values to what the table reader takes: formulas give their results, rich text its text. */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('result' in value) return toCellValue(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** The whole used area of a worksheet as a grid, with number formats. */
export function worksheetGrid(sheet: ExcelJS.Worksheet): CellGrid {
  const rowCount = sheet.actualRowCount === 0 ? 0 : sheet.rowCount;
  const columnCount = sheet.columnCount;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      rowValues.push(toCellValue(cell.value));
      rowFormats.push(cell.numFmt ?? 'General');
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  return { sheetName: sheet.name, origin: { row: 0, column: 0 }, values, numberFormats };
}
