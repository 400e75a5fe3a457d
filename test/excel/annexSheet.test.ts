import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { columnPoints } from '../../src/excel/annexSheet';
import { annexSheet, buildAnnex, type AnnexSheet } from '../../src/core/annex';
import { computePayouts } from '../../src/core/payout/compute';
import { a1 } from '../../src/core/table/address';
import { bundledAgreement, qualifyingRows } from '../core/official';
import { fakeWorkbook } from '../fake-excel/unit';
import type { ModelWorkbook } from '../fake-excel/spec';
import { SheetModel } from '../fake-excel/sheetModel';
import { official2024, regionSheet, SOURCE_FORMATS, SOURCE_HEADERS, syntheticRegions, type OfficialRegion } from './fixtures';
import { loadStandIn } from './standIn';

const agreement = bundledAgreement(2024);
const HASH = 'cd'.repeat(32);

async function layoutOf(regions: OfficialRegion[], heading?: string[]): Promise<AnnexSheet> {
  const result = await computePayouts(agreement, qualifyingRows(regions));
  const built = buildAnnex(agreement, result, { trancheId: 'payout2', lang: 'sv', ruleSetHash: HASH, populationDate: 'nov 2024', heading });
  if (!built.ok) throw new Error(built.message.en);
  return annexSheet(built.annex);
}

function book(regions: OfficialRegion[], spec: Partial<ModelWorkbook> = {}, extraSheets: string[] = []) {
  const source = regionSheet(regions);
  const excel = fakeWorkbook({ sheets: [source, ...extraSheets.map((name) => new SheetModel(name))], ...spec });
  return { excel, source, workbook: new OfficeWorkbook(excel.host) };
}

const regions = official2024();

describe('writing the decision annex (fake Excel)', () => {
  it('adds a new sheet with a free name and writes the annex from A1, leaving every other sheet alone', async () => {
    const { excel, source, workbook } = book(regions, {}, ['Bilaga Utbetalning 2']);
    const layout = await layoutOf(regions);
    const sourceBefore = source.dump();
    const taken = excel.sheet('Bilaga Utbetalning 2').model.dump();

    const written = await workbook.writeAnnexSheet(layout);

    expect(written).toEqual({ sheetName: 'Bilaga Utbetalning 2 (2)', address: "'Bilaga Utbetalning 2 (2)'!A1:E26", pageSetup: 'applied' });
    expect(excel.sheetNames()).toEqual(['Blad1', 'Bilaga Utbetalning 2', 'Bilaga Utbetalning 2 (2)']);
    const sheet = excel.sheet('Bilaga Utbetalning 2 (2)').model;
    expect(sheet.values('A1:E26')).toEqual(layout.values.map((row) => row.map((v) => v ?? '')));
    expect(sheet.numberFormats('A1:E26')).toEqual(layout.numberFormats);
    expect(sheet.values('A4:E5')).toEqual([
      ['Kod', 'Region', 'Befolkningsmängd (nov 2024)', 'Andel', 'Belopp'],
      ['01', 'Stockholm', 2_455_914, 0.2326, 42_452_908],
    ]);
    expect(sheet.values('A26:E26')).toEqual([['', 'Riket', 10_557_682, 1, 182_500_000]]);
    expect(sheet.numberFormats('A5:E5')).toEqual([['@', '@', '#,##0', '0.00%', '#,##0']]);
    expect(excel.activeSheet()).toBe('Bilaga Utbetalning 2 (2)');
    expect(source.dump()).toEqual(sourceBefore);
    expect(excel.sheet('Bilaga Utbetalning 2').model.dump()).toEqual(taken);
  });

  it('merges and wraps the lines above the table, sizes the columns, rules and bolds the header and Riket rows', async () => {
    const { excel, workbook } = book(regions);
    const layout = await layoutOf(regions, ['Bilaga till beslut', 'Utbetalning av stimulansmedel']);
    const { sheetName } = await workbook.writeAnnexSheet(layout);
    const sheet = excel.sheet(sheetName);

    expect(sheet.merges).toEqual(['A1:E1', 'A2:E2', 'A3:E3']);
    const formats = (property: string) =>
      sheet.formats.filter((f) => f.property === property).map(({ address, value }) => ({ address, value }));
    expect(formats('wrapText')).toEqual(['A1:E1', 'A2:E2', 'A3:E3'].map((address) => ({ address, value: true })));
    expect(formats('verticalAlignment')).toEqual(['A1:E1', 'A2:E2', 'A3:E3'].map((address) => ({ address, value: 'Top' })));
    expect(formats('rowHeight')).toEqual(layout.textRows.map((t) => ({ address: `A${t.row + 1}:E${t.row + 1}`, value: t.height })));
    expect(formats('columnWidth')).toEqual(
      layout.columnWidths.map((w, c) => ({ address: `${a1(0, c)}:${a1(26, c)}`, value: columnPoints(w) })),
    );
    expect(formats('columnWidth')[1].value).toBe((21 * 7 + 5) * 0.75);
    expect(formats('borders.EdgeBottom.style')).toEqual([{ address: 'A5:E5', value: 'Continuous' }]);
    expect(formats('borders.EdgeTop.style')).toEqual([{ address: 'A27:E27', value: 'Continuous' }]);
    expect(sheet.alignments).toEqual(['C5', 'D5', 'E5'].map((address) => ({ address, alignment: 'Right' })));
    const bold = sheet.model.map('A1:A27', (cell) => cell.bold).map((row) => row[0]);
    expect(bold.map((b, r) => (b ? r : null)).filter((r) => r !== null)).toEqual([0, 1, 4, 26]);
  });

  it('sets up the page where ExcelApi 1.9 allows: A4 portrait, header row on every page, one page wide, footer', async () => {
    const { excel, workbook } = book(regions);
    const layout = await layoutOf(regions);
    const { sheetName } = await workbook.writeAnnexSheet(layout);
    expect(excel.sheet(sheetName).pageLayout).toEqual({
      orientation: 'Portrait',
      paperSize: 'A4',
      centerHorizontally: true,
      printArea: 'A1:E26',
      printTitleRows: '$4:$4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      'footer.leftFooter': `&8Beräknad med Kvot enligt regeluppsättningen svf-2024, SHA-256 ${HASH}`,
      'footer.rightFooter': '&8Sida &P av &N',
    });
  });

  it('writes the annex without page setup where ExcelApi 1.9 is missing, and says so', async () => {
    const { excel, workbook } = book(regions, { maxExcelApi: '1.8' });
    const written = await workbook.writeAnnexSheet(await layoutOf(regions));
    expect(written.pageSetup).toBe('unsupported');
    expect(excel.sheet(written.sheetName).pageLayout).toEqual({});
    expect(excel.sheet(written.sheetName).model.values('B26')).toEqual([['Riket']]);
    expect(excel.syncCount()).toBe(2);
  });

  it('keeps the written annex when the host refuses the page setup, and says so', async () => {
    const { excel, workbook } = book(regions, { refusePageLayout: true });
    const written = await workbook.writeAnnexSheet(await layoutOf(regions));
    expect(written.pageSetup).toBe('failed');
    expect(excel.sheet(written.sheetName).model.values('E26')).toEqual([[182_500_000]]);
    expect(excel.activeSheet()).toBe(written.sheetName);
  });

  it('writes nothing when the layout is not rectangular', async () => {
    const { excel, workbook } = book(regions);
    const layout = await layoutOf(regions);
    layout.values[5] = layout.values[5].slice(1);
    await expect(workbook.writeAnnexSheet(layout)).rejects.toThrow(/shape/);
    expect(excel.syncCount()).toBe(0);
    expect(excel.sheetNames()).toEqual(['Blad1']);
  });

  it('makes the same number of syncs for 21 and for 2 000 regions', async () => {
    const count = async (n: number) => {
      const list = n === 21 ? regions : syntheticRegions(n);
      const { excel, workbook } = book(list);
      const layout = await layoutOf(list);
      const written = await workbook.writeAnnexSheet(layout);
      // The work really grew with n: the last region and the Riket row are on the sheet.
      expect(excel.sheet(written.sheetName).model.cell(layout.totalRow - 1, 1).value).toBe(list[n - 1].name);
      expect(excel.sheet(written.sheetName).model.cell(layout.totalRow, 1).value).toBe('Riket');
      return excel.syncCount();
    };
    const small = await count(21);
    expect(await count(2000)).toBe(small);
    // The sheet names, the annex, the page setup.
    expect(small).toBe(3);
  });
});

describe('writing the decision annex on the end-to-end Excel stand-in', () => {
  function open(extraSheets: Record<string, { values: (string | number)[][] }> = {}, maxExcelApi?: string) {
    const { host, standIn } = loadStandIn({
      activeSheet: 'Blad1',
      sheets: {
        Blad1: {
          values: [SOURCE_HEADERS, ...regions.map((r) => [r.code, r.name, r.population])],
          numberFormats: [SOURCE_FORMATS.map(() => 'General'), ...regions.map(() => SOURCE_FORMATS)],
        },
        ...extraSheets,
      },
      selection: 'B5',
      ...(maxExcelApi ? { maxExcelApi } : {}),
    });
    return { standIn, workbook: new OfficeWorkbook(host) };
  }

  it('writes the same cells, formats and page setup in three syncs, next to a taken name', async () => {
    const { standIn, workbook } = open({ 'Bilaga Utbetalning 2': { values: [['ett äldre utkast']] } });
    const layout = await layoutOf(regions);
    const syncs = standIn.syncCount;
    const written = await workbook.writeAnnexSheet(layout);
    expect(standIn.syncCount - syncs).toBe(3);
    expect(written).toEqual({ sheetName: 'Bilaga Utbetalning 2 (2)', address: "'Bilaga Utbetalning 2 (2)'!A1:E26", pageSetup: 'applied' });
    expect(standIn.getValues('Bilaga Utbetalning 2', 'A1')).toEqual([['ett äldre utkast']]);
    expect(standIn.getValues(written.sheetName, 'A1:E26')).toEqual(layout.values.map((row) => row.map((v) => v ?? '')));
    expect(standIn.getNumberFormats(written.sheetName, 'A1:E26')).toEqual(layout.numberFormats);
    expect(standIn.getMerges(written.sheetName)).toEqual(['A1:E1', 'A2:E2']);
    expect(standIn.getBold(written.sheetName, 'A4:E4')[0].every(Boolean)).toBe(true);
    expect(standIn.getFormats(written.sheetName).filter((f) => f.property.startsWith('borders'))).toEqual([
      { address: 'A4:E4', property: 'borders.EdgeBottom.style', value: 'Continuous' },
      { address: 'A26:E26', property: 'borders.EdgeTop.style', value: 'Continuous' },
    ]);
    expect(standIn.getPageLayout(written.sheetName)).toMatchObject({
      orientation: 'Portrait',
      paperSize: 'A4',
      printArea: 'A1:E26',
      printTitleRows: '$4:$4',
    });
    expect(standIn.activeSheet()).toBe(written.sheetName);
    expect(standIn.unsyncedAtRunEnd).toBe(0);
  });

  it('leaves the page setup out where the host lacks ExcelApi 1.9', async () => {
    const { standIn, workbook } = open({}, '1.8');
    const written = await workbook.writeAnnexSheet(await layoutOf(regions));
    expect(written.pageSetup).toBe('unsupported');
    expect(standIn.getPageLayout(written.sheetName)).toEqual({});
  });
});
