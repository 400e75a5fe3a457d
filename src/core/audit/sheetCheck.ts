import { plainPayout } from '../payout/shares';
import Decimal from 'decimal.js';
import { own } from '../agreement/own';
import type { Agreement, FactDeclaration, Language, Localized } from '../agreement/types';
import { buildOutputColumns, columnKinds } from '../payout/columns';
import { KVOT_HEADER_PREFIX, type OutputColumns } from '../payout/columns.types';
import type { PayoutResult } from '../payout/types';
import { formatNumber, formatPercent } from '../format/numbers';
import { formatFactValue } from '../format/factValue';
import { cellAddress, parseColumnLetters, quoteSheetName, rangeAddress } from '../table/address';
import { cellText, isBlank } from '../table/cell';
import { readFactCell } from '../table/columns';
import { readNumber } from '../table/numbers';
import { readPercentCell } from '../table/percent';
import { isTotalLabel } from '../table/totals';
import type { CellGrid, CellValue, PercentReading } from '../table/types';
import { logValue } from './entry';
import { sameWords } from './human';
import { decodeRows, parseBlock, type Block } from './layout';
import type { LoggedSheet, LogEntry, LoggedValue } from './types';
import { pick } from '../i18n';

/** One cell (or row) where the sheet is not what the log says was read or written. */
export interface SheetDifference {
  address: string;
  message: Localized;
}

export interface SheetCheck {
  ok: boolean;
  differences: SheetDifference[];
  /** What could not be compared, and why; any note also fails the check. */
  notes: Localized[];
  counts: { regions: number; inputCells: number; kvotCells: number };
}

/** A share is shown as 0,00 %: a float written and read back equals it; anything past 1e-12 is a change. */
const SHARE_TOLERANCE = 1e-12;

type Read = { ok: true; value: LoggedValue } | { ok: false; found: string };

/**
 * Holds a sheet against one logged write: every input cell (per region its row, per fact its column)
 * must read, with the table readers and the column's logged percent reading, as the value logged;
 * every region must still be on its row (a region found elsewhere is a difference naming both rows,
 * one not found is a difference, a region row not in the log is a difference); and every cell of
 * the block Kvot wrote must hold what the re-run calculation gives (amounts exactly). `result` is
 * the logged calculation re-run (verifyLogEntry); without it Kvot's cells cannot be compared and
 * the check fails saying so. `grid` is the sheet named in the log, null when the workbook has none.
 */
export function checkSheet(
  entry: LogEntry & { sheet: LoggedSheet },
  agreement: Agreement,
  result: PayoutResult | undefined,
  grid: CellGrid | null,
): SheetCheck {
  const layout = entry.sheet;
  const lang = layout.lang;
  const differences: SheetDifference[] = [];
  const notes: Localized[] = [];
  const counts = { regions: 0, inputCells: 0, kvotCells: 0 };
  const done = (): SheetCheck => ({ ok: differences.length === 0 && notes.length === 0, differences, notes, counts });
  const differ = (address: string, message: Localized) => differences.push({ address, message });

  const block = parseBlock(layout.written, layout.sheet);
  const rows = decodeRows(layout.rows)?.map((r) => r - 1) ?? null;
  if (!block || !rows || rows.length !== entry.inputs.length) {
    notes.push({
      sv: 'Loggens celluppgifter går inte att läsa: bladet kunde inte jämföras.',
      en: 'The log’s cell information cannot be read: the sheet could not be compared.',
    });
    return done();
  }
  if (!grid) {
    differ(quoteSheetName(layout.sheet), {
      sv: `Bladet "${layout.sheet}" som Kvot läste och skrev i finns inte i arbetsboken.`,
      en: `The sheet "${layout.sheet}" Kvot read and wrote is not in the workbook.`,
    });
    return done();
  }

  const sheet = sheetView(grid, layout.sheet);
  const factsById = new Map(agreement.facts.map((f) => [f.id, f]));
  const columns: { fact: FactDeclaration; column: number }[] = [];
  for (const [factId, letters] of Object.entries(layout.columns)) {
    const fact = factsById.get(factId);
    const column = parseColumnLetters(letters);
    if (!fact || column === null) {
      notes.push({
        sv: `Loggen anger en kolumn (${letters}) för "${factId}", som inte finns i reglerna.`,
        en: `The log gives a column (${letters}) for "${factId}", which is not in the rules.`,
      });
      continue;
    }
    columns.push({ fact, column });
  }
  const read = (fact: FactDeclaration, row: number, column: number): Read =>
    readLogged(fact, sheet.cell(row, column), sheet.format(row, column), own(layout.percent, fact.id), sheet.date1904);

  // -- where each region is now
  const identity = identityColumns(columns);
  const idOf = (i: number) => identityOf(entry, i, identity);
  const readId = (row: number, which: Identity): string | null => {
    const r = read(which.fact, row, which.column);
    return r.ok && typeof r.value === 'string' ? r.value : null;
  };
  const kvot = result ? expectedKvot(result, rows, block, lang) : null;
  const totalsRow = kvot ? findTotalsRow(sheet, block, kvot) : block.lastRow;
  const logged = { code: new Set<string>(), name: new Set<string>() };
  entry.inputs.forEach((_, i) => {
    const id = idOf(i);
    if (id) logged[id.kind].add(id.value);
  });
  const tableRows = scanTable(sheet, block, totalsRow ?? block.lastRow, columns, identity, logged);
  // Where each code and name stands now, top to bottom (a 20 000-row table is searched once, not per region).
  const standing = { code: new Map<string, number[]>(), name: new Map<string, number[]>() };
  for (const t of tableRows) {
    for (const kind of ['code', 'name'] as const) {
      const value = t[kind];
      if (value === null) continue;
      const rows = standing[kind].get(value);
      if (rows) rows.push(t.row);
      else standing[kind].set(value, [t.row]);
    }
  }

  const place: (number | null)[] = rows.map(() => null);
  const claimed = new Set<number>();
  rows.forEach((row, i) => {
    const id = idOf(i);
    if (id && readId(row, id.column) === id.value) {
      place[i] = row;
      claimed.add(row);
    }
  });
  let moved = false;
  rows.forEach((row, i) => {
    if (place[i] !== null) return;
    const id = idOf(i);
    const name = entry.inputs[i].name;
    const here = id ? readId(row, id.column) : null;
    const elsewhereRow = id ? standing[id.kind].get(id.value)?.find((r) => !claimed.has(r)) : undefined;
    const elsewhere = elsewhereRow === undefined ? undefined : { row: elsewhereRow };
    const at = sheet.address(row, id?.column.column ?? block.firstColumn);
    if (elsewhere) {
      moved = true;
      place[i] = elsewhere.row;
      claimed.add(elsewhere.row);
      const now = sheet.address(elsewhere.row, id!.column.column);
      differ(at, {
        sv: `${name} loggades på rad ${row + 1} men står nu på rad ${elsewhere.row + 1} (${now}): raderna har flyttats eller sorterats efter skrivningen`,
        en: `${name} was logged on row ${row + 1} but is now on row ${elsewhere.row + 1} (${now}): rows were moved or sorted after the write`,
      });
    } else if (id && here !== null && !logged[id.kind].has(here) && !claimed.has(row)) {
      // The region's own cell now names a region the log does not know: its cells were changed.
      place[i] = row;
      claimed.add(row);
    } else {
      moved = true;
      differ(at, {
        sv: `${name}, loggad på rad ${row + 1}, finns inte längre i tabellen: raden har tagits bort eller tömts efter skrivningen`,
        en: `${name}, logged on row ${row + 1}, is no longer in the table: the row was deleted or emptied after the write`,
      });
    }
  });
  for (const extra of tableRows.filter((t) => !claimed.has(t.row))) {
    moved = true;
    const label = extra.name ?? extra.code;
    differ(
      sheet.address(extra.row, identity.name?.column ?? identity.code?.column ?? block.firstColumn),
      label === null
        ? {
            sv: `Rad ${extra.row + 1} har uppgifter i tabellen men finns inte i loggen: raden har lagts till efter skrivningen`,
            en: `Row ${extra.row + 1} holds values in the table but is not in the log: the row was added after the write`,
          }
        : {
            sv: `${label} står på rad ${extra.row + 1} men finns inte i loggen: raden har lagts till efter skrivningen`,
            en: `${label} is on row ${extra.row + 1} but not in the log: the row was added after the write`,
          },
    );
  }

  // -- the inputs, where each region is now
  rows.forEach((_, i) => {
    const row = place[i];
    if (row === null) return;
    counts.regions++;
    const input = entry.inputs[i];
    for (const { fact, column } of columns) {
      counts.inputCells++;
      const expected = own(input.facts, fact.id) ?? null;
      const found = read(fact, row, column);
      if (found.ok && found.value === expected) continue;
      differ(sheet.address(row, column), {
        sv: `${fact.label.sv}: loggat ${showValue(fact, expected, 'sv')}, i bladet ${found.ok ? showValue(fact, found.value, 'sv') : `"${found.found}" (går inte att läsa)`}`,
        en: `${fact.label.en}: logged ${showValue(fact, expected, 'en')}, in the sheet ${found.ok ? showValue(fact, found.value, 'en') : `"${found.found}" (cannot be read)`}`,
      });
    }
  });

  // -- Kvot's cells
  if (!kvot) {
    notes.push({
      sv: 'Kvots celler jämfördes inte: loggen räknas inte om till sitt eget resultat, så vad som skrevs är okänt.',
      en: 'Kvot’s cells were not compared: the log does not re-run to its own result, so what was written is unknown.',
    });
    return done();
  }
  const width = block.lastColumn - block.firstColumn + 1;
  if (width < kvot.columns.headers.length) {
    notes.push({
      sv: `Det loggade blocket ${layout.written} är smalare än Kvots ${kvot.columns.headers.length} kolumner: loggen stämmer inte med reglerna.`,
      en: `The logged block ${layout.written} is narrower than Kvot’s ${kvot.columns.headers.length} columns: the log does not fit the rules.`,
    });
    return done();
  }
  const compareRow = (row: number, expected: readonly CellValue[], totals = false, region?: string) => {
    for (let c = 0; c < width; c++) {
      counts.kvotCells++;
      const header = kvot.columns.headers[c];
      const kind = c >= kvot.columns.headers.length ? 'blank' : kvot.kinds[c];
      const problem = compareKvotCell(expected[c] ?? null, sheet.cell(row, block.firstColumn + c), totals && c === 0 ? 'share' : kind);
      if (!problem) continue;
      const label = header ? `${header.slice(KVOT_HEADER_PREFIX.length)} (Kvot${region ? `, ${region}` : ''}): ` : '';
      differ(sheet.address(row, block.firstColumn + c), { sv: `${label}${problem.sv}`, en: `${label}${problem.en}` });
    }
  };

  const headerRow = block.firstRow;
  const hasHeaders = kvot.columns.headers.some((h, c) => sameWords(cellText(sheet.cell(headerRow, block.firstColumn + c)), h));
  if (!hasHeaders) {
    const where = rangeAddress(layout.sheet, headerRow, block.firstColumn, headerRow, block.firstColumn + kvot.columns.headers.length - 1);
    notes.push({
      sv: `Kvots rubriker står inte längre i ${where}: kolumnerna har tagits bort eller flyttats.`,
      en: `Kvot’s headers are no longer in ${where}: the columns were deleted or moved.`,
    });
  }
  compareRow(headerRow, [...kvot.columns.headers]);
  rows.forEach((loggedRow, i) => {
    const row = place[i];
    if (row !== null) compareRow(row, kvot.columns.rows[loggedRow - block.firstRow - 1], false, entry.inputs[i].name);
  });
  const totals = kvot.columns.totals ?? [];
  if (totalsRow === null) {
    compareRow(block.lastRow, totals, true);
  } else {
    if (totalsRow !== block.lastRow) {
      differ(sheet.address(block.lastRow, block.firstColumn), {
        sv: `Kvots summarad skrevs på rad ${block.lastRow + 1} men står nu på rad ${totalsRow + 1} (${sheet.address(totalsRow, block.firstColumn)})`,
        en: `Kvot’s totals row was written on row ${block.lastRow + 1} but is now on row ${totalsRow + 1} (${sheet.address(totalsRow, block.firstColumn)})`,
      });
    }
    compareRow(totalsRow, totals, true);
  }
  if (moved) {
    notes.push({
      sv: 'Rader utan region i Kvots block (t.ex. Riket) jämfördes inte, eftersom rader har flyttats, lagts till eller tagits bort.',
      en: 'Rows without a region in Kvot’s block (such as Riket) were not compared, as rows were moved, added or deleted.',
    });
  } else {
    const regionRows = new Set(rows);
    for (let row = headerRow + 1; row < block.lastRow; row++) {
      if (!regionRows.has(row)) compareRow(row, kvot.columns.rows[row - headerRow - 1]);
    }
  }
  return done();
}

// -- reading the sheet

interface SheetView {
  cell(row: number, column: number): CellValue;
  format(row: number, column: number): string | undefined;
  address(row: number, column: number): string;
  /** One past the last row the grid holds. */
  end: number;
  date1904: boolean;
}

function sheetView(grid: CellGrid, sheetName: string): SheetView {
  const { row: top, column: left } = grid.origin;
  return {
    cell: (row, column) => grid.values[row - top]?.[column - left] ?? null,
    format: (row, column) => grid.numberFormats?.[row - top]?.[column - left],
    address: (row, column) => cellAddress(sheetName, row, column),
    end: top + grid.values.length,
    date1904: grid.date1904 === true,
  };
}

/**
 * A cell read as the table reader reads it, as a logged value. Percent cells that say so themselves
 * ("84,2 %", a percent-formatted 0.842) are exact; plain numbers take the column's logged reading.
 */
function readLogged(
  fact: FactDeclaration,
  cell: CellValue,
  format: string | undefined,
  reading: PercentReading | undefined,
  date1904: boolean,
): Read {
  if (fact.type === 'percent' && fact.role === undefined) {
    const r = readPercentCell(cell, format);
    if (!r.ok) return { ok: false, found: r.found };
    if (r.value === null) return { ok: true, value: null };
    const { exact, value } = r.value;
    const points = !exact && (reading === 'points' || (reading !== 'fraction' && value.greaterThan(1)));
    return { ok: true, value: logValue(points ? value.dividedBy(100) : value) };
  }
  const r = readFactCell(fact, cell, format, date1904);
  return r.ok ? { ok: true, value: logValue(r.value) } : { ok: false, found: r.found };
}

function showValue(fact: FactDeclaration, value: LoggedValue, lang: Language): string {
  if (value === null) return pick(lang, { sv: 'tomt', en: 'blank' });
  const type = fact.role === 'population' ? 'number' : fact.role ? 'text' : fact.type;
  if ((type === 'number' || type === 'percent') && typeof value === 'string') {
    try {
      const d = new Decimal(value);
      return type === 'percent' ? formatPercent(d, lang, 8) : formatNumber(d, lang, 20);
    } catch {
      return value;
    }
  }
  return formatFactValue(value, type, lang);
}

// -- identity: how a region is recognised on its row

interface Identity {
  fact: FactDeclaration;
  column: number;
}

function identityColumns(columns: { fact: FactDeclaration; column: number }[]): { code?: Identity; name?: Identity } {
  const find = (role: 'regionCode' | 'regionName') => columns.find((c) => c.fact.role === role);
  return { code: find('regionCode'), name: find('regionName') };
}

/** A region's identity as logged: its code when it has one (and the code column was read), else its name. */
function identityOf(entry: LogEntry, i: number, identity: { code?: Identity; name?: Identity }) {
  const input = entry.inputs[i];
  if (input.code !== null && identity.code) return { kind: 'code' as const, value: input.code, column: identity.code };
  const name = identity.name ? own(input.facts, identity.name.fact.id) : null;
  if (identity.name && typeof name === 'string') return { kind: 'name' as const, value: name, column: identity.name };
  return null;
}

interface TableRow {
  row: number;
  code: string | null;
  name: string | null;
}

/**
 * The table's region rows now, as the table reader picks them: below the header, down to Kvot's
 * totals row (wherever it is now), rows with something in a read column that are not total rows.
 * Further down only rows naming a logged region are taken (a region moved away); anything else
 * there (a note under the table) is outside the block Kvot wrote and not looked at.
 */
function scanTable(
  sheet: SheetView,
  block: Block,
  end: number,
  columns: { fact: FactDeclaration; column: number }[],
  identity: { code?: Identity; name?: Identity },
  logged: { code: Set<string>; name: Set<string> },
): TableRow[] {
  const ids = [identity.name, identity.code].filter((c): c is Identity => c !== undefined);
  const text = (row: number, id: Identity | undefined) => {
    if (!id) return null;
    const r = readFactCell(id.fact, sheet.cell(row, id.column), sheet.format(row, id.column));
    return r.ok && typeof r.value === 'string' ? r.value : null;
  };
  const found: TableRow[] = [];
  for (let row = block.firstRow + 1; row < Math.max(end, sheet.end); row++) {
    if (columns.every(({ column }) => isBlank(sheet.cell(row, column)))) continue;
    if (ids.some((id) => isTotalLabel(sheet.cell(row, id.column)))) continue;
    const entry = { row, code: text(row, identity.code), name: text(row, identity.name) };
    if (row >= end && !(entry.code !== null && logged.code.has(entry.code)) && !(entry.name !== null && logged.name.has(entry.name)))
      continue;
    found.push(entry);
  }
  return found;
}

// -- Kvot's cells

type KvotKind = 'share' | 'kronor' | 'text' | 'blank';

interface ExpectedKvot {
  columns: OutputColumns;
  kinds: KvotKind[];
}

/** What Kvot wrote, from the re-run calculation, each region on its logged row. */
function expectedKvot(result: PayoutResult, rows: number[], block: Block, lang: Language): ExpectedKvot {
  const placed: PayoutResult = {
    ...result,
    regions: result.regions.map((p, i) => ({ ...plainPayout(p), region: { ...p.region, gridRow: rows[i] - block.firstRow } })),
  };
  const columns = buildOutputColumns(placed, lang, { headerRow: 0, rowCount: block.lastRow - block.firstRow - 1 });
  // From the columns themselves: a tranche in parts writes a column per part and one for its total.
  const kinds: KvotKind[] = columnKinds(columns);
  return { columns, kinds };
}

/**
 * The row Kvot's totals row is on now: where it was written when it still matches there, else the
 * first row below the header whose amounts and "21 av 21" match; null when none does.
 */
function findTotalsRow(sheet: SheetView, block: Block, kvot: ExpectedKvot): number | null {
  const totals = kvot.columns.totals;
  if (!totals) return null;
  const matches = (row: number) =>
    totals.every((expected, c) => {
      const kind = kvot.kinds[c];
      if (kind !== 'kronor' && !(kind === 'text' && c === kvot.kinds.length - 2)) return true;
      return compareKvotCell(expected, sheet.cell(row, block.firstColumn + c), kind) === null;
    });
  if (matches(block.lastRow)) return block.lastRow;
  for (let row = block.firstRow + 1; row < sheet.end; row++) if (matches(row)) return row;
  return null;
}

/** Null when the cell holds what Kvot wrote; else what differs, in words. */
function compareKvotCell(expected: CellValue, cell: CellValue, kind: KvotKind): Localized | null {
  const blank = { sv: 'tomt', en: 'blank' };
  const found = (show: (d: Decimal, l: Language) => string): Localized => {
    if (isBlank(cell)) return blank;
    const r = readNumber(cell);
    return r.ok && r.value
      ? { sv: show(r.value, 'sv'), en: show(r.value, 'en') }
      : { sv: `"${cellText(cell)}"`, en: `"${cellText(cell)}"` };
  };
  const differs = (logged: Localized, now: Localized): Localized => ({
    sv: `loggat ${logged.sv}, i bladet ${now.sv}`,
    en: `logged ${logged.en}, in the sheet ${now.en}`,
  });

  if (expected === null || expected === undefined || expected === '' || kind === 'blank') {
    if (isBlank(cell)) return null;
    const now =
      typeof cell === 'number' ? found((d, l) => formatNumber(d, l, 20)) : { sv: `"${cellText(cell)}"`, en: `"${cellText(cell)}"` };
    return differs(blank, now);
  }
  if (typeof expected === 'number' && (kind === 'kronor' || kind === 'share')) {
    const r = readNumber(cell);
    const value = r.ok ? r.value : null;
    // A share is shown with as many decimals as it takes to tell the two apart.
    const decimals = kind === 'share' && value !== null ? shareDecimals(value, new Decimal(expected)) : 2;
    const show =
      kind === 'share' ? (d: Decimal, l: Language) => formatPercent(d, l, decimals) : (d: Decimal, l: Language) => formatNumber(d, l, 20);
    const same =
      value !== null && (kind === 'share' ? value.minus(expected).abs().lessThanOrEqualTo(SHARE_TOLERANCE) : value.equals(expected));
    if (same) return null;
    const e = new Decimal(expected);
    return differs({ sv: show(e, 'sv'), en: show(e, 'en') }, found(show));
  }
  const text = String(expected);
  if (sameWords(cellText(cell), text)) return null;
  return differs({ sv: `"${text}"`, en: `"${text}"` }, isBlank(cell) ? blank : { sv: `"${cellText(cell)}"`, en: `"${cellText(cell)}"` });
}

function shareDecimals(a: Decimal, b: Decimal): number {
  for (let d = 2; d < 15; d++) if (!a.times(100).toDecimalPlaces(d).equals(b.times(100).toDecimalPlaces(d))) return d;
  return 15;
}
