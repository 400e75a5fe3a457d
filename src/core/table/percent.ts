import Decimal from 'decimal.js';
import type { Localized } from '../agreement/types';
import type { CellValue, PercentReading, TableProblem } from './types';
import { cellText, isBlank } from './cell';
import { messages, problem } from './messages';
import { parseNumberText } from './numbers';
import { blank, invalid, value, type Read } from './read';

/**
 * Percent policy ("Reading tables" in the README copies this).
 *
 * Rates are returned as fractions (84,2 % → 0.842). A cell is exact when it says so itself: text
 * with "%" ("84,2 %", "84,2%") or a numeric cell whose number format shows a percent (the value is
 * then already the fraction). Plain numbers are decided per column:
 * - if any plain value in the column is greater than 1, the column is in percentage points and every
 *   plain value is divided by 100 (84,2 → 0.842); a plain value above 0 and at most 1 in such a column
 *   is read the same way but warned about, naming the cell (probably a fraction mixed into points);
 * - otherwise the plain values are fractions (0,842 → 0.842).
 * Anything below 0 % or above 100 % is an error naming the cell. The reading of each column is
 * reported: "formatted" when the column holds only exact cells, else "points" or "fraction".
 */

/** A percent cell before the column's policy is applied. */
export type PercentCell = { exact: true; value: Decimal } | { exact: false; value: Decimal };

/** True when an Excel format code shows values as percent (a "%" outside quotes, escapes and [..]). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/[\\_*]./g, '');
  return bare.includes('%');
}

export function readPercentCell(cell: CellValue, format?: string): Read<PercentCell> {
  if (isBlank(cell)) return blank();
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return invalid(String(cell));
    return value({ exact: isPercentFormat(format), value: new Decimal(cell) });
  }
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (text.endsWith('%')) {
      const d = parseNumberText(text.slice(0, -1));
      return d ? value({ exact: true, value: d.dividedBy(100) }) : invalid(text);
    }
    const d = parseNumberText(text);
    return d ? value({ exact: false, value: d }) : invalid(text);
  }
  return invalid(cellText(cell));
}

export interface PercentColumnCell {
  cell: CellValue;
  format?: string;
  address: string;
}

export interface PercentColumn {
  values: (Decimal | null)[];
  reading: PercentReading;
  /** Indexes of the cells that gave errors (their values are null). */
  failed: Set<number>;
  errors: TableProblem[];
  warnings: TableProblem[];
}

/** Reads one column of rates under the policy above; label names the fact in messages. */
export function readPercentColumn(cells: PercentColumnCell[], label: Localized): PercentColumn {
  const errors: TableProblem[] = [];
  const warnings: TableProblem[] = [];
  const failed = new Set<number>();
  const reads = cells.map((c) => readPercentCell(c.cell, c.format));
  const plain = reads.flatMap((r) => (r.ok && r.value && !r.value.exact ? [r.value.value] : []));
  const inPoints = plain.some((d) => d.greaterThan(1));
  const reading: PercentReading =
    plain.length === 0 && reads.some((r) => r.ok && r.value) ? 'formatted' : inPoints ? 'points' : 'fraction';

  const values = reads.map((r, i): Decimal | null => {
    const { address, cell } = cells[i];
    if (!r.ok) {
      errors.push(problem(address, 'invalid-percent', messages.invalidValue(label, address, 'percent', r.found), r.found));
      failed.add(i);
      return null;
    }
    if (r.value === null) return null;
    const read = r.value;
    const fraction = !read.exact && inPoints ? read.value.dividedBy(100) : read.value;
    if (fraction.lessThan(0) || fraction.greaterThan(1)) {
      const found = cellText(cell);
      errors.push(problem(address, 'percent-out-of-range', messages.percentOutOfRange(label, address, found), found));
      failed.add(i);
      return null;
    }
    if (!read.exact && inPoints && read.value.greaterThan(0) && read.value.lessThanOrEqualTo(1)) {
      warnings.push(
        problem(address, 'percent-small-in-points', messages.percentSmallInPoints(label, address, read.value), cellText(cell)),
      );
    }
    return fraction;
  });
  return { values, reading, failed, errors, warnings };
}
