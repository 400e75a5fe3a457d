import { a1, cellAddress, parseCellRef, splitSheet } from '../core/table/address';

/** Where a range argument sits in the workbook: its sheet and top-left cell (0-based). */
export interface RangePlace {
  sheetName: string;
  row: number;
  column: number;
}

/**
 * The address Excel gives for a range argument (invocation.parameterAddresses, e.g. "Blad1!A4:F26",
 * "'Min flik'!$B$2", "A4:F26"), as its sheet and top-left cell; null when there is none or it
 * cannot be read. Quoted sheet names keep their inner quotes doubled, as in a formula.
 */
export function parseRangeAddress(address: unknown): RangePlace | null {
  if (typeof address !== 'string' || address.trim() === '') return null;
  const split = splitSheet(address.trim());
  const cell = parseCellRef(split.local.split(':')[0]);
  return cell ? { sheetName: split.sheetName ?? '', ...cell } : null;
}

/**
 * A function that names cells of a range argument: "Blad1!E7" where Excel gave the range's address,
 * else the position inside the argument ("vikter, rad 3" / "weights, row 3").
 */
export function cellNamer(place: RangePlace | null, argument: { sv: string; en: string }) {
  return (row: number, column: number): { sv: string; en: string } => {
    if (place) {
      const r = place.row + row;
      const c = place.column + column;
      const address = place.sheetName ? cellAddress(place.sheetName, r, c) : a1(r, c);
      return { sv: address, en: address };
    }
    const where = (rowWord: string, columnWord: string, name: string) =>
      column === 0 ? `${name}, ${rowWord} ${row + 1}` : `${name}, ${rowWord} ${row + 1} ${columnWord} ${column + 1}`;
    return { sv: where('rad', 'kolumn', argument.sv), en: where('row', 'column', argument.en) };
  };
}
