import { LOG_SHEET_NAME, logHeaderNeeded } from '../core/audit/columns';
import type { CellValue } from '../core/table/types';
import { TEXT_FORMAT } from '../core/payout/columns';
import type { LogRow } from '../core/audit/row';
import type { ExcelHost } from './host';
import { blockAddress, localAddress, MAX_ROW, parseBlock, type SheetBlock } from './address';
import { toExcelValue, type ExcelValue } from './cells';
import { withEventsOff } from './events';
import { chunksByBytes, jsonBytes } from './payload';

const rowBlock = (row: number, cells: number): SheetBlock => ({
  sheetName: LOG_SHEET_NAME,
  firstRow: row,
  firstColumn: 0,
  lastRow: row,
  lastColumn: cells - 1,
});

/**
 * Appends one row to the "Kvot logg" sheet, creating it (hidden, header row in bold) on first use,
 * with this add-in's events off so live mode does not react. The row goes under the last row that
 * holds values; a log whose last rows are of the older format (or emptied) gets the header first,
 * so every row sits under the header that describes it. The row is core's logRowCells or
 * undoRowCells: its text cells carry "@", so Excel keeps hashes, JSON and times exactly as written.
 * A row of tens of thousands of regions holds megabytes of JSON: it is written in chunks of cells
 * within Excel on the web's 5 MB (payload.ts). One sync probes for the sheet, one more finds an
 * existing log's end, one per chunk writes (one chunk up to some 30 000 regions), one turns events on.
 */
export async function appendAuditLog(host: ExcelHost, header: string[], row: LogRow): Promise<{ address: string }> {
  const { values, numberFormats } = row;
  if (header.length === 0 || values.length === 0) throw new Error('A log row needs a header and at least one cell.');
  if (numberFormats.length !== values.length) {
    throw new Error(`The log row has ${values.length} cells but ${numberFormats.length} number formats.`);
  }
  const cells = values.map(toExcelValue);
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(LOG_SHEET_NAME);
    await context.sync();

    let nextRow = 0;
    let withHeader = true;
    if (!existing.isNullObject) {
      const used = existing.getUsedRangeOrNullObject(true);
      used.load('address');
      // Column A alone (a short text per row) tells whether the last rows are of this format.
      const first = existing.getRange(`A1:A${MAX_ROW + 1}`).getUsedRangeOrNullObject(true);
      first.load('values');
      await context.sync();
      if (!used.isNullObject) nextRow = parseBlock(used.address, LOG_SHEET_NAME).lastRow + 1;
      withHeader = nextRow === 0 || first.isNullObject || logHeaderNeeded(first.values.map((row) => row[0] as CellValue));
    }
    const headerAt = nextRow;
    const at = withHeader ? nextRow + 1 : nextRow;
    if (at > MAX_ROW) throw new Error(`The sheet "${LOG_SHEET_NAME}" is full.`);
    const target = rowBlock(at, values.length);

    await withEventsOff(context, host, async () => {
      const sheet = existing.isNullObject ? sheets.add(LOG_SHEET_NAME) : existing;
      if (withHeader) {
        const top = sheet.getRange(localAddress(rowBlock(headerAt, header.length)));
        top.numberFormat = [header.map(() => TEXT_FORMAT)];
        top.values = [header];
        top.format.font.bold = true;
      }
      if (existing.isNullObject) sheet.visibility = 'Hidden';
      const cellBytes = cells.map((value, c) => jsonBytes(value) + jsonBytes(numberFormats[c]) + 2);
      // The header goes with the first chunk.
      if (withHeader) cellBytes[0] += jsonBytes(header) * 2;
      for (const [firstCell, lastCell] of chunksByBytes(cellBytes)) {
        await writeCells(
          context,
          sheet,
          { ...target, firstColumn: firstCell, lastColumn: lastCell },
          cells.slice(firstCell, lastCell + 1),
          numberFormats.slice(firstCell, lastCell + 1),
        );
      }
    });
    return { address: blockAddress(target) };
  });
}

/** One chunk of the row's cells in one batch; formats first: a text format keeps "2024-09-30T10:00:00Z" and hex hashes as typed. */
async function writeCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: SheetBlock,
  values: ExcelValue[],
  numberFormats: string[],
): Promise<void> {
  const cells = sheet.getRange(localAddress(block));
  cells.numberFormat = [numberFormats];
  cells.values = [values];
  await context.sync();
}

/** Shows (and activates) or hides the log sheet; false when there is no log yet. */
export async function showAuditLog(host: ExcelHost, visible: boolean): Promise<boolean> {
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET_NAME);
    await context.sync();
    if (sheet.isNullObject) return false;
    sheet.visibility = visible ? 'Visible' : 'Hidden';
    if (visible) sheet.activate();
    await context.sync();
    return true;
  });
}
