import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { LOG_SHEET_NAME, parseLogRow, undoRowCells } from '../../src/core/audit/row';
import { createUndoEntry } from '../../src/core/audit/entry';
import { LEGACY_HEADER } from '../core/audit/legacy';
import { a1 } from '../../src/core/table/address';
import { fakeWorkbook } from '../fake-excel/unit';
import { SheetModel } from '../fake-excel/sheetModel';
import { official2024, regionSheet } from './fixtures';
import { LOG_HEADER, logRowOf } from './extrasFixtures';

const regions = official2024();

function book(extra: SheetModel[] = []) {
  const excel = fakeWorkbook({ sheets: [regionSheet(regions), ...extra] });
  return { excel, workbook: new OfficeWorkbook(excel.host) };
}

const rowAddress = (row: number, cells: number) => `A${row + 1}:${a1(row, cells - 1)}`;

describe('the audit log sheet (fake Excel)', () => {
  it('creates "Kvot logg" hidden, with a bold header, on the first write; text kept as text', async () => {
    const { excel, workbook } = book();
    const row = logRowOf(regions);

    const { address } = await workbook.appendAuditLog(LOG_HEADER, row);

    const n = row.values.length;
    expect(address).toBe(`'Kvot logg'!${rowAddress(1, n)}`);
    const log = excel.sheet(LOG_SHEET_NAME);
    expect(log.visibility).toBe('Hidden');
    expect(excel.activeSheet()).toBe('Blad1');
    expect(log.model.values(rowAddress(0, LOG_HEADER.length))).toEqual([LOG_HEADER]);
    expect(log.model.map(rowAddress(0, LOG_HEADER.length), (c) => c.bold)).toEqual([LOG_HEADER.map(() => true)]);
    expect(log.model.numberFormats(rowAddress(0, LOG_HEADER.length))).toEqual([LOG_HEADER.map(() => '@')]);
    expect(log.model.values(rowAddress(1, n))).toEqual([row.values]);
    expect(log.model.numberFormats(rowAddress(1, n))).toEqual([row.numberFormats]);
    expect(row.numberFormats.filter((f) => f === '@').length).toBeGreaterThan(5);
    expect(log.model.map(rowAddress(1, n), (c) => c.bold)).toEqual([row.values.map(() => false)]);
    // Kvot's live mode must not react to its own log write.
    expect(excel.events).toEqual([false, true]);
  });

  it('appends the next write under the last row, leaving the header and visibility alone', async () => {
    const { excel, workbook } = book();
    const first = logRowOf(regions);
    const second = logRowOf(regions.slice(0, 5), '2024-10-02T09:00:00.000Z');
    await workbook.appendAuditLog(LOG_HEADER, first);
    const { address } = await workbook.appendAuditLog(['ignored', 'header'], second);

    expect(address).toBe(`'Kvot logg'!${rowAddress(2, second.values.length)}`);
    const log = excel.sheet(LOG_SHEET_NAME);
    expect(log.model.values(rowAddress(0, LOG_HEADER.length))).toEqual([LOG_HEADER]);
    expect(log.model.values(rowAddress(1, first.values.length))).toEqual([first.values]);
    expect(log.model.values(rowAddress(2, second.values.length))).toEqual([second.values]);
    expect(log.visibility).toBe('Hidden');
    // The rows read back as log entries (what kvot verify reads).
    const parsed = parseLogRow(log.model.values(rowAddress(2, second.values.length))[0]);
    expect(parsed).toMatchObject({ ok: true, entry: { time: '2024-10-02T09:00:00.000Z' } });
  });

  it('writes the header again when the user emptied the log sheet', async () => {
    const { excel, workbook } = book([new SheetModel(LOG_SHEET_NAME)]);
    const row = logRowOf(regions.slice(0, 3));
    const { address } = await workbook.appendAuditLog(LOG_HEADER, row);
    expect(address).toBe(`'Kvot logg'!${rowAddress(1, row.values.length)}`);
    const log = excel.sheet(LOG_SHEET_NAME);
    expect(log.model.values(rowAddress(0, LOG_HEADER.length))).toEqual([LOG_HEADER]);
    expect(log.visibility).toBe('Visible'); // the user's own sheet keeps its visibility
  });

  it('puts this format’s header under the rows of an older log, once', async () => {
    const old = new SheetModel(LOG_SHEET_NAME);
    old.put('A1', [
      LEGACY_HEADER,
      ['2024-10-01T08:30:00.000Z', 'svf-2024', '0a'.repeat(32), 1, 0, 'ff'.repeat(32), '[]', '{}', '[]', '{}'],
    ]);
    const { excel, workbook } = book([old]);
    const row = logRowOf(regions.slice(0, 3));
    const first = await workbook.appendAuditLog(LOG_HEADER, row);
    expect(first.address).toBe(`'Kvot logg'!${rowAddress(3, row.values.length)}`);
    const log = excel.sheet(LOG_SHEET_NAME);
    expect(log.model.values(rowAddress(0, LEGACY_HEADER.length))).toEqual([LEGACY_HEADER]);
    expect(log.model.values(rowAddress(2, LOG_HEADER.length))).toEqual([LOG_HEADER]);
    expect(log.model.map(rowAddress(2, LOG_HEADER.length), (c) => c.bold)).toEqual([LOG_HEADER.map(() => true)]);
    expect(log.model.values(rowAddress(3, row.values.length))).toEqual([row.values]);

    const undo = undoRowCells(
      createUndoEntry(
        { time: '2024-10-01T08:30:00.000Z', block: 'Blad1!G1:L5', resultHash: 'ff'.repeat(32) },
        '2024-10-01T08:31:00.000Z',
        'sv',
        { kind: 'addin' },
      ),
    );
    const second = await workbook.appendAuditLog(LOG_HEADER, undo);
    expect(second.address).toBe(`'Kvot logg'!${rowAddress(4, undo.values.length)}`);
    expect(log.model.values(rowAddress(4, undo.values.length))).toEqual([undo.values]);
    expect(parseLogRow(log.model.values(rowAddress(4, undo.values.length))[0])).toMatchObject({ ok: true, kind: 'undo' });
  });

  it('writes nothing for a row whose formats do not match its cells', async () => {
    const { excel, workbook } = book();
    const row = logRowOf(regions);
    await expect(workbook.appendAuditLog(LOG_HEADER, { ...row, numberFormats: row.numberFormats.slice(1) })).rejects.toThrow(
      /number formats/,
    );
    expect(excel.syncCount()).toBe(0);
  });

  it('shows the log on request (and activates it), hides it again; false before any log exists', async () => {
    const { excel, workbook } = book();
    expect(await workbook.showAuditLog(true)).toBe(false);
    expect(excel.sheetNames()).toEqual(['Blad1']);

    await workbook.appendAuditLog(LOG_HEADER, logRowOf(regions));
    expect(await workbook.showAuditLog(true)).toBe(true);
    expect(excel.sheet(LOG_SHEET_NAME).visibility).toBe('Visible');
    expect(excel.activeSheet()).toBe(LOG_SHEET_NAME);

    expect(await workbook.showAuditLog(false)).toBe(true);
    expect(excel.sheet(LOG_SHEET_NAME).visibility).toBe('Hidden');
    expect(excel.activeSheet()).toBe('Blad1');
  });
});
