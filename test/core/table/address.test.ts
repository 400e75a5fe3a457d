import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellAddress, columnLetters, parseColumnLetters, quoteSheetName, rangeAddress } from '../../../src/core/table/address';

describe('column letters', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('%i ↔ %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(parseColumnLetters(letters)).toBe(index);
  });

  it('parses lower case and surrounding spaces', () => {
    expect(parseColumnLetters(' d ')).toBe(3);
  });

  it.each(['', 'A1', 'XFE', 'ABCD', 'Ä', '1'])('rejects %j', (text) => {
    expect(parseColumnLetters(text)).toBeNull();
  });

  it('rejects negative and fractional indexes', () => {
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => columnLetters(1.5)).toThrow(RangeError);
  });

  it('round-trips every column of a worksheet', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (i) => parseColumnLetters(columnLetters(i)) === i));
  });
});

describe('cell and range addresses', () => {
  it('writes a plain sheet name as is', () => {
    expect(cellAddress('Blad1', 6, 2)).toBe('Blad1!C7');
    expect(cellAddress('Regioner_2024', 0, 26)).toBe('Regioner_2024!AA1');
    expect(cellAddress('Län', 0, 0)).toBe('Län!A1');
  });

  it('quotes names with spaces, punctuation, a leading digit or that read as cells', () => {
    expect(cellAddress('Kvot logg', 0, 0)).toBe("'Kvot logg'!A1");
    expect(quoteSheetName('2024')).toBe("'2024'");
    expect(quoteSheetName('Data-2024')).toBe("'Data-2024'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(quoteSheetName('R1C1')).toBe("'R1C1'");
    expect(quoteSheetName('C')).toBe("'C'");
  });

  it('doubles quotes inside a quoted name', () => {
    expect(cellAddress("Region's data", 2, 1)).toBe("'Region''s data'!B3");
  });

  it('writes ranges, and a one-cell range as a cell', () => {
    expect(rangeAddress('Blad1', 0, 0, 21, 4)).toBe('Blad1!A1:E22');
    expect(rangeAddress('Kvot logg', 3, 1, 3, 1)).toBe("'Kvot logg'!B4");
  });
});

describe('reading addresses (the one parser of the Excel adapter, the audit log and the functions)', () => {
  it('splits the sheet off, unquoting it', async () => {
    const { splitSheet } = await import('../../../src/core/table/address');
    expect(splitSheet("'Kvot logg'!A1")).toEqual({ sheetName: 'Kvot logg', local: 'A1' });
    expect(splitSheet("'Bob''s'!B2:C3")).toEqual({ sheetName: "Bob's", local: 'B2:C3' });
    expect(splitSheet('Blad1!A1')).toEqual({ sheetName: 'Blad1', local: 'A1' });
    expect(splitSheet('A1:B2')).toEqual({ sheetName: null, local: 'A1:B2' });
  });

  it('reads a cell within the sheet, and nothing outside it', async () => {
    const { parseCellRef } = await import('../../../src/core/table/address');
    expect(parseCellRef('$B$2')).toEqual({ row: 1, column: 1 });
    expect(parseCellRef(' c7 ')).toEqual({ row: 6, column: 2 });
    expect(parseCellRef('XFD1048576')).toEqual({ row: 1_048_575, column: 16_383 });
    for (const bad of ['XFE1', 'A0', 'A1048577', 'A', '7', 'A1:B2', '', 'ÅÄ1']) expect(parseCellRef(bad)).toBeNull();
  });
});
