import type { FactDeclaration } from '../agreement/types';
import type { CellIssue, CellValue, FactValue, PercentReading, TableProblem, TableWarning } from './types';
import { readBoolean } from './booleans';
import { readDate } from './dates';
import type { GridView } from './grid';
import { messages, problem } from './messages';
import { readNumber } from './numbers';
import { readPercentCells } from './percent';
import type { Read } from './read';
import { readCode, readText } from './text';

/** One fact's column read over the data rows. */
export interface FactColumn {
  values: FactValue[];
  /** Data rows (indexes into the rows given) whose cell could not be read; an error names each. */
  unreadable: Set<number>;
  errors: TableProblem[];
  warnings: TableWarning[];
  percentReading?: PercentReading;
}

/**
 * Reads `column` of the grid at `rows` as the fact's type; the fact's role decides for identity and
 * population. A cell holding an Excel error or a formula without a saved value is an error of its
 * own, whatever the type: its value is never read (an "#N/A" is no region name, a blank is no "No").
 */
export function readFactColumn(view: GridView, fact: FactDeclaration, column: number, rows: number[]): FactColumn {
  const unreadable = new Set<number>();
  const errors: TableProblem[] = [];
  // Most tables have no error cell at all: then no row needs looking at for one.
  if (view.hasIssues) {
    rows.forEach((row, i) => {
      const issue = view.issue(row, column);
      if (!issue) return;
      errors.push(issueProblem(issue, fact, view.address(row, column)));
      unreadable.add(i);
    });
  }

  if (fact.type === 'percent' && fact.role === undefined) {
    const readable = unreadable.size === 0 ? rows : rows.filter((_, i) => !unreadable.has(i));
    const read = readPercentCells(
      readable.length,
      (i) => view.cell(readable[i], column),
      (i) => view.format(readable[i], column),
      (i) => view.address(readable[i], column),
      fact.label,
    );
    const values = unreadable.size === 0 ? read.values : spread(rows, unreadable, read.values);
    const positions = unreadable.size === 0 ? null : rows.map((_, i) => i).filter((i) => !unreadable.has(i));
    for (const failed of read.failed) unreadable.add(positions ? positions[failed] : failed);
    return { values, unreadable, errors: [...errors, ...read.errors], warnings: read.warnings, percentReading: read.reading };
  }

  // Region codes and names read as text, which never fails: no Read per cell (a code and a name per row).
  if (fact.role === 'regionCode' || fact.role === 'regionName') {
    const values: FactValue[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (unreadable.has(i)) values[i] = null;
      else if (fact.role === 'regionCode') values[i] = readCode(view.cell(row, column), view.format(row, column));
      else values[i] = readText(view.cell(row, column));
    }
    return { values, unreadable, errors, warnings: [] };
  }

  const date1904 = view.grid.date1904 === true;
  // Dates and yes/no written as text repeat down a column ("2024-09-15", "Ja"): each text is read once.
  const seen = fact.role === undefined && (fact.type === 'date' || fact.type === 'boolean') ? new Map<string, Read<FactValue>>() : null;
  const readAt = (cell: CellValue, row: number): Read<FactValue> => {
    if (seen === null || typeof cell !== 'string') return readFactCell(fact, cell, view.format(row, column), date1904);
    let read = seen.get(cell);
    if (!read) {
      read = readFactCell(fact, cell, undefined, date1904);
      if (seen.size < TEXTS_KEPT) seen.set(cell, read);
    }
    return read;
  };
  const values = rows.map((row, i): FactValue => {
    if (unreadable.has(i)) return null;
    const read = readAt(view.cell(row, column), row);
    if (read.ok) return read.value;
    const type = fact.role === 'population' ? 'number' : fact.type;
    const address = view.address(row, column);
    errors.push(problem(address, `invalid-${type}`, messages.invalidValue(fact.label, address, type, read.found, read.hint), read.found));
    unreadable.add(i);
    return null;
  });
  return { values, unreadable, errors, warnings: [] };
}

/** Distinct texts remembered per column: a column of dates or yes/no has a handful. */
const TEXTS_KEPT = 1024;

/** Values read for the readable rows, put back in place with null for the rest. */
function spread<T>(rows: number[], skipped: Set<number>, values: T[]): (T | null)[] {
  let next = 0;
  return rows.map((_, i) => (skipped.has(i) ? null : values[next++]));
}

/**
 * One cell read as the fact's type, as readFactColumn reads it; the fact's role decides for identity
 * and population. Percent facts without a role depend on their column (see percent.ts): this reads
 * them as plain numbers, so callers apply the column's reading.
 */
export function readFactCell(fact: FactDeclaration, cell: CellValue, format: string | undefined, date1904 = false): Read<FactValue> {
  if (fact.role === 'regionCode') return { ok: true, value: readCode(cell, format) };
  if (fact.role === 'regionName') return { ok: true, value: readText(cell) };
  return readCell(fact.role === 'population' ? 'number' : fact.type, cell, date1904);
}

function issueProblem(issue: CellIssue, fact: FactDeclaration, address: string): TableProblem {
  return issue.kind === 'error'
    ? problem(address, 'cell-error', messages.cellError(fact.label, address, issue.text), issue.text)
    : problem(address, 'formula-without-value', messages.formulaWithoutValue(fact.label, address, issue.text), issue.text);
}

function readCell(type: FactDeclaration['type'], cell: Parameters<typeof readNumber>[0], date1904: boolean): Read<FactValue> {
  switch (type) {
    case 'number':
    case 'percent':
      return readNumber(cell);
    case 'boolean':
      return readBoolean(cell);
    case 'date':
      return readDate(cell, date1904);
    case 'text':
      return { ok: true, value: readText(cell) };
  }
}
