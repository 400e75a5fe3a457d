import type { Localized } from '../agreement/types';

/**
 * The outcome of reading one cell: a value, a blank (null), or text that cannot be read.
 * `found` is the cell as text for messages; `hint` says why, when there is more to say than "not a …".
 */
export type Read<T> = { ok: true; value: T | null } | { ok: false; found: string; hint?: Localized };

export const blank = <T>(): Read<T> => ({ ok: true, value: null });
export const value = <T>(v: T): Read<T> => ({ ok: true, value: v });
export const invalid = <T>(found: string, hint?: Localized): Read<T> => (hint ? { ok: false, found, hint } : { ok: false, found });
