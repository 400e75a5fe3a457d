/** A1-style addresses. Rows and columns are 0-based here and 1-based / lettered in the text. */

/** Excel's last column, XFD, as a 0-based index. */
export const MAX_COLUMN = 16383;
/** Excel's last row as a 0-based index. */
export const MAX_ROW = 1_048_575;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0) throw new RangeError(`Not a column index: ${column}`);
  let letters = '';
  let n = column + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "aa" → 26; null when the text is not a column of a worksheet (A..XFD). */
export function parseColumnLetters(text: string): number | null {
  const letters = text.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 <= MAX_COLUMN ? n - 1 : null;
}

/**
 * A sheet name as it must be written before "!": quoted when it holds anything but letters,
 * digits, "_" and ".", starts with a digit, or could be read as a cell reference; inner quotes doubled.
 */
export function quoteSheetName(sheetName: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName);
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(sheetName) || /^([Rr]\d*)?([Cc]\d*)?$/.test(sheetName);
  if (plain && !looksLikeCell) return sheetName;
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** "A1" for a 0-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** cellAddress("Blad1", 6, 2) → "Blad1!C7"; cellAddress("Kvot logg", 0, 0) → "'Kvot logg'!A1". */
export function cellAddress(sheetName: string, row: number, column: number): string {
  return `${quoteSheetName(sheetName)}!${a1(row, column)}`;
}

/** rangeAddress("Blad1", 0, 0, 21, 4) → "Blad1!A1:E22"; a single cell gives a cell address. */
export function rangeAddress(sheetName: string, firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): string {
  const start = a1(firstRow, firstColumn);
  const end = a1(lastRow, lastColumn);
  return `${quoteSheetName(sheetName)}!${start === end ? start : `${start}:${end}`}`;
}

/** Splits "'Kvot logg'!A1" into the sheet name (quotes removed, '' → ') and the A1 part; no "!" gives null. */
export function splitSheet(address: string): { sheetName: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, local: address };
  const raw = address.slice(0, bang);
  const quoted = raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'");
  return { sheetName: quoted ? raw.slice(1, -1).replace(/''/g, "'") : raw, local: address.slice(bang + 1) };
}

/** "C7" or "$C$7" as a 0-based row and column; null when it is not a cell of a worksheet. */
export function parseCellRef(text: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!match) return null;
  const column = parseColumnLetters(match[1]);
  const row = Number(match[2]) - 1;
  return column === null || row < 0 || row > MAX_ROW ? null : { row, column };
}
