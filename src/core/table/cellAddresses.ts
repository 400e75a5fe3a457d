import type { GridView } from './grid';

/** What a record holds itself: its grid row (every key is answered by the handler, never by this). */
class Target {
  constructor(readonly row: number) {}
}

/**
 * A region row's cell addresses by fact id ({ inclusionRate: "Blad1!D7" }), each made when read:
 * only a message names a cell, and a 20 000-row table would otherwise make six addresses a row for
 * nothing. The record behaves as a plain, read-only one for every use (reading a key, `in`, keys,
 * spreading, JSON, Object.hasOwn); keys not in `columns` (a fact without a column, "constructor",
 * "__proto__") are absent, as in a record made by record().
 */
export function cellAddresses(view: GridView, columns: ReadonlyMap<string, number>): (row: number) => Record<string, string> {
  const ids = [...columns.keys()];
  const column = (key: string | symbol): number | undefined => (typeof key === 'string' ? columns.get(key) : undefined);
  const handler: ProxyHandler<Target> = {
    get: (target, key) => {
      const at = column(key);
      return at === undefined ? undefined : view.address(target.row, at);
    },
    has: (_, key) => column(key) !== undefined,
    ownKeys: () => ids,
    getOwnPropertyDescriptor: (target, key) => {
      const at = column(key);
      return at === undefined ? undefined : { value: view.address(target.row, at), writable: false, enumerable: true, configurable: true };
    },
    getPrototypeOf: () => null,
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
    setPrototypeOf: () => false,
  };
  return (row) => new Proxy(new Target(row), handler) as unknown as Record<string, string>;
}
