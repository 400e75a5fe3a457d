import { describe, expect, it } from 'vitest';
import { blockAddress, parseBlock, splitSheet } from '../../src/excel/address';
import { trimToSource } from '../../src/excel/grid';
import { failingRuns, findConflicts, planWrite, TRAILING_SCAN, writeMatrices, writeWidth } from '../../src/excel/target';
import type { FoundTable } from '../../src/excel/port';
import type { OutputColumns } from '../../src/core/payout/columns.types';

const columns = (rows: number, totals = true): OutputColumns => ({
  headers: ['Kvot: Andel', 'Kvot: Utbetalning'],
  rows: Array.from({ length: rows }, (_, i) => [i / 10, i * 100]),
  numberFormats: ['0.00%', '#,##0 "kr"'],
  failingRows: [],
  totals: totals ? [1, 42] : null,
});

const found = (values: FoundTable['grid']['values'], origin = { row: 0, column: 0 }): FoundTable => ({
  kind: 'region',
  address: 'unused',
  grid: { sheetName: 'Min flik', origin, values },
});

describe('addresses', () => {
  it('parses what Office.js reports, quoted sheet names included', () => {
    expect(parseBlock("'Min ''flik'''!$B$3:D24")).toEqual({
      sheetName: "Min 'flik'",
      firstRow: 2,
      firstColumn: 1,
      lastRow: 23,
      lastColumn: 3,
    });
    expect(parseBlock('Blad1!AA7')).toEqual({ sheetName: 'Blad1', firstRow: 6, firstColumn: 26, lastRow: 6, lastColumn: 26 });
    expect(splitSheet('C7')).toEqual({ sheetName: null, local: 'C7' });
    expect(() => parseBlock('Blad1!A:C')).toThrow(/Blad1!A:C/);
    expect(blockAddress(parseBlock('C3:A1', 'Kvot logg'))).toBe("'Kvot logg'!A1:C3");
  });
});

describe('trimming a block to the source table', () => {
  it("drops Kvot's columns at the right and the blank rows under them", () => {
    const values = [
      ['Region', 'Befolkning', 'Kvot: Andel', ''],
      ['Gotland', 61093, 0.0058, ''],
      ['', '', 1, ''],
    ];
    expect(trimToSource(values)).toEqual({ rows: 2, columns: 2 });
  });

  it('keeps a user column that follows Kvot columns, and so the Kvot columns too', () => {
    const values = [
      ['Region', 'Kvot: Andel', 'Anteckning'],
      ['Gotland', 0.0058, 'x'],
    ];
    expect(trimToSource(values)).toEqual({ rows: 2, columns: 3 });
  });
});

describe('planning a write', () => {
  it('puts the columns right after the table, from its header row (title rows above)', () => {
    const plan = planWrite(
      found(
        [
          ['Titel', ''],
          ['', ''],
          ['Region', 'Befolkning'],
          ['A', 1],
          ['B', 2],
        ],
        { row: 4, column: 2 },
      ),
      columns(2),
    );
    expect(plan).toMatchObject({ sheetName: 'Min flik', headerRow: 6, startColumn: 4, columnCount: 2, rowCount: 4 });
    expect(blockAddress(plan.scan)).toBe(`'Min flik'!E7:${String.fromCharCode(70 + TRAILING_SCAN)}10`);
  });

  it("starts at Kvot's own column when the header row already holds one", () => {
    const plan = planWrite(
      found([
        ['Region', 'Kvot: Andel', 'Anteckning'],
        ['A', 0.5, 'x'],
      ]),
      columns(1, false),
    );
    expect(plan.startColumn).toBe(1);
    expect(plan.rowCount).toBe(2);
  });

  it('finds conflicts per column run and ignores columns under a Kvot header', () => {
    const plan = planWrite(found([['Region'], ['A'], ['B'], ['C']]), columns(3));
    const values = [
      ['Kvot: Andel', ''],
      ['gammalt', ''],
      ['', 'x'],
      ['', 'y'],
      ['', ''],
    ];
    const formulas = values.map((row) => row.map(() => ''));
    formulas[4][1] = '=1';
    expect(findConflicts(plan, values, formulas)).toEqual(["'Min flik'!C3:C5"]);
  });

  it("widens the write over Kvot's older columns after the new ones", () => {
    const plan = planWrite(found([['Region'], ['A']]), columns(1, false));
    expect(writeWidth(plan, [['Kvot: Andel', 'Kvot: Utbetalning', 'Kvot: Skäl', 'Annat', 'Kvot: X']])).toBe(3);
    expect(writeWidth(plan, [['', '', '', 'Kvot: Skäl']])).toBe(2);
  });

  it('builds values and formats: headers, rows, totals; blanks as "", dates as serials, extra columns cleared', () => {
    const plan = planWrite(found([['Region'], ['A'], ['B']]), columns(2));
    const output = columns(2);
    output.rows[1] = [null, new Date(Date.UTC(2024, 8, 30))];
    const { values, numberFormat } = writeMatrices(plan, output, 3);
    expect(values).toEqual([
      ['Kvot: Andel', 'Kvot: Utbetalning', ''],
      [0, 0, ''],
      ['', 45565, ''],
      [1, 42, ''],
    ]);
    expect(numberFormat).toEqual([
      ['General', 'General', 'General'],
      ['0.00%', '#,##0 "kr"', 'General'],
      ['0.00%', '#,##0 "kr"', 'General'],
      ['0.00%', '#,##0 "kr"', 'General'],
    ]);
  });

  it('merges failing rows into runs and ignores rows outside the table', () => {
    expect(failingRuns([7, 1, 2, 3, 2, 9, 40], 10)).toEqual([
      [1, 3],
      [7, 7],
      [9, 9],
    ]);
  });
});
