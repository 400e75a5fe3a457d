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
