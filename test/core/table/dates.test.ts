import { describe, expect, it } from 'vitest';
import { excelSerialToIso, readDate } from '../../../src/core/table/dates';

const read = (cell: Parameters<typeof readDate>[0]) => {
  const r = readDate(cell);
  return r.ok ? r.value : { found: r.found };
};

describe('Excel serials (1900 date system)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45292, '2024-01-01'],
    [45565, '2024-09-30'],
    [45565.75, '2024-09-30'],
    [2958465, '9999-12-31'],
  ])('%d → %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
    expect(read(serial)).toBe(iso);
  });

  it('refuses serial 60, the 29 February 1900 that never was', () => {
    expect(excelSerialToIso(60)).toBeNull();
    const r = readDate(60);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.hint?.en).toMatch(/29 February 1900/);
  });

  it.each([0, -1, 2958466, Number.NaN])('refuses %d', (serial) => {
    expect(excelSerialToIso(serial)).toBeNull();
    expect(readDate(serial).ok).toBe(false);
  });
});

describe('readDate', () => {
  it('uses the UTC date of Date cells (exceljs gives UTC midnight)', () => {
    expect(read(new Date(Date.UTC(2024, 8, 30)))).toBe('2024-09-30');
    expect(read(new Date(Date.UTC(2024, 8, 30, 23, 59)))).toBe('2024-09-30');
    expect(read(new Date(Number.NaN))).toEqual({ found: 'Invalid Date' });
  });

  it.each([
    ['2024-09-30', '2024-09-30'],
    [' 2024-09-30 ', '2024-09-30'],
    ['2024-9-3', '2024-09-03'],
    ['2024-09-30T00:00:00Z', '2024-09-30'],
    ['2024-09-30T23:30:00+02:00', '2024-09-30'],
    ['2024-09-30 14:05', '2024-09-30'],
    ['2024-09-30 14:05:59.123', '2024-09-30'],
    ['2024/09/30', '2024-09-30'],
    ['30 sep 2024', '2024-09-30'],
    ['30 Sep 2024', '2024-09-30'],
    ['30 sept. 2024', '2024-09-30'],
    ['30 sep. 2024', '2024-09-30'],
    ['30 september 2024', '2024-09-30'],
    ['30 September 2024', '2024-09-30'],
    ['30-Sep-2024', '2024-09-30'],
    ['den 30 september 2024', '2024-09-30'],
    ['September 30, 2024', '2024-09-30'],
    ['Sep 30 2024', '2024-09-30'],
    ['1 jan 2024', '2024-01-01'],
    ['1 januari 2024', '2024-01-01'],
    ['1 January 2024', '2024-01-01'],
    ['29 feb 2024', '2024-02-29'],
    ['3 mars 2024', '2024-03-03'],
    ['3 March 2024', '2024-03-03'],
    ['3 mar 2024', '2024-03-03'],
    ['4 apr 2024', '2024-04-04'],
    ['5 maj 2024', '2024-05-05'],
    ['5 May 2024', '2024-05-05'],
    ['6 juni 2024', '2024-06-06'],
    ['6 jun 2024', '2024-06-06'],
    ['6 June 2024', '2024-06-06'],
    ['7 juli 2024', '2024-07-07'],
    ['7 jul 2024', '2024-07-07'],
    ['8 augusti 2024', '2024-08-08'],
    ['8 aug 2024', '2024-08-08'],
    ['8 August 2024', '2024-08-08'],
    ['9 okt 2024', '2024-10-09'],
    ['9 oktober 2024', '2024-10-09'],
    ['9 Oct 2024', '2024-10-09'],
    ['9 October 2024', '2024-10-09'],
    ['10 nov 2024', '2024-11-10'],
    ['11 dec 2024', '2024-12-11'],
    ['11 december 2024', '2024-12-11'],
    ['30/9/2024', '2024-09-30'],
    ['30.9.2024', '2024-09-30'],
    ['30-09-2024', '2024-09-30'],
    ['13/1/2024', '2024-01-13'],
    ['5/5/2024', '2024-05-05'],
  ])('%j → %s', (text, iso) => {
    expect(read(text)).toBe(iso);
  });

  it('refuses day-first numeric dates that could be month-first, suggesting both readings', () => {
    const r = readDate('1/9/2024');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.found).toBe('1/9/2024');
      expect(r.hint?.sv).toContain('2024-09-01');
      expect(r.hint?.sv).toContain('2024-01-09');
    }
  });

  it('refuses a US month-first date rather than guessing', () => {
    const r = readDate('9/30/2024');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.hint?.en).toContain('2024-09-30');
  });

  it.each(['31 feb 2024', '2024-02-30', '29 feb 2023', '31/4/2024', '2024-13-01', '32 jan 2024'])(
    'refuses the non-existent date %j',
    (text) => {
      const r = readDate(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.hint?.sv).toBe('datumet finns inte');
    },
  );

  it.each(['30 foo 2024', 'i går', '30/9/24', '2024', 'september', 'TRUE'])('refuses %j', (text) => {
    expect(read(text)).toEqual({ found: text });
  });

  it('returns null for blanks and refuses booleans', () => {
    expect(read(null)).toBeNull();
    expect(read('  ')).toBeNull();
    expect(read(true)).toEqual({ found: 'true' });
  });
});
