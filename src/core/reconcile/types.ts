import type Decimal from 'decimal.js';
import type { CellGrid, TableProblem } from '../table/types';

export interface ReconcileOptions {
  /** The grid holding the existing amounts (usually the region table itself). */
  grid: CellGrid;
  /** 0-based grid row of the headers `column` and `keyColumn` are looked up in. */
  headerRow: number;
  /** The amounts column: header text (case, accents and units such as "(kr)" ignored) or a sheet column letter ("F"). */
  column: string;
  /** What the amounts are compared with: "total" (the default) or a tranche id such as "payout1". */
  compare?: string;
  /**
   * How amounts are matched to regions. Without it, by the grid row each region was read from (the
   * grid is the region table). With it, by this column's region code or name (header or letter),
   * for a table pasted in another order.
   */
  keyColumn?: string;
}

/**
 * differs: computed and existing amounts differ; missing: no existing amount (blank cell, or no row
 * for the region); unreadable: the cell is not an amount (an error names it); notWhole: the existing
 * amount has öre.
 */
export type ReconcileFlag = 'differs' | 'missing' | 'unreadable' | 'notWhole';

export interface ReconcileRow {
  code: string | null;
  name: string;
  computed: Decimal;
  existing: Decimal | null;
  /** computed − existing; null without a readable existing amount. */
  difference: Decimal | null;
  /** The existing amount's cell, e.g. "Blad1!E10"; null when the region has no row. */
  address: string | null;
  /** 0-based grid row of that cell, for highlighting. */
  gridRow: number | null;
  flags: ReconcileFlag[];
}

export interface UncomparedRows {
  count: number;
  computed: Decimal;
}

export interface Reconciliation {
  /** "total" or the tranche id compared. */
  compared: string;
  /** The amounts column found: 0-based within the grid, its letter in the sheet and its header. */
  column: { index: number; letter: string; header: string };
  /** In the result's region order. */
  rows: ReconcileRow[];
  /** Sum of the computed amounts of every region, compared or not. */
  computedTotal: Decimal;
  /** Sum of the computed amounts of the rows compared (those with a readable existing amount). */
  comparedComputedTotal: Decimal;
  /** Sum of the readable existing amounts. */
  existingTotal: Decimal;
  /**
   * Sum of the differences over the rows compared: comparedComputedTotal − existingTotal, so the
   * totals row adds up. Rows without a readable amount are counted apart, in notCompared.
   */
  sumOfDifferences: Decimal;
  /** Rows left out of the comparison, how many and the kronor computed for them. */
  notCompared: { unreadable: UncomparedRows; missing: UncomparedRows };
  /** Rows flagged "differs". */
  differing: number;
  /** Unreadable amounts and duplicate keys, each naming its cell. */
  errors: TableProblem[];
  /** Rows of a key column that name no region. */
  warnings: TableProblem[];
}

/** Not ok when the columns cannot be found or the tranche is unknown: then there is nothing to compare. */
export type ReconcileResult = { ok: true; reconciliation: Reconciliation } | { ok: false; errors: TableProblem[] };
