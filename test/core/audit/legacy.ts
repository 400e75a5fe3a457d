import type { CellValue } from '../../../src/core/table/types';
import { canonicalJson } from '../../../src/core/audit/canonical';
import { splitChunks } from '../../../src/core/audit/chunks';
import type { LogEntry } from '../../../src/core/audit/types';

/** The header Kvot wrote before it logged cells and words (format 1). */
export const LEGACY_HEADER = [
  'Tid',
  'Regeluppsättning',
  'SHA-256 regler',
  'Utbetalt (kr)',
  'Innehållet (kr)',
  'SHA-256 resultat',
  'Per utbetalning',
  'Mappning',
  'Indata',
  'Regler',
];

/** A log row as Kvot wrote it before (format 1): ISO time first, hashes, amounts, four JSON texts; no cells. */
export function legacyRowCells(entry: LogEntry): CellValue[] {
  const values: CellValue[] = [
    entry.time,
    entry.agreementId,
    entry.ruleSetHash,
    entry.totals.paid,
    entry.totals.withheld,
    entry.resultHash,
  ];
  for (const text of [canonicalJson(entry.totals.tranches), canonicalJson(entry.mapping), canonicalJson(entry.inputs), entry.ruleSet])
    values.push(...splitChunks(text));
  return values;
}
