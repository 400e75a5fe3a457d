import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { LOG_SHEET_NAME } from '../../src/core/audit/row';
import { fakeWorkbook } from '../fake-excel/unit';
import { regionSheet, syntheticRegions } from './fixtures';
import { comparisonOf, LOG_HEADER, logRowOf } from './extrasFixtures';

/** context.sync() calls of the issue-4 actions for n regions. */
async function countSyncs(n: number) {
  const regions = syntheticRegions(n);
  const excel = fakeWorkbook({ sheets: [regionSheet(regions)] });
  const workbook = new OfficeWorkbook(excel.host);
  const count = async (action: () => Promise<unknown>) => {
    const mark = excel.syncCount();
    await action();
    return excel.syncCount() - mark;
  };
  const layout = comparisonOf(regions);
  const row = logRowOf(regions);
  const counts = {
    comparison: await count(() => workbook.writeComparisonSheet(layout)),
    firstLog: await count(() => workbook.appendAuditLog(LOG_HEADER, row)),
    nextLog: await count(() => workbook.appendAuditLog(LOG_HEADER, row)),
    saveRules: await count(() => workbook.saveWorkbookRules(JSON.stringify({ regions: regions.map((r) => r.name) }))),
    loadRules: await count(() => workbook.loadWorkbookRules()),
  };
  // The work really grew with n: every region is on the sheet and in the log row.
  const sheet = excel.sheet(excel.sheetNames()[1]).model;
  expect(sheet.cell(layout.lastDataRow, layout.nameColumn).value).toBe(regions[n - 1].name);
  expect(excel.sheet(LOG_SHEET_NAME).model.cell(2, 0).value).toBe(row.values[0]);
  return { counts, logCells: row.values.length };
}

describe('context.sync() calls of the workbook extras do not grow with the rows', () => {
  it('is the same at 21 and at 2 000 rows', async () => {
    const small = await countSyncs(21);
    const large = await countSyncs(2000);
    expect(large.logCells).toBeGreaterThan(small.logCells); // the inputs JSON spans more cells
    expect(large.counts).toEqual(small.counts);
    // Names, then everything; probe, write, events on (+ the used range once the log exists); find parts, replace.
    expect(small.counts).toEqual({ comparison: 2, firstLog: 3, nextLog: 4, saveRules: 2, loadRules: 2 });
  });
});
