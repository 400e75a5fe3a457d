import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import type { FoundTable } from '../../src/excel/port';
import { fakeWorkbook } from '../fake-excel/unit';
import { SheetModel } from '../fake-excel/sheetModel';
import { official2024, regionSheet } from './fixtures';

const found: FoundTable = {
  kind: 'region',
  address: 'Blad1!A1:C22',
  grid: { sheetName: 'Blad1', origin: { row: 0, column: 0 }, values: [] },
};

async function watching(maxApi?: string) {
  const excel = fakeWorkbook({ sheets: [regionSheet(official2024()), new SheetModel('Annat')], maxExcelApi: maxApi });
  let calls = 0;
  const unsubscribe = await new OfficeWorkbook(excel.host).watchTable(found, () => calls++);
  return { excel, unsubscribe, calls: () => calls };
}

describe('watching the table for edits (fake Excel)', () => {
  it('reports a user edit inside the table and in the row under it', async () => {
    const { excel, calls } = await watching();
    expect(excel.sheet('Blad1').handlers).toHaveLength(1);
    await excel.change('Blad1', { address: 'C7', triggerSource: 'Unknown' });
    expect(calls()).toBe(1);
    await excel.change('Blad1', { address: 'B2:D30' });
    expect(calls()).toBe(2);
    await excel.change('Blad1', { address: 'A23' }); // a region typed under the table
    expect(calls()).toBe(3);
    await excel.change('Blad1', { address: 'Z1, $B$5' }); // several areas, one inside
    expect(calls()).toBe(4);
  });

  it("ignores Kvot's own writes, changes outside the table and format-only changes", async () => {
    const { excel, calls } = await watching();
    await excel.change('Blad1', { address: 'C7', triggerSource: 'ThisLocalAddin' });
    await excel.change('Blad1', { address: 'D1:F23' }); // Kvot's columns, right of the table
    await excel.change('Blad1', { address: 'A24:C30' });
    await excel.change('Blad1', {
      address: 'C7',
      details: { valueBefore: 1000, valueAfter: 1000, valueTypeBefore: 'Double', valueTypeAfter: 'Double' } as Excel.ChangedEventDetail,
    });
    await excel.change('Blad1', { address: '40:40', changeType: 'RowInserted' });
    expect(calls()).toBe(0);
    await excel.change('Blad1', {
      address: 'C7',
      details: { valueBefore: 1000, valueAfter: 1001, valueTypeBefore: 'Double', valueTypeAfter: 'Double' } as Excel.ChangedEventDetail,
    });
    await excel.change('Blad1', { address: '1:1', changeType: 'RowInserted' }); // moves the table
    await excel.change('Blad1', { address: 'A:A', changeType: 'ColumnDeleted' });
    expect(calls()).toBe(3);
  });

  it('listens on the table’s sheet only', async () => {
    const { excel, calls } = await watching();
    expect(excel.sheet('Annat').handlers).toHaveLength(0);
    await excel.change('Annat', { address: 'C7' });
    expect(calls()).toBe(0);
  });

  it('unsubscribes in the context the handler was added in', async () => {
    const { excel, unsubscribe, calls } = await watching();
    await unsubscribe();
    expect(excel.sheet('Blad1').handlers).toHaveLength(0);
    expect(excel.runOptions.at(-1)).toBe('context');
    await excel.change('Blad1', { address: 'C7' });
    expect(calls()).toBe(0);
    const syncs = excel.syncCount();
    await unsubscribe();
    expect(excel.syncCount()).toBe(syncs);
  });

  it('does nothing where worksheet change events (ExcelApi 1.7) are missing', async () => {
    const { excel, unsubscribe } = await watching('1.6');
    expect(excel.syncCount()).toBe(0);
    expect(excel.sheet('Blad1').handlers).toHaveLength(0);
    await unsubscribe();
    expect(excel.syncCount()).toBe(0);
  });
});
