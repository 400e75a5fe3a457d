// The fake's own A1 arithmetic, independent of src/excel/address.ts so the adapter's is tested against it.
import { officeError } from './errors';

/** A rectangle of cells, 0-based and inclusive. */
export interface Block {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const MAX_ROW = 1_048_575;
const MAX_COLUMN = 16_383;

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Quotes a sheet name where Excel would ("'Kvot logg'", "'A1'"). */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^([Rr]\d*)?([Cc]\d*)?$/.test(name);
  return plain && !looksLikeCell ? name : `'${name.replace(/'/g, "''")}'`;
}

export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  const raw = address.slice(0, bang);
  const quoted = raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'");
  return { sheet: quoted ? raw.slice(1, -1).replace(/''/g, "'") : raw, local: address.slice(bang + 1) };
}

function parseCell(text: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return null;
  const cell = { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
  return cell.row >= 0 && cell.row <= MAX_ROW && cell.column <= MAX_COLUMN ? cell : null;
}

/** "A1:C3" → a block; InvalidArgument otherwise, as Excel refuses it. */
export function parseLocal(local: string): Block {
  const parts = local.split(':');
  const a = parseCell(parts[0]);
  const b = parts.length > 1 ? parseCell(parts[1]) : a;
  if (!a || !b || parts.length > 2) throw officeError('InvalidArgument', `The address is not valid: "${local}"`);
  return { r0: Math.min(a.row, b.row), c0: Math.min(a.column, b.column), r1: Math.max(a.row, b.row), c1: Math.max(a.column, b.column) };
}

export function localOf(block: Block): string {
  const start = columnLetters(block.c0) + (block.r0 + 1);
  const end = columnLetters(block.c1) + (block.r1 + 1);
  return start === end ? start : `${start}:${end}`;
}

export const addressOf = (sheetName: string, block: Block): string => `${quoteSheetName(sheetName)}!${localOf(block)}`;

export function intersect(a: Block, b: Block): Block | null {
  const block = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return block.r0 <= block.r1 && block.c0 <= block.c1 ? block : null;
}

export const contains = (outer: Block, inner: Block): boolean =>
  outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;

export const cellBlock = (r: number, c: number): Block => ({ r0: r, c0: c, r1: r, c1: c });
