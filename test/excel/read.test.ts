import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { fakeWorkbook } from '../fake-excel/unit';
import { SheetModel } from '../fake-excel/sheetModel';
import { official2024, regionSheet, SOURCE_FORMATS, SOURCE_HEADERS } from './fixtures';

const regions = official2024();

describe('reading the region table (fake Excel)', () => {
  it('reads the Excel table under the selection: 21 regions with values, formats, origin and address', async () => {
    expect(regions).toHaveLength(21);
    const sheet = regionSheet(regions, 'B3');
    const excel = fakeWorkbook({ sheets: [sheet], selection: 'C10', tables: { Blad1: [{ name: 'Regioner', address: 'B3:D24' }] } });

    const found = await new OfficeWorkbook(excel.host).readRegionTable();

    expect(found.kind).toBe('table');
    expect(found.tableName).toBe('Regioner');
    expect(found.address).toBe('Blad1!B3:D24');
    expect(found.grid.sheetName).toBe('Blad1');
    expect(found.grid.origin).toEqual({ row: 2, column: 1 });
    expect(found.grid.values[0]).toEqual(SOURCE_HEADERS);
    expect(found.grid.values).toHaveLength(22);
    expect(found.grid.values.slice(1)).toEqual(regions.map((r) => [r.code, r.name, r.population]));
    expect(found.grid.numberFormats?.[5]).toEqual(SOURCE_FORMATS);
    expect(found.grid.numberFormats?.[0]).toEqual(['General', 'General', 'General']);
  });

  it('marks error cells, hidden rows and the 1904 date system in the same two syncs', async () => {
    const sheet = regionSheet(regions);
    sheet.put('C4', [['#N/A']]);
    sheet.hiddenRows.add(6);
    const excel = fakeWorkbook({ sheets: [sheet], selection: 'B5', date1904: true });

    const found = await new OfficeWorkbook(excel.host).readRegionTable();

    expect(found.grid.issues).toEqual([{ row: 3, column: 2, kind: 'error', text: '#N/A' }]);
    // The error's text is never a value to read.
    expect(found.grid.values[3][2]).toBeNull();
    expect(found.grid.hiddenRows).toEqual([6]);
    expect(found.grid.date1904).toBe(true);
    expect(excel.syncCount()).toBe(2);
  });

  it('never takes "cannot tell" for "none hidden" (ExcelApi 1.8): some rows hidden is unknown, and said', async () => {
    const sheet = regionSheet(regions);
    sheet.hiddenRows.add(6);
    const excel = fakeWorkbook({ sheets: [sheet], selection: 'B5', maxExcelApi: '1.8', date1904: true });

    const found = await new OfficeWorkbook(excel.host).readRegionTable();

    expect(found.grid.hiddenRows).toBeUndefined();
    expect(found.grid.hiddenUnknown).toEqual({ rows: true, columns: false });
    expect(found.grid.date1904).toBeUndefined();
    expect(excel.syncCount()).toBe(2);
  });

  it('knows nothing is hidden on ExcelApi 1.8 when the whole block says so (Range.rowHidden false)', async () => {
    const excel = fakeWorkbook({ sheets: [regionSheet(regions)], selection: 'B5', maxExcelApi: '1.8' });

    const found = await new OfficeWorkbook(excel.host).readRegionTable();

    expect(found.grid.hiddenRows).toBeUndefined();
    expect(found.grid.hiddenUnknown).toBeUndefined();
  });

  it('says a hidden column is unknown on ExcelApi 1.8, even when a chart is selected', async () => {
    const sheet = regionSheet(regions);
    sheet.hiddenColumns.add(2);
    const excel = fakeWorkbook({ sheets: [sheet], selection: null, maxExcelApi: '1.8' });

    const found = await new OfficeWorkbook(excel.host).readRegionTable();

    expect(found.kind).toBe('usedRange');
    expect(found.grid.hiddenUnknown).toEqual({ rows: false, columns: true });
  });

  it('reads hidden columns with hidden rows in the same batch (ExcelApi 1.9), also when a chart is selected', async () => {
    const sheet = regionSheet(regions);
    sheet.hiddenColumns.add(2);
    sheet.hiddenRows.add(4);
    const excel = fakeWorkbook({ sheets: [sheet], selection: null });

    const found = await new OfficeWorkbook(excel.host).readRegionTable();

    expect(found.grid.hiddenColumns).toEqual([2]);
    expect(found.grid.hiddenRows).toEqual([4]);
    expect(found.grid.hiddenUnknown).toBeUndefined();
  });

  it('falls back to the current region when no table is under the selection', async () => {
    const sheet = regionSheet(regions);
    sheet.put('H1', [['Anteckning'], ['inte en del av tabellen']]);
    const excel = fakeWorkbook({ sheets: [sheet], selection: 'B5' });

    const found = await new OfficeWorkbook(excel.host).readRegionTable();

    expect(found.kind).toBe('region');
    expect(found.tableName).toBeUndefined();
    expect(found.address).toBe('Blad1!A1:C22');
    expect(found.grid.values[21]).toEqual([regions[20].code, regions[20].name, regions[20].population]);
  });

  it('falls back to the used range when the current region cannot hold a table', async () => {
    const sheet = regionSheet(regions, 'A3');
    sheet.put('A1', [['Utbetalning 2024']]);
    const excel = fakeWorkbook({ sheets: [sheet], selection: 'F30' });

    const found = await new OfficeWorkbook(excel.host).readRegionTable();

    expect(found.kind).toBe('usedRange');
    expect(found.address).toBe('Blad1!A1:C24');
    expect(found.grid.origin).toEqual({ row: 0, column: 0 });
    expect(found.grid.values[0][0]).toBe('Utbetalning 2024');
    expect(found.grid.values[2]).toEqual(SOURCE_HEADERS);
  });

  it('reads the used range when a chart is selected (InvalidSelection)', async () => {
    const sheet = regionSheet(regions);
    const excel = fakeWorkbook({ sheets: [sheet], selection: null });

    const found = await new OfficeWorkbook(excel.host).readRegionTable();

    expect(found.kind).toBe('usedRange');
    expect(found.address).toBe('Blad1!A1:C22');
    expect(found.grid.values).toHaveLength(22);
  });

  it('finds the table through worksheet.tables on hosts without ExcelApi 1.9', async () => {
    const sheet = regionSheet(regions, 'D1');
    sheet.put('A1', [
      ['x', 'y'],
      [1, 2],
    ]);
    const excel = fakeWorkbook({
      sheets: [sheet],
      selection: 'E4',
      maxExcelApi: '1.8',
      tables: {
        Blad1: [
          { name: 'Annat', address: 'A1:B2' },
          { name: 'Regioner', address: 'D1:F22' },
        ],
      },
    });

    const found = await new OfficeWorkbook(excel.host).readRegionTable();

    expect(found.kind).toBe('table');
    expect(found.tableName).toBe('Regioner');
    expect(found.address).toBe('Blad1!D1:F22');
    expect(found.grid.origin).toEqual({ row: 0, column: 3 });
  });

  it('reads the used range on hosts without getSurroundingRegion (ExcelApi 1.7)', async () => {
    const sheet = regionSheet(regions, 'B2');
    const excel = fakeWorkbook({ sheets: [sheet], selection: 'C5', maxExcelApi: '1.6' });
    const found = await new OfficeWorkbook(excel.host).readRegionTable();
    expect(found.kind).toBe('usedRange');
    expect(found.address).toBe('Blad1!B2:D23');
    expect(found.grid.origin).toEqual({ row: 1, column: 1 });
  });

  it('returns an empty grid for an empty sheet', async () => {
    const excel = fakeWorkbook({ sheets: [new SheetModel('Blad1')], selection: 'A1' });
    const found = await new OfficeWorkbook(excel.host).readRegionTable();
    expect(found.grid.values).toEqual([]);
    expect(found.kind).toBe('usedRange');
    expect(found.address).toBe('Blad1!A1');
  });

  it("leaves out Kvot's own columns and totals row, so a read after a write finds the same table", async () => {
    const sheet = regionSheet(regions);
    sheet.put('D1', [['Kvot: Andel', 'Kvot: Utbetalning'], ...regions.map((r) => [r.share, r.amount]), [1, 182_500_000]]);
    const excel = fakeWorkbook({ sheets: [sheet], selection: 'B2' });

    const found = await new OfficeWorkbook(excel.host).readRegionTable();

    expect(found.address).toBe('Blad1!A1:C22');
    expect(found.grid.values).toHaveLength(22);
    expect(found.grid.values.every((row) => row.length === 3)).toBe(true);
  });
});

describe('reading the table again where it was found (before a write)', () => {
  it('reads the Excel table that was read, though the officer has since clicked far away', async () => {
    const sheet = regionSheet(regions, 'B3');
    const tables = [{ name: 'Regioner', address: 'B3:D24' }];
    const found = await new OfficeWorkbook(
      fakeWorkbook({ sheets: [sheet], selection: 'C10', tables: { Blad1: tables } }).host,
    ).readRegionTable();
    sheet.put('F30', [
      ['Anteckning', 'x'],
      ['y', 'z'],
    ]);

    for (const maxApi of ['1.17', '1.8']) {
      const excel = fakeWorkbook({ sheets: [sheet], selection: 'F30', maxExcelApi: maxApi, tables: { Blad1: tables } });
      const again = await new OfficeWorkbook(excel.host).readTableAt(found);
      expect(again).toEqual(found);
      expect(excel.syncCount()).toBeLessThanOrEqual(4);
    }
  });

  it('reads the current region at the table, and sees a cell edited there since', async () => {
    const sheet = regionSheet(regions);
    const found = await new OfficeWorkbook(fakeWorkbook({ sheets: [sheet], selection: 'B5' }).host).readRegionTable();
    sheet.put('C2', [[2_500_000]]);

    const excel = fakeWorkbook({ sheets: [sheet], selection: null });
    const again = await new OfficeWorkbook(excel.host).readTableAt(found);
    expect(again.address).toBe(found.address);
    expect(again.grid.values[1][2]).toBe(2_500_000);
    expect(excel.syncCount()).toBe(2);
  });

  it('gives an empty table, not an error or another sheet, when the sheet is gone', async () => {
    const sheet = regionSheet(regions);
    const found = await new OfficeWorkbook(fakeWorkbook({ sheets: [sheet], selection: 'B5' }).host).readRegionTable();
    const moved = { ...found, address: 'Borttaget!A1:C22' };

    const again = await new OfficeWorkbook(fakeWorkbook({ sheets: [sheet], selection: 'B5' }).host).readTableAt(moved);
    expect(again.grid.values).toEqual([]);
    expect(again.address).toBe('Borttaget!A1:C22');
  });
});
