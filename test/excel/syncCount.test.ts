import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { fakeWorkbook } from '../fake-excel/unit';
import type { ModelWorkbook } from '../fake-excel/spec';
import { outputColumns, regionSheet, syntheticRegions } from './fixtures';

/** context.sync() calls per action for a table of n regions (counted by the fake). */
async function countSyncs(n: number, scenario: Partial<ModelWorkbook> = {}) {
  const regions = syntheticRegions(n);
  const sheet = regionSheet(regions);
  const excel = fakeWorkbook({ sheets: [sheet], selection: 'B2', ...scenario });
  const workbook = new OfficeWorkbook(excel.host);
  const counts = { read: 0, write: 0, undo: 0 };

  let mark = excel.syncCount();
  const found = await workbook.readRegionTable();
  counts.read = excel.syncCount() - mark;
  expect(found.grid.values).toHaveLength(n + 1);

  mark = excel.syncCount();
  // Every third region fails, so the number of marked rows grows with the table too.
  const failing = regions.map((_, i) => i).filter((i) => i % 3 === 0);
  const outcome = await workbook.writePayoutColumns(found, outputColumns(regions, { failing }), { overwrite: false });
  counts.write = excel.syncCount() - mark;
  expect(outcome).toEqual({ status: 'written', address: `Blad1!D1:F${n + 2}` });
  expect(sheet.cell(n, 4).value).toBe(regions[n - 1].amount);

  mark = excel.syncCount();
  expect(await workbook.undoLastWrite()).toBe(true);
  counts.undo = excel.syncCount() - mark;
  return counts;
}

describe('context.sync() calls per action do not grow with the rows', () => {
  it('is the same at 21 and at 2 000 rows for read, write and undo', async () => {
    const small = await countSyncs(21);
    const large = await countSyncs(2000);
    expect(large).toEqual(small);
    // One batch locates the table, one reads it; one loads the target, one writes, one restores events.
    expect(small).toEqual({ read: 2, write: 3, undo: 3 });
    // 2 000 rows are one chunk of each (payload.ts); test/excel/payload.test.ts goes to 100 000 rows.
  });

  it('is the same at 21 and at 2 000 rows when the table is an Excel table', async () => {
    const small = await countSyncs(21, { tables: { Blad1: [{ name: 'Regioner', address: 'A1:C22' }] } });
    const large = await countSyncs(2000, { tables: { Blad1: [{ name: 'Regioner', address: 'A1:C2001' }] } });
    expect(large).toEqual(small);
    // One more batch for the Excel table's address.
    expect(small.read).toBe(3);
  });
});
