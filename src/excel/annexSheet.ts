import { columnRange, printTitleRows, type AnnexSheet } from '../core/annex';
import { MAX_COLUMN } from '../core/table/address';
import type { ExcelHost } from './host';
import { blockAddress, localAddress, MAX_ROW, type SheetBlock } from './address';
import { toExcelValue } from './cells';
import { freeSheetName } from './sheetNames';

/**
 * Whether the print setup (worksheet.pageLayout, ExcelApi 1.9) was applied: not at all where the
 * host lacks 1.9, and "failed" where the host refused it; the annex itself is written either way.
 */
export type PageSetupOutcome = 'applied' | 'unsupported' | 'failed';

export interface AnnexWritten {
  sheetName: string;
  /** The whole annex, e.g. "'Bilaga Utbetalning 2'!A1:E26". */
  address: string;
  pageSetup: PageSetupOutcome;
}

/** Excel column width (characters of the default font) in points: 7 px a character and 5 px of margin, 0.75 pt a pixel. */
export const columnPoints = (characters: number): number => (characters * 7 + 5) * 0.75;

/** Checks the layout before Excel is touched; returns its block from A1 on a sheet of that name. */
function checkLayout(layout: AnnexSheet, sheetName: string): SheetBlock {
  const { values, numberFormats, columnWidths } = layout;
  const width = columnWidths.length;
  if (values.length === 0 || width === 0) throw new Error('The annex sheet has no cells.');
  if (
    values.some((row) => row.length !== width) ||
    numberFormats.length !== values.length ||
    numberFormats.some((row) => row.length !== width)
  ) {
    throw new Error('The annex sheet’s values and number formats do not have the shape of its columns.');
  }
  if (width - 1 > MAX_COLUMN || values.length - 1 > MAX_ROW) throw new Error('The annex does not fit on a sheet.');
  const rows = [layout.headerRow, layout.totalRow, layout.print.titleRow, ...layout.textRows.map((t) => t.row)];
  if (rows.some((r) => !Number.isInteger(r) || r < 0 || r >= values.length) || layout.numberColumns.some((c) => c < 0 || c >= width)) {
    throw new Error('The annex sheet names a row or column outside its cells.');
  }
  return { sheetName, firstRow: 0, firstColumn: 0, lastRow: values.length - 1, lastColumn: width - 1 };
}

/**
 * Writes the annex to a NEW sheet from A1 (never over existing cells: a taken name gets " (2)"...):
 * values and number formats, column widths, the heading and title merged across the table and
 * wrapped, a bold header row with a rule under it and right-aligned figure headers, a bold "Riket"
 * row with a rule over it; then, where ExcelApi 1.9 allows, the print setup: A4 portrait, the
 * header row on every page, all columns on one page wide, the footer. Then shows the sheet.
 * Three syncs for any number of regions: the sheet names, the annex, the print setup (apart, so a
 * host that refuses part of pageLayout still gets the annex, and the pane can say so).
 */
export async function writeAnnexSheet(host: ExcelHost, layout: AnnexSheet): Promise<AnnexWritten> {
  checkLayout(layout, layout.sheetName);
  return host.run(
    async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();

      const sheetName = freeSheetName(
        layout.sheetName,
        sheets.items.map((s) => s.name),
      );
      const block = checkLayout(layout, sheetName);
      const sheet = sheets.add(sheetName);
      const rows = (firstRow: number, lastRow = firstRow, firstColumn = 0, lastColumn = block.lastColumn): Excel.Range =>
        sheet.getRange(localAddress({ sheetName, firstRow, lastRow, firstColumn, lastColumn }));

      const all = sheet.getRange(localAddress(block));
      // Formats first, so the text format keeps codes such as "01" as text.
      all.numberFormat = layout.numberFormats;
      all.values = layout.values.map((row) => row.map(toExcelValue));
      layout.columnWidths.forEach((characters, c) => {
        sheet.getRange(columnRange(c, block.lastRow)).format.columnWidth = columnPoints(characters);
      });
      for (const text of layout.textRows) {
        const line = rows(text.row);
        line.merge(false);
        line.format.wrapText = true;
        line.format.verticalAlignment = 'Top';
        line.format.rowHeight = text.height;
        if (text.bold) line.format.font.bold = true;
      }
      const header = rows(layout.headerRow);
      header.format.font.bold = true;
      header.format.borders.getItem('EdgeBottom').style = 'Continuous';
      for (const c of layout.numberColumns) rows(layout.headerRow, layout.headerRow, c, c).format.horizontalAlignment = 'Right';
      const total = rows(layout.totalRow);
      total.format.font.bold = true;
      total.format.borders.getItem('EdgeTop').style = 'Continuous';
      sheet.activate();
      await context.sync();

      let pageSetup: PageSetupOutcome = 'unsupported';
      if (host.supports('1.9')) {
        const { print } = layout;
        const page = sheet.pageLayout;
        page.orientation = 'Portrait';
        page.paperSize = 'A4';
        page.centerHorizontally = true;
        page.setPrintArea(print.area);
        page.setPrintTitleRows(printTitleRows(print.titleRow));
        // "Fit all columns on one page", as Excel's own action recorder writes it.
        page.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
        page.headersFooters.defaultForAllPages.leftFooter = print.footer.left;
        page.headersFooters.defaultForAllPages.rightFooter = print.footer.right;
        try {
          await context.sync();
          pageSetup = 'applied';
        } catch {
          pageSetup = 'failed';
        }
      }
      return { sheetName, address: blockAddress(block), pageSetup };
    },
    { mergeUndo: true },
  );
}
