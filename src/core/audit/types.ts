import type { Localized } from '../agreement/types';

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

/** One write of payouts, as the "Kvot logg" sheet keeps it, so the payout can be reproduced and checked. */
export interface LogEntry {
  /** ISO 8601 time of the write. */
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
}

/** A problem reading a log row, naming its cell (or column letter when the row's place is not known). */
export interface LogProblem {
  address: string;
  message: Localized;
}
