import fc from 'fast-check';
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

  it('property: is always the bounds of the cells used, whatever was filled, emptied or formatted before', () => {
    const op = fc.record({
      row: fc.nat({ max: 5 }),
      column: fc.nat({ max: 5 }),
      change: fc.constantFrom('value', 'empty', 'bold', 'plain', 'formula'),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), fc.array(fc.nat({ max: 30 }), { maxLength: 5 }), (ops, asks) => {
        const sheet = new SheetModel('Blad1');
        const state = new Map<string, { value: boolean; bold: boolean }>();
        const bounds = (used: (c: { value: boolean; bold: boolean }) => boolean) => {
          const cells = [...state].filter(([, c]) => used(c)).map(([key]) => key.split(',').map(Number));
          if (cells.length === 0) return null;
          const rows = cells.map(([r]) => r);
          const columns = cells.map(([, c]) => c);
          return { r0: Math.min(...rows), c0: Math.min(...columns), r1: Math.max(...rows), c1: Math.max(...columns) };
        };
        ops.forEach(({ row, column, change }, i) => {
          const cell = state.get(`${row},${column}`) ?? { value: false, bold: false };
          sheet.update(row, column, (c) => {
            if (change === 'value') c.value = 1;
            if (change === 'empty') [c.value, c.formula] = ['', null];
            if (change === 'formula') c.formula = '=1';
            c.bold = change === 'bold' ? true : change === 'plain' ? false : c.bold;
          });
          state.set(`${row},${column}`, {
            value: change === 'value' || change === 'formula' ? true : change === 'empty' ? false : cell.value,
            bold: change === 'bold' ? true : change === 'plain' ? false : cell.bold,
          });
          // Asked now and then (a kept block is then grown from), and at the end.
          if (asks.includes(i) || i === ops.length - 1) {
            expect(sheet.usedBlock(true)).toEqual(bounds((c) => c.value));
            expect(sheet.usedBlock(false)).toEqual(bounds((c) => c.value || c.bold));
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it('property: the current region is the block whose ring holds no value, after any fills and clears', () => {
    const op = fc.record({ row: fc.nat({ max: 6 }), column: fc.nat({ max: 6 }), fill: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.nat({ max: 6 }), fc.nat({ max: 6 }), (ops, row, column) => {
        const sheet = new SheetModel('Blad1');
        const filled = new Set<string>();
        for (const o of ops) {
          sheet.update(o.row, o.column, (c) => (c.value = o.fill ? 'x' : ''));
          if (o.fill) filled.add(`${o.row},${o.column}`);
          else filled.delete(`${o.row},${o.column}`);
        }
        // Grown cell by cell until the ring around the block (corners too) holds no value.
        const b = { r0: row, c0: column, r1: row, c1: column };
        for (let grew = true; grew;) {
          grew = false;
          for (let r = b.r0 - 1; r <= b.r1 + 1; r++)
            for (let c = b.c0 - 1; c <= b.c1 + 1; c++) {
              const inside = r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1;
              if (inside || !filled.has(`${r},${c}`)) continue;
              [b.r0, b.c0, b.r1, b.c1] = [Math.min(b.r0, r), Math.min(b.c0, c), Math.max(b.r1, r), Math.max(b.c1, c)];
              grew = true;
            }
        }
        expect(sheet.currentRegion(row, column)).toEqual(b);
      }),
      { numRuns: 1000 },
    );
  });
});
