import { describe, expect, it } from 'vitest';
import { freeSheetName } from '../../src/excel/sheetNames';

describe('a free name for a new sheet', () => {
  it('keeps the suggestion when it is free and counts up from (2) otherwise, ignoring case', () => {
    expect(freeSheetName('Kvot jämförelse', ['Blad1'])).toBe('Kvot jämförelse');
    expect(freeSheetName('Kvot jämförelse', ['Blad1', 'KVOT JÄMFÖRELSE'])).toBe('Kvot jämförelse (2)');
    expect(freeSheetName('Kvot jämförelse', ['Kvot jämförelse', 'Kvot jämförelse (2)', 'kvot jämförelse (3)'])).toBe('Kvot jämförelse (4)');
  });

  it('cuts long names so the suffix fits in 31 characters, and replaces characters Excel forbids', () => {
    const long = 'Jämförelse av alla scenarier för 2025';
    const first = freeSheetName(long, []);
    expect(first).toBe('Jämförelse av alla scenarier fö');
    expect(first).toHaveLength(31);
    const second = freeSheetName(long, [first]);
    expect(second).toBe('Jämförelse av alla scenarie (2)');
    expect(second).toHaveLength(31);
    expect(freeSheetName("'Q1/Q2: [utkast]?'", [])).toBe('Q1-Q2- -utkast--');
    expect(freeSheetName('  ', [])).toBe('Kvot');
    expect(freeSheetName('History', [])).toBe('Kvot');
  });
});
