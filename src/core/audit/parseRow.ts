import type { Language, Localized } from '../agreement/types';
import type { CellValue, PercentReading } from '../table/types';
import { cellAddress, columnLetters, parseColumnLetters } from '../table/address';
import { cellText, isBlank } from '../table/cell';
import { parseNumberText } from '../table/numbers';
import { readJsonField } from './chunks';
import { AT, JSON_COLUMNS, KIND, LEGACY_COLUMNS, LEGACY_JSON_COLUMNS, LEGACY_SCALAR_COLUMNS, LOG_COLUMNS } from './columns';
import { unpackInputs } from './inputs';
import { decodeRows, localBlock, parseBlock } from './layout';
import { logMessages } from './messages';
import type { LogEntry, LoggedSheet, LoggedTotals, LogProblem, SheetEntry, UndoEntry } from './types';
import { isLanguage, pick } from '../i18n';

/** Where the row sits, so problems name cells ("'Kvot logg'!I5"); without it they name column letters. */
export interface LogRowLocation {
  sheetName: string;
  /** 0-based sheet row and the sheet column of cells[0]. */
  row: number;
  column?: number;
}

/** The words a person reads in a row, as found (verification holds them against the data). */
export interface LogRowWords {
  localTime: string;
  event: string;
}

export type ParsedLogRow =
  /** A write. format 1: written before Kvot logged cells and words (no `sheet`, no `words`). */
  | { ok: true; kind: 'write'; format: 1 | 2; entry: LogEntry; words?: LogRowWords }
  | { ok: true; kind: 'undo'; format: 2; undo: UndoEntry; words: LogRowWords }
  | { ok: true; kind: 'sheet'; format: 2; sheet: SheetEntry; words: LogRowWords }
  | { ok: false; errors: LogProblem[] };

const HASH = /^[0-9a-f]{64}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const READINGS: readonly PercentReading[] = ['formatted', 'fraction', 'points'];

type Label = Localized;

/** Reading one row's cells: each problem names its cell. */
class RowReader {
  readonly errors: LogProblem[] = [];

  constructor(
    readonly cells: readonly CellValue[],
    private readonly where?: LogRowLocation,
  ) {}

  address(i: number): string {
    return this.where ? cellAddress(this.where.sheetName, this.where.row, (this.where.column ?? 0) + i) : columnLetters(i);
  }

  fail(i: number, message: Localized): void {
    this.errors.push({ address: this.address(i), message });
  }

  required(i: number, label: Label): CellValue {
    const cell = this.cells[i];
    if (isBlank(cell)) this.fail(i, logMessages.missing(label, this.address(i)));
    return cell;
  }

  text(i: number, label: Label): string {
    return cellText(this.required(i, label));
  }

  time(i: number, label: Label): string {
    const cell = this.required(i, label);
    if (isBlank(cell)) return '';
    const time = readTime(cell);
    if (time === null) this.fail(i, logMessages.notTime(this.address(i), cellText(cell)));
    return time ?? '';
  }

  hash(i: number, label: Label): string {
    const cell = this.required(i, label);
    const text = cellText(cell).toLowerCase();
    if (!isBlank(cell) && !HASH.test(text)) this.fail(i, logMessages.notHash(label, this.address(i), cellText(cell)));
    return text;
  }

  kronor(i: number, label: Label): number {
    const cell = this.required(i, label);
    const amount = readKronor(cell);
    if (!isBlank(cell) && amount === null) this.fail(i, logMessages.notKronor(label, this.address(i), cellText(cell)));
    return amount ?? 0;
  }

  blank(i: number, label: Label): void {
    if (!isBlank(this.cells[i])) this.fail(i, logMessages.notBlank(label, this.address(i), cellText(this.cells[i])));
  }

  /** The JSON columns from `start`, joined from their continuation cells; null after a problem that stops reading. */
  json<C extends string>(
    start: number,
    columns: readonly C[],
    labels: Record<C, Label>,
  ): Partial<Record<C, { value: unknown; text: string; at: number }>> | null {
    const json: Partial<Record<C, { value: unknown; text: string; at: number }>> = {};
    let next = start;
    for (const column of columns) {
      const label = labels[column];
      const field = readJsonField(this.cells, next);
      if (!field.ok) {
        const at = field.at;
        const message = {
          notJson: () =>
            isBlank(this.cells[at]) ? logMessages.missing(label, this.address(at)) : logMessages.notJson(label, this.address(at)),
          notText: () => logMessages.notText(label, this.address(at)),
          cutOff: () => logMessages.cutOff(label, this.address(next)),
          trailing: () => logMessages.trailing(label, this.address(at)),
        }[field.problem]();
        this.fail(at, message);
        return null;
      }
      try {
        json[column] = { value: JSON.parse(field.text), text: field.text, at: next };
      } catch (error) {
        this.fail(next, logMessages.badJson(label, this.address(next), error instanceof Error ? error.message : String(error)));
      }
      next = field.next;
    }
    this.nothingFrom(next);
    return json;
  }

  nothingFrom(i: number): void {
    for (let c = i; c < this.cells.length; c++) {
      if (!isBlank(this.cells[c])) {
        this.fail(c, logMessages.extraCells(this.address(c)));
        return;
      }
    }
  }

  shape(field: { value: unknown; at: number } | undefined, label: Label, check: (v: unknown) => Localized | null): void {
    const what = field ? check(field.value) : null;
    if (field && what) this.fail(field.at, logMessages.badShape(label, this.address(field.at), what));
  }
}

/**
 * What a row of the log sheet holds (the reverse of logRowCells and undoRowCells): a write or an
 * undo of this format, or a write of the older format (ISO time in the first column, no cells, no
 * words). JSON columns are joined from their continuation cells. Every problem names its cell; with
 * any problem there is no entry.
 */
export function parseLogRow(cells: readonly CellValue[], where?: LogRowLocation): ParsedLogRow {
  const reader = new RowReader(cells, where);
  if (readTime(cells[0] ?? null) !== null) return parseLegacy(reader);
  const kind = cellText(cells[AT.kind]);
  if (kind === KIND.write) return parseWrite(reader);
  if (kind === KIND.undo) return parseUndo(reader);
  if (kind === KIND.sheet) return parseSheet(reader);
  reader.fail(AT.kind, logMessages.notKind(reader.address(AT.kind), kind, reader.address(0)));
  return { ok: false, errors: reader.errors };
}

function words(reader: RowReader): LogRowWords {
  return { localTime: reader.text(AT.localTime, LOG_COLUMNS.localTime), event: reader.text(AT.event, LOG_COLUMNS.event) };
}

function parseWrite(reader: RowReader): ParsedLogRow {
  const L = LOG_COLUMNS;
  const found = words(reader);
  const by = cellText(reader.cells[AT.by]);
  const paid = reader.kronor(AT.paid, L.paid);
  const withheld = reader.kronor(AT.withheld, L.withheld);
  const resultHash = reader.hash(AT.resultHash, L.resultHash);
  const time = reader.time(AT.time, L.time);
  const blockText = reader.text(AT.block, L.block);
  const block = blockText === '' ? null : parseBlock(blockText);
  if (blockText !== '' && !block) reader.fail(AT.block, logMessages.notBlock(L.block, reader.address(AT.block), blockText));
  reader.blank(AT.undoes, L.undoes);
  const agreementId = reader.text(AT.agreementId, L.agreementId);
  const ruleSetHash = reader.hash(AT.ruleSetHash, L.ruleSetHash);

  const json = reader.json(AT.ruleSetHash + 1, JSON_COLUMNS, L);
  if (!json) return { ok: false, errors: reader.errors };
  reader.shape(json.tranches, L.tranches, trancheProblem);
  reader.shape(json.mapping, L.mapping, mappingProblem);
  reader.shape(json.inputs, L.inputs, inputsProblem);
  reader.shape(json.ruleSet, L.ruleSet, (v) => (isObject(v) ? null : { sv: 'ska vara ett JSON-objekt', en: 'must be a JSON object' }));
  const inputs = json.inputs ? unpackInputs(json.inputs.value) : null;
  const inputCount = inputs?.ok ? inputs.inputs.length : null;
  reader.shape(json.cells, L.cells, (v) => cellsProblem(v, inputCount, block?.sheet ?? null));

  if (reader.errors.length > 0 || !block || !inputs?.ok) return { ok: false, errors: reader.errors };
  const cells = json.cells!.value as Omit<LoggedSheet, 'written'>;
  const entry: LogEntry = {
    time,
    agreementId,
    ruleSetHash,
    ruleSet: json.ruleSet!.text,
    mapping: json.mapping!.value as Record<string, string>,
    inputs: inputs.inputs,
    totals: { paid, withheld, tranches: json.tranches!.value as LoggedTotals['tranches'] },
    resultHash,
    sheet: {
      sheet: cells.sheet,
      columns: cells.columns,
      rows: cells.rows,
      percent: cells.percent,
      lang: cells.lang,
      written: localBlock(block),
      ...(cells.accepted ? { accepted: cells.accepted } : {}),
    },
    by,
  };
  return { ok: true, kind: 'write', format: 2, entry, words: found };
}

function parseUndo(reader: RowReader): ParsedLogRow {
  const L = LOG_COLUMNS;
  const found = words(reader);
  const by = cellText(reader.cells[AT.by]);
  reader.blank(AT.paid, L.paid);
  reader.blank(AT.withheld, L.withheld);
  const resultHash = reader.hash(AT.resultHash, L.resultHash);
  const time = reader.time(AT.time, L.time);
  const blockText = reader.text(AT.block, L.block);
  if (blockText !== '' && !parseBlock(blockText)) reader.fail(AT.block, logMessages.notBlock(L.block, reader.address(AT.block), blockText));
  const undone = reader.time(AT.undoes, L.undoes);
  reader.blank(AT.agreementId, L.agreementId);
  reader.blank(AT.ruleSetHash, L.ruleSetHash);
  reader.nothingFrom(AT.ruleSetHash + 1);
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  // The words' language: the row was written in one; the summary says which.
  const lang: Language = found.event.startsWith('Ångrade') ? 'sv' : 'en';
  return {
    ok: true,
    kind: 'undo',
    format: 2,
    undo: { time, undone: { time: undone, block: blockText, resultHash }, lang, by },
    words: found,
  };
}

/** A created sheet (the what-if comparison): where, when, by whom and a fingerprint of its values. */
function parseSheet(reader: RowReader): ParsedLogRow {
  const L = LOG_COLUMNS;
  const found = words(reader);
  const by = cellText(reader.cells[AT.by]);
  reader.blank(AT.paid, L.paid);
  reader.blank(AT.withheld, L.withheld);
  const valuesHash = reader.hash(AT.resultHash, L.resultHash);
  const time = reader.time(AT.time, L.time);
  const block = reader.text(AT.block, L.block);
  if (block !== '' && !parseBlock(block)) reader.fail(AT.block, logMessages.notBlock(L.block, reader.address(AT.block), block));
  reader.blank(AT.undoes, L.undoes);
  reader.blank(AT.agreementId, L.agreementId);
  reader.blank(AT.ruleSetHash, L.ruleSetHash);
  reader.nothingFrom(AT.ruleSetHash + 1);
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  const lang: Language = found.event.startsWith('Skapade') ? 'sv' : 'en';
  const prefix = pick(lang, { sv: `Skapade jämförelsebladet ${block}`, en: `Created the comparison sheet ${block}` });
  const description = found.event.startsWith(`${prefix} · `) ? found.event.slice(prefix.length + 3) : '';
  return { ok: true, kind: 'sheet', format: 2, sheet: { time, block, description, valuesHash, lang, by }, words: found };
}

/** A row of the older format: Tid | Regeluppsättning | SHA-256 regler | Utbetalt | Innehållet | SHA-256 resultat | JSON ×4. */
function parseLegacy(reader: RowReader): ParsedLogRow {
  const L = LEGACY_COLUMNS;
  const at = Object.fromEntries(LEGACY_SCALAR_COLUMNS.map((c, i) => [c, i])) as Record<(typeof LEGACY_SCALAR_COLUMNS)[number], number>;
  const time = reader.time(at.time, L.time);
  const agreementId = reader.text(at.agreementId, L.agreementId);
  const ruleSetHash = reader.hash(at.ruleSetHash, L.ruleSetHash);
  const paid = reader.kronor(at.paid, L.paid);
  const withheld = reader.kronor(at.withheld, L.withheld);
  const resultHash = reader.hash(at.resultHash, L.resultHash);
  const json = reader.json(LEGACY_SCALAR_COLUMNS.length, LEGACY_JSON_COLUMNS, L);
  if (!json) return { ok: false, errors: reader.errors };
  reader.shape(json.tranches, L.tranches, trancheProblem);
  reader.shape(json.mapping, L.mapping, mappingProblem);
  reader.shape(json.inputs, L.inputs, inputsProblem);
  reader.shape(json.ruleSet, L.ruleSet, (v) => (isObject(v) ? null : { sv: 'ska vara ett JSON-objekt', en: 'must be a JSON object' }));
  const inputs = json.inputs ? unpackInputs(json.inputs.value) : null;
  if (reader.errors.length > 0 || !inputs?.ok) return { ok: false, errors: reader.errors };
  return {
    ok: true,
    kind: 'write',
    format: 1,
    entry: {
      time,
      agreementId,
      ruleSetHash,
      ruleSet: json.ruleSet!.text,
      mapping: json.mapping!.value as Record<string, string>,
      inputs: inputs.inputs,
      totals: { paid, withheld, tranches: json.tranches!.value as LoggedTotals['tranches'] },
      resultHash,
    },
  };
}

/** ISO text as written; a date cell (Excel may have turned the text into one) as ISO. */
function readTime(cell: CellValue): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString();
  const text = cellText(cell);
  return ISO_TIME.test(text) && !Number.isNaN(Date.parse(text)) ? text : null;
}

function readKronor(cell: CellValue): number | null {
  const d =
    typeof cell === 'number'
      ? Number.isFinite(cell)
        ? cell
        : null
      : typeof cell === 'string'
        ? (parseNumberText(cell)?.toNumber() ?? null)
        : null;
  return d !== null && Number.isSafeInteger(d) ? d : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKronor = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v);

function trancheProblem(value: unknown): Localized | null {
  const ok =
    Array.isArray(value) && value.every((t) => isObject(t) && typeof t.id === 'string' && isKronor(t.paid) && isKronor(t.withheld));
  return ok
    ? null
    : { sv: 'ska vara en lista av { id, paid, withheld } i hela kronor', en: 'must be a list of { id, paid, withheld } in whole kronor' };
}

function mappingProblem(value: unknown): Localized | null {
  const ok = isObject(value) && Object.values(value).every((h) => typeof h === 'string');
  return ok ? null : { sv: 'ska vara ett objekt uppgift → rubrik', en: 'must be an object fact → header' };
}

/** Either form of the inputs (inputs.ts): the compact rows this version writes, or the older list of objects. */
function inputsProblem(value: unknown): Localized | null {
  const unpacked = unpackInputs(value);
  return unpacked.ok ? null : unpacked.problem;
}

function cellsProblem(value: unknown, inputCount: number | null, blockSheet: string | null): Localized | null {
  const shape: Localized = {
    sv: 'ska vara { sheet, columns (uppgift → kolumnbokstav), rows (radnummer, t.ex. "5-25"), percent, lang }',
    en: 'must be { sheet, columns (fact → column letter), rows (row numbers, e.g. "5-25"), percent, lang }',
  };
  if (
    !isObject(value) ||
    typeof value.sheet !== 'string' ||
    typeof value.rows !== 'string' ||
    !isObject(value.columns) ||
    !isObject(value.percent)
  )
    return shape;
  if (!Object.values(value.columns).every((c) => typeof c === 'string' && /^[A-Z]{1,3}$/.test(c) && parseColumnLetters(c) !== null))
    return shape;
  if (!Object.values(value.percent).every((p) => READINGS.includes(p as PercentReading))) return shape;
  if (!isLanguage(value.lang)) return shape;
  const accepted = value.accepted;
  if (
    accepted !== undefined &&
    !(
      Array.isArray(accepted) &&
      accepted.every(
        (a) => isObject(a) && typeof a.code === 'string' && Array.isArray(a.cells) && a.cells.every((c) => typeof c === 'string'),
      )
    )
  )
    return shape;
  const rows = decodeRows(value.rows);
  if (!rows) return shape;
  if (inputCount !== null && rows.length !== inputCount) {
    return {
      sv: `har ${rows.length} rader men Indata har ${inputCount} regioner`,
      en: `has ${rows.length} rows but Inputs has ${inputCount} regions`,
    };
  }
  if (blockSheet !== null && value.sheet !== blockSheet) {
    return {
      sv: `anger bladet ${value.sheet} men blocket är på ${blockSheet}`,
      en: `names the sheet ${value.sheet} but the block is on ${blockSheet}`,
    };
  }
  return null;
}
