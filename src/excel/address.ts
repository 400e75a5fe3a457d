import { a1, parseColumnLetters, quoteSheetName } from '../core/table/address';

/** Excel's last row as a 0-based index. */
export const MAX_ROW = 1_048_575;

/** A rectangular block on one sheet, 0-based and inclusive. */
export interface SheetBlock {
  sheetName: string;
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** Splits "'Kvot logg'!A1" into the sheet name (quotes removed, '' → ') and the A1 part. */
export function splitSheet(address: string): { sheetName: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, local: address };
  const raw = address.slice(0, bang);
  const quoted = raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'");
  return { sheetName: quoted ? raw.slice(1, -1).replace(/''/g, "'") : raw, local: address.slice(bang + 1) };
}

function parseCell(text: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!match) return null;
  const column = parseColumnLetters(match[1]);
  const row = Number(match[2]) - 1;
  return column === null || row < 0 ? null : { row, column };
}

/**
 * Parses an address as Office.js reports it ("Blad1!A1:F22", "'Min flik'!C7"). Sheet-less
 * addresses take defaultSheet. Throws on whole-row/column or malformed addresses, naming the text.
 */
export function parseBlock(address: string, defaultSheet?: string): SheetBlock {
  const { sheetName, local } = splitSheet(address);
  const sheet = sheetName ?? defaultSheet;
  const [startText, endText = startText] = local.split(':');
  const start = parseCell(startText);
  const end = parseCell(endText);
  if (sheet === undefined || !start || !end) throw new Error(`Not a cell range address: "${address}"`);
  return {
    sheetName: sheet,
    firstRow: Math.min(start.row, end.row),
    firstColumn: Math.min(start.column, end.column),
    lastRow: Math.max(start.row, end.row),
    lastColumn: Math.max(start.column, end.column),
  };
}

/** "A1:C3" (or "A1" for one cell), without the sheet — what worksheet.getRange takes. */
export function localAddress(block: SheetBlock): string {
  const start = a1(block.firstRow, block.firstColumn);
  const end = a1(block.lastRow, block.lastColumn);
  return start === end ? start : `${start}:${end}`;
}

/** "Blad1!A1:C3" with the sheet name quoted when needed. */
export function blockAddress(block: SheetBlock): string {
  return `${quoteSheetName(block.sheetName)}!${localAddress(block)}`;
}

export const blockRows = (block: SheetBlock): number => block.lastRow - block.firstRow + 1;
export const blockColumns = (block: SheetBlock): number => block.lastColumn - block.firstColumn + 1;
