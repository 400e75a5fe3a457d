import type { CellValue } from './types';

/** Empty, whitespace only (incl. no-break spaces), null or undefined. */
export function isBlank(cell: CellValue): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell === 'string' && cell.trim() === '';
}

/** The cell as text for messages and header matching; dates as ISO, trimmed. */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
  return String(cell).trim();
}
