import Decimal from 'decimal.js';
import type { FactDeclaration, Localized } from '../agreement/types';
import type { ColumnMapping, HiddenRowsChoice, RegionRow, TableProblem, TableWarning, WarningCode } from './types';
import { cellText } from './cell';
import type { FactColumn } from './columns';
import type { DataRows } from './dataRows';
import type { GridView } from './grid';
import { messages, problem } from './messages';
import { readNumber } from './numbers';
import type { RoleFacts } from './roles';
import { headerYears } from './headerWords';
import { formatNumber } from '../format/numbers';
import { safeInteger } from '../decimal/safeInteger';
import { sumDecimals } from '../decimal/sum';
import type { Steps } from '../pace/steps';

export interface TableReview {
  errors: TableProblem[];
  warnings: TableWarning[];
  notes: TableProblem[];
}

export interface ReviewInput {
  view: GridView;
  facts: FactDeclaration[];
  roles: RoleFacts;
  headerRow: number;
  mapping: ColumnMapping;
  data: DataRows;
  columns: Record<string, FactColumn>;
  regions: RegionRow[];
  year?: number;
  hiddenRows: HiddenRowsChoice;
}

/** A population this many times below or above the median is asked about. */
const OUTLIER_FACTOR = 100;
/** Outliers are judged only with enough regions to have a median worth the name. */
const OUTLIER_MIN_REGIONS = 5;

const warning = (address: string, code: WarningCode, message: Localized, extra: Partial<TableProblem> = {}): TableWarning => ({
  ...problem(address, code, message),
  ...extra,
  code,
});

/**
 * What a readable table still needs a person to look at before money moves: blanks in condition
 * columns, headers naming another year, total rows that do not add up, populations far from the
 * others, hidden rows. Rows that cannot be regions at all (a total in disguise, an empty condition
 * column) are errors.
 */
export function* reviewTable(input: ReviewInput): Steps<TableReview> {
  const review: TableReview = { errors: [], warnings: [], notes: [] };
  reviewConditionColumns(input, review);
  yield;
  reviewYears(input, review);
  yield;
  reviewTotals(input, review);
  yield;
  reviewPopulations(input, review);
  yield;
  reviewHiddenRows(input, review);
  reviewHiddenColumns(input, review);
  reviewHiddenUnknown(input, review);
  return review;
}

function reviewConditionColumns({ view, facts, roles, headerRow, mapping, data, columns }: ReviewInput, review: TableReview): void {
  for (const fact of facts) {
    if (isRole(fact, roles)) continue;
    const mapped = mapping[fact.id];
    if (!mapped) {
      if (fact.whenMissing)
        review.notes.push(
          problem(
            view.rowsAddress(headerRow, headerRow),
            'optional-column-absent',
            messages.optionalColumnAbsent(fact.label, fact.whenMissing.means, fact.whenMissing.why),
          ),
        );
      continue;
    }
    const column = columns[fact.id];
    // Loops, not flatMap: an array per row adds up at 20 000 rows.
    const blanks: string[] = [];
    data.rows.forEach((row, i) => {
      if (column.values[i] === null && !column.unreadable.has(i)) blanks.push(view.address(row, mapped.column));
    });
    if (blanks.length === 0) continue;
    const range = view.columnAddress(mapped.column, headerRow, view.grid.values.length - 1);
    if (fact.whenMissing) {
      review.notes.push({
        ...problem(
          blanks[0],
          'blanks-when-missing',
          messages.blanksWhenMissing(fact.label, blanks.length, blanks, fact.whenMissing.means, fact.whenMissing.why),
        ),
        cells: blanks,
      });
    } else if (!fact.required) {
      continue;
    } else if (blanks.length === data.rows.length && data.rows.length > 0) {
      review.errors.push(problem(range, 'column-empty', messages.columnEmpty(fact.label, range)));
    } else {
      review.warnings.push(warning(blanks[0], 'blanks', messages.blanks(fact.label, blanks.length, blanks), { cells: blanks }));
    }
  }
}

function reviewYears({ view, facts, roles, headerRow, mapping, data, columns, year }: ReviewInput, review: TableReview): void {
  if (year === undefined) return;
  // Dates in another year than the agreement's: last year's table, or a year typed wrong. Either
  // would pay or withhold on the wrong facts, so they are asked about, not just read.
  for (const fact of facts) {
    if (fact.type !== 'date' || isRole(fact, roles) || !mapping[fact.id]) continue;
    const column = mapping[fact.id].column;
    const other: { address: string; date: string }[] = [];
    const yearText = String(year);
    columns[fact.id].values.forEach((value, i) => {
      // ISO dates: the year is the first four characters.
      if (typeof value === 'string' && !value.startsWith(yearText)) {
        if (Number(value.slice(0, 4)) !== year) other.push({ address: view.address(data.rows[i], column), date: value });
      }
    });
    if (other.length === 0) continue;
    const cells = other.map((o) => o.address);
    review.warnings.push(
      warning(cells[0], 'other-year', messages.datesInOtherYear(fact.label, other.length, cells, other[0].date, year), { cells }),
    );
  }
  for (const fact of facts) {
    // Populations are counted the year before the payout: their dates say nothing about the data's year.
    if (isRole(fact, roles) || !mapping[fact.id]) continue;
    const { column, header } = mapping[fact.id];
    const years = headerYears(header);
    if (years.length === 0 || years.includes(year)) continue;
    const address = view.address(headerRow, column);
    review.warnings.push(warning(address, 'other-year', messages.otherYear(fact.label, address, header, years, year), { found: header }));
  }
}

function reviewTotals({ view, roles, mapping, data, regions }: ReviewInput, review: TableReview): void {
  const populationColumn = mapping[roles.population.id].column;
  const labelColumn = mapping[(roles.regionName && mapping[roles.regionName.id] ? roles.regionName : roles.regionCode!).id].column;
  // Hidden rows left out at the user's choice still belong to the total they are part of.
  const excluded = data.excluded.reduce((s, row) => {
    const read = readNumber(view.cell(row, populationColumn));
    return read.ok && read.value !== null ? s.plus(read.value) : s;
  }, new Decimal(0));
  const sum = sumDecimals(
    regions.map((r) => r.population),
    excluded,
  );
  const label = (row: number) => cellText(view.cell(row, labelColumn)) || cellText(view.cell(row, 0));

  for (const row of data.totals) {
    const read = readNumber(view.cell(row, populationColumn));
    const address = view.address(row, 0);
    if (read.ok && read.value !== null && !read.value.equals(sum) && regions.length > 0) {
      const population = { sv: formatNumber(read.value, 'sv', 0), en: formatNumber(read.value, 'en', 0) };
      const total = { sv: formatNumber(sum, 'sv', 0), en: formatNumber(sum, 'en', 0) };
      review.warnings.push(warning(address, 'total-row', messages.totalMismatch(address, label(row), population, total)));
    } else {
      review.notes.push(problem(address, 'total-row-skipped', messages.totalSkipped(address, label(row))));
    }
  }
  // A sum row without a sum word: its population is the sum of all the others.
  if (regions.length >= 3) {
    // Compared as numbers where the sum is exact as one (twice a population equals it), else as Decimals.
    const exactSum = safeInteger(sum);
    const isSumOfOthers = (population: Decimal): boolean => {
      const n = exactSum === null ? null : safeInteger(population);
      return n !== null && exactSum !== null ? n * 2 === exactSum : sum.minus(population).equals(population);
    };
    for (let r = 0; r < regions.length; r++) {
      const region = regions[r];
      if (region.population.isZero() || !isSumOfOthers(region.population)) continue;
      review.errors.push(problem(region.address, 'looks-like-total', messages.looksLikeTotal(region.address, region.name), region.name));
    }
  }
}

function reviewPopulations({ view, roles, mapping, regions }: ReviewInput, review: TableReview): void {
  const fact = roles.population;
  const column = mapping[fact.id].column;
  for (let r = 0; r < regions.length; r++) {
    const region = regions[r];
    if (!region.population.isZero()) continue;
    const address = view.address(region.gridRow, column);
    review.warnings.push(warning(address, 'population-outlier', messages.populationZero(fact.label, address)));
  }
  const positive = regions.filter((r) => !r.population.isZero());
  if (positive.length < OUTLIER_MIN_REGIONS) return;
  const both = (d: Decimal) => ({ sv: formatNumber(d, 'sv', 0), en: formatNumber(d, 'en', 0) });
  const { median, outlier } = outlierTest(positive.map((r) => r.population));
  let medianText: Localized | null = null;
  positive.forEach((region, i) => {
    const found = outlier(i);
    if (found === null) return;
    const address = view.address(region.gridRow, column);
    // The median worded once for every outlier (a wide table has hundreds).
    medianText ??= both(median);
    review.warnings.push(
      warning(
        address,
        'population-outlier',
        messages.populationOutlier(fact.label, address, both(region.population), medianText, found === 'low'),
      ),
    );
  });
}

/**
 * The median of the populations, and whether the i-th is OUTLIER_FACTOR times below ('low') or above
 * ('high') it. Whole numbers of people that stay exact as numbers even times the factor are sorted
 * and compared as numbers (a Decimal comparison copies its argument: 40 000 copies for a 20 000-row
 * table); others as Decimals.
 */
function outlierTest(populations: Decimal[]): { median: Decimal; outlier: (i: number) => 'low' | 'high' | null } {
  const limit = Number.MAX_SAFE_INTEGER / OUTLIER_FACTOR;
  const numbers = populations.map(safeInteger);
  const mid = Math.floor(populations.length / 2);
  if (numbers.every((n) => n !== null && n < limit)) {
    const sorted = Float64Array.from(numbers as number[]).sort();
    // The median of two is their mean: a half at most, exact as a number below the limit.
    const m = populations.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return {
      median: new Decimal(m),
      outlier: (i) => {
        const n = numbers[i] as number;
        return n * OUTLIER_FACTOR < m ? 'low' : n > m * OUTLIER_FACTOR ? 'high' : null;
      },
    };
  }
  const sorted = [...populations].sort((a, b) => a.comparedTo(b));
  const median = populations.length % 2 === 1 ? sorted[mid] : sorted[mid - 1].plus(sorted[mid]).dividedBy(2);
  const high = median.times(OUTLIER_FACTOR);
  return {
    median,
    outlier: (i) => {
      const p = populations[i];
      return p.times(OUTLIER_FACTOR).lessThan(median) ? 'low' : p.greaterThan(high) ? 'high' : null;
    },
  };
}

function reviewHiddenRows({ view, data, hiddenRows }: ReviewInput, review: TableReview): void {
  if (data.hidden.length === 0) return;
  const cells = data.hidden.map((row) => view.address(row, 0));
  const first = cells[0];
  if (hiddenRows === 'ask') review.warnings.push(warning(first, 'hidden-rows', messages.hiddenRows(cells.length, cells), { cells }));
  else if (hiddenRows === 'exclude')
    review.notes.push({ ...problem(first, 'hidden-rows-excluded', messages.hiddenRowsExcluded(cells.length, cells)), cells });
  else review.notes.push({ ...problem(first, 'hidden-rows-included', messages.hiddenRowsIncluded(cells.length, cells)), cells });
}

/** A mapped column hidden in the sheet: easy to forget, e.g. last year's figures kept out of sight. */
function reviewHiddenColumns({ view, facts, headerRow, mapping }: ReviewInput, review: TableReview): void {
  for (const fact of facts) {
    const mapped = mapping[fact.id];
    if (!mapped || !view.columnHidden(mapped.column)) continue;
    const address = view.address(headerRow, mapped.column);
    review.warnings.push(
      warning(address, 'hidden-columns', messages.hiddenColumn(fact.label, address, mapped.header), { found: mapped.header }),
    );
  }
}

/**
 * The host could not say which rows or columns are hidden: never assumed to be none. Asked about
 * at the header row, whatever the hidden-rows choice (rows that cannot be seen cannot be left out).
 */
function reviewHiddenUnknown({ view, headerRow }: ReviewInput, review: TableReview): void {
  const unknown = view.grid.hiddenUnknown;
  if (!unknown || (!unknown.rows && !unknown.columns)) return;
  const address = view.rowsAddress(headerRow, view.grid.values.length - 1);
  review.warnings.push(warning(address, 'hidden-unknown', messages.hiddenUnknown(unknown.rows, unknown.columns, address)));
}

const isRole = (fact: FactDeclaration, roles: RoleFacts) =>
  fact === roles.population || fact === roles.regionName || fact === roles.regionCode;
