import { parse } from 'csv-parse/sync';
import type { CellValue } from '../core/table/types';

/**
 * CSV as Swedish Excel writes it (";" and decimal comma, UTF-8 with or without BOM) or plain comma CSV.
 * Cells stay text: the table reader understands "2 455 914", "84,2 %" and "30 sep 2024".
 */
export function readCsv(text: string): CellValue[][] {
  const body = text.replace(/^\uFEFF/, '');
  return parse(body, {
    delimiter: detectDelimiter(body),
    relax_column_count: true,
    skip_empty_lines: false,
    trim: false,
    bom: true,
  }) as string[][];
}

/** The delimiter of the first non-comment line: ";" wins over "," since a Swedish decimal comma is no delimiter. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  if (count(';') > 0 && count(';') >= count(',') / 2) return ';';
  if (count('\t') > count(',')) return '\t';
  return ',';
}
