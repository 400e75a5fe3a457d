import { describe, expect, it } from 'vitest';
import { UndoRefusedError } from '../../src/excel/undo';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { FAILING_ROW_FILL, KVOT_HEADER_FILL } from '../../src/excel/write';
import { loadStandIn, type StandInWorkbook } from './standIn';
import {
  official2024,
  OUTPUT_FORMATS,
  outputColumns,
  SOURCE_FORMATS,
  SOURCE_HEADERS,
  syntheticRegions,
  type OfficialRegion,
} from './fixtures';

const regions = official2024();

function workbookOf(
  list: OfficialRegion[],
  extra: Partial<StandInWorkbook> = {},
  tables?: { name: string; address: string }[],
): StandInWorkbook {
  return {
    activeSheet: 'Blad1',
    sheets: {
      Blad1: {
        values: [SOURCE_HEADERS, ...list.map((r) => [r.code, r.name, r.population])],
        numberFormats: [SOURCE_FORMATS.map(() => 'General'), ...list.map(() => SOURCE_FORMATS)],
        ...(tables ? { tables } : {}),
      },
      Kommentarer: { values: [['Inget här']] },
    },
    selection: 'B5',
    ...extra,
  };
}

/** Everything the stand-in holds in a block, for "exactly as before" comparisons. */
function look(standIn: ReturnType<typeof loadStandIn>['standIn'], address: string) {
  return {
    values: standIn.getValues('Blad1', address),
    formats: standIn.getNumberFormats('Blad1', address),
    fill: standIn.getFill('Blad1', address),
    bold: standIn.getBold('Blad1', address),
  };
}

describe('the adapter against the end-to-end Excel stand-in (2024 example, 21 regions)', () => {
  it('exposes Office as Excel on the web in Swedish, ExcelApi up to 1.17', async () => {
    const { window } = loadStandIn(workbookOf(regions));
    const office = window.Office as {
      onReady(): Promise<{ host: string; platform: string }>;
      context: { displayLanguage: string; officeTheme: unknown; requirements: { isSetSupported(name: string, v: string): boolean } };
      HostType: { Excel: string };
    };
    await expect(office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(office.HostType.Excel).toBe('Excel');
    expect(office.context.displayLanguage).toBe('sv-SE');
    expect(office.context.officeTheme).toBeUndefined();
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.17')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.20')).toBe(false);
  });

  it('reads the current region: values, formats, origin and address', async () => {
    const { host } = loadStandIn(workbookOf(regions));
    const found = await new OfficeWorkbook(host).readRegionTable();
    expect(found.kind).toBe('region');
    expect(found.address).toBe('Blad1!A1:C22');
    expect(found.grid.origin).toEqual({ row: 0, column: 0 });
    expect(found.grid.values).toEqual([SOURCE_HEADERS, ...regions.map((r) => [r.code, r.name, r.population])]);
    expect(found.grid.numberFormats?.[1]).toEqual(SOURCE_FORMATS);
  });

  it('reads an Excel table under the selection, also through worksheet.tables on ExcelApi 1.8', async () => {
    for (const maxExcelApi of ['1.17', '1.8']) {
      const spec = workbookOf(regions, { maxExcelApi }, [{ name: 'Regioner', address: 'A1:C22' }]);
      const { host } = loadStandIn(spec);
      const found = await new OfficeWorkbook(host).readRegionTable();
      expect({ kind: found.kind, tableName: found.tableName, address: found.address }).toEqual({
        kind: 'table',
        tableName: 'Regioner',
        address: 'Blad1!A1:C22',
      });
    }
  });

  it('reads the used range when a chart is selected', async () => {
    const { host, standIn } = loadStandIn(workbookOf(regions));
    standIn.setSelection(null);
    const found = await new OfficeWorkbook(host).readRegionTable();
    expect(found.kind).toBe('usedRange');
    expect(found.address).toBe('Blad1!A1:C22');
  });

  it('writes, rewrites in place and undoes exactly', async () => {
    const { host, standIn } = loadStandIn(workbookOf(regions));
    const workbook = new OfficeWorkbook(host);
    const empty = look(standIn, 'A1:L30');

    const found = await workbook.readRegionTable();
    const gotland = regions.findIndex((r) => r.name === 'Gotland');
    const columns = outputColumns(regions, { failing: [gotland] });
    let syncs = standIn.syncCount;
    const outcome = await workbook.writePayoutColumns(found, columns, { overwrite: false });
    expect(standIn.syncCount - syncs).toBe(3);
    expect(outcome).toEqual({ status: 'written', address: 'Blad1!D1:F23' });

    expect(standIn.getValues('Blad1', 'D1:F1')).toEqual([columns.headers]);
    expect(standIn.getValues('Blad1', 'E2:E22').flat()).toEqual(regions.map((r) => r.amount));
    expect(standIn.getValues('Blad1', 'D2:D22').flat()).toEqual(regions.map((r) => r.share));
    expect(standIn.getValues('Blad1', 'E23')).toEqual([[regions.reduce((sum, r) => sum + r.amount, 0)]]);
    expect(standIn.getNumberFormats('Blad1', 'D2:F23')).toEqual(Array.from({ length: 22 }, () => OUTPUT_FORMATS));
    expect(standIn.getFill('Blad1', 'D1:F1')).toEqual([[KVOT_HEADER_FILL, KVOT_HEADER_FILL, KVOT_HEADER_FILL]]);
    expect(standIn.getBold('Blad1', 'D1:F1')).toEqual([[true, true, true]]);
    const gotlandRow = gotland + 2;
    expect(standIn.getFill('Blad1', `D${gotlandRow}:F${gotlandRow}`)).toEqual([[FAILING_ROW_FILL, FAILING_ROW_FILL, FAILING_ROW_FILL]]);
    expect(
      standIn
        .getFill('Blad1', 'D2:F22')
        .flat()
        .filter((f) => f !== null),
    ).toHaveLength(3);
    expect(standIn.eventsLog).toEqual([false, true]);
    expect(standIn.enableEvents).toBe(true);
    expect(standIn.screenSuspensions).toBe(1);
    const afterFirst = look(standIn, 'A1:L30');

    // Reading again finds the source table only; writing again lands on Kvot's own columns.
    const again = await workbook.readRegionTable();
    expect(again.address).toBe('Blad1!A1:C22');
    const raised = outputColumns(regions.map((r) => ({ ...r, amount: r.amount + 1 })));
    const rewrite = await workbook.writePayoutColumns(again, raised, { overwrite: false });
    expect(rewrite).toEqual({ status: 'written', address: 'Blad1!D1:F23' });
    expect(standIn.getValues('Blad1', 'E2:E22').flat()).toEqual(regions.map((r) => r.amount + 1));
    expect(
      standIn
        .getFill('Blad1', 'D2:F22')
        .flat()
        .every((f) => f === null),
    ).toBe(true);

    // Undo puts back the first write (what was there before the second one), then the empty cells.
    expect(await workbook.undoLastWrite()).toBe(true);
    expect(look(standIn, 'A1:L30')).toEqual(afterFirst);
    expect(await workbook.undoLastWrite()).toBe(false);
    expect(standIn.unsyncedAtRunEnd).toBe(0);

    const fresh = loadStandIn(workbookOf(regions));
    const once = new OfficeWorkbook(fresh.host);
    await once.writePayoutColumns(await once.readRegionTable(), columns, { overwrite: false });
    syncs = fresh.standIn.syncCount;
    expect(await once.undoLastWrite()).toBe(true);
    expect(fresh.standIn.syncCount - syncs).toBe(3); // check that Kvot's cells are unchanged, restore, events on
    expect(look(fresh.standIn, 'A1:L30')).toEqual(empty);
  });

  it('refuses to undo over cells changed after the write, and changes nothing', async () => {
    const { host, standIn } = loadStandIn(workbookOf(regions));
    const workbook = new OfficeWorkbook(host);
    await workbook.writePayoutColumns(await workbook.readRegionTable(), outputColumns(regions), { overwrite: false });
    standIn.setValues('Blad1', 'E5', [['checked by Anna']]);
    const before = look(standIn, 'A1:L30');
    await expect(workbook.undoLastWrite()).rejects.toBeInstanceOf(UndoRefusedError);
    expect(look(standIn, 'A1:L30')).toEqual(before);
  });

  it('asks again when new conflicts appear after the user confirmed others', async () => {
    const { host, standIn } = loadStandIn(workbookOf(regions));
    standIn.setValues('Blad1', 'E5', [['ring']]);
    const workbook = new OfficeWorkbook(host);
    const found = await workbook.readRegionTable();
    const first = await workbook.writePayoutColumns(found, outputColumns(regions), { overwrite: false });
    expect(first).toEqual({ status: 'needsConfirmation', conflicts: ['Blad1!E5'] });
    standIn.setValues('Blad1', 'F9', [['typed meanwhile']]);
    const before = look(standIn, 'A1:L30');
    const second = await workbook.writePayoutColumns(found, outputColumns(regions), { overwrite: true, confirmed: ['Blad1!E5'] });
    expect(second).toEqual({ status: 'needsConfirmation', conflicts: ['Blad1!E5', 'Blad1!F9'] });
    expect(look(standIn, 'A1:L30')).toEqual(before);
    const third = await workbook.writePayoutColumns(found, outputColumns(regions), {
      overwrite: true,
      confirmed: ['Blad1!E5', 'Blad1!F9'],
    });
    expect(third.status).toBe('written');
  });

  it('asks before overwriting data that is not Kvot’s, and writes nothing', async () => {
    const { host, standIn } = loadStandIn(workbookOf(regions));
    standIn.setValues('Blad1', 'E5:E6', [['ring'], ['Halland']]);
    const before = look(standIn, 'A1:L30');
    const workbook = new OfficeWorkbook(host);
    const outcome = await workbook.writePayoutColumns(await workbook.readRegionTable(), outputColumns(regions), { overwrite: false });
    expect(outcome).toEqual({ status: 'needsConfirmation', conflicts: ['Blad1!E5:E6'] });
    expect(look(standIn, 'A1:L30')).toEqual(before);

    await workbook.writePayoutColumns(await workbook.readRegionTable(), outputColumns(regions), { overwrite: true });
    expect(standIn.getValues('Blad1', 'E5')).toEqual([[regions[3].amount]]);
    await workbook.undoLastWrite();
    expect(look(standIn, 'A1:L30')).toEqual(before);
  });

  it('selects an address on another sheet', async () => {
    const { host, standIn } = loadStandIn(workbookOf(regions));
    await new OfficeWorkbook(host).selectAddress('Kommentarer!B3');
    expect(standIn.activeSheet()).toBe('Kommentarer');
    expect(standIn.selection()).toBe('Kommentarer!B3');
  });

  it('needs the same number of syncs at 21 and at 2 000 rows', async () => {
    const counts = [];
    for (const list of [regions, syntheticRegions(2000)]) {
      const { host, standIn } = loadStandIn(workbookOf(list));
      const workbook = new OfficeWorkbook(host);
      const start = standIn.syncCount;
      const found = await workbook.readRegionTable();
      const read = standIn.syncCount - start;
      await workbook.writePayoutColumns(found, outputColumns(list, { failing: list.map((_, i) => i).filter((i) => i % 2 === 0) }), {
        overwrite: false,
      });
      counts.push({ read, write: standIn.syncCount - start - read });
    }
    expect(counts[1]).toEqual(counts[0]);
  });
});
