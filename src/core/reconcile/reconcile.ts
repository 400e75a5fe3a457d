import Decimal from 'decimal.js';
import type { RegionPayout, PayoutResult } from '../payout/types';
import type { TableProblem } from '../table/types';
import { viewGrid, type GridView } from '../table/grid';
import { isBlank } from '../table/cell';
import { problem } from '../table/messages';
import { readCode } from '../table/text';
import { isTotalLabel } from '../table/totals';
import { RegionIndex } from '../table/regionName';
import { locateColumn } from './locate';
import { readAmount } from './amount';
import { reconcileMessages } from './messages';
import type { ReconcileFlag, ReconcileOptions, ReconcileResult, ReconcileRow } from './types';

const ZERO = new Decimal(0);

/**
 * Computed payouts beside existing amounts (e.g. an official table pasted into the sheet): per region
 * computed, existing and the difference computed − existing, flagged for highlighting, with the sum
 * of the differences. An amount cell that cannot be read is an error naming the cell; the other
 * regions are still compared.
 */
export function reconcile(result: PayoutResult, options: ReconcileOptions): ReconcileResult {
  const view = viewGrid(options.grid);
  const comparedWith = options.compare ?? 'total';
  const errors: TableProblem[] = [];
  if (comparedWith !== 'total' && !result.tranches.some((t) => t.id === comparedWith)) {
    const table = view.rowsAddress(0, options.grid.values.length - 1);
    const known = result.tranches.map((t) => t.id);
    errors.push(problem(table, 'unknown-tranche', reconcileMessages.unknownTranche(comparedWith, known), comparedWith));
  }
  const column = locateColumn(view, options.headerRow, options.column);
  if (!column.ok) errors.push(column.error);
  const key = options.keyColumn === undefined ? null : locateColumn(view, options.headerRow, options.keyColumn);
  if (key && !key.ok) errors.push(key.error);
  if (errors.length > 0 || !column.ok || (key && !key.ok)) return { ok: false, errors };

  const warnings: TableProblem[] = [];
  const rowOf = key
    ? rowsByKey(view, options.headerRow, key.index, result.regions, errors, warnings)
    : (r: RegionPayout) => r.region.gridRow;

  const rows = result.regions.map((payout): ReconcileRow => {
    const computed = comparedWith === 'total' ? payout.total : payout.payouts[comparedWith];
    const base = { code: payout.region.code, name: payout.region.name, computed };
    const gridRow = rowOf(payout);
    if (gridRow === null) return { ...base, existing: null, difference: null, address: null, gridRow: null, flags: ['missing'] };
    const address = view.address(gridRow, column.index);
    const read = readAmount(view.cell(gridRow, column.index));
    if (!read.ok) {
      errors.push(problem(address, 'invalid-amount', reconcileMessages.unreadableAmount(address, read.found), read.found));
      return { ...base, existing: null, difference: null, address, gridRow, flags: ['unreadable'] };
    }
    if (read.value === null) return { ...base, existing: null, difference: null, address, gridRow, flags: ['missing'] };
    const existing = read.value;
    const difference = computed.minus(existing);
    const flags: ReconcileFlag[] = [];
    if (!difference.isZero()) flags.push('differs');
    if (!existing.isInteger()) flags.push('notWhole');
    return { ...base, existing, difference, address, gridRow, flags };
  });

  const sum = (values: (Decimal | null)[]) => values.reduce<Decimal>((s, v) => (v ? s.plus(v) : s), ZERO);
  const compared = rows.filter((r) => r.existing !== null);
  const apart = (flag: ReconcileFlag) => {
    const left = rows.filter((r) => r.flags.includes(flag));
    return { count: left.length, computed: sum(left.map((r) => r.computed)) };
  };
  return {
    ok: true,
    reconciliation: {
      compared: comparedWith,
      column: { index: column.index, letter: column.letter, header: column.header },
      rows,
      computedTotal: sum(rows.map((r) => r.computed)),
      comparedComputedTotal: sum(compared.map((r) => r.computed)),
      existingTotal: sum(compared.map((r) => r.existing)),
      sumOfDifferences: sum(compared.map((r) => r.difference)),
      notCompared: { unreadable: apart('unreadable'), missing: apart('missing') },
      differing: rows.filter((r) => r.flags.includes('differs')).length,
      errors,
      warnings,
    },
  };
}

/**
 * The grid row of each region found by the key column's code or name; rows below the header that
 * are blank or totals are skipped, a row naming no region is a warning, a second row for the same
 * region an error (the first is used).
 */
function rowsByKey(
  view: GridView,
  headerRow: number,
  keyColumn: number,
  regions: readonly RegionPayout[],
  errors: TableProblem[],
  warnings: TableProblem[],
): (payout: RegionPayout) => number | null {
  // Each label found in O(1) (a map of codes, one of names) rather than by a scan of the regions.
  const index = new RegionIndex(
    regions.map((_, i) => i),
    (i) => regions[i].region.code,
    (i) => regions[i].region.name,
  );
  /** As namesRegion over the regions in order would: the first region the label names by code or by name. */
  const named = (label: string): RegionPayout | undefined => {
    const byCode = index.code(label);
    const byName = index.name(label);
    const first = byCode === undefined ? byName : byName === undefined ? byCode : Math.min(byCode, byName);
    return first === undefined ? undefined : regions[first];
  };
  const found = new Map<RegionPayout, number>();
  for (let row = headerRow + 1; row < view.grid.values.length; row++) {
    const cell = view.cell(row, keyColumn);
    if (isBlank(cell) || isTotalLabel(cell)) continue;
    const label = readCode(cell, view.format(row, keyColumn)) ?? '';
    const address = view.address(row, keyColumn);
    const region = named(label);
    if (!region) {
      warnings.push(problem(address, 'unknown-region', reconcileMessages.unknownRegion(address, label), label));
    } else if (found.has(region)) {
      const first = view.address(found.get(region)!, keyColumn);
      errors.push(problem(address, 'duplicate-region', reconcileMessages.duplicateKey(label, first, address), label));
    } else {
      found.set(region, row);
    }
  }
  return (payout) => found.get(payout) ?? null;
}
