import { describe, expect, it } from 'vitest';
import { SheetModel } from './sheetModel';

// The fake keeps a sheet's used block until a cell changes, as Excel does; a kept block must never
// outlive a change.
describe('the fake sheet’s used block', () => {
  it('follows every change: grows with a value, shrinks when it is cleared, counts formats only when asked', () => {
    const sheet = new SheetModel('Blad1');
    expect(sheet.usedBlock(true)).toBeNull();
    sheet.put('B2', [
      [1, 2],
      [3, 4],
    ]);
    expect(sheet.usedBlock(true)).toEqual({ r0: 1, c0: 1, r1: 2, c1: 2 });
    sheet.put('E9', [['x']]);
    expect(sheet.usedBlock(true)).toEqual({ r0: 1, c0: 1, r1: 8, c1: 4 });
    sheet.update(8, 4, (cell) => (cell.value = ''));
    expect(sheet.usedBlock(true)).toEqual({ r0: 1, c0: 1, r1: 2, c1: 2 });
    sheet.update(0, 0, (cell) => (cell.bold = true));
    expect(sheet.usedBlock(true)).toEqual({ r0: 1, c0: 1, r1: 2, c1: 2 });
    expect(sheet.usedBlock(false)).toEqual({ r0: 0, c0: 0, r1: 2, c1: 2 });
    // A block handed out is the caller's: changing it changes nothing kept.
    const block = sheet.usedBlock(true)!;
    block.r1 = 99;
    expect(sheet.usedBlock(true)).toEqual({ r0: 1, c0: 1, r1: 2, c1: 2 });
    expect(sheet.usedBlock(true, { r0: 2, c0: 0, r1: 5, c1: 5 })).toEqual({ r0: 2, c0: 1, r1: 2, c1: 2 });
  });
});
