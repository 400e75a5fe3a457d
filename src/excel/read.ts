import type { ExcelHost } from './host';
import type { FoundTable } from './port';
import { blockAddress, blockColumns, blockRows, localAddress, parseBlock, type SheetBlock } from './address';
import { toGrid } from './grid';
import { jsonBytes, readInChunks, type ReadChunk } from './payload';

/**
 * Finds the region table and reads it: one batch locates it (table under the selection, current
 * region, used range: addresses and counts only), then one batch per chunk of rows reads values,
 * number formats, value types and hidden rows and columns (payload.ts: each response within Excel on the web's
 * 5 MB; a table of a few thousand rows is one chunk). An Excel table needs one more batch for its
 * address; hosts without ExcelApi 1.9 one more to test which table holds the selection.
 */
export async function readRegionTable(host: ExcelHost): Promise<FoundTable> {
  return host.run(async (context) => {
    let chosen: Chosen;
    try {
      chosen = await locateAroundSelection(context, host);
    } catch (error) {
      // A chart or shape is selected: there is no cell selection to start from.
      if (!isInvalidSelection(error)) throw error;
      chosen = usedRangeOfActiveSheet(context);
    }
    return readChosen(context, host, chosen);
  });
}

/**
 * Reads again the table `at` came from, the same way it was found (an Excel table, the current
 * region, the used range) but anchored at its own sheet and top-left cell instead of the selection:
 * a click elsewhere between the preview and the write never moves the write to another table. Two
 * batches, as a first read. A sheet that no longer exists reads as an empty block at `at`'s address.
 */
export async function readTableAt(host: ExcelHost, at: FoundTable): Promise<FoundTable> {
  const block = parseBlock(at.address);
  try {
    return await host.run(async (context) => readChosen(context, host, await locateAt(context, host, at, block)));
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    return {
      kind: at.kind,
      grid: { sheetName: block.sheetName, origin: { row: block.firstRow, column: block.firstColumn }, values: [] },
      address: at.address,
    };
  }
}

async function locateAt(context: Excel.RequestContext, host: ExcelHost, at: FoundTable, block: SheetBlock): Promise<Chosen> {
  const sheet = context.workbook.worksheets.getItem(block.sheetName);
  sheet.load('name');
  const anchor = sheet.getRange(localAddress({ ...block, lastRow: block.firstRow, lastColumn: block.firstColumn }));
  if (at.kind === 'usedRange') {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    await context.sync();
    return { kind: 'usedRange', range: used.isNullObject ? null : used, sheet, located: true };
  }
  if (at.kind === 'region') {
    const region = anchor.getSurroundingRegion();
    region.load('address');
    await context.sync();
    return { kind: 'region', range: region, sheet, located: true };
  }
  // An Excel table: the one under its own top-left cell (by name where the host cannot ask the cell).
  if (host.supports('1.9')) {
    const scoped = anchor.getTables(false);
    const count = scoped.getCount();
    await context.sync();
    // A ClientResult has no load(): its value is set by the sync above (the rule cannot tell it from a proxy).
    // eslint-disable-next-line office-addins/load-object-before-read
    if (count.value === 0) return { kind: 'table', range: null, sheet, located: true };
    const table = scoped.getFirst();
    table.load('name');
    return { kind: 'table', range: table.getRange(), sheet, table };
  }
  const tables = context.workbook.worksheets.getItem(block.sheetName).tables;
  tables.load('items/name');
  await context.sync();
  const hit = await tableHoldingSelection(context, tables.items, anchor);
  return hit ? { kind: 'table', range: hit.getRange(), sheet, tableName: hit.name } : { kind: 'table', range: null, sheet, located: true };
}

function isItemNotFound(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'ItemNotFound' || (typeof message === 'string' && message.includes('ItemNotFound'));
}

interface Chosen {
  kind: FoundTable['kind'];
  /** Null when the active sheet holds no values at all. */
  range: Excel.Range | null;
  /** True when the range's address (and the sheet's name) came with the batch that chose it. */
  located?: boolean;
  sheet: Excel.Worksheet;
  table?: Excel.Table;
  tableName?: string;
}

function isInvalidSelection(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'InvalidSelection' || (typeof message === 'string' && message.includes('InvalidSelection'));
}

/** A block that can hold a header and at least one data row of two or more columns. */
function canHoldTable(address: string): boolean {
  const block = parseBlock(address);
  return blockRows(block) >= 2 && blockColumns(block) >= 2;
}

async function locateAroundSelection(context: Excel.RequestContext, host: ExcelHost): Promise<Chosen> {
  const workbook = context.workbook;
  const selection = workbook.getSelectedRange();
  selection.load('address');
  const sheet = workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  const scoped = host.supports('1.9') ? selection.getTables(false) : null;
  const tableCount = scoped ? scoped.getCount() : null;
  // Older hosts: the sheet's tables, to test each against the selection (a collection, loaded below).
  const sheetTables = scoped ? null : workbook.worksheets.getActiveWorksheet().tables;
  sheetTables?.load('items/name');
  const region = host.supports('1.7') ? selection.getSurroundingRegion() : null;
  region?.load('address');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address');
  await context.sync();

  if (scoped && tableCount && tableCount.value > 0) {
    const table = scoped.getFirst();
    table.load('name');
    return { kind: 'table', range: table.getRange(), sheet, table };
  }
  if (sheetTables && sheetTables.items.length > 0) {
    const hit = await tableHoldingSelection(context, sheetTables.items, selection);
    if (hit) return { kind: 'table', range: hit.getRange(), sheet, tableName: hit.name };
  }
  if (region && canHoldTable(region.address)) return { kind: 'region', range: region, sheet, located: true };
  return { kind: 'usedRange', range: used.isNullObject ? null : used, sheet, located: true };
}

/** Older hosts: no getTables on a range, so test each table of the sheet against the selection. */
async function tableHoldingSelection(
  context: Excel.RequestContext,
  tables: Excel.Table[],
  selection: Excel.Range,
): Promise<Excel.Table | null> {
  const probes = tables.map((table) => {
    const overlap = table.getRange().getIntersectionOrNullObject(selection);
    overlap.load('address');
    return { table, overlap };
  });
  await context.sync();
  return probes.find((probe) => !probe.overlap.isNullObject)?.table ?? null;
}

function usedRangeOfActiveSheet(context: Excel.RequestContext): Chosen {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  return { kind: 'usedRange', range: sheet.getUsedRangeOrNullObject(true), sheet };
}

/** The workbook's date system (ExcelApi 1.16), which @types/office-js does not declare yet. */
type DateSystemWorkbook = Excel.Workbook & { use1904DateSystem?: boolean };

/** What the first chunk's response is assumed to hold per cell (values, number format, value type). */
const GUESS_BYTES_PER_CELL = 64;

interface RowsRead {
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
  /** One flag per row; null where the host could not tell which rows are hidden. */
  rowHidden: boolean[] | null;
  /** One flag per column (the first chunk only); null where the host could not tell. */
  columnHidden?: boolean[] | null;
}

async function readChosen(context: Excel.RequestContext, host: ExcelHost, chosen: Chosen): Promise<FoundTable> {
  const workbook = context.workbook as DateSystemWorkbook;
  const dateSystem = host.supports('1.16');
  if (!chosen.located) {
    // An Excel table, or the used range when no cell is selected: its address first (a few bytes).
    chosen.range?.load('address');
    chosen.sheet.load('name');
    chosen.table?.load('name');
    await context.sync();
  }
  const range = chosen.range && !chosen.range.isNullObject ? chosen.range : null;
  const sheetName = chosen.sheet.name;
  if (!range) {
    const empty = { sheetName, firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0 };
    return { kind: chosen.kind, grid: { sheetName, origin: { row: 0, column: 0 }, values: [] }, address: blockAddress(empty) };
  }
  const read = parseBlock(range.address, sheetName);
  const parts = await readInChunks(read.firstRow, read.lastRow, blockColumns(read) * GUESS_BYTES_PER_CELL, (firstRow, lastRow, measure) => {
    // The date system comes with the first chunk (ExcelApi 1.16).
    if (dateSystem && firstRow === read.firstRow) workbook.load('use1904DateSystem');
    return readRows(context, host, chosen.sheet, { ...read, firstRow, lastRow }, firstRow === read.firstRow, measure);
  });
  const rows: RowsRead = {
    values: parts.flatMap((p) => p.values),
    numberFormat: parts.flatMap((p) => p.numberFormat),
    valueTypes: parts.flatMap((p) => p.valueTypes),
    rowHidden: parts.every((p) => p.rowHidden) ? parts.flatMap((p) => p.rowHidden ?? []) : null,
    columnHidden: parts[0]?.columnHidden ?? null,
  };
  const { grid, block } = toGrid(read, rows.values, rows.numberFormat, {
    valueTypes: rows.valueTypes,
    rowHidden: rows.rowHidden,
    columnHidden: rows.columnHidden,
    date1904: dateSystem && workbook.use1904DateSystem === true,
  });
  const found: FoundTable = { kind: chosen.kind, grid, address: blockAddress(block ?? read) };
  const tableName = chosen.table ? chosen.table.name : chosen.tableName;
  if (tableName !== undefined) found.tableName = tableName;
  return found;
}

/**
 * One chunk of rows in one batch: values, number formats, value types and which rows (and, in the
 * first chunk, which columns) are hidden. ExcelApi 1.9 tells per row and column; older hosts only
 * whether none, all or some of the block's rows (columns) are hidden (ExcelApi 1.2): "some" is
 * unknown (null), never taken as none.
 */
async function readRows(
  context: Excel.RequestContext,
  host: ExcelHost,
  sheet: Excel.Worksheet,
  rows: SheetBlock,
  first: boolean,
  measure: boolean,
): Promise<ReadChunk<RowsRead>> {
  const range = sheet.getRange(localAddress(rows));
  range.load('values,numberFormat,valueTypes');
  // Hidden and filtered rows and hidden columns are asked about before a payout, in the same batch.
  const perRow = host.supports('1.9');
  const rowProperties = perRow ? range.getRowProperties({ rowHidden: true }) : null;
  const columnProperties = perRow && first ? range.getColumnProperties({ columnHidden: true }) : null;
  if (!perRow && first) range.load('rowHidden,columnHidden');
  else if (!perRow) range.load('rowHidden');
  await context.sync();
  const rowCount = blockRows(rows);
  const columnCount = blockColumns(rows);
  const part: RowsRead = {
    values: range.values,
    numberFormat: range.numberFormat,
    valueTypes: range.valueTypes,
    rowHidden: rowProperties ? rowProperties.value.map((row) => row.rowHidden === true) : wholeBlock(range.rowHidden, rowCount),
  };
  if (first)
    part.columnHidden = columnProperties
      ? columnProperties.value.map((column) => column.columnHidden === true)
      : wholeBlock(range.columnHidden, columnCount);
  // The size only sizes chunks to come (readInChunks says when): most chunks are not measured.
  const bytes = !measure
    ? 0
    : jsonBytes(part.values) +
      jsonBytes(part.numberFormat) +
      jsonBytes(part.valueTypes) +
      (rowProperties ? jsonBytes(rowProperties.value) : 0) +
      (columnProperties ? jsonBytes(columnProperties.value) : 0);
  return { part, bytes };
}

/** Range.rowHidden / columnHidden (ExcelApi 1.2): false none hidden, true all, null (or unloaded) some. */
function wholeBlock(hidden: unknown, count: number): boolean[] | null {
  return hidden === true || hidden === false ? Array<boolean>(count).fill(hidden) : null;
}
