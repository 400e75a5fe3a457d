import { readFileSync } from 'node:fs';
import type { Agreement } from '../../../src/core/agreement/types';
import type { CellGrid, ParsedTable } from '../../../src/core/table/types';
import { parseTable } from '../../../src/core/table/parse';
import { readCsv } from '../../../src/cli/csv';

/** A CSV file of the repository as the grid a sheet "Blad1" from A1 would give; "#" comment lines dropped. */
export function csvGrid(pathFromRoot: string): CellGrid {
  const text = readFileSync(new URL(`../../../${pathFromRoot}`, import.meta.url), 'utf8');
  const body = text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  return { sheetName: 'Blad1', origin: { row: 0, column: 0 }, values: readCsv(body).filter((row) => row.some((c) => c !== '')) };
}

/** Reads a grid with the agreement's facts, failing the test on any table error. */
export function readTable(grid: CellGrid, agreement: Agreement): ParsedTable {
  const parsed = parseTable(grid, agreement.facts);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors, null, 2));
  return parsed.table;
}

/** The bundled example: the 2024 populations with illustrative inclusion, PREM and report values. */
export const exampleGrid2024 = (): CellGrid => csvGrid('examples/regioner-2024.csv');
