import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Language } from '../core/agreement/types';
import { LOG_SHEET_NAME, parseLogRow, verifyLogEntry } from '../core/audit';
import { readLogRows } from './auditSheet';
import type { Console } from './apply';
import { checkReadableFile, WORKBOOK } from './paths';

/**
 * kvot verify: re-runs every logged calculation in a workbook's "Kvot logg" sheet and confirms the
 * rule set hash, the result hash and the totals. Exit 0 when every entry checks out.
 */
export async function verify(file: string, lang: Language, io: Console): Promise<number> {
  const readable = await checkReadableFile(file, WORKBOOK);
  if (!readable.ok) {
    io.err(readable.message[lang]);
    return readable.code;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer apart from @types/node 20's generic Buffer; the value is the same.
    await workbook.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.err(lang === 'sv' ? `${file} kunde inte läsas som .xlsx: ${detail}` : `${file} could not be read as .xlsx: ${detail}`);
    return 1;
  }
  const rows = readLogRows(workbook);
  if (!rows || rows.length === 0) {
    io.err(lang === 'sv' ? `${file} har ingen logg (bladet "${LOG_SHEET_NAME}" saknas eller är tomt).` : `${file} has no log (the "${LOG_SHEET_NAME}" sheet is missing or empty).`);
    return 1;
  }
  let failures = 0;
  for (const { row, cells } of rows) {
    const parsed = parseLogRow(cells, { sheetName: LOG_SHEET_NAME, row });
    const place = `'${LOG_SHEET_NAME}'!A${row + 1}`;
    if (!parsed.ok) {
      failures++;
      io.out(`✗ ${place}\n${parsed.errors.map((e) => `  ${e.message[lang]}`).join('\n')}`);
      continue;
    }
    const verification = await verifyLogEntry(parsed.entry);
    if (!verification.ok) failures++;
    const mark = verification.ok ? '✓' : '✗';
    io.out(`${mark} ${place}  ${parsed.entry.time}  ${parsed.entry.agreementId}  ${parsed.entry.ruleSetHash.slice(0, 12)}…`);
    for (const check of verification.checks) if (!check.ok || !verification.ok) io.out(`  ${check.ok ? '✓' : '✗'} ${check.message[lang]}`);
  }
  const summary = lang === 'sv'
    ? `${rows.length - failures} av ${rows.length} loggade beräkningar stämmer.`
    : `${rows.length - failures} of ${rows.length} logged calculations check out.`;
  io.out(summary);
  return failures === 0 ? 0 : 1;
}
