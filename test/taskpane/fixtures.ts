import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { vi } from 'vitest';
import type { CellGrid, CellValue } from '../../src/core/table/types';
import type { FoundTable, FullWorkbookPort, WorkbookPort, WriteOutcome } from '../../src/excel/port';
import { Pane } from '../../src/taskpane/Pane';
import { officialTable, type OfficialRow } from '../core/official';

export type { OfficialRow } from '../core/official';

/** The official 2024 payout table: the second payout, which every region qualified for. */
export const officialTable2024 = () => officialTable(2024);

export const HEADERS = ['Kod', 'Region', 'Befolkning', 'Inklusion', 'PREM', 'Redovisning inkommen'];

/** Intl writes Swedish numbers with non-breaking spaces; compare text with plain spaces. */
export const norm = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A sheet as a finance officer keeps it: header row, the 21 regions of an official table with
 * illustrative condition values that meet the 2024 conditions, and a "Riket" totals row.
 */
export function regionGrid(rows: OfficialRow[] = officialTable2024()): CellGrid {
  const data: CellValue[][] = rows.map((r) => [r.code, r.name, r.population, 0.84, 'Ja', '2024-09-15']);
  const total = rows.reduce((sum, r) => sum + r.population, 0);
  const values: CellValue[][] = [HEADERS, ...data, [null, 'Riket', total, null, null, null]];
  const numberFormats = values.map((row, i) => row.map((_, c) => (i > 0 && c === 3 ? '0.0%' : 'General')));
  return { sheetName: 'Blad1', origin: { row: 0, column: 0 }, values, numberFormats };
}

export function foundTable(grid: CellGrid = regionGrid()): FoundTable {
  const lastRow = grid.values.length;
  return { grid, kind: 'table', tableName: 'Regioner', address: `Blad1!A1:F${lastRow}` };
}

/** A workbook double: answers from the given table and scripted write outcomes, and records every call. */
export function fakePort(found: FoundTable = foundTable(), outcomes: WriteOutcome[] = []) {
  const queue = [...outcomes];
  return {
    readRegionTable: vi.fn<WorkbookPort['readRegionTable']>(async () => found),
    readTableAt: vi.fn<WorkbookPort['readTableAt']>(async () => found),
    writePayoutColumns: vi.fn<WorkbookPort['writePayoutColumns']>(
      async () => queue.shift() ?? { status: 'written', address: 'Blad1!G1:L23' },
    ),
    undoLastWrite: vi.fn<WorkbookPort['undoLastWrite']>(async () => true),
    selectAddress: vi.fn<WorkbookPort['selectAddress']>(async () => undefined),
    loadWorkbookRules: vi.fn<FullWorkbookPort['loadWorkbookRules']>(async () => null),
    saveWorkbookRules: vi.fn<FullWorkbookPort['saveWorkbookRules']>(async () => undefined),
    clearWorkbookRules: vi.fn<FullWorkbookPort['clearWorkbookRules']>(async () => undefined),
    writeComparisonSheet: vi.fn<FullWorkbookPort['writeComparisonSheet']>(async (sheet) => ({
      sheetName: sheet.sheetName,
      address: `'${sheet.sheetName}'!A1`,
    })),
    writeAnnexSheet: vi.fn<FullWorkbookPort['writeAnnexSheet']>(async (sheet) => ({
      sheetName: sheet.sheetName,
      address: `'${sheet.sheetName}'!A1:E${sheet.values.length}`,
      pageSetup: 'applied',
    })),
    appendAuditLog: vi.fn<FullWorkbookPort['appendAuditLog']>(async () => ({ address: "'Kvot logg'!A2:J2" })),
    showAuditLog: vi.fn<FullWorkbookPort['showAuditLog']>(async () => true),
    watchTable: vi.fn<FullWorkbookPort['watchTable']>(async () => async () => undefined),
  } satisfies FullWorkbookPort;
}

/** Puts an office.js stand-in on the global, as the real script does inside Excel. */
export function stubOffice(host: string | null, context: { displayLanguage?: string; officeTheme?: { isDarkTheme?: boolean } } = {}) {
  const onReady = vi.fn(() => Promise.resolve({ host }));
  (globalThis as { Office?: unknown }).Office = { onReady, context };
  return onReady;
}

/** Renders the pane inside a stubbed Excel and waits until it is interactive. */
export async function renderInExcel(port: FullWorkbookPort, displayLanguage = 'sv-SE') {
  stubOffice('Excel', { displayLanguage });
  const view = render(createElement(Pane, { createPort: () => port }));
  // The app is a lazily loaded chunk: its first import under jsdom can take a few seconds.
  await screen.findByTestId('pane-ready', {}, { timeout: 15_000 });
  return view;
}
