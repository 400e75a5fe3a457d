import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { fakeWorkbook } from '../fake-excel/unit';
import { official2024, outputColumns, regionSheet } from './fixtures';
import type { SheetModel } from '../fake-excel/sheetModel';

const regions = official2024();

/** Cells under the target with values, a formula, formats, fills and bold that are not Kvot's. */
function withForeignCells(sheet: SheetModel): void {
  sheet.put('D1', [['Kommentar', 'Belopp 2023']], [['@', 'General']]);
  sheet.put('D2', [['01'], ['ok']], [['@'], ['@']]);
  sheet.put('E2', [[41_000_000.5]], [['#,##0.00 "kr"']]);
  sheet.update(3, 4, (cell) => {
    cell.formula = '=E2*2';
    cell.numberFormat = '0.0%';
  });
  sheet.update(0, 3, (cell) => (cell.fill = { color: '#FFFF00', pattern: 'Solid' }));
  sheet.update(0, 4, (cell) => (cell.bold = true));
  sheet.update(9, 5, (cell) => (cell.fill = { color: '#00B050', pattern: 'Solid' }));
  sheet.update(22, 4, (cell) => (cell.value = true));
}

/** The regions as an Excel table, so the foreign cells beside it stay outside it, as in Excel. */
const REGION_TABLE = { Blad1: [{ name: 'Regioner', address: 'A1:C22' }] };

async function writeThenUndo(sheet: SheetModel, maxApi = '1.17') {
  const excel = fakeWorkbook({ sheets: [sheet], selection: 'A1', maxExcelApi: maxApi, tables: REGION_TABLE });
  const workbook = new OfficeWorkbook(excel.host);
  const found = await workbook.readRegionTable();
  const outcome = await workbook.writePayoutColumns(found, outputColumns(regions, { failing: [2, 8] }), { overwrite: true });
  expect(outcome.status).toBe('written');
  const afterWrite = sheet.dump();
  const before = excel.syncCount();
  const undone = await workbook.undoLastWrite();
  return { excel, workbook, undone, afterWrite, undoSyncs: excel.syncCount() - before };
}

describe('undo last write (fake Excel)', () => {
  it('restores exactly the values, formulas, number formats, fills and bold that were there', async () => {
    const sheet = regionSheet(regions);
    withForeignCells(sheet);
    const original = sheet.dump();

    const { undone, afterWrite, excel, workbook } = await writeThenUndo(sheet);

    expect(afterWrite).not.toEqual(original);
    expect(undone).toBe(true);
    expect(sheet.dump()).toEqual(original);
    expect(sheet.cell(3, 4).formula).toBe('=E2*2');
    expect(sheet.cell(1, 3)).toMatchObject({ value: '01', numberFormat: '@' });
    expect(excel.events).toEqual([false, true, false, true]);
    expect(await workbook.undoLastWrite()).toBe(false);
  });

  it('restores empty cells to empty, without a white fill', async () => {
    const sheet = regionSheet(regions);
    const original = sheet.dump();
    const { undone } = await writeThenUndo(sheet);
    expect(undone).toBe(true);
    expect(sheet.dump()).toEqual(original);
  });

  it('uses one native undo step where ExcelApi 1.20 exists', async () => {
    const sheet = regionSheet(regions);
    const original = sheet.dump();
    const { excel } = await writeThenUndo(sheet, '1.20');
    expect(excel.runOptions).toEqual([null, { mergeUndoGroup: true }, { mergeUndoGroup: true }]);
    expect(sheet.dump()).toEqual(original);
  });

  it('restores values, formulas and formats on hosts without ExcelApi 1.9, and removes Kvot styling', async () => {
    const sheet = regionSheet(regions);
    withForeignCells(sheet);
    const contents = () => ({ formulas: sheet.formulas('A1:J30'), formats: sheet.numberFormats('A1:J30') });
    const original = contents();
    const { undone } = await writeThenUndo(sheet, '1.8');
    expect(undone).toBe(true);
    expect(contents()).toEqual(original);
    // Without getCellProperties the earlier fills cannot be read back: Kvot's marks are cleared.
    expect(sheet.cell(0, 3)).toMatchObject({ fill: null, bold: false });
    expect(sheet.cell(3, 3).fill).toBeNull();
  });

  it('has nothing to undo before a write, or after a refused write', async () => {
    const sheet = regionSheet(regions);
    sheet.put('D5', [['min anteckning']]);
    const excel = fakeWorkbook({ sheets: [sheet], selection: 'A1', tables: REGION_TABLE });
    const workbook = new OfficeWorkbook(excel.host);
    expect(await workbook.undoLastWrite()).toBe(false);
    const found = await workbook.readRegionTable();
    const outcome = await workbook.writePayoutColumns(found, outputColumns(regions), { overwrite: false });
    expect(outcome.status).toBe('needsConfirmation');
    expect(await workbook.undoLastWrite()).toBe(false);
  });
});

describe('selecting an address (fake Excel)', () => {
  it('activates the sheet and selects the range', async () => {
    const excel = fakeWorkbook({ sheets: [regionSheet(regions)], selection: 'A1' });
    await new OfficeWorkbook(excel.host).selectAddress('Blad1!C7');
    expect(excel.activated()).toBe(1);
    expect(excel.selected()).toBe('C7');
  });

  it('fails for a sheet that does not exist', async () => {
    const excel = fakeWorkbook({ sheets: [regionSheet(regions)], selection: 'A1' });
    await expect(new OfficeWorkbook(excel.host).selectAddress("'Gammal flik'!C7")).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
