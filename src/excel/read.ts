import type { ExcelHost } from './host';
import type { FoundTable } from './port';
import { blockAddress, blockColumns, blockRows, parseBlock } from './address';
import { toGrid } from './grid';

/**
 * Finds the region table and reads it: one batch locates it (table under the selection, current
 * region, used range: addresses and counts only), a second reads values and number formats of the
 * chosen block. Hosts without ExcelApi 1.9 need one more batch to test which table holds the selection.
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

interface Chosen {
  kind: FoundTable['kind'];
  /** Null when the active sheet holds no values at all. */
  range: Excel.Range | null;
  /** False when the range may still be a null object (its row properties cannot be asked for). */
  known?: boolean;
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
    return { kind: 'table', range: table.getRange(), sheet, table, known: true };
  }
  if (sheetTables && sheetTables.items.length > 0) {
    const hit = await tableHoldingSelection(context, sheetTables.items, selection);
    if (hit) return { kind: 'table', range: hit.getRange(), sheet, tableName: hit.name, known: true };
  }
  if (region && canHoldTable(region.address)) return { kind: 'region', range: region, sheet, known: true };
  return { kind: 'usedRange', range: used.isNullObject ? null : used, sheet, known: true };
}

/** Older hosts: no getTables on a range, so test each table of the sheet against the selection. */
async function tableHoldingSelection(context: Excel.RequestContext, tables: Excel.Table[], selection: Excel.Range): Promise<Excel.Table | null> {
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

async function readChosen(context: Excel.RequestContext, host: ExcelHost, chosen: Chosen): Promise<FoundTable> {
  chosen.range?.load('address,values,numberFormat,valueTypes');
  chosen.sheet.load('name');
  // Hidden and filtered rows are asked about before a payout (ExcelApi 1.9), in the same batch.
  const rows = chosen.range && chosen.known && host.supports('1.9') ? chosen.range.getRowProperties({ rowHidden: true }) : null;
  const workbook = context.workbook as DateSystemWorkbook;
  if (host.supports('1.16')) workbook.load('use1904DateSystem');
  await context.sync();
  const range = chosen.range && !chosen.range.isNullObject ? chosen.range : null;
  const sheetName = chosen.sheet.name;
  if (!range) {
    const empty = { sheetName, firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0 };
    return { kind: chosen.kind, grid: { sheetName, origin: { row: 0, column: 0 }, values: [] }, address: blockAddress(empty) };
  }
  const read = parseBlock(range.address, sheetName);
  const { grid, block } = toGrid(read, range.values, range.numberFormat, {
    valueTypes: range.valueTypes,
    rowHidden: rows?.value.map((row) => row.rowHidden === true),
    date1904: host.supports('1.16') && workbook.use1904DateSystem === true,
  });
  const found: FoundTable = { kind: chosen.kind, grid, address: blockAddress(block ?? read) };
  const tableName = chosen.table ? chosen.table.name : chosen.tableName;
  if (tableName !== undefined) found.tableName = tableName;
  return found;
}
