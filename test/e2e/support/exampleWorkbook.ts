// Turns a real .xlsx (the bundled example) into the Excel stand-in's starting workbook, so the
// end-to-end tests run on the very table users get, title rows and number formats included.
import ExcelJS from 'exceljs';
import type { StandInWorkbook } from '../stand-in/inject';

export type StandInCell = string | number | boolean;
export type Sheet = StandInWorkbook['sheets'][string];

/** Excel's day zero; Office.js reads a date cell as its serial number, not as a Date. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A cell as Office.js's range.values gives it: numbers, text, booleans, "" for blank. */
function officeValue(value: ExcelJS.CellValue): StandInCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if ('result' in value) return officeValue(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  throw new Error(`Unsupported cell value in the example workbook: ${JSON.stringify(value)}`);
}

/** One worksheet as rectangular values and number formats from A1 ("General" where none is set). */
function readSheet(worksheet: ExcelJS.Worksheet): Sheet {
  const rows = worksheet.rowCount;
  const columns = worksheet.columnCount;
  const values: StandInCell[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = worksheet.getRow(r);
    const rowValues: StandInCell[] = [];
    const rowFormats: string[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      rowValues.push(officeValue(cell.value));
      rowFormats.push(cell.numFmt || 'General');
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  return { values, numberFormats };
}

/** Every sheet of the workbook; the first is active, with `selection` (e.g. "Blad1!B5") selected. */
export async function readWorkbookForStandIn(file: string, selection: string): Promise<StandInWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: StandInWorkbook['sheets'] = {};
  for (const worksheet of workbook.worksheets) sheets[worksheet.name] = readSheet(worksheet);
  const first = workbook.worksheets[0];
  if (!first) throw new Error(`${file} has no worksheets`);
  return { activeSheet: first.name, sheets, selection };
}

/** 0-based column index → letters ("A", "G", "AA"). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A1 address of a 0-based cell. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** A deep copy with one cell changed (growing the sheet if needed), for variants of the example. */
export function withCell(workbook: StandInWorkbook, sheetName: string, row: number, column: number, value: StandInCell): StandInWorkbook {
  const copy = structuredClone(workbook);
  const sheet = copy.sheets[sheetName];
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  while (sheet.values.length <= row) sheet.values.push([]);
  const cells = sheet.values[row];
  while (cells.length <= column) cells.push('');
  cells[column] = value;
  return copy;
}
