import Decimal from 'decimal.js';
import type { FactDeclaration } from '../agreement/types';
import type {
  CellGrid, FactValue, MappingOverride, PercentReading, RegionRow, TableProblem, TableResult,
} from './types';
import { cellText } from './cell';
import { readFactColumn, type FactColumn } from './columns';
import { selectDataRows } from './dataRows';
import { viewGrid, type GridView } from './grid';
import { findHeaderRow } from './headerRow';
import { messages, problem } from './messages';
import { roleFacts, type RoleFacts } from './roles';

/**
 * Reads region rows from a block of cells: finds the header row, maps columns to the declared facts
 * (synonyms, or the explicit override), skips blank and total rows and reads every mapped cell.
 * All problems are collected; with any error there is no table. See the readers for the accepted
 * formats and percent.ts for the policy on rates written as 84 or 0,84.
 */
export function parseTable(grid: CellGrid, facts: FactDeclaration[], override: MappingOverride = {}): TableResult {
  const view = viewGrid(grid);
  const tableRange = view.rowsAddress(0, grid.values.length - 1);
  const roles = roleFacts(facts);
  if (!roles) return { ok: false, errors: [problem(tableRange, 'missing-role-facts', messages.missingRoleFacts())] };

  const known = facts.map((f) => f.id);
  const errors: TableProblem[] = Object.keys(override)
    .filter((id) => !known.includes(id))
    .map((id) => problem(tableRange, 'override-unknown-fact', messages.overrideUnknownFact(id, known), id));

  const header = findHeaderRow(view, facts, roles, override);
  if (!header.ok) return { ok: false, errors: [...errors, ...header.errors] };
  const { row: headerRow, mapping } = header.header;
  const warnings = [...header.header.warnings];

  const { rows, totals } = selectDataRows(view, headerRow, mapping, roles);
  if (rows.length === 0) errors.push(problem(tableRange, 'no-regions', messages.noRegions(tableRange)));

  // Keyed by fact id, so without a prototype: a fact may be named "constructor" or "toString".
  const columns: Record<string, FactColumn> = Object.create(null);
  const percentReading: Record<string, PercentReading> = Object.create(null);
  for (const fact of facts) {
    if (!mapping[fact.id]) continue;
    const column = readFactColumn(view, fact, mapping[fact.id].column, rows);
    columns[fact.id] = column;
    errors.push(...column.errors);
    warnings.push(...column.warnings);
    if (column.percentReading) percentReading[fact.id] = column.percentReading;
  }

  const regions = buildRegions(view, facts, roles, rows, columns, mapping, errors, warnings);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, table: { headerRow, mapping, regions, skippedTotals: totals, percentReading, warnings } };
}

/** Region rows from the read columns; adds identity, population and duplicate problems. */
function buildRegions(
  view: GridView,
  facts: FactDeclaration[],
  roles: RoleFacts,
  rows: number[],
  columns: Record<string, FactColumn>,
  mapping: Record<string, { column: number }>,
  errors: TableProblem[],
  warnings: TableProblem[],
): RegionRow[] {
  const regions: RegionRow[] = [];
  const seen = new Map<string, string>();
  const at = (factId: string, row: number) => view.address(row, mapping[factId].column);
  const text = (fact: FactDeclaration | undefined, i: number): string | null => {
    const v = fact && columns[fact.id] ? columns[fact.id].values[i] : null;
    return typeof v === 'string' && v !== '' ? v : null;
  };

  rows.forEach((row, i) => {
    const code = text(roles.regionCode, i);
    const name = text(roles.regionName, i) ?? code;
    const identity = roles.regionName && mapping[roles.regionName.id] ? roles.regionName : roles.regionCode!;
    if (name === null) errors.push(problem(at(identity.id, row), 'region-missing', messages.regionMissing(at(identity.id, row))));

    const pop = roles.population;
    const population = columns[pop.id].values[i];
    const popAddress = at(pop.id, row);
    if (population === null && !columns[pop.id].unreadable.has(i)) {
      errors.push(problem(popAddress, 'population-missing', messages.valueMissing(pop.label, popAddress)));
    } else if (population instanceof Decimal && population.isNegative() && !population.isZero()) {
      const found = cellText(view.cell(row, mapping[pop.id].column));
      errors.push(problem(popAddress, 'population-negative', messages.negative(pop.label, popAddress, found), found));
    }

    const values: Record<string, FactValue> = Object.create(null);
    const cells: Record<string, string> = Object.create(null);
    for (const fact of facts) {
      values[fact.id] = columns[fact.id]?.values[i] ?? null;
      if (!mapping[fact.id]) continue;
      cells[fact.id] = at(fact.id, row);
      if (fact.required && fact !== pop && values[fact.id] === null && !columns[fact.id].unreadable.has(i)) {
        warnings.push(problem(cells[fact.id], 'value-missing', messages.valueMissing(fact.label, cells[fact.id])));
      }
    }

    const keyFact = code !== null ? roles.regionCode! : identity;
    const key = code !== null ? `code:${code}` : `name:${(name ?? '').toLowerCase()}`;
    if (name !== null) {
      const first = seen.get(key);
      if (first) {
        const second = at(keyFact.id, row);
        errors.push(problem(second, 'duplicate-region', messages.duplicateRegion(code ?? name, first, second), code ?? name));
      } else {
        seen.set(key, at(keyFact.id, row));
      }
    }

    if (name !== null && population instanceof Decimal) {
      regions.push({ gridRow: row, address: view.address(row, 0), code, name, population, facts: values, cells });
    }
  });
  return regions;
}
