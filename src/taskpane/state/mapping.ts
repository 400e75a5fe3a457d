import { columnLetters } from '../../core/table/address';
import type { CellGrid, CellValue, ColumnMapping, MappingOverride, TableResult } from '../../core/table/types';
import type { MappingChoices } from './paneState';

/** A column the user can map a fact to: its 0-based grid index, sheet letter and header text. */
export interface HeaderOption {
  column: number;
  letter: string;
  header: string;
}

const text = (value: CellValue): string => (value === null || value === undefined ? '' : String(value).trim());

/**
 * The header row: the parser's when it found one; otherwise (the parse failed) the first of the top
 * rows with the most text cells, so the user can still fix the mapping that made it fail.
 */
export function headerRowOf(grid: CellGrid, table: TableResult | null): number {
  if (table?.ok) return table.table.headerRow;
  if (table?.headerRow !== undefined) return table.headerRow;
  let best = 0;
  let bestCount = -1;
  grid.values.slice(0, 10).forEach((row, index) => {
    const count = row.filter((cell) => typeof cell === 'string' && cell.trim() !== '').length;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}

export function headerOptions(grid: CellGrid, headerRow: number): HeaderOption[] {
  const row = grid.values[headerRow] ?? [];
  return row.map((cell, column) => ({
    column,
    letter: columnLetters(grid.origin.column + column),
    header: text(cell),
  }));
}

/**
 * The user's choices as the parser's override. Columns go by sheet letter, which stays unambiguous
 * when two headers read the same; "(none)" is an empty string.
 */
export function toOverride(grid: CellGrid, choices: MappingChoices): MappingOverride | undefined {
  const entries = Object.entries(choices);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([factId, column]) => [factId, column === null ? '' : columnLetters(grid.origin.column + column)]));
}

/** The column each fact reads now: the user's choice, else the parser's mapping. */
export function currentColumn(
  factId: string,
  choices: MappingChoices,
  table: TableResult | null,
  detected: ColumnMapping | null,
): number | null {
  if (Object.hasOwn(choices, factId)) return choices[factId];
  const mapping = table?.ok ? table.table.mapping : table?.mapping;
  if (mapping) return mapping[factId]?.column ?? null;
  return detected?.[factId]?.column ?? null;
}
