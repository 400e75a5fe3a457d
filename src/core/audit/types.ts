import type { Language, Localized } from '../agreement/types';
import type { PercentReading } from '../table/types';

/** A fact value as logged: decimals as exact strings, dates as ISO strings. */
export type LoggedValue = string | boolean | null;

/** One region row as read, enough to compute its payouts again. */
export interface LoggedRegion {
  /** Where the row was read, e.g. "Blad1!A7". */
  address: string;
  code: string | null;
  name: string;
  /** Exact decimal string. */
  population: string;
  /** Every declared fact by id. */
  facts: Record<string, LoggedValue>;
}

export interface LoggedTotals {
  /** Whole kronor. */
  paid: number;
  withheld: number;
  tranches: { id: string; paid: number; withheld: number }[];
}

/**
 * Where a write read its inputs and what it wrote, compactly, so `kvot verify` can hold the sheet
 * against the log: every input cell is (column of its fact, row of its region); Kvot's block is one
 * range on the same sheet whose values are recomputed from the logged calculation.
 */
export interface LoggedSheet {
  /** The sheet of the table and of Kvot's columns, e.g. "Blad1". */
  sheet: string;
  /** Fact id → the column letter it was read from ("D"); facts without a column are absent. */
  columns: Record<string, string>;
  /** 1-based sheet row of each logged input region, in the order of `inputs`, as runs: "5-25" or "5-9,11-25". */
  rows: string;
  /** How each percent column was read (README "Reading tables"), so a plain 84 reads as it did then. */
  percent: Record<string, PercentReading>;
  /** The block Kvot wrote, without the sheet: "G4:L27" (header row, one row per table row, totals). */
  written: string;
  /** The language of the written headers and texts. */
  lang: Language;
  /** The warnings the user looked at and accepted before this write, by kind and cells; absent when none. */
  accepted?: AcceptedWarning[];
}

/** A warning accepted before a write: what kind, and the cells it named. */
export interface AcceptedWarning {
  code: string;
  cells: string[];
}

/** Who wrote a row, as far as the host can tell: Excel gives add-ins no user name. */
export type LogAuthor = { kind: 'addin' } | { kind: 'cli'; user: string | null };

/** One write of payouts, as the "Kvot logg" sheet keeps it, so the payout can be reproduced and checked. */
export interface LogEntry {
  /** ISO 8601 time of the write (UTC). */
  time: string;
  agreementId: string;
  /** SHA-256 (hex) of ruleSet. */
  ruleSetHash: string;
  /** The rule set as canonical JSON text. */
  ruleSet: string;
  /** Fact id → the header of the column it was read from. */
  mapping: Record<string, string>;
  inputs: LoggedRegion[];
  totals: LoggedTotals;
  /** SHA-256 (hex) of the canonical JSON of the per-region payouts (see resultPayouts). */
  resultHash: string;
  /** Where the inputs were read and what was written. Absent in rows written before Kvot logged cells. */
  sheet?: LoggedSheet;
  /** Who wrote, in words ("Excel-tillägget", "CLI (anna)"); as read from the row. */
  by?: string;
}

/** What an undo refers to: the write it took back. */
export interface UndoneWrite {
  /** The ISO time of the write undone (its log entry's time). */
  time: string;
  /** Its written block with sheet, "Blad1!G4:L27". */
  block: string;
  /** Its result hash, so the log row of the write is found unambiguously. */
  resultHash: string;
}

/** An undo of a write, recorded as its own log row. */
export interface UndoEntry {
  /** ISO 8601 time of the undo (UTC). */
  time: string;
  undone: UndoneWrite;
  /** Language of the row's text. */
  lang: Language;
  by?: string;
}

/**
 * A sheet Kvot created beside the payouts (the what-if comparison): no payout, so nothing to
 * re-run, but recorded like every write, with where it went and a fingerprint of what it held.
 */
export interface SheetEntry {
  /** ISO 8601 time of the write (UTC). */
  time: string;
  /** The new sheet's block, "'Kvot jämförelse'!A1:H30". */
  block: string;
  /** What the sheet holds, in words (the comparison's note naming each rule set). */
  description: string;
  /** SHA-256 (hex) of the canonical JSON of the written values. */
  valuesHash: string;
  lang: Language;
  by?: string;
}

/** A problem reading a log row, naming its cell (or column letter when the row's place is not known). */
export interface LogProblem {
  address: string;
  message: Localized;
}
