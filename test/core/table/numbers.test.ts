import { describe, expect, it } from 'vitest';
import { parseNumberText, readNumber } from '../../../src/core/table/numbers';

const read = (cell: Parameters<typeof readNumber>[0]) => {
  const r = readNumber(cell);
  return r.ok ? (r.value?.toString() ?? null) : { found: r.found };
};

describe('readNumber', () => {
  it.each([
    ['2 455 914', '2455914'],
    ['2\u00A0455\u00A0914', '2455914'],
    ['2\u202F455\u202F914', '2455914'],
    ['2\u2009455\u2009914', '2455914'],
    [' 10 551 707 ', '10551707'],
    ['84,2', '84.2'],
    ['84.2', '84.2'],
    ['0,842', '0.842'],
    [',5', '0.5'],
    ['1 234,56', '1234.56'],
    ['2.455.914', '2455914'],
    ['2.455.914,5', '2455914.5'],
    ['2,455,914', '2455914'],
    ['1,234.5', '1234.5'],
    ['-12,5', '-12.5'],
    ['\u221212,5', '-12.5'],
    ['\u2212 1 000', '-1000'],
    ['\u201312', '-12'],
    ['+7', '7'],
    ['1E+06', '1000000'],
    ['1,5e3', '1500'],
  ])('text %j → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('keeps a single separator as the decimal separator (Swedish "1,234" is 1.234)', () => {
    expect(read('1,234')).toBe('1.234');
    expect(read('1.234')).toBe('1.234');
  });

  it('reads numeric cells exactly as written in decimal', () => {
    expect(read(2455914)).toBe('2455914');
    expect(read(0.842)).toBe('0.842');
    expect(read(0.1)).toBe('0.1');
    expect(read(-3)).toBe('-3');
  });

  it('returns null for blanks', () => {
    for (const cell of [null, undefined, '', '   ', '\u00A0']) expect(read(cell)).toBeNull();
  });

  it.each([
    ['abc'],
    ['12 abc'],
    ['2 45 914'],
    ['2  455'],
    ['1,2,3'],
    ['1.234,5.6'],
    ['--5'],
    ['5-'],
    ['#N/A'],
    ['12 %'],
    ['.'],
    ['1 234 5678'],
  ])('rejects %j and reports the text found', (text) => {
    expect(read(text)).toEqual({ found: text.trim() });
  });

  it('rejects booleans, dates and non-finite numbers', () => {
    expect(read(true)).toEqual({ found: 'true' });
    expect(read(new Date(Date.UTC(2024, 8, 30)))).toEqual({ found: '2024-09-30T00:00:00.000Z' });
    expect(read(Number.NaN)).toEqual({ found: 'NaN' });
    expect(read(Number.POSITIVE_INFINITY)).toEqual({ found: 'Infinity' });
  });

  it('parseNumberText has no float drift', () => {
    expect(parseNumberText('0,1')!.plus(parseNumberText('0,2')!).toString()).toBe('0.3');
  });
});
