import type { Localized } from '../agreement/types';
import { cellAddress } from '../table/address';
import type { CellGrid, CellValue } from '../table/types';
import { AT, LOG_COLUMNS, LOG_SHEET_NAME } from './columns';
import { sameWords, sheetSummary, stockholmTime, undoSummary, writeSummary } from './human';
import { blockAddress, overlaps, parseBlock, type Block } from './layout';
import { parseLogRow, type LogRowWords } from './parseRow';
import { writtenBlock } from './row';
import { checkSheet, type SheetCheck } from './sheetCheck';
import type { LoggedSheet, LogEntry, LogProblem, SheetEntry, UndoEntry } from './types';
import { verifyLogEntry, type Verification } from './verify';
import { otherLanguage } from '../i18n';

/** One data row of the log sheet: its 0-based sheet row and its cells from column A. */
export interface LogRowInput {
  row: number;
  cells: CellValue[];
}

/** What became of a write's cells in the sheet. */
export type SheetStatus =
  /** The latest write of its block: held against the sheet. */
  | { kind: 'checked'; check: SheetCheck }
  /** A later write (log row `by`, 0-based sheet row) wrote over the same cells: only that one is expected there. */
  | { kind: 'superseded'; by: number; block: string }
  /** Undone (by the undo in log row `by`): its cells are no longer expected in the sheet. */
  | { kind: 'undone'; by: number }
  /** Written by an older Kvot that did not log cells: the sheet cannot be held against it. */
  | { kind: 'noCells' };

interface RowBase {
  /** 0-based sheet row of the log row, and its first cell ("'Kvot logg'!A2"). */
  row: number;
  address: string;
  ok: boolean;
}

export interface WriteReport extends RowBase {
  kind: 'write';
  format: 1 | 2;
  entry: LogEntry;
  verification: Verification;
  /** The words of the row (local time, event) where they do not say what its data says. */
  words: LogProblem[];
  sheet: SheetStatus;
}

export interface UndoReport extends RowBase {
  kind: 'undo';
  undo: UndoEntry;
  /** The log row (0-based sheet row) of the write it undid; null when the log has no such write. */
  undid: number | null;
  words: LogProblem[];
}

/** A sheet Kvot created (the what-if comparison): no payout to re-run; its words must say what its data says. */
export interface SheetReport extends RowBase {
  kind: 'sheet';
  sheet: SheetEntry;
  words: LogProblem[];
}

export interface UnreadableReport extends RowBase {
  kind: 'unreadable';
  errors: LogProblem[];
}

export type RowReport = WriteReport | UndoReport | SheetReport | UnreadableReport;

export interface LogReport {
  ok: boolean;
  rows: RowReport[];
}

type Parsed =
  | { kind: 'write'; input: LogRowInput; format: 1 | 2; entry: LogEntry; words?: LogRowWords; block: Block | null }
  | { kind: 'undo'; input: LogRowInput; undo: UndoEntry; words: LogRowWords }
  | { kind: 'sheet'; input: LogRowInput; sheet: SheetEntry; words: LogRowWords }
  | { kind: 'unreadable'; input: LogRowInput; errors: LogProblem[] };

const sameTime = (a: string, b: string) => Date.parse(a) === Date.parse(b);
const sameBlock = (a: string, b: string) => {
  const x = parseBlock(a);
  const y = parseBlock(b);
  return x !== null && y !== null && blockAddress(x) === blockAddress(y);
};
const located = (entry: LogEntry): entry is LogEntry & { sheet: LoggedSheet } => entry.sheet !== undefined;

/**
 * Verifies a whole log against its workbook. Every write is re-run from its row (verifyLogEntry).
 * Undo rows cancel the write they name. Of the writes left, one overwritten by a later write of
 * overlapping cells is not expected in the sheet any more ("superseded"); every other is held
 * against the sheet cell by cell (checkSheet). A write of the older format has no cells to hold the
 * sheet against and fails, saying so. `readSheet` gives a sheet of the workbook by name, or null.
 */
export async function verifyLog(rows: readonly LogRowInput[], readSheet: (name: string) => CellGrid | null): Promise<LogReport> {
  const parsed: Parsed[] = rows.map((input) => {
    const p = parseLogRow(input.cells, { sheetName: LOG_SHEET_NAME, row: input.row });
    if (!p.ok) return { kind: 'unreadable', input, errors: p.errors };
    if (p.kind === 'undo') return { kind: 'undo', input, undo: p.undo, words: p.words };
    if (p.kind === 'sheet') return { kind: 'sheet', input, sheet: p.sheet, words: p.words };
    const block = located(p.entry) ? parseBlock(p.entry.sheet.written, p.entry.sheet.sheet) : null;
    return { kind: 'write', input, format: p.format, entry: p.entry, words: p.words, block };
  });

  // Undo rows first: each takes back the latest earlier write it names that is not already undone.
  const undoneBy = new Map<number, number>();
  const undid = new Map<number, number | null>();
  parsed.forEach((p, k) => {
    if (p.kind !== 'undo') return;
    let target: number | null = null;
    for (let j = k - 1; j >= 0; j--) {
      const w = parsed[j];
      if (w.kind !== 'write' || !located(w.entry) || undoneBy.has(j)) continue;
      if (
        sameTime(w.entry.time, p.undo.undone.time) &&
        w.entry.resultHash === p.undo.undone.resultHash &&
        sameBlock(writtenBlock(w.entry.sheet), p.undo.undone.block)
      ) {
        target = j;
        break;
      }
    }
    if (target !== null) undoneBy.set(target, k);
    undid.set(k, target);
  });

  const reports: RowReport[] = [];
  for (let i = 0; i < parsed.length; i++) {
    const p = parsed[i];
    const address = cellAddress(LOG_SHEET_NAME, p.input.row, 0);
    const base = { row: p.input.row, address };
    if (p.kind === 'unreadable') {
      reports.push({ ...base, kind: 'unreadable', ok: false, errors: p.errors });
      continue;
    }
    if (p.kind === 'undo') {
      const words = undoWords(p.undo, p.words, p.input.row);
      const target = undid.get(i) ?? null;
      reports.push({
        ...base,
        kind: 'undo',
        ok: target !== null && words.length === 0,
        undo: p.undo,
        undid: target === null ? null : parsed[target].input.row,
        words,
      });
      continue;
    }
    if (p.kind === 'sheet') {
      const words = sheetWords(p.sheet, p.words, p.input.row);
      reports.push({ ...base, kind: 'sheet', ok: words.length === 0, sheet: p.sheet, words });
      continue;
    }
    const verification = await verifyLogEntry(p.entry);
    const words = p.format === 2 && p.words && located(p.entry) ? writeWords(p.entry, p.words, p.input.row) : [];
    const sheet = sheetStatus(parsed, i, undoneBy, verification, readSheet);
    const sheetOk = sheet.kind === 'checked' ? sheet.check.ok : sheet.kind !== 'noCells';
    reports.push({
      ...base,
      kind: 'write',
      format: p.format,
      ok: verification.ok && words.length === 0 && sheetOk,
      entry: p.entry,
      verification,
      words,
      sheet,
    });
  }
  return { ok: reports.length > 0 && reports.every((r) => r.ok), rows: reports };
}

function sheetStatus(
  parsed: Parsed[],
  i: number,
  undoneBy: Map<number, number>,
  verification: Verification,
  readSheet: (name: string) => CellGrid | null,
): SheetStatus {
  const p = parsed[i] as Extract<Parsed, { kind: 'write' }>;
  if (!located(p.entry) || !p.block) return { kind: 'noCells' };
  const undo = undoneBy.get(i);
  if (undo !== undefined) return { kind: 'undone', by: parsed[undo].input.row };
  for (let j = i + 1; j < parsed.length; j++) {
    const later = parsed[j];
    if (later.kind === 'write' && later.block && !undoneBy.has(j) && overlaps(p.block, later.block)) {
      return { kind: 'superseded', by: later.input.row, block: blockAddress(later.block) };
    }
  }
  if (!verification.agreement) {
    const note: Localized = {
      sv: 'Reglerna i loggen går inte att läsa: bladet kunde inte jämföras.',
      en: 'The rules in the log cannot be loaded: the sheet could not be compared.',
    };
    return { kind: 'checked', check: { ok: false, differences: [], notes: [note], counts: { regions: 0, inputCells: 0, kvotCells: 0 } } };
  }
  // What Kvot wrote is known only when the log re-runs to its own result: else Kvot's cells are not compared (and the check fails).
  const written = verification.ok ? verification.result : undefined;
  return { kind: 'checked', check: checkSheet(p.entry, verification.agreement, written, readSheet(p.entry.sheet.sheet)) };
}

/** The words of a write row must say what its data says: a reader trusts them. */
function writeWords(entry: LogEntry & { sheet: LoggedSheet }, words: LogRowWords, row: number): LogProblem[] {
  return wordProblems(row, words, stockholmTime(entry.time), [writeSummary(entry, writtenBlock(entry.sheet), entry.sheet.lang)]);
}

function undoWords(undo: UndoEntry, words: LogRowWords, row: number): LogProblem[] {
  return wordProblems(row, words, stockholmTime(undo.time), [undoSummary(undo, undo.lang), undoSummary(undo, otherLanguage(undo.lang))]);
}

function sheetWords(sheet: SheetEntry, words: LogRowWords, row: number): LogProblem[] {
  return wordProblems(row, words, stockholmTime(sheet.time), [sheetSummary(sheet, sheet.lang)]);
}

function wordProblems(row: number, words: LogRowWords, localTime: string, events: string[]): LogProblem[] {
  const problems: LogProblem[] = [];
  if (words.localTime !== localTime) {
    const address = cellAddress(LOG_SHEET_NAME, row, AT.localTime);
    problems.push({
      address,
      message: {
        sv: `${LOG_COLUMNS.localTime.sv} i ${address} säger ${words.localTime}, men tiden i UTC motsvarar ${localTime}`,
        en: `${LOG_COLUMNS.localTime.en} in ${address} says ${words.localTime}, but the UTC time is ${localTime}`,
      },
    });
  }
  if (!events.some((e) => sameWords(e, words.event))) {
    const address = cellAddress(LOG_SHEET_NAME, row, AT.event);
    problems.push({
      address,
      message: {
        sv: `${LOG_COLUMNS.event.sv} i ${address} stämmer inte med radens data: där står "${words.event}", data ger "${events[0]}"`,
        en: `${LOG_COLUMNS.event.en} in ${address} does not match the row's data: it says "${words.event}", the data gives "${events[0]}"`,
      },
    });
  }
  return problems;
}
