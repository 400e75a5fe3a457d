import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { loadAgreementText } from '../core/agreement/load';
import type { Agreement, Localized } from '../core/agreement/types';
import { computePayouts } from '../core/payout/compute';
import { reviewPayouts } from '../core/payout/review';
import type { PayoutResult } from '../core/payout/types';
import { agreementParseOptions } from '../core/table/parse';
import type { ParsedTable, TableWarning } from '../core/table/types';
import type { TableRunOptions } from './args';
import { chooseSheet } from './chooseSheet';
import { checkApplyPaths } from './paths';
import { ruleProblemLines, tableProblemLines } from './problems';
import { readInput } from './readInput';
import { cliText } from './text';

export interface Console {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Exit codes: 0 written, 1 bad input (nothing written), 3 warnings not accepted (nothing written). */
export const EXIT_NEEDS_CONFIRMATION = 3;

/** A table read and computed, every warning accepted: what a command may now write from. */
export interface ComputedRun {
  agreement: Agreement;
  /** The input as read (a copy in memory; the file is never changed). */
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  table: ParsedTable;
  result: PayoutResult;
  /** The warnings, all accepted with --accept. */
  warnings: TableWarning[];
  /** The output file, resolved. */
  outFile: string;
}

/** A check of the loaded rules before the table is read (e.g. that a named tranche exists). */
export type RulesCheck = (agreement: Agreement) => { code: number; message: Localized } | null;

/**
 * What `kvot apply` and `kvot annex` share: check the files, load the rules, read the input and
 * choose its sheet, read the table, compute, and stop unless every warning is accepted. Problems
 * are printed to io.err; then the run ends with the exit code and nothing is written.
 */
export async function readAndCompute(
  options: TableRunOptions & { out: string },
  io: Console,
  checkRules?: RulesCheck,
): Promise<{ ok: true; run: ComputedRun } | { ok: false; code: number }> {
  const lang = options.lang;
  const t = cliText[lang];
  const paths = await checkApplyPaths({ rules: options.rules, input: options.input, out: options.out });
  if (!paths.ok) {
    io.err(paths.message[lang]);
    return { ok: false, code: paths.code };
  }
  const loaded = loadAgreementText(await readFile(options.rules, 'utf8'));
  if (!loaded.ok) {
    io.err(ruleProblemLines(options.rules, loaded.problems, lang).join('\n'));
    return { ok: false, code: 1 };
  }
  const agreement = loaded.agreement;
  const refused = checkRules?.(agreement);
  if (refused) {
    io.err(refused.message[lang]);
    return { ok: false, code: refused.code };
  }
  const outFile = path.resolve(options.out);
  if (outFile === path.resolve(options.input)) {
    io.err(t.inputNeverOverwritten(options.input));
    return { ok: false, code: 1 };
  }

  const { workbook, notice } = await readInput(options.input, options.sheet, options.encoding);
  if (notice) io.err(notice[lang]);
  const choice = chooseSheet(
    workbook,
    options.input,
    options.sheet,
    agreement.facts,
    options.map,
    agreementParseOptions(agreement, options.hiddenRows),
  );
  const parsed = choice.parsed;
  if (!choice.ok || !parsed?.ok) {
    if (parsed && !parsed.ok) {
      io.err(tableProblemLines(parsed.errors, lang).join('\n'));
      // The general --map hint only where no problem already names the --map to use.
      const columnMissing = parsed.errors.some((e) => e.code === 'header-row-not-found' || e.code === 'required-column-missing');
      if (columnMissing && !parsed.errors.some((e) => e.suggestion || e.suggestions)) io.err(t.mapHint);
    }
    if (!choice.ok) io.err(choice.message[lang]);
    io.err(t.nothingWritten);
    return { ok: false, code: 1 };
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
    io.err(
      tableProblemLines(unaccepted, lang)
        .map((line) => `- ${line}`)
        .join('\n'),
    );
    io.err(t.acceptHint([...new Set(unaccepted.map((w) => w.code))]));
    io.err(t.nothingWritten);
    return { ok: false, code: EXIT_NEEDS_CONFIRMATION };
  }
  if (warnings.length > 0)
    io.err(
      tableProblemLines(warnings, lang)
        .map((line) => `${t.accepted} ${line}`)
        .join('\n'),
    );
  return { ok: true, run: { agreement, workbook, sheet, table, result, warnings, outFile } };
}

/** Writes beside the target and renames, so a failed write leaves no half-written file. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, outFile: string): Promise<void> {
  const temp = `${outFile}.${process.pid}.tmp`;
  try {
    await workbook.xlsx.writeFile(temp);
    await rename(temp, outFile);
  } finally {
    await rm(temp, { force: true });
  }
}
