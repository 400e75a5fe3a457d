import type { ComparisonSheet } from '../core/scenario/sheet';
import { MAX_COLUMN } from '../core/table/address';
import type { ExcelHost } from './host';
import { blockAddress, localAddress, MAX_ROW, type SheetBlock } from './address';
import { toExcelValue, type ExcelValue } from './cells';
import { freeSheetName } from './sheetNames';
import { queuePayoutChart } from './comparisonChart';
import { chunksByBytes, jsonBytes } from './payload';

/** Checks the layout before Excel is touched; returns the width of the block. */
function checkLayout(layout: ComparisonSheet): number {
  const { values, numberFormats } = layout;
  if (values.length === 0) throw new Error('The comparison sheet has no rows.');
  if (numberFormats.length !== values.length || numberFormats.some((row, r) => row.length !== values[r].length)) {
    throw new Error('The comparison sheet’s number formats do not have the shape of its values.');
  }
  const width = Math.max(...values.map((row) => row.length));
  if (width === 0) throw new Error('The comparison sheet has no columns.');
  if (width - 1 > MAX_COLUMN || values.length - 1 > MAX_ROW) throw new Error('The comparison does not fit on a sheet.');
  const inside = (c: number) => Number.isInteger(c) && c >= 0 && c < width;
  const columns = [
    layout.nameColumn,
    ...layout.totalColumns.map((t) => t.column),
    ...layout.groups.flatMap((g) => [g.firstColumn, g.lastColumn]),
  ];
  const bad = columns.find((c) => !inside(c));
  if (bad !== undefined) throw new Error(`The comparison sheet names column ${bad}, outside its ${width} columns.`);
  if (layout.headerRow < 0 || layout.headerRow >= values.length || layout.lastDataRow >= values.length) {
    throw new Error('The comparison sheet’s header or data rows lie outside its values.');
  }
  return width;
}

const pad = <T>(rows: T[][], width: number, blank: T): T[][] => rows.map((row) => [...row, ...Array<T>(width - row.length).fill(blank)]);

/**
 * Writes the comparison to a new sheet from A1 — never over existing cells: a taken name gets
 * " (2)", " (3)"... — with bold title and header rows, each result's name merged and centred over
 * its columns, fitted column widths and a bar chart of payouts per region; then shows the sheet.
 * One sync reads the sheet names; the cells go in chunks of rows within Excel on the web's 5 MB
 * (payload.ts), one sync each, the last with the formatting and the chart: two syncs in all for a
 * few thousand regions.
 */
export async function writeComparisonSheet(host: ExcelHost, layout: ComparisonSheet): Promise<{ sheetName: string; address: string }> {
  const width = checkLayout(layout);
  const numberFormats = pad(layout.numberFormats, width, 'General');
  const values = pad(
    layout.values.map((row) => row.map(toExcelValue)),
    width,
    '',
  );
  return host.run(
    async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();

      const sheetName = freeSheetName(
        layout.sheetName,
        sheets.items.map((s) => s.name),
      );
      const sheet = sheets.add(sheetName);
      const block: SheetBlock = { sheetName, firstRow: 0, firstColumn: 0, lastRow: layout.values.length - 1, lastColumn: width - 1 };
      const chunks = chunksByBytes(values.map((row, r) => jsonBytes(row) + jsonBytes(numberFormats[r])));
      for (const [index, [first, last]] of chunks.entries()) {
        const formatting = index === chunks.length - 1 ? () => queueFormatting(host, sheet, layout, block, width) : null;
        await writeRows(
          context,
          sheet.getRange(localAddress({ ...block, firstRow: first, lastRow: last })),
          numberFormats.slice(first, last + 1),
          values.slice(first, last + 1),
          formatting,
        );
      }
      return { sheetName, address: blockAddress(block) };
    },
    { mergeUndo: true },
  );
}

/** One chunk of rows in one batch (formats first, so a text format keeps codes such as "01" as text); the last brings the formatting. */
async function writeRows(
  context: Excel.RequestContext,
  rows: Excel.Range,
  numberFormats: string[][],
  values: ExcelValue[][],
  formatting: (() => void) | null,
): Promise<void> {
  rows.numberFormat = numberFormats;
  rows.values = values;
  formatting?.();
  await context.sync();
}

/** Bold title and header rows, the results' names over their columns, fitted widths, the chart; then the sheet is shown. */
function queueFormatting(host: ExcelHost, sheet: Excel.Worksheet, layout: ComparisonSheet, block: SheetBlock, width: number): void {
  const { sheetName } = block;
  const rows = (firstRow: number, lastRow: number, firstColumn = 0, lastColumn = width - 1): Excel.Range =>
    sheet.getRange(localAddress({ sheetName, firstRow, lastRow, firstColumn, lastColumn }));
  const groupRow = layout.headerRow - 1;
  rows(0, 0).format.font.bold = true;
  rows(layout.headerRow, layout.headerRow).format.font.bold = true;
  if (groupRow >= 0) {
    rows(groupRow, groupRow).format.font.bold = true;
    for (const group of layout.groups) {
      const cells = rows(groupRow, groupRow, group.firstColumn, group.lastColumn);
      if (group.lastColumn > group.firstColumn) cells.merge(false);
      cells.format.horizontalAlignment = 'Center';
    }
  }
  // Fit widths to the table, not to the long title lines above it.
  rows(Math.max(groupRow, 0), block.lastRow).format.autofitColumns();
  queuePayoutChart(host, sheet, layout, block);
  sheet.activate();
}
