import { a1, MAX_ROW, parseCellRef, quoteSheetName, splitSheet } from '../core/table/address';

// Where the adapter's callers have always found them.
export { MAX_ROW, splitSheet };

/** A rectangular block on one sheet, 0-based and inclusive. */
export interface SheetBlock {
  sheetName: string;
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/**
 * Parses an address as Office.js reports it ("Blad1!A1:F22", "'Min flik'!C7"). Sheet-less
 * addresses take defaultSheet. Throws on whole-row/column or malformed addresses, naming the text.
 */
export function parseBlock(address: string, defaultSheet?: string): SheetBlock {
  const { sheetName, local } = splitSheet(address);
  const sheet = sheetName ?? defaultSheet;
  const [startText, endText = startText] = local.split(':');
  const start = parseCellRef(startText);
  const end = parseCellRef(endText);
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
