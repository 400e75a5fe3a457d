/**
 * Kvot's one i18n mechanism, used by the pane, the rule editor, what-if, reconcile, the core's
 * messages, the custom functions and the command line.
 *
 * - `Language` is 'sv' (the default) or 'en'.
 * - `Localized<T>` is the one message value type: a value in both languages. `Localized` (a string
 *   in both) is what core messages and rule files carry; `Localized<Messages>` is a whole catalogue.
 * - `catalogue()` declares an area's catalogue; both languages must have every key of its interface,
 *   so a key missing in one language is a compile error.
 * - `pick(lang, { sv, en })` says something in one language (instead of a `lang === 'sv' ? … : …`).
 * - `plural(lang, n, { one, other })` chooses a form by Intl.PluralRules (instead of `n === 1 ? …`).
 *
 * Pure: no I/O, only the standard Intl.
 */

export type Language = 'sv' | 'en';

export const LANGUAGES: readonly Language[] = ['sv', 'en'];

/** A value in each language; with no argument, a message in Swedish and English. */
export interface Localized<T = string> {
  sv: T;
  en: T;
}

/** Whether a value (an argument, a log row's field) names a language. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** A message in both languages. */
export function localized(sv: string, en: string): Localized {
  return { sv, en };
}

/** The same message built once per language: `both((lang) => …)`. */
export function both<T = string>(build: (lang: Language) => T): Localized<T> {
  return { sv: build('sv'), en: build('en') };
}

/** The value for one language: `pick(lang, { sv: 'Ja', en: 'Yes' })`. */
export function pick<T>(lang: Language, value: Localized<T>): T {
  return value[lang];
}

const OTHER: Localized<Language> = { sv: 'en', en: 'sv' };

/** The other language (the pane's language switch, a message's second language). */
export function otherLanguage(lang: Language): Language {
  return OTHER[lang];
}

/**
 * One area's catalogue: both languages typed by the same interface, so a key missing (or extra)
 * in either language fails to compile. Without a type argument the Swedish catalogue is the
 * interface the English one must match.
 */
export function catalogue<M>(messages: { sv: M; en: NoInfer<M> }): Localized<M> {
  return messages;
}

/** The plural categories Swedish and English use for cardinal numbers. */
export interface PluralForms<T = string> {
  one: T;
  other: T;
}

const RULES: Record<Language, Intl.PluralRules> = {
  sv: new Intl.PluralRules('sv-SE'),
  en: new Intl.PluralRules('en-GB'),
};

/** The plural category of n in a language ('one' or 'other' for Swedish and English). */
export function pluralCategory(lang: Language, n: number): keyof PluralForms {
  return RULES[lang].select(n) === 'one' ? 'one' : 'other';
}

/**
 * The form of a word or phrase for n things, by Intl.PluralRules:
 * `plural('sv', n, { one: 'region', other: 'regioner' })`. The forms may be functions of n
 * (`{ one: () => 'Ett fel', other: (n) => \`${n} fel\` }`).
 */
export function plural(lang: Language, n: number, forms: PluralForms<string | ((n: number) => string)>): string {
  const form = forms[pluralCategory(lang, n)];
  return typeof form === 'function' ? form(n) : form;
}

/** "n word" with the word's plural form: `counted('sv', 3, { one: 'rad', other: 'rader' })` → "3 rader". */
export function counted(lang: Language, n: number, forms: PluralForms): string {
  return `${n} ${plural(lang, n, forms)}`;
}

/** The decimal separator of a language. */
export const DECIMAL_SEPARATOR: Localized = { sv: ',', en: '.' };

/**
 * A decimal number written with the language's separator: "0.5" → "0,5" in Swedish,
 * "0,5" → "0.5" in English (the first separator only).
 */
export function decimalText(text: string, lang: Language): string {
  return text.replace(DECIMAL_SEPARATOR[otherLanguage(lang)], DECIMAL_SEPARATOR[lang]);
}
