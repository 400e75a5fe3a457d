import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadAgreementText } from '../core/agreement/load';
import { parseTable } from '../core/table/parse';
import { computePayouts } from '../core/payout/compute';
import { buildOutputColumns } from '../core/payout/columns';
import type { PayoutResult } from '../core/payout/types';
import type { Agreement } from '../core/agreement/types';
import type { ParsedTable } from '../core/table/types';
import type { ApplyOptions } from './args';
import { readInput } from './readInput';
import { worksheetGrid } from './workbookGrid';
import { addPayoutColumns } from './writeOutput';
import { appendLogRow, cliAuthor, writtenAddress } from './auditSheet';
import { createLogEntry, logRowCells } from '../core/audit';
import { payoutJson, payoutText } from './report';
import { ruleProblemLines, tableProblemLines } from './problems';

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

/** Default result file beside the input: regioner-2024.xlsx -> regioner-2024-kvot.xlsx. */
export function defaultOutFile(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-kvot.xlsx`);
}

/**
 * kvot apply: read, evaluate, apportion, print, and write a copy of the workbook with the payout
 * columns. On any problem nothing is written and the exit code is 1.
 */
export async function apply(options: ApplyOptions, io: Console): Promise<{ code: number; run?: ApplyRun }> {
  const lang = options.lang;
  const loaded = loadAgreementText(await readFile(options.rules, 'utf8'));
  if (!loaded.ok) {
    io.err(ruleProblemLines(options.rules, loaded.problems, lang).join('\n'));
    return { code: 1 };
  }
  const agreement = loaded.agreement;
  const { workbook, sheet } = await readInput(options.input, options.sheet);
  const parsed = parseTable(worksheetGrid(sheet), agreement.facts, options.map);
  if (!parsed.ok) {
    io.err(tableProblemLines(parsed.errors, lang).join('\n'));
    if (parsed.errors.some((e) => e.code === 'header-row-not-found' || e.code === 'required-column-missing')) {
      io.err(lang === 'sv' ? 'Tips: koppla en kolumn själv med --map, t.ex. --map population=Folkmängd eller --map population=C.' : 'Hint: map a column yourself with --map, e.g. --map population=Inhabitants or --map population=C.');
    }
    io.err(lang === 'sv' ? 'Inget skrevs.' : 'Nothing was written.');
    return { code: 1 };
  }
  const table = parsed.table;
  if (table.warnings.length) io.err(tableProblemLines(table.warnings, lang).join('\n'));

  const result = await computePayouts(agreement, table.regions);
  const outFile = path.resolve(options.out ?? defaultOutFile(options.input));
  if (outFile === path.resolve(options.input)) {
    io.err(lang === 'sv' ? `Indatafilen skrivs aldrig över: välj en annan --out än ${options.input}.` : `The input file is never overwritten: choose an --out other than ${options.input}.`);
    return { code: 1 };
  }

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

  io.out(options.json ? JSON.stringify(payoutJson(result), null, 2) : payoutText(agreement, result, lang));
  const wrote = lang === 'sv' ? `Skrev ${outFile}` : `Wrote ${outFile}`;
  if (options.json) io.err(wrote);
  else io.out(`\n${wrote}`);
  return { code: 0, run: { agreement, table, result, outFile } };
}
