import type { CellValue } from '../table/types';

/** Excel holds at most 32 767 characters in a cell; chunks stay well below. */
export const MAX_CHUNK = 32_000;

/** Characters Excel may read as the start of a formula when a chunk begins with them. */
const FORMULA_START = /^[=+\-@]/;

/**
 * Text split into cells of at most `max` characters. A cut never falls inside a surrogate pair, and
 * never leaves a chunk starting with "=", "+", "-" or "@" (Excel could take it for a formula) —
 * unless such characters fill a whole chunk, which JSON Kvot writes never does.
 */
export function splitChunks(text: string, max = MAX_CHUNK): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    let end = start + max;
    while (end > start + 1 && (isHighSurrogate(text.charCodeAt(end - 1)) || FORMULA_START.test(text.slice(end, end + 1)))) end--;
    chunks.push(text.slice(start, end));
    start = end;
  }
  chunks.push(text.slice(start));
  return chunks;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

export type JsonField =
  { ok: true; text: string; next: number } | { ok: false; at: number; problem: 'notJson' | 'notText' | 'cutOff' | 'trailing' };

/**
 * Reads one JSON object or array starting at cells[start] and spread over as many cells as it
 * took: the cells are joined until the outermost bracket closes, which must be at the end of a cell.
 * Strings and escapes are followed, so brackets inside texts do not count.
 */
export function readJsonField(cells: readonly CellValue[], start: number): JsonField {
  const first = cells[start];
  if (typeof first !== 'string' || !/^[[{]/.test(first)) return { ok: false, at: start, problem: 'notJson' };
  let depth = 0;
  let inString = false;
  let escaped = false;
  const parts: string[] = [];
  for (let i = start; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell !== 'string') return { ok: false, at: i, problem: 'notText' };
    parts.push(cell);
    for (let c = 0; c < cell.length; c++) {
      const ch = cell[c];
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) {
          return c === cell.length - 1 ? { ok: true, text: parts.join(''), next: i + 1 } : { ok: false, at: i, problem: 'trailing' };
        }
      }
    }
  }
  return { ok: false, at: cells.length, problem: 'cutOff' };
}
