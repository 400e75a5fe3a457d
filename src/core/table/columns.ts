import type { FactDeclaration } from '../agreement/types';
import type { CellValue, FactValue, PercentReading, TableProblem } from './types';
import { readBoolean } from './booleans';
import { readDate } from './dates';
import type { GridView } from './grid';
import { messages, problem } from './messages';
import { readNumber } from './numbers';
import { readPercentColumn } from './percent';
import type { Read } from './read';
import { readCode, readText } from './text';

/** One fact's column read over the data rows. */
export interface FactColumn {
  values: FactValue[];
  /** Data rows (indexes into the rows given) whose cell could not be read; an error names each. */
  unreadable: Set<number>;
  errors: TableProblem[];
  warnings: TableProblem[];
  percentReading?: PercentReading;
}

/** Reads `column` of the grid at `rows` as the fact's type; the fact's role decides for identity and population. */
export function readFactColumn(view: GridView, fact: FactDeclaration, column: number, rows: number[]): FactColumn {
  if (fact.type === 'percent' && fact.role === undefined) {
    const cells = rows.map((row) => ({ cell: view.cell(row, column), format: view.format(row, column), address: view.address(row, column) }));
    const read = readPercentColumn(cells, fact.label);
    return { values: read.values, unreadable: read.failed, errors: read.errors, warnings: read.warnings, percentReading: read.reading };
  }

  const unreadable = new Set<number>();
  const errors: TableProblem[] = [];
  const values = rows.map((row, i): FactValue => {
    const read = readFactCell(fact, view.cell(row, column), view.format(row, column));
    if (read.ok) return read.value;
    const type = fact.role === 'population' ? 'number' : fact.type;
    const address = view.address(row, column);
    errors.push(problem(address, `invalid-${type}`, messages.invalidValue(fact.label, address, type, read.found, read.hint), read.found));
    unreadable.add(i);
    return null;
  });
  return { values, unreadable, errors, warnings: [] };
}

/**
 * One cell read as the fact's type, as readFactColumn reads it; the fact's role decides for identity
 * and population. Percent facts without a role depend on their column (see percent.ts): this reads
 * them as plain numbers, so callers apply the column's reading.
 */
export function readFactCell(fact: FactDeclaration, cell: CellValue, format: string | undefined): Read<FactValue> {
  if (fact.role === 'regionCode') return { ok: true, value: readCode(cell, format) };
  if (fact.role === 'regionName') return { ok: true, value: readText(cell) };
  return readCell(fact.role === 'population' ? 'number' : fact.type, cell);
}

function readCell(type: FactDeclaration['type'], cell: Parameters<typeof readNumber>[0]): Read<FactValue> {
  switch (type) {
    case 'number':
    case 'percent':
      return readNumber(cell);
    case 'boolean':
      return readBoolean(cell);
    case 'date':
      return readDate(cell);
    case 'text':
      return { ok: true, value: readText(cell) };
  }
}
