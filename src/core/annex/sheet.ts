import type { Language } from '../agreement/types';
import { a1, columnLetters } from '../table/address';
import type { CellValue } from '../table/types';
import { annexTextCells } from './build';
import type { Annex } from './types';

/** en-US codes (Office.js and exceljs take them; a Swedish Excel shows "2 455 914" and "23,26%"). */
export const ANNEX_NUMBER_FORMAT = '#,##0';
export const ANNEX_SHARE_FORMAT = '0.00%';
/** The "Riket" row's share: "100%", as the decision prints it. */
export const ANNEX_WHOLE_FORMAT = '0%';
const TEXT = '@';
const GENERAL = 'General';

/** Calibri 11's line height in points; Excel's default row height. */
export const LINE_HEIGHT = 15;
/** Room beside the longest text of a column, in characters. */
const PADDING = 2;
/** Excel refuses a header or footer longer than 255 characters. */
const MAX_FOOTER = 255;
/** Excel's footer font size code for the small print. */
const SMALL = '&8';

const PAGE = { sv: 'Sida &P av &N', en: 'Page &P of &N' } as const;
const SHEET = { sv: 'Bilaga', en: 'Annex' } as const;

/** How the annex prints: A4 portrait, the header row on every page, all columns on one page wide. */
export interface AnnexPrint {
  orientation: 'portrait';
  paperSize: 'A4';
  /** 0-based sheet row repeated at the top of every printed page. */
  titleRow: number;
  /** Local A1 range printed: the whole annex. */
  area: string;
  fitToPagesWide: 1;
  /** Excel header/footer codes ("&" doubled in the text): left the rule set and its SHA-256, right the page. */
  footer: { left: string; right: string };
}

/** A line above or below the table, merged across it and wrapped, with the height its wrapped lines need. */
export interface AnnexTextRow {
  row: number;
  height: number;
  bold: boolean;
}

/**
 * The annex laid out as a sheet from A1, for the CLI (exceljs) and the add-in (Office.js) alike:
 * the lines above the title, the title, a blank row, the table (header row, regions, "Riket") and
 * any notes, with Excel's number formats, column widths in characters and the print setup.
 */
export interface AnnexSheet {
  /** Suggested name; the writer makes it unique and acceptable to Excel. */
  sheetName: string;
  /** Rectangular: every row has `columnWidths.length` cells. */
  values: CellValue[][];
  numberFormats: string[][];
  textRows: AnnexTextRow[];
  headerRow: number;
  firstDataRow: number;
  totalRow: number;
  /** Columns of numbers: their headers are right-aligned above the figures. */
  numberColumns: number[];
  /** Excel column widths (characters of the default font). */
  columnWidths: number[];
  print: AnnexPrint;
}

/** Text in a header or footer section: "&" starts a code there, so a literal one is doubled. */
const footerText = (text: string) => text.replace(/&/g, '&&');

/** Left and right footer sections within Excel's 255 characters; the left text is cut (with "…") if it must be. */
function footer(text: string, lang: Language): AnnexPrint['footer'] {
  const right = `${SMALL}${PAGE[lang]}`;
  const room = MAX_FOOTER - right.length - SMALL.length - '&L&R'.length;
  if (footerText(text).length <= room) return { left: `${SMALL}${footerText(text)}`, right };
  let left = '';
  for (const ch of text) {
    if (left.length + footerText(ch).length > room - 1) break;
    left += footerText(ch);
  }
  return { left: `${SMALL}${left}…`, right };
}

/** Wrapped lines a text needs across the table: generous, so a printed line is never cut off. */
const lineCount = (text: string, width: number) => Math.max(1, Math.ceil(text.length / Math.max(1, width - PADDING)));

export function annexSheet(annex: Annex): AnnexSheet {
  const text = annexTextCells(annex);
  const withCode = annex.headers.code !== null;
  const width = text[0].length;
  const offset = withCode ? 1 : 0;
  const numberColumns = [offset + 1, offset + 2, offset + 3];
  const columnWidths = Array.from({ length: width }, (_, c) => Math.max(...text.map((row) => row[c].length)) + PADDING);
  const tableWidth = columnWidths.reduce((sum, w) => sum + w, 0);

  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const textRows: AnnexTextRow[] = [];
  const blankRow = () => {
    values.push(Array<CellValue>(width).fill(null));
    numberFormats.push(Array<string>(width).fill(GENERAL));
  };
  const line = (content: string, bold: boolean) => {
    textRows.push({ row: values.length, height: lineCount(content, tableWidth) * LINE_HEIGHT, bold });
    values.push([content, ...Array<CellValue>(width - 1).fill(null)]);
    numberFormats.push([TEXT, ...Array<string>(width - 1).fill(GENERAL)]);
  };
  const tableRow = (code: string | null, cells: CellValue[], formats: string[]) => {
    values.push(withCode ? [code, ...cells] : cells);
    numberFormats.push(withCode ? [TEXT, ...formats] : formats);
  };

  annex.heading.forEach((heading) => line(heading, true));
  line(annex.title, false);
  blankRow();
  const headerRow = values.length;
  const h = annex.headers;
  tableRow(h.code, [h.region, h.basis, h.share, h.amount], [TEXT, TEXT, TEXT, TEXT]);
  const figures = [ANNEX_NUMBER_FORMAT, ANNEX_SHARE_FORMAT, ANNEX_NUMBER_FORMAT];
  for (const r of annex.rows) {
    // Whole people and kronor are exact as JS numbers far beyond any budget or population.
    tableRow(r.code, [r.name, r.population.toNumber(), r.printedShare.toNumber(), r.amount.toNumber()], [TEXT, ...figures]);
  }
  const totalRow = values.length;
  const t = annex.total;
  tableRow(
    null,
    [t.label, t.population.toNumber(), 1, t.amount.toNumber()],
    [TEXT, ANNEX_NUMBER_FORMAT, ANNEX_WHOLE_FORMAT, ANNEX_NUMBER_FORMAT],
  );
  if (annex.notes.length > 0) {
    blankRow();
    annex.notes.forEach((note) => line(note, false));
  }

  return {
    sheetName: `${SHEET[annex.lang]} ${annex.trancheLabel}`,
    values,
    numberFormats,
    textRows,
    headerRow,
    firstDataRow: headerRow + 1,
    totalRow,
    numberColumns,
    columnWidths,
    print: {
      orientation: 'portrait',
      paperSize: 'A4',
      titleRow: headerRow,
      area: `A1:${a1(values.length - 1, width - 1)}`,
      fitToPagesWide: 1,
      footer: footer(annex.footer, annex.lang),
    },
  };
}

/** "$4:$4": the print title rows as Excel takes them (0-based row in). */
export const printTitleRows = (row: number) => `$${row + 1}:$${row + 1}`;

/** "A1:A27": a whole column of the annex, to size it. */
export const columnRange = (column: number, lastRow: number) => `${columnLetters(column)}1:${columnLetters(column)}${lastRow + 1}`;
