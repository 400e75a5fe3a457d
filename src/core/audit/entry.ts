import Decimal from 'decimal.js';
import type { Agreement, Language } from '../agreement/types';
import type { FactValue, ParsedTable, RegionRow, TableProblem } from '../table/types';
import type { PayoutResult } from '../payout/types';
import { canonicalJson, sha256Hex } from './canonical';
import { authorText } from './human';
import { sheetLayout } from './layout';
import type { LogAuthor, LogEntry, LoggedSheet, LoggedRegion, LoggedTotals, LoggedValue, UndoEntry, UndoneWrite } from './types';

/** Whole kronor are exact as JS numbers far beyond any budget (2^53). */
const kronor = (d: Decimal) => d.toNumber();

/**
 * What the result hash covers, per region in table order: the inputs (population and every fact
 * value) and the kronor per tranche and total. With the inputs in it, a logged input changed later
 * fails verification even when the payouts happen to come out the same.
 */
export function resultPayouts(result: PayoutResult) {
  return result.regions.map((r) => {
    const { address: _address, ...inputs } = logRegion(r.region);
    return {
      ...inputs,
      payouts: Object.fromEntries(Object.entries(r.payouts).map(([id, amount]) => [id, kronor(amount)])),
      total: kronor(r.total),
    };
  });
}

export const resultHash = (result: PayoutResult): Promise<string> => sha256Hex(canonicalJson(resultPayouts(result)));

export function totalsOf(result: PayoutResult): LoggedTotals {
  return {
    paid: kronor(result.totals.paid),
    withheld: kronor(result.totals.withheld),
    tranches: result.tranches.map((t) => ({ id: t.id, paid: kronor(t.paid), withheld: kronor(t.withheld) })),
  };
}

/** Decimals as exact plain strings (never exponent form), everything else as read. */
export function logValue(value: FactValue): LoggedValue {
  return value instanceof Decimal ? value.toFixed() : value;
}

export function logRegion(region: RegionRow): LoggedRegion {
  return {
    address: region.address,
    code: region.code,
    name: region.name,
    population: region.population.toFixed(),
    facts: Object.fromEntries(Object.entries(region.facts).map(([id, value]) => [id, logValue(value)])),
  };
}

/** What the writer knows about a write beyond the calculation: where it went, in which language, by whom. */
export interface WriteRecord {
  /** The block written, with its sheet: the adapter's answer ("Blad1!G4:L27"). */
  address: string;
  /** The language of the written headers and texts (and of the log row's words). */
  lang: Language;
  by: LogAuthor;
  /** The warnings the user accepted before this write: logged by kind and cells. */
  accepted?: readonly TableProblem[];
}

/**
 * The log entry for one write. The inputs are the rows the result was computed from (the table's
 * rows, unless a scenario changed them), so verifying the entry reproduces exactly what was written;
 * the sheet layout says where each input was read and where the payouts went, so `kvot verify` can
 * hold the sheet against the log. Throws LayoutError when the table and the block do not fit together.
 */
export async function createLogEntry(
  agreement: Agreement,
  table: ParsedTable,
  result: PayoutResult,
  time: Date | string,
  written: WriteRecord,
): Promise<LogEntry & { sheet: LoggedSheet }> {
  const ruleSet = canonicalJson(agreement);
  return {
    time: typeof time === 'string' ? time : time.toISOString(),
    agreementId: agreement.id,
    ruleSetHash: await sha256Hex(ruleSet),
    ruleSet,
    mapping: Object.fromEntries(Object.entries(table.mapping).map(([factId, m]) => [factId, m.header])),
    inputs: result.regions.map((r) => logRegion(r.region)),
    totals: totalsOf(result),
    resultHash: await resultHash(result),
    sheet: withAccepted(sheetLayout(table, result, written.address, written.lang), written.accepted),
    by: authorText(written.by, written.lang),
  };
}

/** The log entry for an undo of a logged write (its time, block and result hash). */
export function createUndoEntry(undone: UndoneWrite, time: Date | string, lang: Language, by: LogAuthor): UndoEntry {
  return { time: typeof time === 'string' ? time : time.toISOString(), undone: { ...undone }, lang, by: authorText(by, lang) };
}

/** The layout with the warnings accepted before the write, by kind and cells (none: no field). */
function withAccepted(sheet: LoggedSheet, accepted: readonly TableProblem[] | undefined): LoggedSheet {
  if (!accepted || accepted.length === 0) return sheet;
  return {
    ...sheet,
    accepted: accepted.map((w) => ({ code: w.code, cells: [...new Set([w.address, ...(w.cells ?? [])])].filter((c) => c !== '') })),
  };
}
