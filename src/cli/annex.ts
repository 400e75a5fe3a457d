import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Agreement, Localized } from '../core/agreement/types';
import { ruleSetHash } from '../core/audit';
import { annexSheet, annexTextCells, buildAnnex, printTitleRows, tablePopulationDate, type Annex, type AnnexSheet } from '../core/annex';
import { freeSheetName } from '../excel/sheetNames';
import type { AnnexCliOptions } from './args';
import { readAndCompute, saveWorkbook, type Console } from './pipeline';
import { cliText } from './text';

/** Default annex file beside the input: regioner-2024.xlsx -> regioner-2024-bilaga.xlsx. */
export function defaultAnnexFile(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-bilaga.xlsx`);
}

/** exceljs's paper size code for A4. */
const A4 = 9;
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/**
 * The tranche the annex is for: the one named, or the agreement's only one. A missing or unknown
 * id is a usage error (exit 2) naming the ids there are, before the table is read.
 */
function trancheCheck(wanted: string | undefined): (agreement: Agreement) => { code: number; message: Localized } | null {
  return (agreement) => {
    const ids = agreement.tranches.map((t) => t.id);
    if (wanted === undefined ? ids.length === 1 : ids.includes(wanted)) return null;
    const list = ids.join(', ');
    return {
      code: 2,
      message:
        wanted === undefined
          ? {
              sv: `Ange utbetalningen med --tranche (${agreement.id} har ${list}).`,
              en: `Name the tranche with --tranche (${agreement.id} has ${list}).`,
            }
          : {
              sv: `Utbetalningen "${wanted}" finns inte i ${agreement.id}: ange en av ${list}.`,
              en: `There is no tranche "${wanted}" in ${agreement.id}: give one of ${list}.`,
            },
    };
  };
}

/**
 * The annex sheet in a new workbook, ready to print: A4 portrait, the header row repeated on every
 * page, all columns on one page wide, the rule set and its SHA-256 in the footer.
 */
export function annexWorkbook(layout: AnnexSheet): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kvot';
  const width = layout.columnWidths.length;
  const { print } = layout;
  const sheet = workbook.addWorksheet(freeSheetName(layout.sheetName, []), {
    pageSetup: {
      paperSize: A4,
      orientation: print.orientation,
      fitToPage: true,
      fitToWidth: print.fitToPagesWide,
      fitToHeight: 0,
      horizontalCentered: true,
      // exceljs puts "$" before each end of the range; the rows' "$" makes the reference absolute ($A$1:$E$26).
      printArea: print.area.replace(/([A-Z]+)(\d+)/g, '$1$$$2'),
      printTitlesRow: printTitleRows(print.titleRow).replace(/\$/g, ''),
    },
    headerFooter: { oddFooter: `&L${print.footer.left}&R${print.footer.right}` },
  });
  layout.columnWidths.forEach((w, c) => (sheet.getColumn(c + 1).width = w));
  layout.values.forEach((values, r) => {
    values.forEach((value, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value ?? null;
      cell.numFmt = layout.numberFormats[r][c];
    });
  });
  for (const { row, height, bold } of layout.textRows) {
    sheet.mergeCells(row + 1, 1, row + 1, width);
    const cell = sheet.getCell(row + 1, 1);
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (bold) cell.font = { bold: true };
    sheet.getRow(row + 1).height = height;
  }
  for (let c = 1; c <= width; c++) {
    const header = sheet.getCell(layout.headerRow + 1, c);
    header.font = { bold: true };
    header.border = { bottom: THIN };
    if (layout.numberColumns.includes(c - 1)) header.alignment = { horizontal: 'right' };
    const total = sheet.getCell(layout.totalRow + 1, c);
    total.font = { bold: true };
    total.border = { top: THIN };
  }
  return workbook;
}

/** The annex as text for the terminal: the lines above the table, the table in columns, the notes. */
export function annexText(annex: Annex): string {
  const rows = annexTextCells(annex);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  // Code and name read left to right; the figures line up on the right.
  const textColumns = annex.headers.code !== null ? 2 : 1;
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c < textColumns ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd();
  return [...annex.heading, annex.title, '', ...rows.map(line), ...(annex.notes.length > 0 ? ['', ...annex.notes] : [])].join('\n');
}

const WROTE: Localized<(file: string, sheet: string) => string> = {
  sv: (file, sheet) => `Skrev bilagan (bladet "${sheet}", A4 stående) till ${file}`,
  en: (file, sheet) => `Wrote the annex (sheet "${sheet}", A4 portrait) to ${file}`,
};

/**
 * kvot annex: reads and computes exactly as kvot apply does (errors and unaccepted warnings stop it),
 * then writes the decision annex of one tranche to a new workbook. The input is never changed.
 */
export async function annex(options: AnnexCliOptions, io: Console): Promise<number> {
  const lang = options.lang;
  const prepared = await readAndCompute(
    { ...options, out: options.out ?? defaultAnnexFile(options.input) },
    io,
    trancheCheck(options.tranche),
  );
  if (!prepared.ok) return prepared.code;
  const { agreement, table, result, outFile } = prepared.run;

  const built = buildAnnex(agreement, result, {
    trancheId: options.tranche ?? agreement.tranches[0].id,
    lang,
    ruleSetHash: await ruleSetHash(agreement),
    populationDate: options.populationDate ?? tablePopulationDate(agreement, table),
    heading: options.heading,
    title: options.title,
  });
  if (!built.ok) {
    io.err(`${built.message[lang]} ${cliText[lang].nothingWritten}`);
    return 1;
  }
  const layout = annexSheet(built.annex);
  const workbook = annexWorkbook(layout);
  await saveWorkbook(workbook, outFile);
  io.out(annexText(built.annex));
  io.out(`\n${WROTE[lang](outFile, workbook.worksheets[0].name)}`);
  return 0;
}
