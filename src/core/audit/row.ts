import type { CellValue } from '../table/types';
import { KRONOR_FORMAT, TEXT_FORMAT } from '../payout/columns';
import { quoteSheetName } from '../table/address';
import { canonicalJson } from './canonical';
import { splitChunks } from './chunks';
import { packInputs } from './inputs';
import { KIND, SCALAR_COLUMNS } from './columns';
import { sheetSummary, stockholmTime, undoSummary, writeSummary } from './human';
import type { LogEntry, LoggedSheet, SheetEntry, UndoEntry } from './types';

export { logHeaderCells, logHeaderNeeded, isLogHeaderRow, LOG_SHEET_NAME } from './columns';
export { parseLogRow, type LogRowLocation, type ParsedLogRow } from './parseRow';

/** One row of the log sheet: values and en-US number formats, same length. */
export interface LogRow {
  values: CellValue[];
  numberFormats: string[];
}

/** A write entry that knows where it read and wrote (every entry createLogEntry makes). */
export type LocatedLogEntry = LogEntry & { sheet: LoggedSheet };

/** The written block with its sheet, "Blad1!G4:L27". */
export const writtenBlock = (sheet: LoggedSheet): string => `${quoteSheetName(sheet.sheet)}!${sheet.written}`;

/** What the "Celler" column holds: the layout without the block, which has its own column. */
export const cellsJson = (sheet: LoggedSheet) => ({
  sheet: sheet.sheet,
  columns: sheet.columns,
  rows: sheet.rows,
  percent: sheet.percent,
  lang: sheet.lang,
  ...(sheet.accepted && sheet.accepted.length > 0 ? { accepted: sheet.accepted } : {}),
});

const SCALAR_FORMATS: Record<(typeof SCALAR_COLUMNS)[number], string> = {
  localTime: TEXT_FORMAT,
  by: TEXT_FORMAT,
  event: TEXT_FORMAT,
  paid: KRONOR_FORMAT,
  withheld: KRONOR_FORMAT,
  resultHash: TEXT_FORMAT,
  kind: TEXT_FORMAT,
  time: TEXT_FORMAT,
  block: TEXT_FORMAT,
  undoes: TEXT_FORMAT,
  agreementId: TEXT_FORMAT,
  ruleSetHash: TEXT_FORMAT,
};

function row(scalars: Record<(typeof SCALAR_COLUMNS)[number], CellValue>, json: string[]): LogRow {
  const values: CellValue[] = SCALAR_COLUMNS.map((c) => scalars[c]);
  const numberFormats = SCALAR_COLUMNS.map((c) => SCALAR_FORMATS[c]);
  for (const text of json) {
    for (const chunk of splitChunks(text)) {
      values.push(chunk);
      numberFormats.push(TEXT_FORMAT);
    }
  }
  return { values, numberFormats };
}

/**
 * The cells of one write's log row. For people: Tid (svensk tid) | Vem | Händelse (one sentence) |
 * Utbetalt (kr) | Innehållet (kr) | SHA-256 resultat. For machines: Typ ("write") | Tid (UTC) |
 * Skrivet block | Ångrar (blank) | Regeluppsättning | SHA-256 regler | Per utbetalning | Mappning |
 * Indata (compact: inputs.ts) | Celler | Regler — the JSON texts (canonical) split into cells of at most 32 000
 * characters over continuation columns. Text cells carry the text format so Excel keeps times,
 * hashes and JSON exactly as written.
 */
export function logRowCells(entry: LocatedLogEntry): LogRow {
  const block = writtenBlock(entry.sheet);
  return row(
    {
      localTime: stockholmTime(entry.time),
      by: entry.by ?? '',
      event: writeSummary(entry, block, entry.sheet.lang),
      paid: entry.totals.paid,
      withheld: entry.totals.withheld,
      resultHash: entry.resultHash,
      kind: KIND.write,
      time: entry.time,
      block,
      undoes: '',
      agreementId: entry.agreementId,
      ruleSetHash: entry.ruleSetHash,
    },
    [
      canonicalJson(entry.totals.tranches),
      canonicalJson(entry.mapping),
      canonicalJson(packInputs(entry.inputs)),
      canonicalJson(cellsJson(entry.sheet)),
      entry.ruleSet,
    ],
  );
}

/**
 * The cells of an undo's log row: its time, who, "Ångrade skrivningen från 23:15:04 i Blad1!G4:L27";
 * for machines "undo", its UTC time, the undone write's block, UTC time and result hash.
 */
export function undoRowCells(undo: UndoEntry): LogRow {
  return row(
    {
      localTime: stockholmTime(undo.time),
      by: undo.by ?? '',
      event: undoSummary(undo, undo.lang),
      paid: '',
      withheld: '',
      resultHash: undo.undone.resultHash,
      kind: KIND.undo,
      time: undo.time,
      block: undo.undone.block,
      undoes: undo.undone.time,
      agreementId: '',
      ruleSetHash: '',
    },
    [],
  );
}

/**
 * The cells of a created sheet's log row (the what-if comparison): its time, who, "Skapade
 * jämförelsebladet 'Kvot jämförelse'!A1:H30 · Baslinje: …"; for machines "sheet", its UTC time, the
 * block and the SHA-256 of the values written. No payout: the amounts and rule columns stay blank.
 */
export function sheetRowCells(entry: SheetEntry): LogRow {
  return row(
    {
      localTime: stockholmTime(entry.time),
      by: entry.by ?? '',
      event: sheetSummary(entry, entry.lang),
      paid: '',
      withheld: '',
      resultHash: entry.valuesHash,
      kind: KIND.sheet,
      time: entry.time,
      block: entry.block,
      undoes: '',
      agreementId: '',
      ruleSetHash: '',
    },
    [],
  );
}
