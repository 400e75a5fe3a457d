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
