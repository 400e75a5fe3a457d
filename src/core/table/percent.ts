import Decimal from 'decimal.js';
import type { Localized } from '../agreement/types';
import type { CellValue, PercentReading, TableProblem, TableWarning } from './types';
import { cellText, isBlank } from './cell';
import { messages, problem } from './messages';
import { excelNumber, parseNumberText } from './numbers';
import { blank, invalid, value, type Read } from './read';
import { isAboveOne, isBelowZero } from '../decimal/compare';

/**
 * Percent policy ("Reading tables" in the README copies this).
 *
 * Rates are returned as fractions (84,2 % → 0.842). A cell is exact when it says so itself: text
 * with "%" ("84,2 %", "84,2%") or a numeric cell whose number format shows a percent (the value is
 * then already the fraction). Plain numbers follow most of the column: when most plain values are
 * above 1 the column is in percentage points (84,2 → 0.842), otherwise in fractions (0,842 → 0.842).
 * A value above 1 can only be points, wherever it stands (89 among 0,72 and 0,81 is 89 %). So one
 * cell never changes how the others are read. A column that mixes the two is one warning, to be
 * confirmed before anything is written, that says how each side was read and lists every plain cell
 * (any of them may be the one typed wrong). 0 reads the same either way and never counts.
 * Anything below 0 % or above 100 % is an error naming the cell. The reading of each column is
 * reported: "formatted" when it holds only exact cells, else "points", "fraction" or "mixed".
 */

/** A percent cell before the column's policy is applied. */
export type PercentCell = { exact: true; value: Decimal } | { exact: false; value: Decimal };

/** True when an Excel format code shows values as percent (a "%" outside quotes, escapes and [..]). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '');
  return bare.includes('%');
}

export function readPercentCell(cell: CellValue, format?: string): Read<PercentCell> {
  if (isBlank(cell)) return blank();
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return invalid(String(cell));
    return value({ exact: isPercentFormat(format), value: excelNumber(cell) });
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
  warnings: TableWarning[];
}

/** Reads one column of rates under the policy above; label names the fact in messages. */
export function readPercentColumn(cells: PercentColumnCell[], label: Localized): PercentColumn {
  return readPercentCells(
    cells.length,
    (i) => cells[i].cell,
    (i) => cells[i].format,
    (i) => cells[i].address,
    label,
  );
}

/**
 * readPercentColumn over `count` cells given by position: the table reader's way, which makes a cell's
 * address only for a message (20 000 rows need no object and no address each).
 */
export function readPercentCells(
  count: number,
  cellAt: (i: number) => CellValue,
  formatAt: (i: number) => string | undefined,
  addressAt: (i: number) => string,
  label: Localized,
  readCell: (cell: CellValue, format: string | undefined) => Read<PercentCell> = repeatedReads(),
): PercentColumn {
  const errors: TableProblem[] = [];
  const failed = new Set<number>();
  const reads: Read<PercentCell>[] = new Array(count);
  // Plain values above 1, kept from the first pass for the second.
  const above = new Uint8Array(count);
  let points = 0;
  let fractions = 0;
  let anyValue = false;
  for (let i = 0; i < count; i++) {
    const r = readCell(cellAt(i), formatAt(i));
    reads[i] = r;
    if (!r.ok || !r.value) continue;
    anyValue = true;
    if (isPlain(r.value)) {
      if (isPoints(r.value.value)) {
        above[i] = 1;
        points++;
      } else fractions++;
    }
  }
  const inPoints = points > fractions;
  const mixed = points > 0 && fractions > 0;
  // Plain values up to 1 follow the column; above 1 they cannot be fractions.
  const readAsPoints = (i: number) => above[i] === 1 || inPoints;
  const reading: PercentReading =
    points + fractions === 0 ? (anyValue ? 'formatted' : 'fraction') : mixed ? 'mixed' : inPoints ? 'points' : 'fraction';

  const values: (Decimal | null)[] = new Array(count);
  // A rate in points, as a fraction: once per distinct read (reads repeat, see repeatedReads).
  const asFractions = new Map<Decimal, Decimal>();
  const inPercent = (points: Decimal): Decimal => {
    let fraction = asFractions.get(points);
    if (!fraction) {
      fraction = points.dividedBy(100);
      if (asFractions.size < READS_KEPT) asFractions.set(points, fraction);
    }
    return fraction;
  };
  for (let i = 0; i < count; i++) {
    const r = reads[i];
    values[i] = null;
    if (!r.ok) {
      const address = addressAt(i);
      errors.push(problem(address, 'invalid-percent', messages.invalidValue(label, address, 'percent', r.found), r.found));
      failed.add(i);
      continue;
    }
    if (r.value === null) continue;
    const read = r.value;
    const fraction = !read.exact && readAsPoints(i) ? inPercent(read.value) : read.value;
    if (isBelowZero(fraction) || isAboveOne(fraction)) {
      const address = addressAt(i);
      const found = cellText(cellAt(i));
      errors.push(problem(address, 'percent-out-of-range', messages.percentOutOfRange(label, address, found), found));
      failed.add(i);
      continue;
    }
    values[i] = fraction;
  }
  return { values, reading, failed, errors, warnings: mixed ? [mixedWarning(addressAt, reads, label, inPoints)] : [] };
}

/** Distinct cells whose reads a column keeps: a column of rates holds a few hundred at most. */
const READS_KEPT = 1024;
/** Distinct number formats a column keeps reads for. */
const FORMATS_KEPT = 16;

/**
 * readPercentCell, each distinct cell (value and format) read once per column: rates repeat down a
 * column (72,5 % in many rows), and a read is never changed, so repeats share it (and its Decimal)
 * rather than parse it again (0 and -0, one key to a Map, read alike: as 0).
 */
export function repeatedReads(): (cell: CellValue, format: string | undefined) => Read<PercentCell> {
  const byFormat = new Map<string | undefined, Map<CellValue, Read<PercentCell>>>();
  return (cell, format) => {
    let reads = byFormat.get(format);
    if (!reads) {
      // A format per cell (unusual) keeps nothing: every cell is read.
      if (byFormat.size >= FORMATS_KEPT) return readPercentCell(cell, format);
      byFormat.set(format, (reads = new Map()));
    }
    let read = reads.get(cell);
    if (!read) {
      read = readPercentCell(cell, format);
      if (reads.size < READS_KEPT) reads.set(cell, read);
    }
    return read;
  };
}

/** A plain number (not exact) other than 0: what decides whether a column is in points or fractions. */
const isPlain = (cell: PercentCell): boolean => !cell.exact && !cell.value.isZero();

/** One warning for a column that mixes fractions and points, naming the cells on the smaller side first. */
function mixedWarning(addressAt: (i: number) => string, reads: Read<PercentCell>[], label: Localized, inPoints: boolean): TableWarning {
  const plain: { value: Decimal; address: string }[] = [];
  reads.forEach((r, i) => {
    if (r.ok && r.value && isPlain(r.value)) plain.push({ value: r.value.value, address: addressAt(i) });
  });
  const above = plain.filter((p) => isPoints(p.value));
  const upTo = plain.filter((p) => !isPoints(p.value));
  const smaller = inPoints ? upTo : above;
  const larger = inPoints ? above : upTo;
  const message = messages.mixedPercentScale(
    label,
    { above: above.length, upTo: upTo.length, inPoints, example: { above: above[0].value, upTo: upTo[0].value } },
    smaller.map((p) => p.address),
  );
  return {
    ...problem(smaller[0].address, 'mixed-scale', message),
    code: 'mixed-scale',
    cells: [...smaller, ...larger].map((p) => p.address),
  };
}

const isPoints = (plain: Decimal): boolean => isAboveOne(plain);
