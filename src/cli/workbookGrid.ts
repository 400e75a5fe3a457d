import type ExcelJS from 'exceljs';
import type { CellGrid, CellIssue, CellValue } from '../core/table/types';

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

/**
 * What keeps a cell's value from being read: an error (#N/A, also as a formula's result) or a formula
 * saved without its result, as files written by scripts are until Excel opens and saves them.
 */
export function cellIssue(value: ExcelJS.CellValue): Pick<CellIssue, 'kind' | 'text'> | null {
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  const formula = 'formula' in value ? value.formula : 'sharedFormula' in value ? value.sharedFormula : undefined;
  if (formula === undefined) return null;
  const result = (value as { result?: unknown }).result;
  if (result === undefined || result === null) return { kind: 'noValue', text: `=${String(formula)}` };
  if (typeof result === 'object' && !(result instanceof Date) && 'error' in result)
    return { kind: 'error', text: String((result as { error: unknown }).error) };
  return null;
}

/** The whole used area of a worksheet as a grid, with number formats, problem cells, hidden rows and the date system. */
export function worksheetGrid(sheet: ExcelJS.Worksheet, date1904 = false): CellGrid {
  const rowCount = sheet.actualRowCount === 0 ? 0 : sheet.rowCount;
  const columnCount = sheet.columnCount;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const issues: CellIssue[] = [];
  const hiddenRows: number[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.hidden) hiddenRows.push(r - 1);
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      // Excel keeps a merged range's value in its top-left cell only; exceljs repeats it in every cell.
      if (cell.isMerged && cell.master !== cell) {
        rowValues.push(null);
        rowFormats.push(cell.numFmt ?? 'General');
        continue;
      }
      const issue = cellIssue(cell.value);
      if (issue) issues.push({ row: r - 1, column: c - 1, ...issue });
      rowValues.push(issue ? null : toCellValue(cell.value));
      rowFormats.push(cell.numFmt ?? 'General');
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= columnCount; c++) if (sheet.getColumn(c).hidden) hiddenColumns.push(c - 1);
  const grid: CellGrid = { sheetName: sheet.name, origin: { row: 0, column: 0 }, values, numberFormats };
  if (hiddenColumns.length > 0) grid.hiddenColumns = hiddenColumns;
  if (issues.length > 0) grid.issues = issues;
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  if (date1904) grid.date1904 = true;
  return grid;
}
