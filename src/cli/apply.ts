import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadAgreementText } from '../core/agreement/load';
import { computePayouts } from '../core/payout/compute';
import { agreementParseOptions } from '../core/table/parse';
import { buildOutputColumns } from '../core/payout/columns';
import { reviewPayouts } from '../core/payout/review';
import type { PayoutResult } from '../core/payout/types';
import type { Agreement } from '../core/agreement/types';
import type { ParsedTable, TableWarning } from '../core/table/types';
import type { ApplyOptions } from './args';
import { readInput } from './readInput';
import { chooseSheet } from './chooseSheet';
import { addPayoutColumns } from './writeOutput';
import { appendLogRow, cliAuthor, writtenAddress } from './auditSheet';
import { createLogEntry, logRowCells } from '../core/audit';
import { payoutJson, payoutText } from './report';
import { ruleProblemLines, tableProblemLines } from './problems';
import { cliText } from './text';
import { checkApplyPaths } from './paths';

export interface Console {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface ApplyRun {
  agreement: Agreement;
  table: ParsedTable;
  result: PayoutResult;
  outFile: string;
}

/** Exit codes: 0 written, 1 bad input (nothing written), 3 warnings not accepted (nothing written). */
export const EXIT_NEEDS_CONFIRMATION = 3;

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
  const paths = await checkApplyPaths({ rules: options.rules, input: options.input, out: options.out ?? defaultOutFile(options.input) });
  if (!paths.ok) {
    io.err(paths.message[lang]);
    return { code: paths.code };
  }
  const loaded = loadAgreementText(await readFile(options.rules, 'utf8'));
  if (!loaded.ok) {
    io.err(ruleProblemLines(options.rules, loaded.problems, lang).join('\n'));
    return { code: 1 };
  }
  const agreement = loaded.agreement;
  const outFile = path.resolve(options.out ?? defaultOutFile(options.input));
  if (outFile === path.resolve(options.input)) {
    io.err(t.inputNeverOverwritten(options.input));
    return { code: 1 };
  }

  const { workbook, notice } = await readInput(options.input, options.sheet, options.encoding);
  if (notice) io.err(notice[lang]);
  const choice = chooseSheet(workbook, options.input, options.sheet, agreement.facts, options.map, agreementParseOptions(agreement, options.hiddenRows));
  const parsed = choice.parsed;
  if (!choice.ok || !parsed?.ok) {
    if (parsed && !parsed.ok) {
      io.err(tableProblemLines(parsed.errors, lang).join('\n'));
      if (parsed.errors.some((e) => e.code === 'header-row-not-found' || e.code === 'required-column-missing')) io.err(t.mapHint);
    }
    if (!choice.ok) io.err(choice.message[lang]);
    io.err(t.nothingWritten);
    return { code: 1 };
  }
  const { sheet } = choice;
  const table = parsed.table;
  io.err(t.readSheet(options.input, sheet.name, table.regions.length));
  if (table.notes.length > 0) io.err(tableProblemLines(table.notes, lang).join('\n'));

  const result = await computePayouts(agreement, table.regions);
  const warnings: TableWarning[] = [...table.warnings, ...reviewPayouts(agreement, result)];
  const unaccepted = warnings.filter((w) => !options.accept.includes(w.code));
  if (unaccepted.length > 0) {
    io.err(t.warningsTitle);
    io.err(tableProblemLines(unaccepted, lang).map((line) => `- ${line}`).join('\n'));
    io.err(t.acceptHint([...new Set(unaccepted.map((w) => w.code))]));
    io.err(t.nothingWritten);
    return { code: EXIT_NEEDS_CONFIRMATION };
  }
  if (warnings.length > 0) io.err(tableProblemLines(warnings, lang).map((line) => `${t.accepted} ${line}`).join('\n'));

  const rowCount = sheet.rowCount - table.headerRow - 1;
  const columns = buildOutputColumns(result, lang, { headerRow: table.headerRow, rowCount });
  const written = writtenAddress(sheet, table.headerRow, addPayoutColumns(sheet, table.headerRow, columns), columns);
  // The same audit row the add-in writes, so `kvot verify` can re-run this calculation and check the sheet later.
  appendLogRow(workbook, logRowCells(await createLogEntry(agreement, table, result, new Date(), { address: written, lang, by: cliAuthor() })), lang);
  // Write beside the target and rename, so a failed write leaves no half-written file.
  const temp = `${outFile}.${process.pid}.tmp`;
  try {
    await workbook.xlsx.writeFile(temp);
    await rename(temp, outFile);
  } finally {
    await rm(temp, { force: true });
  }

  io.out(options.json ? JSON.stringify(payoutJson(result, { sheet: sheet.name, warnings, notes: table.notes }, agreement), null, 2) : payoutText(agreement, result, lang));
  if (options.json) io.err(t.wrote(outFile));
  else io.out(`\n${t.wrote(outFile)}`);
  return { code: 0, run: { agreement, table, result, outFile } };
}
