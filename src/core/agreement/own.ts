/**
 * Lookups by rule id (fact, tranche or condition name) in plain objects. A rule file may name a
 * fact "constructor" or "toString": `record[id]` would then find Object.prototype's function, and
 * `id in record` would say true for a fact the record does not hold. Only own properties count here.
 */

/** The record's own value for the key, never an inherited one. */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether the record holds the key itself (not through its prototype). */
export const hasOwn = (record: object | null | undefined, key: string): boolean => record != null && Object.hasOwn(record, key);

/**
 * Objects made by record() inherit from this: an empty, frozen object with no prototype of its own,
 * so nothing (no "constructor", no "__proto__" setter) is inherited.
 */
const NOTHING: object = Object.freeze(Object.create(null) as object);

/**
 * An empty record for keys from a rule file (fact, tranche and part ids): like Object.create(null),
 * nothing is inherited and "__proto__" is an ordinary key, but V8 keeps it a fast object (an object
 * without any prototype is a slow hash table from the start: 3–4× the cost for a record per row).
 */
export const record = <T>(): Record<string, T> => Object.create(NOTHING) as Record<string, T>;
