import type { TableProblem } from '../table/types';
import { columnLetters, parseColumnLetters } from '../table/address';
import { cellText } from '../table/cell';
import type { GridView } from '../table/grid';
import { normaliseHeader } from '../table/headers';
import { problem } from '../table/messages';
import { reconcileMessages } from './messages';

export type Located = { ok: true; index: number; letter: string; header: string } | { ok: false; error: TableProblem };

/**
 * A column of the grid named by its header text in `headerRow` (matched as fact headers are:
 * case, accents and units ignored) or by sheet column letter; header text wins when a header reads
 * like a letter, as in the column mapping.
 */
export function locateColumn(view: GridView, headerRow: number, wanted: string): Located {
  const headerRange = view.rowsAddress(headerRow, headerRow);
  const target = normaliseHeader(wanted);
  const header = (column: number) => cellText(view.cell(headerRow, column));
  for (let column = 0; column < view.width && target !== ''; column++) {
    if (normaliseHeader(header(column)) === target) return found(view, column, header(column));
  }
  const letter = parseColumnLetters(wanted);
  if (letter === null)
    return { ok: false, error: problem(headerRange, 'column-not-found', reconcileMessages.columnNotFound(wanted, headerRange), wanted) };
  const column = letter - view.grid.origin.column;
  if (column < 0 || column >= view.width) {
    const table = view.rowsAddress(0, view.grid.values.length - 1);
    const letters = wanted.trim().toUpperCase();
    return { ok: false, error: problem(headerRange, 'column-outside', reconcileMessages.columnOutside(letters, table), wanted) };
  }
  return found(view, column, header(column));
}

function found(view: GridView, index: number, header: string): Located {
  return { ok: true, index, letter: columnLetters(view.grid.origin.column + index), header };
}
