import type { Agreement, FactDeclaration } from '../agreement/types';
import type {
  CellGrid,
  ColumnMapping,
  HiddenRowsChoice,
  MappingOverride,
  ParseOptions,
  PercentReading,
  TableProblem,
  TableResult,
  TableWarning,
} from './types';
import { readFactColumn, type FactColumn } from './columns';
import { selectDataRows } from './dataRows';
import { viewGrid } from './grid';
import { findHeaderRow } from './headerRow';
import { messages, problem } from './messages';
import { buildRegions } from './regions';
import { roleFacts } from './roles';
import { reviewTable } from './tableReview';
import { checkListedRegions } from './listedRegions';
import { finish, type Steps } from '../pace/steps';

/** What an agreement tells the reader beyond its facts: its year and its list of recipients. */
export function agreementParseOptions(agreement: Agreement, hiddenRows: HiddenRowsChoice = 'ask'): ParseOptions {
  return { year: agreement.year, hiddenRows, ...(agreement.regions ? { regions: agreement.regions } : {}) };
}

/**
 * Reads region rows from a block of cells: finds the header row, maps columns to the declared facts
 * (synonyms, or the explicit override), skips blank and total rows and reads every mapped cell.
 * All problems are collected; with any error there is no table. What is readable but unusual comes
 * back as warnings to be confirmed before a write (see tableReview.ts), what the reader did as notes.
 * See the readers for the accepted formats and percent.ts for the policy on rates written as 84 or 0,84.
 */
export function parseTable(
  grid: CellGrid,
  facts: FactDeclaration[],
  override: MappingOverride = {},
  options: ParseOptions = {},
): TableResult {
  return finish(parseTableSteps(grid, facts, override, options));
}

/**
 * The columns the headers alone map to the facts (no override), or null when no header row is found:
 * the same mapping parseTable reports, without reading the rows.
 */
export function detectMapping(grid: CellGrid, facts: FactDeclaration[]): ColumnMapping | null {
  const roles = roleFacts(facts);
  if (!roles) return null;
  const header = findHeaderRow(viewGrid(grid), facts, roles, {});
  return header.ok ? header.header.mapping : null;
}

/** parseTable in steps (see pace/steps.ts): the task pane reads a large table in slices. */
export function* parseTableSteps(
  grid: CellGrid,
  facts: FactDeclaration[],
  override: MappingOverride = {},
  options: ParseOptions = {},
): Steps<TableResult> {
  const view = viewGrid(grid);
  const tableRange = view.rowsAddress(0, grid.values.length - 1);
  const roles = roleFacts(facts);
  if (!roles) return { ok: false, errors: [problem(tableRange, 'missing-role-facts', messages.missingRoleFacts())] };

  const known = new Set(facts.map((f) => f.id));
  const errors: TableProblem[] = Object.keys(override)
    .filter((id) => !known.has(id))
    .map((id) => problem(tableRange, 'override-unknown-fact', messages.overrideUnknownFact(id, [...known]), id));

  const header = findHeaderRow(view, facts, roles, override);
  if (!header.ok) return { ok: false, errors: [...errors, ...header.errors] };
  const { row: headerRow, mapping } = header.header;
  // Header-row problems found with the header row itself: guessing could pay on the wrong column.
  errors.push(...header.header.warnings);
  const warnings: TableWarning[] = [];

  const hiddenRows = options.hiddenRows ?? 'ask';
  yield;
  const data = yield* selectDataRows(view, headerRow, mapping, roles, hiddenRows);
  if (data.rows.length === 0) errors.push(problem(tableRange, 'no-regions', messages.noRegions(tableRange)));

  const columns: Record<string, FactColumn> = Object.create(null) as Record<string, FactColumn>;
  const percentReading: Record<string, PercentReading> = Object.create(null) as Record<string, PercentReading>;
  for (const fact of facts) {
    if (!Object.hasOwn(mapping, fact.id)) continue;
    yield;
    const column = readFactColumn(view, fact, mapping[fact.id].column, data.rows);
    columns[fact.id] = column;
    errors.push(...column.errors);
    warnings.push(...column.warnings);
    if (column.percentReading) percentReading[fact.id] = column.percentReading;
  }

  yield;
  const built = yield* buildRegions(view, facts, roles, data.rows, columns, mapping);
  errors.push(...built.errors);
  const review = yield* reviewTable({
    view,
    facts,
    roles,
    headerRow,
    mapping,
    data,
    columns,
    regions: built.regions,
    year: options.year,
    hiddenRows,
  });
  errors.push(...review.errors);
  const listed =
    options.regions && built.errors.length === 0
      ? checkListedRegions(built.regions, options.regions, tableRange)
      : { errors: [], warnings: [] };
  errors.push(...listed.errors);
  if (errors.length > 0) return { ok: false, errors, headerRow, mapping };
  return {
    ok: true,
    table: {
      headerRow,
      mapping,
      regions: built.regions,
      skippedTotals: data.totals,
      excludedRows: data.excluded,
      percentReading,
      warnings: [...warnings, ...review.warnings, ...listed.warnings],
      notes: review.notes,
    },
  };
}
