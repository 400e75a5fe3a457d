// The example workbook run through core in the test process, so end-to-end assertions compare
// what the pane shows and writes with core's own results, never with numbers copied into a test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAgreement } from '../../../src/core/agreement/load';
import type { Agreement } from '../../../src/core/agreement/types';
import { computePayouts } from '../../../src/core/payout/compute';
import type { PayoutResult } from '../../../src/core/payout/types';
import { parseTable } from '../../../src/core/table/parse';
import type { CellGrid, ParsedTable } from '../../../src/core/table/types';
import { ROOT } from '../harness/build';
import type { StandInWorkbook } from '../stand-in/inject';
import { cellAddress } from './exampleWorkbook';

/** A rule file's JSON as it is on disk, for building edited copies of it. */
export type RuleJson = Record<string, unknown> & {
  id: string;
  tranches: { id: string; label: { sv: string; en: string }; amount: number; conditions?: { all?: Record<string, unknown>[] } }[];
};

export function readRuleJson(id: string): RuleJson {
  return JSON.parse(readFileSync(path.join(ROOT, 'rules', `${id}.json`), 'utf8')) as RuleJson;
}

/** Loads rule JSON with the rule files' own loader; a problem fails the test with its pointer. */
export function loadRules(json: unknown): Agreement {
  const loaded = loadAgreement(json);
  if (!loaded.ok) throw new Error(`Rules do not load: ${loaded.problems.map((p) => `${p.pointer} ${p.message.en}`).join('; ')}`);
  return loaded.agreement;
}

/** Where the example's region table sits, found from its cells. */
export interface RegionBlock {
  sheet: string;
  /** 0-based sheet rows of the header ("Kod", "Region", …) and of the table's last row ("Riket"). */
  headerRow: number;
  lastRow: number;
  /** Columns of the table; Kvot's columns start right after them. */
  width: number;
  /** What the pane reads: the block from the header row down, as Excel's current region gives it. */
  grid: CellGrid;
  /** All of the sheet's input cells ("A1:F26"), and where Kvot's columns and totals row can be. */
  inputRange: string;
  kvotRange: string;
}

export function regionBlockOf(workbook: StandInWorkbook): RegionBlock {
  const sheet = workbook.activeSheet;
  const { values, numberFormats } = workbook.sheets[sheet];
  const filled = (cell: unknown) => cell !== '' && cell !== null;
  const headerRow = values.findIndex((row) => row.includes('Region'));
  if (headerRow < 0) throw new Error('The example has no header row with "Region"');
  const width = values[headerRow].findLastIndex(filled) + 1;
  const lastRow = values.findLastIndex((row) => row.some(filled));
  const rows = values.slice(headerRow, lastRow + 1).map((row) => row.slice(0, width));
  const formats = numberFormats?.slice(headerRow, lastRow + 1).map((row) => row.slice(0, width));
  const inputWidth = Math.max(...values.map((row) => row.length));
  return {
    sheet,
    headerRow,
    lastRow,
    width,
    grid: { sheetName: sheet, origin: { row: headerRow, column: 0 }, values: rows, ...(formats ? { numberFormats: formats } : {}) },
    inputRange: `A1:${cellAddress(values.length - 1, inputWidth - 1)}`,
    kvotRange: `${cellAddress(headerRow, width)}:${cellAddress(lastRow + 2, width + 13)}`,
  };
}

/** The grid with one cell changed (0-based sheet row and column), as a user's edit leaves it. */
export function gridWithCell(grid: CellGrid, sheetRow: number, sheetColumn: number, value: string | number | boolean): CellGrid {
  const values = grid.values.map((row) => [...row]);
  values[sheetRow - grid.origin.row][sheetColumn - grid.origin.column] = value;
  return { ...grid, values };
}

/** Core's reading of the grid and its payouts under the rules. */
export async function corePayouts(agreement: Agreement, grid: CellGrid): Promise<{ table: ParsedTable; result: PayoutResult }> {
  const parsed = parseTable(grid, agreement.facts);
  if (!parsed.ok) throw new Error(`The example does not parse: ${parsed.errors.map((e) => `${e.address} ${e.message.en}`).join('; ')}`);
  return { table: parsed.table, result: await computePayouts(agreement, parsed.table.regions) };
}

/** "'Kvot jämförelse'!E6:E26" → its sheet and local address, for reading a chart series back. */
export function splitAddress(address: string): { sheet: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) throw new Error(`No sheet in the address ${address}`);
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

/** A row of cells without its trailing blanks. */
export function trimRow<T>(row: readonly T[]): T[] {
  const end = row.findLastIndex((cell) => cell !== '' && cell !== null);
  return row.slice(0, end + 1);
}
