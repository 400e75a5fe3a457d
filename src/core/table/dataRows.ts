import type { ColumnMapping } from './types';
import { isBlank } from './cell';
import type { GridView } from './grid';
import type { RoleFacts } from './roles';
import { isTotalLabel } from './totals';

export interface DataRows {
  /** Grid rows holding regions, in order. */
  rows: number[];
  /** Grid rows skipped as totals ("Riket", "Summa", "Totalt"). */
  totals: number[];
}

/**
 * The rows below the header that hold regions. A row whose mapped cells are all blank is skipped (a
 * spacer or a note outside the table's columns); a row whose region name or code reads as a total is
 * recorded and skipped.
 */
export function selectDataRows(view: GridView, headerRow: number, mapping: ColumnMapping, roles: RoleFacts): DataRows {
  const columns = Object.values(mapping).map((m) => m.column);
  const labelColumns = [roles.regionName, roles.regionCode].flatMap((f) => (f && mapping[f.id] ? [mapping[f.id].column] : []));
  const rows: number[] = [];
  const totals: number[] = [];
  for (let row = headerRow + 1; row < view.grid.values.length; row++) {
    if (columns.every((column) => isBlank(view.cell(row, column)))) continue;
    if (labelColumns.some((column) => isTotalLabel(view.cell(row, column)))) totals.push(row);
    else rows.push(row);
  }
  return { rows, totals };
}
