import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/table/types';
import { isPercentFormat, readPercentCell, readPercentColumn } from '../../../src/core/table/percent';

const LABEL = { sv: 'Inklusion', en: 'Inclusion' };

const column = (cells: CellValue[], formats: (string | undefined)[] = []) =>
  readPercentColumn(
    cells.map((cell, i) => ({ cell, format: formats[i], address: `Blad1!D${i + 2}` })),
    LABEL,
  );
const strings = (values: unknown[]) => values.map((v) => (v === null ? null : String(v)));

describe('isPercentFormat', () => {
  it.each(['0%', '0.0%', '0.00 %', '#,##0.0%;[Red]-0.0%'])('%j shows percent', (f) => expect(isPercentFormat(f)).toBe(true));
  it.each(['General', '0.0', '0" %"', '0\\%', '@', '', undefined])('%j does not', (f) => expect(isPercentFormat(f)).toBe(false));
});

describe('readPercentCell', () => {
  it.each([
    ['84,2 %', '0.842'],
    ['84,2%', '0.842'],
    ['84,2\u00A0%', '0.842'],
    ['84.2 %', '0.842'],
    ['100 %', '1'],
    ['0 %', '0'],
  ])('text with %% is exact: %j → %s', (text, fraction) => {
    const r = readPercentCell(text);
    expect(r.ok && r.value?.exact).toBe(true);
    expect(r.ok && r.value?.value.toString()).toBe(fraction);
  });

  it('takes a numeric cell with a percent format as the fraction it holds', () => {
    const r = readPercentCell(0.842, '0.0%');
    expect(r.ok && r.value).toMatchObject({ exact: true });
    expect(r.ok && r.value?.value.toString()).toBe('0.842');
  });

  it('leaves plain numbers to the column policy', () => {
    for (const cell of [84.2, '84,2', 0.842, '0,842']) {
      const r = readPercentCell(cell);
      expect(r.ok && r.value?.exact).toBe(false);
    }
  });

  it('rejects text that is not a rate', () => {
    expect(readPercentCell('hög')).toMatchObject({ ok: false, found: 'hög' });
    expect(readPercentCell('abc %')).toMatchObject({ ok: false, found: 'abc %' });
    expect(readPercentCell(true)).toMatchObject({ ok: false });
  });
});

describe('readPercentColumn (policy)', () => {
  it('reads a column with a plain value above 1 as percentage points', () => {
    const r = column([84.2, '71,5', 90]);
    expect(r.reading).toBe('points');
    expect(strings(r.values)).toEqual(['0.842', '0.715', '0.9']);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('reads a column of plain values up to 1 as fractions', () => {
    const r = column([0.842, '0,715', 1, 0]);
    expect(r.reading).toBe('fraction');
    expect(strings(r.values)).toEqual(['0.842', '0.715', '1', '0']);
    expect(r.warnings).toEqual([]);
  });

  it('reports a column of only percent cells as formatted', () => {
    const r = column([0.842, '71,5 %', null], ['0.0%', undefined, undefined]);
    expect(r.reading).toBe('formatted');
    expect(strings(r.values)).toEqual(['0.842', '0.715', null]);
  });

  it('keeps exact cells exact in a points column', () => {
    const r = column(['84,2 %', 71.5, 0.6], [undefined, undefined, '0%']);
    expect(r.reading).toBe('points');
    expect(strings(r.values)).toEqual(['0.842', '0.715', '0.6']);
    expect(r.warnings).toEqual([]);
  });

  it('warns, naming the cell, about a small plain value in a points column', () => {
    const r = column([84.2, 0.9, 75]);
    expect(r.reading).toBe('mixed');
    expect(strings(r.values)).toEqual(['0.842', '0.009', '0.75']);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ address: 'Blad1!D3', code: 'mixed-scale', cells: ['Blad1!D3', 'Blad1!D2', 'Blad1!D4'] });
    expect(r.warnings[0].message.sv).toContain('Kontrollera Blad1!D3');
    expect(r.warnings[0].message.sv).toContain('(0,9 = 0,9 %)');
    expect(r.warnings[0].message.en).toContain('Check Blad1!D3');
  });

  it('does not warn about 0 in a points column (the same either way)', () => {
    expect(column([84.2, 0]).warnings).toEqual([]);
  });

  it('rejects rates outside 0–100 %, naming the cell and the text', () => {
    const r = column([84.2, 120, '-5 %', '101 %', 1.2], [undefined, undefined, undefined, undefined, '0%']);
    expect(r.errors.map((e) => [e.address, e.code, e.found])).toEqual([
      ['Blad1!D3', 'percent-out-of-range', '120'],
      ['Blad1!D4', 'percent-out-of-range', '-5 %'],
      ['Blad1!D5', 'percent-out-of-range', '101 %'],
      ['Blad1!D6', 'percent-out-of-range', '1.2'],
    ]);
    expect(r.errors[0].message.sv).toBe('Inklusion i Blad1!D3 ligger utanför 0–100 %: "120"');
    expect([...r.failed]).toEqual([1, 2, 3, 4]);
  });

  it('rejects a negative plain value in a fraction column', () => {
    const r = column([0.5, -0.1]);
    expect(r.errors.map((e) => e.address)).toEqual(['Blad1!D3']);
  });

  it('names unreadable cells', () => {
    const r = column([0.5, 'n/a']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ address: 'Blad1!D3', code: 'invalid-percent', found: 'n/a' });
    expect(r.errors[0].message.en).toBe('Inclusion in Blad1!D3 cannot be read as a percentage: "n/a"');
  });

  it('leaves blanks null without problems', () => {
    const r = column([null, '', 80]);
    expect(strings(r.values)).toEqual([null, null, '0.8']);
    expect(r.errors).toEqual([]);
  });
});
