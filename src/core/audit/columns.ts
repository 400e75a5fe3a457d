import type { Language, Localized } from '../agreement/types';
import type { CellValue } from '../table/types';
import { cellText } from '../table/cell';

/** The name of the sheet Kvot keeps its log in (hidden, shown on request). */
export const LOG_SHEET_NAME = 'Kvot logg';

/**
 * The columns of a log row, in order: first what a person reads (local time, who, what happened in
 * words, the amounts, the result's fingerprint), then the machine-readable data `kvot verify` uses.
 * The JSON columns hold a JSON text each, spread over as many cells as it needs (continuation
 * cells follow directly, unheaded), so later columns may shift right.
 */
export const LOG_COLUMNS = {
  localTime: { sv: 'Tid (svensk tid)', en: 'Time (Swedish time)' },
  by: { sv: 'Vem', en: 'Who' },
  event: { sv: 'Händelse', en: 'Event' },
  paid: { sv: 'Utbetalt (kr)', en: 'Paid (kr)' },
  withheld: { sv: 'Innehållet (kr)', en: 'Withheld (kr)' },
  resultHash: { sv: 'SHA-256 resultat', en: 'SHA-256 result' },
  kind: { sv: 'Typ', en: 'Kind' },
  time: { sv: 'Tid (UTC)', en: 'Time (UTC)' },
  block: { sv: 'Skrivet block', en: 'Written block' },
  undoes: { sv: 'Ångrar skrivningen (UTC)', en: 'Undoes the write of (UTC)' },
  agreementId: { sv: 'Regeluppsättning', en: 'Rule set' },
  ruleSetHash: { sv: 'SHA-256 regler', en: 'SHA-256 rules' },
  tranches: { sv: 'Per utbetalning', en: 'Per tranche' },
  mapping: { sv: 'Mappning', en: 'Mapping' },
  inputs: { sv: 'Indata', en: 'Inputs' },
  cells: { sv: 'Celler', en: 'Cells' },
  ruleSet: { sv: 'Regler', en: 'Rules' },
} as const satisfies Record<string, Localized>;

export type LogColumn = keyof typeof LOG_COLUMNS;

export const SCALAR_COLUMNS = [
  'localTime',
  'by',
  'event',
  'paid',
  'withheld',
  'resultHash',
  'kind',
  'time',
  'block',
  'undoes',
  'agreementId',
  'ruleSetHash',
] as const;
export const JSON_COLUMNS = ['tranches', 'mapping', 'inputs', 'cells', 'ruleSet'] as const;

/** Column index of each scalar column. */
export const AT = Object.fromEntries(SCALAR_COLUMNS.map((c, i) => [c, i])) as Record<(typeof SCALAR_COLUMNS)[number], number>;

/** What the "Typ" column holds: language-neutral, for machines. */
export const KIND = { write: 'write', undo: 'undo', sheet: 'sheet' } as const;

/** The header row of the log sheet. */
export function logHeaderCells(lang: Language): string[] {
  return [...SCALAR_COLUMNS, ...JSON_COLUMNS].map((c) => LOG_COLUMNS[c][lang]);
}

/** The layout Kvot wrote before it logged cells and words (format 1): ISO time first, then hashes and JSON. */
export const LEGACY_COLUMNS = {
  time: { sv: 'Tid', en: 'Time' },
  agreementId: { sv: 'Regeluppsättning', en: 'Rule set' },
  ruleSetHash: { sv: 'SHA-256 regler', en: 'SHA-256 rules' },
  paid: { sv: 'Utbetalt (kr)', en: 'Paid (kr)' },
  withheld: { sv: 'Innehållet (kr)', en: 'Withheld (kr)' },
  resultHash: { sv: 'SHA-256 resultat', en: 'SHA-256 result' },
  tranches: { sv: 'Per utbetalning', en: 'Per tranche' },
  mapping: { sv: 'Mappning', en: 'Mapping' },
  inputs: { sv: 'Indata', en: 'Inputs' },
  ruleSet: { sv: 'Regler', en: 'Rules' },
} as const satisfies Record<string, Localized>;
export const LEGACY_SCALAR_COLUMNS = ['time', 'agreementId', 'ruleSetHash', 'paid', 'withheld', 'resultHash'] as const;
export const LEGACY_JSON_COLUMNS = ['tranches', 'mapping', 'inputs', 'ruleSet'] as const;

const CURRENT_HEADER_FIRST = new Set<string>([LOG_COLUMNS.localTime.sv, LOG_COLUMNS.localTime.en]);
const HEADER_FIRST = new Set<string>([...CURRENT_HEADER_FIRST, LEGACY_COLUMNS.time.sv, LEGACY_COLUMNS.time.en]);
/** "2026-12-01 23:15:04", as the first column of a current row shows the time. */
export const LOCAL_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** True for a header row of the log, of this format or the older one (a log may hold both). */
export function isLogHeaderRow(cells: readonly CellValue[]): boolean {
  return HEADER_FIRST.has(cellText(cells[0]));
}

/**
 * Whether a header row must go in before the next row: the log is empty, or its last row (given its
 * first column, top to bottom) is not of this format — an older log gets this format's header under
 * its old rows, so every row sits under the header that describes it.
 */
export function logHeaderNeeded(firstColumn: readonly CellValue[]): boolean {
  for (let i = firstColumn.length - 1; i >= 0; i--) {
    const text = cellText(firstColumn[i]);
    if (text === '') continue;
    return !(CURRENT_HEADER_FIRST.has(text) || LOCAL_TIME.test(text));
  }
  return true;
}
