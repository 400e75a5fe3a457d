import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { Workbook } from './workbook';
import type { Localized } from '../core/agreement/types';
import { readCsvBytes } from './csv';
import { csvProblemMessage, encodingNotice, type CsvEncoding } from './csvDecode';
import { InputError } from './errors';

export interface Input {
  /** The workbook the result is written into: the input's own (a copy in memory) or a new one-sheet workbook for CSV. */
  workbook: ExcelJS.Workbook;
  /** The text encoding a CSV/TXT file was read in. */
  encoding?: CsvEncoding;
  /** What the officer should know about how the file was read (a CSV read as Windows-1252, say). */
  notice?: Localized;
}

export { InputError } from './errors';

/**
 * Reads an .xlsx or .csv file into an in-memory workbook; the file on disk is never changed.
 * sheetName names a CSV's one sheet.
 * `encoding` overrides the detected encoding of a CSV/TXT file.
 */
export async function readInput(file: string, sheetName?: string, encoding?: CsvEncoding): Promise<Input> {
  try {
    return await readInputUnchecked(file, sheetName, encoding);
  } catch (error) {
    if (error instanceof InputError || isMissingFile(error)) throw error;
    // exceljs and csv-parse throw on a damaged file: say which file, in plain words.
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError({ sv: `${file} kunde inte läsas: ${detail}`, en: `${file} could not be read: ${detail}` });
  }
}

const isMissingFile = (error: unknown) => error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';

async function readInputUnchecked(file: string, sheetName?: string, encoding?: CsvEncoding): Promise<Input> {
  const ext = path.extname(file).toLowerCase();
  const workbook = new Workbook();
  if (ext === '.xlsx' || ext === '.xlsm') {
    // exceljs types its Buffer apart from @types/node 20's generic Buffer; the value is the same.
    await workbook.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
    if (workbook.worksheets.length === 0) throw new InputError({ sv: `${file} har inga blad.`, en: `${file} has no sheets.` });
    // Which sheet holds the table is decided with the rules' facts (chooseSheet.ts).
    return { workbook };
  }
  if (ext === '.csv' || ext === '.txt') {
    const csv = readCsvBytes(await readFile(file), encoding);
    if (!csv.ok) {
      const message = csvProblemMessage(file, csv.problem);
      throw new InputError(message);
    }
    // Excel forbids : \\ / ? * [ ] in sheet names; a CSV's file name may hold them.
    const sheet = workbook.addWorksheet(
      sheetName ??
        (path
          .basename(file, ext)
          .replace(/[:\\/?*[\]]/g, '_')
          .slice(0, 31) ||
          'Blad1'),
    );
    csv.rows.forEach((row) => sheet.addRow(row));
    return { workbook, encoding: csv.encoding, notice: encodingNotice(file, csv.encoding) };
  }
  throw new InputError({
    sv: `Okänd filtyp "${ext}": ange .xlsx, .csv eller .txt.`,
    en: `Unknown file type "${ext}": give .xlsx, .csv or .txt.`,
  });
}
