import Decimal from 'decimal.js';
import type { FactDeclaration } from '../agreement/types';
import type { FactValue, RegionRow, TableProblem } from './types';
import { cellText } from './cell';
import type { FactColumn } from './columns';
import type { GridView } from './grid';
import { messages, problem } from './messages';
import { codeKey, regionIdentity } from './regionName';
import type { RoleFacts } from './roles';
import { record } from '../agreement/own';
import { checkpoint, type Steps } from '../pace/steps';
import { cellAddresses } from './cellAddresses';

export interface BuiltRegions {
  regions: RegionRow[];
  errors: TableProblem[];
}

/**
 * Region rows from the read columns, with the problems that make a row unpayable: no name or code,
 * a blank, negative or fractional population, and one region twice. A region is the same when the
 * codes are equal as numbers ("01" = "1") or the names name the same region ("Region Stockholm" =
 * "Stockholms län"), whether or not the other row has a code.
 */
export function* buildRegions(
  view: GridView,
  facts: FactDeclaration[],
  roles: RoleFacts,
  rows: number[],
  columns: Record<string, FactColumn>,
  mapping: Record<string, { column: number }>,
): Steps<BuiltRegions> {
  const errors: TableProblem[] = [];
  const regions: RegionRow[] = [];
  // The first row (index into rows) of each region code and name: numbers, not an object per row.
  const byCode = new Map<string, number>();
  const byName = new Map<string, number>();
  const at = (factId: string, row: number) => view.address(row, mapping[factId].column);
  // The code and name columns' values, looked up once (not per row).
  const codes = roles.regionCode ? columns[roles.regionCode.id]?.values : undefined;
  const names = roles.regionName ? columns[roles.regionName.id]?.values : undefined;
  const text = (values: FactValue[] | undefined, i: number): string | null => {
    const v = values ? values[i] : null;
    return typeof v === 'string' && v !== '' ? v : null;
  };
  const identity = roles.regionName && mapping[roles.regionName.id] ? roles.regionName : roles.regionCode!;
  // Each fact's read values and sheet column, looked up once rather than once per row.
  const perFact = facts.map((fact) => ({ id: fact.id, values: columns[fact.id]?.values }));
  // Each read fact's cell, addressed when a message asks (see cellAddresses).
  const cellsOf = cellAddresses(
    view,
    new Map(facts.flatMap((fact) => (Object.hasOwn(mapping, fact.id) ? [[fact.id, mapping[fact.id].column] as const] : []))),
  );
  const populationColumn = columns[roles.population.id];
  const identityColumn: FactColumn | undefined = columns[identity.id];
  const populationAt = mapping[roles.population.id].column;

  for (let i = 0; i < rows.length; i++) {
    if (checkpoint(i)) yield;
    const row = rows[i];
    const code = text(codes, i);
    const written = text(names, i);
    const name = written ?? code;
    const identityUnreadable = identityColumn !== undefined && identityColumn.unreadable.size > 0 && identityColumn.unreadable.has(i);
    if (name === null && !identityUnreadable)
      errors.push(problem(at(identity.id, row), 'region-missing', messages.regionMissing(at(identity.id, row))));
    // With a name column, every region has a name: a row known only by its code could be a region
    // written again by name elsewhere, and paid twice.
    if (written === null && code !== null && identity === roles.regionName && !identityUnreadable) {
      errors.push(problem(at(identity.id, row), 'region-name-missing', messages.regionNameMissing(at(identity.id, row), code), code));
    }

    const population = readPopulation(view, roles.population, populationColumn, i, populationAt, row, errors);

    const values = record<FactValue>();
    for (let f = 0; f < perFact.length; f++) values[perFact[f].id] = perFact[f].values?.[i] ?? null;
    const cells = cellsOf(row);

    if (name !== null) {
      // Both rows are named by the cell that makes them one region: the code cells, or the name cells.
      const duplicate = (code !== null ? sameCode(byCode, code, i) : null) ?? (written !== null ? sameName(byName, written, i) : null);
      if (duplicate) {
        const factId = duplicate.by === 'code' ? roles.regionCode!.id : identity.id;
        const address = at(factId, row);
        const j = duplicate.first;
        const first = { label: (text(names, j) ?? text(codes, j))!, address: at(factId, rows[j]) };
        errors.push({
          ...problem(address, 'duplicate-region', messages.sameRegion(first, { label: name, address }, duplicate.by), name),
          cells: [first.address],
        });
      }
    }

    if (name !== null && population !== null) {
      regions.push({ gridRow: row, address: view.address(row, 0), code, name, population, facts: values, cells });
    }
  }
  return { regions, errors };
}

/** The first row with the same code (by codeKey), or null after noting this one's. */
function sameCode(seen: Map<string, number>, code: string, here: number): { first: number; by: 'code' } | null {
  const key = codeKey(code);
  const first = seen.get(key);
  if (first !== undefined) return { first, by: 'code' };
  seen.set(key, here);
  return null;
}

/** The first row naming the same region (by regionIdentity), or null after noting this one's. */
function sameName(seen: Map<string, number>, name: string, here: number): { first: number; by: 'name' } | null {
  const key = regionIdentity(name);
  const first = seen.get(key);
  if (first !== undefined) return { first, by: 'name' };
  seen.set(key, here);
  return null;
}

/** The population of one row, or null with an error: blank, negative or not a whole number of people. */
function readPopulation(
  view: GridView,
  fact: FactDeclaration,
  column: FactColumn,
  i: number,
  gridColumn: number,
  row: number,
  errors: TableProblem[],
): Decimal | null {
  const value = column.values[i];
  if (column.unreadable.size > 0 && column.unreadable.has(i)) return null;
  const cell = view.cell(row, gridColumn);
  // Most rows: a whole, non-negative number from a numeric cell.
  if (typeof cell === 'number' && value instanceof Decimal && !value.isNegative() && value.isInteger()) return value;
  const found = () => cellText(cell);
  const address = view.address(row, gridColumn);
  if (!(value instanceof Decimal)) {
    errors.push(problem(address, 'population-missing', messages.valueMissing(fact.label, address)));
    return null;
  }
  if (value.isNegative() && !value.isZero()) {
    errors.push(problem(address, 'population-negative', messages.negative(fact.label, address, found()), found()));
    return null;
  }
  // "2,46E+06" is how Excel writes a number in Scientific format to CSV: rounded to three digits.
  if (typeof cell === 'string' && /\d[eE][+-]?\d/.test(cell)) {
    errors.push(problem(address, 'population-scientific', messages.populationScientific(fact.label, address, found()), found()));
    return null;
  }
  if (!value.isInteger()) {
    errors.push(problem(address, 'population-not-whole', messages.populationNotWhole(fact.label, address, found()), found()));
    return null;
  }
  return value;
}
