import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAddresses } from '../../../src/core/table/cellAddresses';
import { viewGrid } from '../../../src/core/table/grid';
import { own, record } from '../../../src/core/agreement/own';
import { grid } from './grids';

/** The record as it was made before: every address written out at once. */
function eager(view: ReturnType<typeof viewGrid>, columns: Map<string, number>, row: number): Record<string, string> {
  const cells = record<string>();
  for (const [id, column] of columns) cells[id] = view.address(row, column);
  return cells;
}

/** Fact ids as rule files may name them, and keys a plain object would find on its prototype. */
const KEYS = ['inclusionRate', 'premUsed', 'regionCode', 'population', 'constructor', '__proto__', 'toString', 'row', 'ä', ''];
const ids = fc.constantFrom(...KEYS);

describe('cell addresses made when read', () => {
  it('behave as the record of addresses written out at once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(ids, fc.nat({ max: 30 })), { selector: ([id]) => id, maxLength: 8 }),
        fc.nat({ max: 5000 }),
        fc.constantFrom('Blad1', 'Regioner 2024', "O'Brien"),
        (pairs, row, sheetName) => {
          const view = viewGrid(grid([['a']], { sheetName, origin: { row: 3, column: 2 } }));
          const columns = new Map(pairs);
          const lazy = cellAddresses(view, columns)(row);
          const plain = eager(view, columns, row);
          expect(Object.keys(lazy)).toEqual(Object.keys(plain));
          expect({ ...lazy }).toEqual({ ...plain });
          expect(JSON.stringify(lazy)).toBe(JSON.stringify(plain));
          expect(Object.entries(lazy)).toEqual(Object.entries(plain));
          for (const id of [...KEYS, 'x']) {
            expect(own(lazy, id)).toBe(own(plain, id));
            expect(Object.hasOwn(lazy, id)).toBe(Object.hasOwn(plain, id));
            expect(id in lazy).toBe(Object.hasOwn(plain, id));
            expect(lazy[id]).toBe(Object.hasOwn(plain, id) ? plain[id] : undefined);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('are read-only: a write is refused, not lost', () => {
    const view = viewGrid(grid([['a']]));
    const cells = cellAddresses(view, new Map([['population', 2]]))(6);
    expect(cells.population).toBe('Blad1!C7');
    expect(() => {
      cells.population = 'Blad1!Z1';
    }).toThrow(TypeError);
    expect(() => delete cells.population).toThrow(TypeError);
    expect(cells.population).toBe('Blad1!C7');
  });
});
