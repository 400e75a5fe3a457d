import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { RULES_NAMESPACE } from '../../src/excel/rulesXml';
import { LOG_SHEET_NAME } from '../../src/core/audit/row';
import { a1 } from '../../src/core/table/address';
import { loadStandIn, type StandInWorkbook } from './standIn';
import { official2024, outputColumns, SOURCE_FORMATS, SOURCE_HEADERS, syntheticRegions, type OfficialRegion } from './fixtures';
import { comparisonOf, LOG_HEADER, logRowOf } from './extrasFixtures';

const regions = official2024();

function workbookOf(list: OfficialRegion[], extra: Partial<StandInWorkbook> = {}): StandInWorkbook {
  return {
    activeSheet: 'Blad1',
    sheets: {
      Blad1: {
        values: [SOURCE_HEADERS, ...list.map((r) => [r.code, r.name, r.population])],
        numberFormats: [SOURCE_FORMATS.map(() => 'General'), ...list.map(() => SOURCE_FORMATS)],
      },
      'Kvot jämförelse': { values: [['en äldre jämförelse']] },
    },
    selection: 'B5',
    ...extra,
  };
}

function open(list = regions, extra: Partial<StandInWorkbook> = {}) {
  const { host, standIn } = loadStandIn(workbookOf(list, extra));
  return { host, standIn, workbook: new OfficeWorkbook(host) };
}

describe('the workbook extras against the end-to-end Excel stand-in', () => {
  it('keeps rules in one custom XML part: save, replace, load, clear', async () => {
    const { standIn, workbook } = open();
    const rules = JSON.stringify({ id: 'svf-2024', note: 'CDATA-slut "]]>" i texten' }, null, 2);
    expect(await workbook.loadWorkbookRules()).toBeNull();
    await workbook.saveWorkbookRules('{"old":true}');
    await workbook.saveWorkbookRules(rules);
    expect(standIn.getCustomXml(RULES_NAMESPACE)).toHaveLength(1);
    expect(standIn.getCustomXml(RULES_NAMESPACE)[0]).toContain('schemaVersion="1"');
    expect(await workbook.loadWorkbookRules()).toBe(rules);
    await workbook.clearWorkbookRules();
    expect(standIn.getCustomXml(RULES_NAMESPACE)).toEqual([]);
    expect(await workbook.loadWorkbookRules()).toBeNull();
    expect(standIn.unsyncedAtRunEnd).toBe(0);
  });

  it('writes the comparison to a new sheet with merged result names and a bar chart, and shows it', async () => {
    const { standIn, workbook } = open();
    const layout = comparisonOf(regions, 2);
    const syncs = standIn.syncCount;
    const { sheetName, address } = await workbook.writeComparisonSheet(layout);
    expect(standIn.syncCount - syncs).toBe(2);

    expect(sheetName).toBe('Kvot jämförelse (2)');
    const width = layout.values[0].length;
    const last = a1(layout.values.length - 1, width - 1);
    expect(address).toBe(`'Kvot jämförelse (2)'!A1:${last}`);
    expect(standIn.getSheetNames()).toEqual(['Blad1', 'Kvot jämförelse', 'Kvot jämförelse (2)']);
    expect(standIn.getValues('Kvot jämförelse', 'A1')).toEqual([['en äldre jämförelse']]);
    expect(standIn.getValues(sheetName, `A1:${last}`)).toEqual(layout.values.map((row) => row.map((v) => v ?? '')));
    expect(standIn.getNumberFormats(sheetName, `A1:${last}`)).toEqual(layout.numberFormats);
    expect(standIn.getBold(sheetName, `A${layout.headerRow + 1}:${a1(layout.headerRow, width - 1)}`)[0].every(Boolean)).toBe(true);
    expect(standIn.getBold(sheetName, `A${layout.firstDataRow + 1}`)).toEqual([[false]]);
    const groupRow = layout.headerRow - 1;
    expect(standIn.getMerges(sheetName)).toEqual(layout.groups.map((g) => `${a1(groupRow, g.firstColumn)}:${a1(groupRow, g.lastColumn)}`));
    expect(standIn.activeSheet()).toBe(sheetName);

    const q = (local: string) => `'${sheetName}'!${local}`;
    const column = (c: number) => q(`${a1(layout.firstDataRow, c)}:${a1(layout.lastDataRow, c)}`);
    const [chart, ...more] = standIn.getCharts(sheetName);
    expect(more).toEqual([]);
    expect(chart).toMatchObject({
      type: 'BarClustered',
      seriesBy: 'Columns',
      source: column(layout.totalColumns[0].column),
      title: 'Kvot – jämförelse av scenarier',
      categoryAxis: { reversePlotOrder: true, tickLabelSpacing: 1 },
    });
    expect(chart.series).toEqual(
      layout.totalColumns.map((t) => ({ name: t.name, values: column(t.column), xValues: column(layout.nameColumn) })),
    );
    expect(standIn.getValues(sheetName, column(layout.nameColumn).split('!')[1]).flat()).toEqual(regions.map((r) => r.name));
    expect(chart.position?.start).toBe(a1(groupRow, width + 1));
  });

  it('logs each write to a hidden "Kvot logg" sheet, shown and hidden on request', async () => {
    const { standIn, workbook } = open();
    expect(await workbook.showAuditLog(true)).toBe(false);
    const first = logRowOf(regions);
    const second = logRowOf(regions.slice(0, 2), '2024-10-02T09:00:00.000Z');
    const one = await workbook.appendAuditLog(LOG_HEADER, first);
    const two = await workbook.appendAuditLog(LOG_HEADER, second);

    expect(one.address).toBe(`'Kvot logg'!A2:${a1(1, first.values.length - 1)}`);
    expect(two.address).toBe(`'Kvot logg'!A3:${a1(2, second.values.length - 1)}`);
    expect(standIn.getSheetNames()).toContain(LOG_SHEET_NAME);
    expect(standIn.getVisibility(LOG_SHEET_NAME)).toBe('Hidden');
    expect(standIn.activeSheet()).toBe('Blad1');
    expect(standIn.getValues(LOG_SHEET_NAME, `A1:${a1(0, LOG_HEADER.length - 1)}`)).toEqual([LOG_HEADER]);
    expect(standIn.getBold(LOG_SHEET_NAME, 'A1:B1')).toEqual([[true, true]]);
    expect(standIn.getValues(LOG_SHEET_NAME, two.address.split('!')[1])).toEqual([second.values]);
    expect(standIn.getNumberFormats(LOG_SHEET_NAME, one.address.split('!')[1])).toEqual([first.numberFormats]);
    expect(standIn.eventsLog).toEqual([false, true, false, true]);

    expect(await workbook.showAuditLog(true)).toBe(true);
    expect(standIn.getVisibility(LOG_SHEET_NAME)).toBe('Visible');
    expect(standIn.activeSheet()).toBe(LOG_SHEET_NAME);
    expect(await workbook.showAuditLog(false)).toBe(true);
    expect(standIn.getVisibility(LOG_SHEET_NAME)).toBe('Hidden');
    expect(standIn.activeSheet()).not.toBe(LOG_SHEET_NAME);
  });

  it("reports the user's edits in the table, not Kvot's own writes or edits elsewhere, until unsubscribed", async () => {
    const { host, standIn, workbook } = open();
    const found = await workbook.readRegionTable();
    let calls = 0;
    const unsubscribe = await workbook.watchTable(found, () => calls++);

    await standIn.userEdit('Blad1', 'C5', [[123_456]]);
    expect(calls).toBe(1);
    await standIn.userEdit('Blad1', 'H40', [['anteckning']]);
    await standIn.userEdit('Blad1', 'D2', [['bredvid']]);
    expect(calls).toBe(1);

    // A write through Excel.run with events on: Excel reports it as this add-in's own.
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('C6').values = [[1]];
      await context.sync();
    });
    await standIn.flushEvents();
    expect(standIn.changeEvents.at(-1)).toEqual({ sheet: 'Blad1', address: 'C6', triggerSource: 'ThisLocalAddin', handlers: 1 });
    expect(calls).toBe(1);

    // Kvot's payout write and log turn events off: no event at all.
    const raised = standIn.changeEvents.length;
    await workbook.writePayoutColumns(await workbook.readRegionTable(), outputColumns(regions), { overwrite: true });
    await workbook.appendAuditLog(LOG_HEADER, logRowOf(regions));
    await standIn.flushEvents();
    expect(standIn.changeEvents.length).toBe(raised);
    expect(calls).toBe(1);

    await unsubscribe();
    await standIn.userEdit('Blad1', 'C5', [[654_321]]);
    expect(standIn.changeEvents.at(-1)).toMatchObject({ address: 'C5', triggerSource: 'Unknown', handlers: 0 });
    expect(calls).toBe(1);
    expect(standIn.handlerErrors).toEqual([]);
  });

  it('needs the same number of syncs for the comparison sheet and the log at 21 and at 2 000 rows', async () => {
    const counts = [];
    for (const list of [regions, syntheticRegions(2000)]) {
      const { standIn, workbook } = open(list);
      let mark = standIn.syncCount;
      await workbook.writeComparisonSheet(comparisonOf(list));
      const comparison = standIn.syncCount - mark;
      mark = standIn.syncCount;
      await workbook.appendAuditLog(LOG_HEADER, logRowOf(list));
      const firstLog = standIn.syncCount - mark;
      mark = standIn.syncCount;
      await workbook.appendAuditLog(LOG_HEADER, logRowOf(list));
      counts.push({ comparison, firstLog, nextLog: standIn.syncCount - mark });
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]).toEqual({ comparison: 2, firstLog: 3, nextLog: 4 });
  });
});
