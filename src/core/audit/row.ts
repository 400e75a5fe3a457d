import type { CellValue } from '../table/types';
import { KRONOR_FORMAT, TEXT_FORMAT } from '../payout/columns';
import { canonicalJson } from './canonical';
import { splitChunks } from './chunks';
import { JSON_COLUMNS } from './columns';
import type { LogEntry } from './types';

export { logHeaderCells, LOG_SHEET_NAME } from './columns';
export { parseLogRow, type LogRowLocation, type ParsedLogRow } from './parseRow';

/** One row of the log sheet: values and en-US number formats, same length. */
export interface LogRow {
  values: CellValue[];
  numberFormats: string[];
}

/**
 * The cells of one log row: Tid | Regeluppsättning | SHA-256 regler | Utbetalt (kr) | Innehållet (kr)
 * | SHA-256 resultat | Per utbetalning | Mappning | Indata | Regler. The JSON texts (canonical) are
 * split into cells of at most 32 000 characters spread over continuation columns. Text cells carry
 * the text format so Excel keeps times, hashes and JSON exactly as written.
 */
export function logRowCells(entry: LogEntry): LogRow {
  const json: Record<(typeof JSON_COLUMNS)[number], string> = {
    tranches: canonicalJson(entry.totals.tranches),
    mapping: canonicalJson(entry.mapping),
    inputs: canonicalJson(entry.inputs),
    ruleSet: entry.ruleSet,
  };
  const values: CellValue[] = [entry.time, entry.agreementId, entry.ruleSetHash, entry.totals.paid, entry.totals.withheld, entry.resultHash];
  const numberFormats = [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, KRONOR_FORMAT, KRONOR_FORMAT, TEXT_FORMAT];
  for (const column of JSON_COLUMNS) {
    for (const chunk of splitChunks(json[column])) {
      values.push(chunk);
      numberFormats.push(TEXT_FORMAT);
    }
  }
  return { values, numberFormats };
}
