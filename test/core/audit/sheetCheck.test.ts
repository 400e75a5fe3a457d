import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/core/agreement/types';
import { createLogEntry, createUndoEntry } from '../../../src/core/audit/entry';
import { verifyLog, type LogRowInput, type WriteReport } from '../../../src/core/audit/logCheck';
import { logRowCells, parseLogRow, sheetRowCells, undoRowCells } from '../../../src/core/audit/row';
import { buildOutputColumns } from '../../../src/core/payout/columns';
import { computePayouts } from '../../../src/core/payout/compute';
import { rangeAddress } from '../../../src/core/table/address';
import type { CellGrid, CellValue } from '../../../src/core/table/types';
import { bundledAgreement } from '../official';
import { exampleGrid2024, readTable } from '../scenario/tables';
import { legacyRowCells } from './legacy';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const KVOT = 6; // Kvot's columns start at G

/** The sheet after a write of `agreement`'s payouts next to `grid` (G onwards), with its log row. */
async function write(grid: CellGrid, agreement: Agreement, time: string) {
  const table = readTable(grid, agreement);
  const result = await computePayouts(agreement, table.regions);
  const rowCount = grid.values.length - table.headerRow - 1;
  const columns = buildOutputColumns(result, 'sv', { headerRow: table.headerRow, rowCount });
  const values = grid.values.map((row) => [...row]);
  const put = (r: number, cells: CellValue[]) => {
    values[r] ??= [];
    cells.forEach((v, c) => (values[r][KVOT + c] = v));
  };
  put(table.headerRow, columns.headers);
  columns.rows.forEach((row, i) => put(table.headerRow + 1 + i, row));
  put(table.headerRow + 1 + rowCount, columns.totals!);
  const block = rangeAddress('Blad1', table.headerRow, KVOT, table.headerRow + rowCount + 1, KVOT + columns.headers.length - 1);
  const entry = await createLogEntry(agreement, table, result, time, { address: block, lang: 'sv', by: { kind: 'addin' } });
  return { sheet: { ...grid, values }, entry, cells: logRowCells(entry).values, block };
}

const log = (...rows: CellValue[][]): LogRowInput[] => rows.map((cells, i) => ({ row: i + 1, cells }));
const check = (rows: LogRowInput[], sheet: CellGrid) => verifyLog(rows, (name) => (name === 'Blad1' ? sheet : null));
const differences = (report: Awaited<ReturnType<typeof verifyLog>>, row = 0) => {
  const status = (report.rows[row] as WriteReport).sheet;
  return status.kind === 'checked' ? status.check.differences.map((d) => `${d.address}: ${plain(d.message.sv)}`) : status.kind;
};
const edit = (grid: CellGrid, row: number, column: number, value: CellValue, format?: string): CellGrid => {
  const values = grid.values.map((r) => [...r]);
  values[row][column] = value;
  const numberFormats =
    format === undefined
      ? grid.numberFormats
      : (grid.numberFormats ?? grid.values.map((r) => r.map(() => 'General'))).map((r, i) =>
          i === row ? Object.assign([...r], { [column]: format }) : r,
        );
  return { ...grid, values, ...(numberFormats ? { numberFormats } : {}) };
};

const y2024 = bundledAgreement(2024);

describe('the sheet held against a logged write', () => {
  it('passes an unchanged sheet, counting what it compared', async () => {
    const { sheet, cells } = await write(exampleGrid2024(), y2024, '2026-12-01T22:15:04.000Z');
    const report = await check(log(cells), sheet);
    expect(report.ok).toBe(true);
    const status = (report.rows[0] as WriteReport).sheet;
    expect(status).toMatchObject({
      kind: 'checked',
      check: { ok: true, differences: [], notes: [], counts: { regions: 21, inputCells: 126, kvotCells: 6 * 23 } },
    });
  });

  it('reads inputs as the table reader does: "72 %", a percent-formatted 0,72, 0,72 and 72 are one value; "2 455 914" is 2455914', async () => {
    const { sheet, cells } = await write(exampleGrid2024(), y2024, '2026-12-01T22:15:04.000Z');
    let same = edit(sheet, 1, 3, 0.72, '0%');
    same = edit(same, 2, 3, 0.89);
    same = edit(same, 3, 3, 86);
    same = edit(same, 4, 3, '83,0 %');
    same = edit(same, 1, 2, 2_455_914);
    same = edit(same, 1, 4, 'JA');
    same = edit(same, 1, 5, '2024-09-10');
    expect(differences(await check(log(cells), same))).toEqual([]);

    const other = edit(sheet, 2, 3, 0.088);
    expect(differences(await check(log(cells), other))).toEqual(['Blad1!D3: Inklusion: loggat 89 %, i bladet 8,8 %']);
    const unreadable = edit(sheet, 2, 4, 'kanske');
    expect(differences(await check(log(cells), unreadable))).toEqual([
      'Blad1!E3: PREM-enkäter använda: loggat Ja, i bladet "kanske" (går inte att läsa)',
    ]);
  });

  it('names a changed region name on its row (the code still finds the row)', async () => {
    const { sheet, cells } = await write(exampleGrid2024(), y2024, '2026-12-01T22:15:04.000Z');
    const report = await check(log(cells), edit(sheet, 1, 1, 'Stockholms län'));
    expect(differences(report)).toEqual(['Blad1!B2: Region: loggat Stockholm, i bladet Stockholms län']);
  });

  it('checks Kvot’s cells on rows without a region too (a "Riket" row) while the rows stand where they were', async () => {
    const grid = exampleGrid2024();
    grid.values.push(['', 'Riket', '10 557 682', '', '', '']);
    const { sheet, cells } = await write(grid, y2024, '2026-12-01T22:15:04.000Z');
    expect((await check(log(cells), sheet)).ok).toBe(true);
    const typed = edit(sheet, 22, KVOT + 3, 5);
    expect(differences(await check(log(cells), typed))).toEqual(['Blad1!J23: Totalt (Kvot): loggat tomt, i bladet 5']);
  });

  it('takes a blank row pushed into the table as rows moved, not as a region added', async () => {
    const { sheet, cells } = await write(exampleGrid2024(), y2024, '2026-12-01T22:15:04.000Z');
    const values = sheet.values.map((r) => [...r]);
    values.splice(20, 0, []);
    const report = await check(log(cells), { ...sheet, values });
    const list = differences(report) as string[];
    expect(list).toEqual([
      'Blad1!A21: Västerbotten loggades på rad 21 men står nu på rad 22 (Blad1!A22): raderna har flyttats eller sorterats efter skrivningen',
      'Blad1!A22: Norrbotten loggades på rad 22 men står nu på rad 23 (Blad1!A23): raderna har flyttats eller sorterats efter skrivningen',
      'Blad1!G23: Kvots summarad skrevs på rad 23 men står nu på rad 24 (Blad1!G24)',
    ]);
  });
});

describe('a table that does not start at A1', () => {
  it('logs and checks sheet addresses, wherever the block the pane read starts', async () => {
    const agreement = y2024;
    const grid: CellGrid = { ...exampleGrid2024(), origin: { row: 2, column: 2 } }; // the table at C3
    const table = readTable(grid, agreement);
    const result = await computePayouts(agreement, table.regions);
    const columns = buildOutputColumns(result, 'sv', { headerRow: table.headerRow, rowCount: grid.values.length - 1 });
    const values = grid.values.map((row, r) => [...row, ...(r === 0 ? columns.headers : columns.rows[r - 1])]);
    values.push([...grid.values[0].map(() => null), ...columns.totals!]);
    const entry = await createLogEntry(agreement, table, result, '2026-12-01T22:15:04.000Z', {
      address: 'Blad1!I3:N25',
      lang: 'sv',
      by: { kind: 'addin' },
    });
    expect(entry.sheet).toMatchObject({ columns: { regionCode: 'C', regionName: 'D', population: 'E' }, rows: '4-24', written: 'I3:N25' });
    const sheet = { ...grid, values };
    expect((await check(log(logRowCells(entry).values), sheet)).ok).toBe(true);
    const report = await check(log(logRowCells(entry).values), edit(sheet, 1, 7, 1));
    expect(differences(report)).toEqual(['Blad1!J4: Utbetalning 1 (Kvot, Stockholm): loggat 42 452 908, i bladet 1']);
  });
});

describe('several writes and undos in one log', () => {
  it('holds the sheet against the latest write of a block only, saying the earlier one was replaced', async () => {
    const first = await write(exampleGrid2024(), y2024, '2026-12-01T22:15:04.000Z');
    // Sörmland's report came in after all: the payouts change, and so does its input cell.
    const second = await write(edit(exampleGrid2024(), 3, 4, 'Nej'), y2024, '2026-12-01T22:16:00.000Z');
    const report = await check(log(first.cells, second.cells), second.sheet);
    expect(report.ok).toBe(true);
    expect((report.rows[0] as WriteReport).sheet).toEqual({ kind: 'superseded', by: 2, block: 'Blad1!G1:L23' });
    expect((report.rows[1] as WriteReport).sheet.kind).toBe('checked');
    // The sheet still holding the first write's payouts: the second one is what must be there.
    const stale = await check(log(first.cells, second.cells), first.sheet);
    expect(stale.ok).toBe(false);
    expect((differences(stale, 1) as string[]).length).toBeGreaterThan(0);
  });

  it('expects the earlier write again once the later one is undone', async () => {
    const first = await write(exampleGrid2024(), y2024, '2026-12-01T22:15:04.000Z');
    // Sörmland's report came in after all: the payouts change, and so does its input cell.
    const second = await write(edit(exampleGrid2024(), 3, 4, 'Nej'), y2024, '2026-12-01T22:16:00.000Z');
    const undo = undoRowCells(
      createUndoEntry(
        { time: second.entry.time, block: second.block, resultHash: second.entry.resultHash },
        '2026-12-01T22:17:00.000Z',
        'sv',
        { kind: 'addin' },
      ),
    ).values;
    const report = await check(log(first.cells, second.cells, undo), first.sheet);
    expect(report.rows.map((r) => r.ok)).toEqual([true, true, true]);
    expect((report.rows[0] as WriteReport).sheet.kind).toBe('checked');
    expect((report.rows[1] as WriteReport).sheet).toEqual({ kind: 'undone', by: 3 });
    expect(report.rows[2]).toMatchObject({ kind: 'undo', undid: 2 });
    // Without the undo row, the second write would be expected and the sheet would fail.
    expect((await check(log(first.cells, second.cells), first.sheet)).ok).toBe(false);
  });

  it('fails an undo that names no write of the log', async () => {
    const first = await write(exampleGrid2024(), y2024, '2026-12-01T22:15:04.000Z');
    const undo = undoRowCells(
      createUndoEntry(
        { time: '2026-12-01T22:00:00.000Z', block: first.block, resultHash: first.entry.resultHash },
        '2026-12-01T22:17:00.000Z',
        'sv',
        { kind: 'addin' },
      ),
    ).values;
    const report = await check(log(first.cells, undo), first.sheet);
    expect(report.ok).toBe(false);
    expect(report.rows[1]).toMatchObject({ kind: 'undo', ok: false, undid: null });
    expect(report.rows[0].ok).toBe(true);
  });

  it('fails a row of the older format, which has no cells to hold the sheet against', async () => {
    const first = await write(exampleGrid2024(), y2024, '2026-12-01T22:15:04.000Z');
    const { sheet: _sheet, by: _by, ...old } = first.entry;
    const report = await check(log(legacyRowCells(old)), first.sheet);
    expect(report.ok).toBe(false);
    expect(report.rows[0]).toMatchObject({ kind: 'write', format: 1, ok: false, sheet: { kind: 'noCells' }, verification: { ok: true } });
  });

  it('fails an empty log', async () => {
    expect((await verifyLog([], () => null)).ok).toBe(false);
  });
});

describe('a created sheet in the log (the what-if comparison)', () => {
  const entry = {
    time: '2026-12-01T22:18:00.000Z',
    block: "'Kvot jämförelse (2)'!A1:H30",
    description: 'Baslinje: svf-2024 (inbyggd). Scenario 1: svf-2024 med Inklusion minst 75 %.',
    valuesHash: 'a'.repeat(64),
    lang: 'sv' as const,
    by: 'Excel-tillägget',
  };

  it('reads back what was written, and passes verify beside the payouts without counting as a calculation', async () => {
    const first = await write(exampleGrid2024(), y2024, '2026-12-01T22:15:04.000Z');
    const sheetRow = sheetRowCells(entry).values;
    expect(parseLogRow(sheetRow)).toMatchObject({ ok: true, kind: 'sheet', sheet: entry });
    const report = await check(log(first.cells, sheetRow), first.sheet);
    expect(report.ok).toBe(true);
    expect(report.rows[1]).toMatchObject({ kind: 'sheet', ok: true });
  });

  it('fails when someone edits the row afterwards (block, time or words)', async () => {
    const first = await write(exampleGrid2024(), y2024, '2026-12-01T22:15:04.000Z');
    const edited = sheetRowCells(entry).values;
    edited[8] = "'Kvot jämförelse'!A1:H30"; // the block, but not the sentence
    expect((await check(log(first.cells, edited), first.sheet)).ok).toBe(false);
    const amount = sheetRowCells(entry).values;
    amount[3] = 1000; // a payout slipped into a sheet row
    expect(parseLogRow(amount).ok).toBe(false);
  });
});
