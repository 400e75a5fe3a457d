import type { Language, Localized } from '../agreement/types';

/** The name of the sheet Kvot keeps its log in (hidden, shown on request). */
export const LOG_SHEET_NAME = 'Kvot logg';

/**
 * The columns of a log row, in order. The JSON columns hold a JSON text each, spread over as many
 * cells as it needs (continuation cells follow directly, unheaded), so later columns may shift right.
 */
export const LOG_COLUMNS = {
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

export type LogColumn = keyof typeof LOG_COLUMNS;

export const SCALAR_COLUMNS = ['time', 'agreementId', 'ruleSetHash', 'paid', 'withheld', 'resultHash'] as const;
export const JSON_COLUMNS = ['tranches', 'mapping', 'inputs', 'ruleSet'] as const;

/** The header row of the log sheet. */
export function logHeaderCells(lang: Language): string[] {
  return [...SCALAR_COLUMNS, ...JSON_COLUMNS].map((c) => LOG_COLUMNS[c][lang]);
}
