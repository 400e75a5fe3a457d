import type { Language } from '../agreement/types';
import type { PayoutResult } from '../payout/types';
import type { ParsedTable } from '../table/types';
import { columnLetters, MAX_ROW, parseCellRef, quoteSheetName, splitSheet } from '../table/address';
import type { LoggedSheet } from './types';

/** A rectangle on a sheet, 0-based and inclusive. */
export interface Block {
  sheet: string;
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** "Blad1!G4:L27" (or "G4:L27" with `sheet`) as a block; null when it is not one. */
export function parseBlock(address: string, sheet?: string): Block | null {
  const split = splitSheet(address);
  const name = split.sheetName ?? sheet;
  const [startText, endText = startText, more] = split.local.split(':');
  if (name === undefined || name === '' || more !== undefined) return null;
  const start = parseCellRef(startText);
  const end = parseCellRef(endText);
  if (!start || !end) return null;
  return {
    sheet: name,
    firstRow: Math.min(start.row, end.row),
    firstColumn: Math.min(start.column, end.column),
    lastRow: Math.max(start.row, end.row),
    lastColumn: Math.max(start.column, end.column),
  };
}

/** "G4:L27" (or "G4" for one cell), without the sheet. */
export function localBlock(block: Omit<Block, 'sheet'>): string {
  const start = `${columnLetters(block.firstColumn)}${block.firstRow + 1}`;
  const end = `${columnLetters(block.lastColumn)}${block.lastRow + 1}`;
  return start === end ? start : `${start}:${end}`;
}

export const blockAddress = (block: Block): string => `${quoteSheetName(block.sheet)}!${localBlock(block)}`;

export const overlaps = (a: Block, b: Block): boolean =>
  a.sheet === b.sheet &&
  a.firstRow <= b.lastRow &&
  b.firstRow <= a.lastRow &&
  a.firstColumn <= b.lastColumn &&
  b.firstColumn <= a.lastColumn;

/** 1-based rows as runs: [5,6,7,9] → "5-7,9". */
export function encodeRows(rows: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    runs.push(i === j ? String(rows[i]) : `${rows[i]}-${rows[j]}`);
    i = j + 1;
  }
  return runs.join(',');
}

/** The reverse of encodeRows; null when the text is not runs of 1-based rows. */
export function decodeRows(text: string): number[] | null {
  if (text === '') return [];
  const rows: number[] = [];
  for (const run of text.split(',')) {
    const m = /^(\d{1,7})(?:-(\d{1,7}))?$/.exec(run);
    if (!m) return null;
    const first = Number(m[1]);
    const last = m[2] === undefined ? first : Number(m[2]);
    // 1-based row numbers here.
    if (first < 1 || last < first || last > MAX_ROW + 1) return null;
    for (let r = first; r <= last; r++) rows.push(r);
  }
  return rows;
}

/** A problem building the layout: the table and the written block do not describe one sheet. */
export class LayoutError extends Error {
  override readonly name = 'LayoutError';
}

/**
 * Where the calculation's inputs were read (per fact its column, per region its row: the table
 * reader reads one row per region and one column per fact, so this is every input cell) and the
 * block written, checked to be one consistent picture. `written` is the block with its sheet.
 */
export function sheetLayout(table: ParsedTable, result: PayoutResult, written: string, lang: Language): LoggedSheet {
  const block = parseBlock(written);
  if (!block) throw new LayoutError(`The written block "${written}" is not a range address with a sheet.`);
  // Keyed by fact id, so without a prototype: a fact may be named "constructor".
  const columns: Record<string, string> = Object.create(null) as Record<string, string>;
  const rows: number[] = [];
  for (const { region } of result.regions) {
    const first = splitSheet(region.address);
    const start = parseCellRef(first.local);
    if (!start || first.sheetName !== block.sheet)
      throw new LayoutError(`${region.name}: the row ${region.address} is not on ${block.sheet}.`);
    for (const [factId, address] of Object.entries(region.cells)) {
      const at = splitSheet(address);
      const cell = parseCellRef(at.local);
      if (!cell || at.sheetName !== block.sheet || cell.row !== start.row)
        throw new LayoutError(`${region.name}: ${factId} was read from ${address}, not on the row ${region.address}.`);
      const letters = columnLetters(cell.column);
      if ((columns[factId] ??= letters) !== letters)
        throw new LayoutError(`${factId} was read from two columns (${columns[factId]} and ${letters}).`);
    }
    if (start.row <= block.firstRow || start.row >= block.lastRow)
      throw new LayoutError(`${region.name}: the row ${region.address} is outside the written block ${written}.`);
    rows.push(start.row + 1);
  }
  return { sheet: block.sheet, columns, rows: encodeRows(rows), percent: { ...table.percentReading }, written: localBlock(block), lang };
}
