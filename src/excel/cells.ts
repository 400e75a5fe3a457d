import type { CellValue } from '../core/table/types';

/** What Office.js takes in range.values. */
export type ExcelValue = string | number | boolean;

/** Days since Excel's day zero (1899-12-30), read from the date's UTC calendar fields. */
function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Office.js leaves a cell unchanged for null, so blanks are written as "". */
export function toExcelValue(value: CellValue): ExcelValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return excelSerial(value);
  return value;
}
