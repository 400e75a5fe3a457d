import { describe, expect, it } from 'vitest';
import { isTableChange } from '../../src/excel/changeFilter';
import { parseBlock } from '../../src/excel/address';

const table = parseBlock("'Min flik'!B3:D24");

describe('which worksheet changes concern the table (pure)', () => {
  it('reads cell, range, whole-row, whole-column and multi-area addresses, with or without the sheet', () => {
    const hits = ['C10', 'A1:B3', "'Min flik'!D24", 'B25', '10:12', 'D:F', 'Z9, C4', '$C$4:$C$5'];
    const misses = ['A1:A100', 'E3', 'B26', '26:30', 'E:G', 'A1, Z99'];
    expect(hits.filter((address) => !isTableChange({ address }, table))).toEqual([]);
    expect(misses.filter((address) => isTableChange({ address }, table))).toEqual([]);
  });

  it('counts an address it cannot read as a change, rather than miss one', () => {
    expect(isTableChange({ address: 'Tabell1[Befolkning]' }, table)).toBe(true);
  });

  it('counts inserted or deleted rows and columns at or before the table’s end, not after it', () => {
    expect(isTableChange({ address: '1:1', changeType: 'RowInserted' }, table)).toBe(true);
    expect(isTableChange({ address: 'A:A', changeType: 'ColumnDeleted' }, table)).toBe(true);
    expect(isTableChange({ address: 'A2', changeType: 'CellInserted' }, table)).toBe(true);
    expect(isTableChange({ address: '30:30', changeType: 'RowDeleted' }, table)).toBe(false);
    expect(isTableChange({ address: 'F:F', changeType: 'ColumnInserted' }, table)).toBe(false);
  });

  it("ignores Kvot's own writes and format-only changes", () => {
    expect(isTableChange({ address: 'C10', triggerSource: 'ThisLocalAddin' }, table)).toBe(false);
    expect(isTableChange({ address: 'C10', triggerSource: 'Unknown' }, table)).toBe(true);
    expect(isTableChange({ address: 'C10', changeType: 'CellFormatChanged' }, table)).toBe(false);
    const same = { valueBefore: 'x', valueAfter: 'x', valueTypeBefore: 'String', valueTypeAfter: 'String' };
    expect(isTableChange({ address: 'C10', details: same }, table)).toBe(false);
    expect(isTableChange({ address: 'C10', details: { ...same, valueAfter: 'y' } }, table)).toBe(true);
    expect(isTableChange({ address: 'C10', details: { ...same, valueTypeAfter: 'Empty' } }, table)).toBe(true);
  });
});
