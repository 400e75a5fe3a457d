import type { CellValue } from './types';
import { cellText, isBlank } from './cell';
import { blank, invalid, value, type Read } from './read';

const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', 'x', '1']);
const FALSE_WORDS = new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);
const HINT = { sv: 'skriv Ja eller Nej', en: 'write Yes or No' };

/**
 * Yes/no from a boolean cell, 1/0, or text: Ja/Nej, Yes/No, TRUE/FALSE, Sant/Falskt, J/N, Y/N,
 * x (= yes), 1/0; case-insensitive and trimmed. Blank is missing (null), never "no".
 */
export function readBoolean(cell: CellValue): Read<boolean> {
  if (isBlank(cell)) return blank();
  if (typeof cell === 'boolean') return value(cell);
  if (typeof cell === 'number') {
    if (cell === 1) return value(true);
    if (cell === 0) return value(false);
    return invalid(String(cell), HINT);
  }
  const word = cellText(cell).toLowerCase();
  if (TRUE_WORDS.has(word)) return value(true);
  if (FALSE_WORDS.has(word)) return value(false);
  return invalid(cellText(cell), HINT);
}
