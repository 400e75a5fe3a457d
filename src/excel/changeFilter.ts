import { MAX_COLUMN, parseColumnLetters } from '../core/table/address';
import { MAX_ROW, splitSheet, type SheetBlock } from './address';

/** The parts of Excel.WorksheetChangedEventArgs the filter reads; newer ones may be missing on older hosts. */
export interface SheetChange {
  address: string;
  changeType?: string;
  /** ExcelApi 1.14. */
  triggerSource?: string;
  /** ExcelApi 1.9, single-cell changes only. */
  details?: { valueBefore?: unknown; valueAfter?: unknown; valueTypeBefore?: string; valueTypeAfter?: string } | null;
}

interface Area {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

const STRUCTURAL = new Set(['RowInserted', 'RowDeleted', 'ColumnInserted', 'ColumnDeleted', 'CellInserted', 'CellDeleted']);

function span(a: number, b: number): [number, number] {
  return [Math.min(a, b), Math.max(a, b)];
}

/** One area of an event address: "B5", "B5:C7", whole rows "5:7", whole columns "B:C"; null if unreadable. */
function parseArea(text: string): Area | null {
  const [start, end = start] = text.trim().replace(/\$/g, '').split(':');
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const a = cell.exec(start);
  const b = cell.exec(end);
  if (a && b) {
    const [firstColumn, lastColumn] = span(parseColumnLetters(a[1]) ?? -1, parseColumnLetters(b[1]) ?? -1);
    const [firstRow, lastRow] = span(Number(a[2]) - 1, Number(b[2]) - 1);
    return firstColumn < 0 ? null : { firstRow, lastRow, firstColumn, lastColumn };
  }
  if (/^\d+$/.test(start) && /^\d+$/.test(end)) {
    const [firstRow, lastRow] = span(Number(start) - 1, Number(end) - 1);
    return { firstRow, lastRow, firstColumn: 0, lastColumn: MAX_COLUMN };
  }
  const left = parseColumnLetters(start);
  const right = parseColumnLetters(end);
  if (/^[A-Za-z]+$/.test(start) && left !== null && right !== null) {
    const [firstColumn, lastColumn] = span(left, right);
    return { firstRow: 0, lastRow: MAX_ROW, firstColumn, lastColumn };
  }
  return null;
}

const overlaps = (a: Area, b: Area): boolean =>
  a.firstRow <= b.lastRow && b.firstRow <= a.lastRow && a.firstColumn <= b.lastColumn && b.firstColumn <= a.lastColumn;

/** A single-cell change whose value stayed the same: a format change (or the same value typed again). */
function valueUnchanged(change: SheetChange): boolean {
  const d = change.details;
  if (!d || !('valueBefore' in d) || !('valueAfter' in d)) return false;
  return d.valueBefore === d.valueAfter && d.valueTypeBefore === d.valueTypeAfter;
}

/**
 * Whether a worksheet change may alter the table read from `block`: not Kvot's own write (trigger
 * source, ExcelApi 1.14; older hosts rely on events being off during Kvot's writes), not a format-only
 * change, and touching the block or the row right under it (a region typed there joins the table).
 * Inserted or deleted rows, columns or cells move the table when they lie at or before its end.
 * An address that cannot be read counts as a change: a needless refresh is cheaper than a stale preview.
 */
export function isTableChange(change: SheetChange, block: SheetBlock): boolean {
  if (change.triggerSource === 'ThisLocalAddin') return false;
  if (change.changeType !== undefined && /format/i.test(change.changeType)) return false;
  if (valueUnchanged(change)) return false;
  const watched: Area = STRUCTURAL.has(change.changeType ?? '')
    ? { firstRow: 0, firstColumn: 0, lastRow: block.lastRow, lastColumn: block.lastColumn }
    : {
        firstRow: block.firstRow,
        firstColumn: block.firstColumn,
        lastRow: Math.min(block.lastRow + 1, MAX_ROW),
        lastColumn: block.lastColumn,
      };
  const areas = splitSheet(change.address).local.split(',').map(parseArea);
  return areas.some((area) => area === null || overlaps(area, watched));
}
