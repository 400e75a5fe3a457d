import { describe, expect, it } from 'vitest';
import { both, catalogue, counted, decimalText, isLanguage, otherLanguage, pick, plural, pluralCategory } from '../../../src/core/i18n';

describe('plural() by Intl.PluralRules', () => {
  const region = { one: 'region', other: 'regioner' };
  const regionEn = { one: 'region', other: 'regions' };

  it.each([
    [0, 'regioner'],
    [1, 'region'],
    [2, 'regioner'],
    [21, 'regioner'],
  ])('sv: %i → %s', (n, word) => {
    expect(plural('sv', n, region)).toBe(word);
  });

  it.each([
    [0, 'regions'],
    [1, 'region'],
    [2, 'regions'],
    [21, 'regions'],
  ])('en: %i → %s', (n, word) => {
    expect(plural('en', n, regionEn)).toBe(word);
  });

  it('21 is "other" in both languages (not "one" as in some languages)', () => {
    expect(pluralCategory('sv', 21)).toBe('other');
    expect(pluralCategory('en', 21)).toBe('other');
    expect(pluralCategory('sv', 1)).toBe('one');
    expect(pluralCategory('en', 1)).toBe('one');
  });

  it('forms may be functions of n', () => {
    const forms = { one: () => 'Ett fel', other: (n: number) => `${n} fel` };
    expect(plural('sv', 1, forms)).toBe('Ett fel');
    expect(plural('sv', 0, forms)).toBe('0 fel');
    expect(plural('sv', 21, forms)).toBe('21 fel');
  });

  it('counted() writes the number and the word', () => {
    expect(counted('sv', 1, { one: 'rad', other: 'rader' })).toBe('1 rad');
    expect(counted('sv', 2, { one: 'rad', other: 'rader' })).toBe('2 rader');
    expect(counted('en', 0, { one: 'row', other: 'rows' })).toBe('0 rows');
    expect(counted('en', 21, { one: 'row', other: 'rows' })).toBe('21 rows');
  });
});

describe('the other helpers', () => {
  it('pick, both, otherLanguage, isLanguage', () => {
    expect(pick('sv', { sv: 'Ja', en: 'Yes' })).toBe('Ja');
    expect(pick('en', { sv: 'Ja', en: 'Yes' })).toBe('Yes');
    expect(both((lang) => `<${lang}>`)).toEqual({ sv: '<sv>', en: '<en>' });
    expect(otherLanguage('sv')).toBe('en');
    expect(otherLanguage('en')).toBe('sv');
    expect(isLanguage('sv')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  it('decimalText writes the language decimal separator', () => {
    expect(decimalText('0.5', 'sv')).toBe('0,5');
    expect(decimalText('0,5', 'en')).toBe('0.5');
    expect(decimalText('12', 'sv')).toBe('12');
  });

  it('catalogue() requires every key in both languages (checked by the compiler)', () => {
    interface M {
      hello: string;
    }
    const c = catalogue<M>({ sv: { hello: 'Hej' }, en: { hello: 'Hello' } });
    expect(c.en.hello).toBe('Hello');
    // @ts-expect-error: a key missing in English does not compile
    catalogue<M>({ sv: { hello: 'Hej' }, en: {} });
    // Inferred from the Swedish catalogue: English must have the same keys.
    // @ts-expect-error: a key missing in English does not compile
    catalogue({ sv: { hello: 'Hej', bye: 'Hej då' }, en: { hello: 'Hello' } });
    // @ts-expect-error: a key only in English does not compile either
    catalogue({ sv: { hello: 'Hej' }, en: { hello: 'Hello', bye: 'Bye' } });
  });
});
