import type { ColumnMapping, HiddenRowsChoice } from './types';
import { isBlank } from './cell';
import type { GridView } from './grid';
import type { RoleFacts } from './roles';
import { isTotalLabel } from './totals';
import { checkpoint, type Steps } from '../pace/steps';

export interface DataRows {
  /** Grid rows holding regions, in order. */
  rows: number[];
  /** Grid rows skipped as totals ("Riket", "Sverige", "Summa", "Totalt"). */
  totals: number[];
  /** Hidden (or filtered) grid rows with data: among `rows` unless the choice was to exclude them. */
  hidden: number[];
  excluded: number[];
}

/**
 * The rows below the header that hold regions. A row whose mapped cells are all blank is skipped (a
 * spacer or a note outside the table's columns); a row whose region name or code reads as a total is
 * recorded and skipped; hidden rows are recorded, and left out only when the user chose so.
 */
export function* selectDataRows(
  view: GridView,
  headerRow: number,
  mapping: ColumnMapping,
  roles: RoleFacts,
  hiddenRows: HiddenRowsChoice,
): Steps<DataRows> {
  const columns = Object.values(mapping).map((m) => m.column);
  const labelColumns = [roles.regionName, roles.regionCode].flatMap((f) => (f && mapping[f.id] ? [mapping[f.id].column] : []));
  const selected: DataRows = { rows: [], totals: [], hidden: [], excluded: [] };
  for (let row = headerRow + 1; row < view.grid.values.length; row++) {
    if (checkpoint(row)) yield;
    if (allBlank(view, row, columns)) continue;
    if (anyTotal(view, row, labelColumns)) {
      selected.totals.push(row);
      continue;
    }
    if (view.hidden(row)) {
      selected.hidden.push(row);
      if (hiddenRows === 'exclude') {
        selected.excluded.push(row);
        continue;
      }
    }
    selected.rows.push(row);
  }
  return selected;
}

/** Every mapped cell of the row blank, and none an error: plain loops, as this runs once per row. */
function allBlank(view: GridView, row: number, columns: readonly number[]): boolean {
  for (let c = 0; c < columns.length; c++) if (!isBlank(view.cell(row, columns[c])) || view.issue(row, columns[c])) return false;
  return true;
}

function anyTotal(view: GridView, row: number, columns: readonly number[]): boolean {
  for (let c = 0; c < columns.length; c++) if (isTotalLabel(view.cell(row, columns[c]))) return true;
  return false;
}
