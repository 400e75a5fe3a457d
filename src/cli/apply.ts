import path from 'node:path';
import { buildOutputColumns } from '../core/payout/columns';
import type { PayoutResult } from '../core/payout/types';
import type { Agreement } from '../core/agreement/types';
import type { ParsedTable } from '../core/table/types';
import type { ApplyOptions } from './args';
import { addPayoutColumns, planOutput } from './writeOutput';
import { appendLogRow, cliAuthor, writtenAddress } from './auditSheet';
import { createLogEntry, logRowCells } from '../core/audit';
import { payoutJson, payoutText } from './report';
import { cliText } from './text';
import { readAndCompute, saveWorkbook, type Console } from './pipeline';

export { EXIT_NEEDS_CONFIRMATION, type Console } from './pipeline';

export interface ApplyRun {
  agreement: Agreement;
  table: ParsedTable;
  result: PayoutResult;
  outFile: string;
}

/** Default result file beside the input: regioner-2024.xlsx -> regioner-2024-kvot.xlsx. */
export function defaultOutFile(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-kvot.xlsx`);
}

/**
 * kvot apply: read, evaluate, apportion, print, and write a copy of the workbook with the payout
 * columns. Errors stop the run; so do warnings the user has not accepted with --accept. Either way
 * nothing is written and the exit code is non-zero.
 */
export async function apply(options: ApplyOptions, io: Console): Promise<{ code: number; run?: ApplyRun }> {
  const lang = options.lang;
  const t = cliText[lang];
  const prepared = await readAndCompute({ ...options, out: options.out ?? defaultOutFile(options.input) }, io);
  if (!prepared.ok) return { code: prepared.code };
  const { agreement, workbook, sheet, table, result, warnings, outFile } = prepared.run;

  const rowCount = sheet.rowCount - table.headerRow - 1;
  const columns = buildOutputColumns(result, lang, { headerRow: table.headerRow, rowCount });
  const plan = planOutput(sheet, table.headerRow, columns);
  if (plan.conflicts.length > 0) {
    io.err(t.cellsInTheWay(plan.conflicts));
    io.err(t.nothingWritten);
    return { code: 1 };
  }
  const written = writtenAddress(sheet, table.headerRow, addPayoutColumns(sheet, table.headerRow, columns, plan), columns);
  // The same audit row the add-in writes, so `kvot verify` can re-run this calculation and check the sheet later.
  appendLogRow(
    workbook,
    logRowCells(
      await createLogEntry(agreement, table, result, new Date(), { address: written, lang, by: cliAuthor(), accepted: warnings }),
    ),
    lang,
  );
  await saveWorkbook(workbook, outFile);

  io.out(
    options.json
      ? JSON.stringify(payoutJson(result, { sheet: sheet.name, warnings, notes: table.notes }, agreement), null, 2)
      : payoutText(agreement, result, lang),
  );
  if (options.json) io.err(t.wrote(outFile));
  else io.out(`\n${t.wrote(outFile)}`);
  return { code: 0, run: { agreement, table, result, outFile } };
}
