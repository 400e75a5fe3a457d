import type { FactDeclaration } from '../agreement/types';
import type { FactValue, PercentReading, TableProblem } from './types';
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
    const cell = view.cell(row, column);
    if (fact.role === 'regionCode') return readCode(cell, view.format(row, column));
    if (fact.role === 'regionName') return readText(cell);
    const type = fact.role === 'population' ? 'number' : fact.type;
    const read = readCell(type, cell);
    if (read.ok) return read.value;
    const address = view.address(row, column);
    errors.push(problem(address, `invalid-${type}`, messages.invalidValue(fact.label, address, type, read.found, read.hint), read.found));
    unreadable.add(i);
    return null;
  });
  return { values, unreadable, errors, warnings: [] };
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
