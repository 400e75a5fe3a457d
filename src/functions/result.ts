import type { Language, Localized } from '../core/agreement/types';

/**
 * What a Kvot function gives back before it reaches Excel: a value, or an error with a message in
 * both languages. The Excel glue (functions.ts) turns an error into CustomFunctions.Error; #VALUE! and
 * #N/A are the two error values that carry a message to the cell's error menu.
 */
export type FunctionErrorCode = 'invalidValue' | 'notAvailable';

export interface FunctionError {
  code: FunctionErrorCode;
  message: Localized;
}

export type FunctionResult<T> = { ok: true; value: T } | { ok: false; error: FunctionError };

export const success = <T>(value: T): FunctionResult<T> => ({ ok: true, value });

export const failure = <T = never>(message: Localized, code: FunctionErrorCode = 'invalidValue'): FunctionResult<T> => ({
  ok: false,
  error: { code, message },
});

/**
 * Excel shows a custom function's error message in the cell's error menu; keep it short enough to
 * read there. Undocumented limits differ by platform, so messages stay within 255 characters.
 */
export const MAX_MESSAGE = 255;

/** `main` then `hint`, cutting `main` (never the hint, which says what to do) to fit MAX_MESSAGE. */
export function fitMessage(main: string, hint = ''): string {
  const tail = hint ? ` ${hint}` : '';
  const room = MAX_MESSAGE - tail.length;
  const body = main.length <= room ? main : `${main.slice(0, Math.max(0, room - 1)).trimEnd()}…`;
  return `${body}${tail}`.slice(0, MAX_MESSAGE);
}

export function fitLocalized(main: Localized, hint?: Localized): Localized {
  return { sv: fitMessage(main.sv, hint?.sv), en: fitMessage(main.en, hint?.en) };
}

/** Excel's display language as Kvot's: Swedish for any sv-* locale, else English. */
export function languageOf(displayLanguage: string | undefined | null): Language {
  return typeof displayLanguage === 'string' && /^sv\b/i.test(displayLanguage) ? 'sv' : 'en';
}
