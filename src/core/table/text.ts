import type { CellValue } from './types';
import { isBlank } from './cell';

/** Text as written, trimmed; numbers via String(), dates as ISO dates; blank is null. */
export function readText(cell: CellValue): string | null {
  if (isBlank(cell)) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/**
 * A region code as the sheet shows it: text as written; a whole number formatted with zeros
 * ("00") is padded to the format's width (1 → "01"), any other number is String(n).
 */
export function readCode(cell: CellValue, format?: string): string | null {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0) {
    const width = zeroPadWidth(format);
    if (width) return String(cell).padStart(width, '0');
  }
  return readText(cell);
}

function zeroPadWidth(format: string | undefined): number | null {
  if (!format) return null;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /^0+$/.test(bare) ? bare.length : null;
}
