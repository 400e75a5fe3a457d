import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { FAILING_ROW_FILL, KVOT_HEADER_FILL } from '../../src/excel/write';
import { fakeWorkbook } from '../fake-excel/unit';
import { official2024, OUTPUT_FORMATS, outputColumns, regionSheet } from './fixtures';
import type { SheetModel } from '../fake-excel/sheetModel';

const regions = official2024();

/** The regions as an Excel table, so cells typed beside it (the conflicts below) stay outside it, as in Excel. */
const REGION_TABLE = { Blad1: [{ name: 'Regioner', address: 'A1:C22' }] };

async function readAndWrite(
  sheet: SheetModel,
  columns = outputColumns(regions, { failing: [3, 4, 10] }),
  overwrite = false,
  maxApi = '1.17',
) {
  const excel = fakeWorkbook({ sheets: [sheet], selection: 'B2', maxExcelApi: maxApi, tables: REGION_TABLE });
  const workbook = new OfficeWorkbook(excel.host);
  const found = await workbook.readRegionTable();
  const before = excel.syncCount();
  const outcome = await workbook.writePayoutColumns(found, columns, { overwrite });
  return { excel, workbook, found, outcome, writeSyncs: excel.syncCount() - before };
}

/** Cells left of column D (the source table) as stored. */
const sourceCells = (sheet: SheetModel) =>
  Object.fromEntries(Object.entries(sheet.dump()).filter(([key]) => Number(key.split(':')[1]) < 3));

describe('writing the payout columns (fake Excel)', () => {
  it('writes headers, values, totals and number formats next to the table in the right cells', async () => {
    const sheet = regionSheet(regions);
    const source = sourceCells(sheet);
    const columns = outputColumns(regions, { failing: [3, 4, 10] });

    const { outcome, excel } = await readAndWrite(sheet, columns);

    expect(outcome).toEqual({ status: 'written', address: 'Blad1!D1:F23' });
    expect(sheet.values('D1:F1')).toEqual([columns.headers]);
    expect(sheet.values('D2:F22')).toEqual(columns.rows);
    expect(sheet.values('D23:F23')).toEqual([columns.totals]);
    expect(sheet.numberFormats('D2:F23')).toEqual(Array.from({ length: 22 }, () => OUTPUT_FORMATS));
    expect(sheet.numberFormats('D1:F1')).toEqual([['General', 'General', 'General']]);
    expect(
      sheet
        .values('G1:G23')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(sourceCells(sheet)).toEqual(source);
    expect(excel.writtenAddresses()[0]).toBe('D1:F23');
  });

  it("marks Kvot's header (bold, fill) and the failing rows (light red), nothing else", async () => {
    const sheet = regionSheet(regions);
    await readAndWrite(sheet, outputColumns(regions, { failing: [3, 4, 10] }));

    for (let c = 3; c <= 5; c++) {
      expect(sheet.cell(0, c)).toMatchObject({ bold: true, fill: { color: KVOT_HEADER_FILL } });
      const failingSheetRows = new Set([4, 5, 11]); // data rows 3, 4, 10 under the header in row 0
      for (let r = 1; r <= 22; r++) {
        expect(sheet.cell(r, c).bold).toBe(false);
        expect(sheet.cell(r, c).fill?.color ?? null).toBe(failingSheetRows.has(r) ? FAILING_ROW_FILL : null);
      }
    }
  });

  it('turns events off for the write and back on afterwards, and suspends screen updating', async () => {
    const { excel } = await readAndWrite(regionSheet(regions));
    expect(excel.events).toEqual([false, true]);
    expect(excel.screenSuspended()).toBe(1);
  });

  it('asks for one native undo step (mergeUndoGroup) only where ExcelApi 1.20 exists', async () => {
    const old = await readAndWrite(regionSheet(regions));
    expect(old.excel.runOptions).toEqual([null, null]);
    const current = await readAndWrite(regionSheet(regions), undefined, false, '1.20');
    expect(current.excel.runOptions).toEqual([null, { mergeUndoGroup: true }]);
    expect(current.outcome.status).toBe('written');
  });

  it('refuses to overwrite data Kvot did not write: nothing written, every conflict listed', async () => {
    const sheet = regionSheet(regions);
    sheet.put('E1', [['Anteckning']]);
    sheet.put('E5', [['ring Halland']]);
    sheet.put('E10', [[1], [2], [3]]);
    sheet.update(30, 3, (cell) => (cell.value = 'långt under tabellen'));
    const before = sheet.dump();

    const { outcome, excel, writeSyncs } = await readAndWrite(sheet);

    expect(outcome).toEqual({ status: 'needsConfirmation', conflicts: ['Blad1!E1', 'Blad1!E5', 'Blad1!E10:E12'] });
    expect(sheet.dump()).toEqual(before);
    expect(excel.writtenAddresses()).toEqual([]);
    expect(writeSyncs).toBe(1);
    expect(excel.events).toEqual([]);
  });

  it('counts a formula in an empty-looking cell and a cell in the totals row as conflicts', async () => {
    const sheet = regionSheet(regions);
    sheet.update(6, 5, (cell) => (cell.formula = '=""'));
    sheet.put('D23', [['Summa']]);
    const { outcome } = await readAndWrite(sheet);
    expect(outcome).toEqual({ status: 'needsConfirmation', conflicts: ['Blad1!D23', 'Blad1!F7'] });
  });

  it('overwrites the other data once the user confirms', async () => {
    const sheet = regionSheet(regions);
    sheet.put('E5', [['ring Halland']]);
    const columns = outputColumns(regions);
    const { outcome } = await readAndWrite(sheet, columns, true);
    expect(outcome).toEqual({ status: 'written', address: 'Blad1!D1:F23' });
    expect(sheet.cell(4, 4).value).toBe(columns.rows[3][1]);
  });

  it("replaces Kvot's own columns in place when writing again, clearing a wider earlier write", async () => {
    const sheet = regionSheet(regions);
    const wide = outputColumns(regions, { failing: [0] });
    wide.headers = [...wide.headers, 'Kvot: Skäl'];
    wide.numberFormats = [...wide.numberFormats, '@'];
    wide.rows = wide.rows.map((row, i) => [...row, i === 0 ? 'Inklusion under 70 %' : '']);
    wide.totals = [...(wide.totals ?? []), ''];
    const first = await readAndWrite(sheet, wide);
    expect(first.outcome).toEqual({ status: 'written', address: 'Blad1!D1:G23' });

    // A new read (the current region now reaches G23) and a write with other numbers and 3 columns.
    const second = regions.map((r) => ({ ...r, amount: r.amount + 1 }));
    const columns = outputColumns(second, { headers: ['Kvot: Share', 'Kvot: Payout', 'Kvot: Eligible'] });
    const excel = fakeWorkbook({ sheets: [sheet], selection: 'E5' });
    const workbook = new OfficeWorkbook(excel.host);
    const found = await workbook.readRegionTable();
    expect(found.address).toBe('Blad1!A1:C22');
    const outcome = await workbook.writePayoutColumns(found, columns, { overwrite: false });

    expect(outcome).toEqual({ status: 'written', address: 'Blad1!D1:G23' });
    expect(sheet.values('D1:F1')).toEqual([columns.headers]);
    expect(sheet.values('D2:F22')).toEqual(columns.rows);
    expect(
      sheet
        .values('G1:G23')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(sheet.cell(0, 6)).toMatchObject({ bold: false, fill: null, numberFormat: 'General' });
    expect(sheet.cell(1, 3).fill).toBeNull(); // row 0 failed before, passes now
  });

  it('throws on output that does not line up with the table, before touching Excel', async () => {
    const sheet = regionSheet(regions);
    const excel = fakeWorkbook({ sheets: [sheet], selection: 'B2' });
    const workbook = new OfficeWorkbook(excel.host);
    const found = await workbook.readRegionTable();
    const syncs = excel.syncCount();
    const tooMany = outputColumns([...regions, ...regions]);
    await expect(workbook.writePayoutColumns(found, tooMany, { overwrite: true })).rejects.toThrow(/42 rows/);
    const foreign = { ...outputColumns(regions), headers: ['Andel', 'Kvot: Utbetalning', 'Kvot: Villkor uppfyllda'] };
    await expect(workbook.writePayoutColumns(found, foreign, { overwrite: true })).rejects.toThrow(/"Andel"/);
    expect(excel.syncCount()).toBe(syncs);
  });
});
