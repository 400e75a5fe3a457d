import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { a1 } from '../../src/core/table/address';
import { fakeWorkbook } from '../fake-excel/unit';
import { SheetModel } from '../fake-excel/sheetModel';
import { official2024, regionSheet } from './fixtures';
import { comparisonOf } from './extrasFixtures';

const regions = official2024();

function book(extraSheets: string[] = [], maxApi?: string) {
  const source = regionSheet(regions);
  const excel = fakeWorkbook({ sheets: [source, ...extraSheets.map((name) => new SheetModel(name))], maxExcelApi: maxApi });
  return { excel, source, workbook: new OfficeWorkbook(excel.host) };
}

/** A column's cells as Excel reports a chart's source and series: with the sheet. */
const column = (c: number, first: number, last: number, sheet = "'Kvot jämförelse'") => `${sheet}!${a1(first, c)}:${a1(last, c)}`;

describe('writing a comparison sheet (fake Excel)', () => {
  it('adds a new sheet with a free name, writes values and formats from A1 and shows it', async () => {
    const { excel, source, workbook } = book(['Kvot jämförelse', 'kvot jämförelse (2)']);
    const layout = comparisonOf(regions);
    const sourceBefore = source.dump();

    const written = await workbook.writeComparisonSheet(layout);

    expect(written.sheetName).toBe('Kvot jämförelse (3)');
    const width = layout.values[0].length;
    const last = a1(layout.values.length - 1, width - 1);
    expect(written.address).toBe(`'Kvot jämförelse (3)'!A1:${last}`);
    expect(excel.sheetNames()).toEqual(['Blad1', 'Kvot jämförelse', 'kvot jämförelse (2)', 'Kvot jämförelse (3)']);
    const sheet = excel.sheet('Kvot jämförelse (3)').model;
    expect(sheet.values(`A1:${last}`)).toEqual(layout.values.map((row) => row.map((v) => v ?? '')));
    expect(sheet.numberFormats(`A1:${last}`)).toEqual(layout.numberFormats);
    expect(excel.activeSheet()).toBe('Kvot jämförelse (3)');
    expect(source.dump()).toEqual(sourceBefore);
    expect(excel.sheet('Kvot jämförelse').model.dump()).toEqual({});
  });

  it('bolds the title and header rows, merges and centres each result over its columns, fits widths', async () => {
    const { excel, workbook } = book();
    const layout = comparisonOf(regions, 2);
    const { sheetName } = await workbook.writeComparisonSheet(layout);
    const sheet = excel.sheet(sheetName);
    const width = layout.values[0].length;
    const groupRow = layout.headerRow - 1;

    for (let r = 0; r < layout.values.length; r++) {
      const bold = sheet.model.map(`A${r + 1}:${a1(r, width - 1)}`, (cell) => cell.bold)[0];
      expect(bold.every((b) => b === [0, groupRow, layout.headerRow].includes(r))).toBe(true);
    }
    const groups = layout.groups.map((g) => `${a1(groupRow, g.firstColumn)}:${a1(groupRow, g.lastColumn)}`);
    expect(layout.groups).toHaveLength(3);
    expect(sheet.merges).toEqual(groups);
    expect(sheet.alignments).toEqual(groups.map((address) => ({ address, alignment: 'Center' })));
    expect(sheet.model.values(groups[1].split(':')[0])).toEqual([['Scenario 1']]);
    expect(sheet.autofitted).toEqual([`${a1(groupRow, 0)}:${a1(layout.values.length - 1, width - 1)}`]);
  });

  it('adds a clustered bar chart: region names as categories, one series per result total, top to bottom', async () => {
    const { excel, workbook } = book();
    const layout = comparisonOf(regions, 2);
    const { sheetName } = await workbook.writeComparisonSheet(layout);
    const { firstDataRow, lastDataRow, nameColumn, totalColumns } = layout;
    expect(lastDataRow - firstDataRow + 1).toBe(21);
    const names = column(nameColumn, firstDataRow, lastDataRow);

    expect(excel.sheet(sheetName).charts).toEqual([
      {
        name: 'Diagram 1',
        type: 'BarClustered',
        source: column(totalColumns[0].column, firstDataRow, lastDataRow),
        seriesBy: 'Columns',
        title: 'Kvot – jämförelse av scenarier',
        series: totalColumns.map((t) => ({ name: t.name, values: column(t.column, firstDataRow, lastDataRow), xValues: names })),
        categoryAxis: { reversePlotOrder: true, tickLabelSpacing: 1 },
        position: expect.objectContaining({ start: a1(layout.headerRow - 1, layout.values[0].length + 1) }),
      },
    ]);
    expect(totalColumns.map((t) => t.name)).toEqual(['Baslinje', 'Scenario 1', 'Scenario 2']);
    // The series really are the totals: the baseline total of the first region.
    const [baseline] = totalColumns;
    expect(excel.sheet(sheetName).model.cell(firstDataRow, baseline.column).value).toBe(2 * regions[0].amount);
  });

  it('charts the baseline alone where the series API (ExcelApi 1.7) is missing', async () => {
    const { excel, workbook } = book([], '1.6');
    const layout = comparisonOf(regions);
    const { sheetName } = await workbook.writeComparisonSheet(layout);
    const [chart] = excel.sheet(sheetName).charts;
    expect(chart.series).toEqual([
      { name: 'Baslinje', values: column(layout.totalColumns[0].column, layout.firstDataRow, layout.lastDataRow), xValues: null },
    ]);
    expect(chart.categoryAxis).toEqual({});
  });

  it('writes nothing when the formats do not have the shape of the values', async () => {
    const { excel, workbook } = book();
    const layout = comparisonOf(regions);
    layout.numberFormats = layout.numberFormats.slice(1);
    await expect(workbook.writeComparisonSheet(layout)).rejects.toThrow(/shape/);
    expect(excel.syncCount()).toBe(0);
    expect(excel.sheetNames()).toEqual(['Blad1']);
  });
});
