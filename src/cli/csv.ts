import { parse } from 'csv-parse/sync';
import type { CellValue } from '../core/table/types';
import { decodeCsvBytes, type CsvEncoding, type CsvProblem } from './csvDecode';

/**
 * CSV as Swedish Excel writes it (";" and decimal comma), plain comma CSV, or tab-separated text.
 * Excel's first line "sep=;" names the delimiter and is dropped; otherwise the delimiter is detected.
 * Cells stay text: the table reader understands "2 455 914", "84,2 %" and "30 sep 2024".
 */
export function readCsv(text: string): CellValue[][] {
  const { body, delimiter } = splitSepLine(text.replace(/^\uFEFF/, ''));
  return parse(body, {
    delimiter: delimiter ?? detectDelimiter(body),
    relax_column_count: true,
    skip_empty_lines: false,
    trim: false,
    bom: true,
  }) as string[][];
}

export type CsvFile = { ok: true; rows: CellValue[][]; encoding: CsvEncoding } | { ok: false; problem: CsvProblem };

/** A CSV/TXT file's bytes -> rows, detecting the encoding unless one is given; a file without values is a problem. */
export function readCsvBytes(bytes: Uint8Array, encoding?: CsvEncoding): CsvFile {
  const decoded = decodeCsvBytes(bytes, encoding);
  if (!decoded.ok) return decoded;
  const rows = readCsv(decoded.text);
  if (!rows.some((row) => row.some((cell) => String(cell ?? '').trim() !== ''))) return { ok: false, problem: { code: 'empty' } };
  return { ok: true, rows, encoding: decoded.encoding };
}

/** Excel's "sep=;" (also quoted, or followed by empty cells when another program re-saved it). */
const SEP_LINE = /^"?sep=([^\s"]|\t)"?\1*[ ]*(?:\r\n|\r|\n|$)/i;

export function splitSepLine(text: string): { body: string; delimiter?: string } {
  const match = SEP_LINE.exec(text);
  return match ? { body: text.slice(match[0].length), delimiter: match[1] } : { body: text };
}

/**
 * The delimiter of the first non-blank line: tab when it is the most frequent, then ";" over ","
 * since a Swedish decimal comma is no delimiter.
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const [tabs, semicolons, commas] = [count('\t'), count(';'), count(',')];
  if (tabs > 0 && tabs >= semicolons && tabs >= commas) return '\t';
  if (semicolons > 0 && semicolons >= commas / 2) return ';';
  return ',';
}
