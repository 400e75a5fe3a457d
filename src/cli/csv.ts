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

/** The delimiter the file's first lines agree on (see below), for a file without a "sep=" line. */
export function detectDelimiter(text: string): string {
  // A title or a note above the table ("Stimulansmedel SVF 2024, underlag") says nothing: the
  // delimiter is the one the table's lines agree on. Of the first lines, the mark that splits most
  // of them into the same number of fields wins (tab, then ";", then "," on a tie).
  const lines = text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, SAMPLE_LINES);
  const agreement = (ch: string) => {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = line.split(ch).length - 1;
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    // Lines agreeing on the most common field count, weighed by that count.
    let best = 0;
    for (const [fields, lineCount] of counts) best = Math.max(best, lineCount * 1000 + fields);
    return best;
  };
  const scores = DELIMITERS.map((ch) => ({ ch, score: agreement(ch) }));
  const top = scores.reduce((a, b) => (b.score > a.score ? b : a));
  return top.score > 0 ? top.ch : ',';
}

/** Lines sampled for the delimiter: enough to pass a title block, few enough to stay quick. */
const SAMPLE_LINES = 30;
/** In the order a tie goes: a decimal comma is far more common in Swedish files than a tab or ";" in text. */
const DELIMITERS = ['\t', ';', ','] as const;
