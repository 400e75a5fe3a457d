import { describe, expect, it } from 'vitest';
import { factSynonyms, matchHeader, normaliseHeader } from '../../../src/core/table/headers';
import { FACTS } from './facts';

const fact = (id: string) => FACTS.find((f) => f.id === id)!;

describe('normaliseHeader', () => {
  it.each([
    ['Befolkningsmängd (nov 2024)', 'befolkningsmangd'],
    ['Inklusion (%)', 'inklusion'],
    ['Inklusion %', 'inklusion'],
    ['PREM-enkät använd', 'prem enkat anvand'],
    ['  Länskod  ', 'lanskod'],
    ['BEFOLKNING,\u00A0st', 'befolkning'],
    ['Belopp [kr]', 'belopp'],
    ['Belopp, SEK', 'belopp'],
    ['Befolkning 1/11-2019', 'befolkning 1 11 2019'],
    ['Redovisning  inkommen?', 'redovisning inkommen'],
    ['(%)', ''],
  ])('%j → %j', (header, normalised) => {
    expect(normaliseHeader(header)).toBe(normalised);
  });
});

describe('matchHeader', () => {
  const population = factSynonyms(fact('population'));

  it('matches exactly after normalisation', () => {
    expect(matchHeader(normaliseHeader('Befolkningsmängd (nov 2024)'), population)).toEqual({ exact: true, length: 16 });
    expect(matchHeader(normaliseHeader('INVÅNARE'), population)?.exact).toBe(true);
  });

  it('matches a synonym followed by more words', () => {
    expect(matchHeader(normaliseHeader('Befolkningsmängd nov 2024'), population)).toEqual({ exact: false, length: 16 });
    expect(matchHeader(normaliseHeader('Befolkning 1/11-2019'), population)?.exact).toBe(false);
  });

  it('does not match a synonym that is only the start of a word', () => {
    expect(matchHeader(normaliseHeader('Befolkningstäthet'), population)).toBeNull();
    expect(matchHeader(normaliseHeader('Regionkod'), factSynonyms(fact('regionName')))).toBeNull();
  });

  it('prefers the longer synonym among prefixes', () => {
    const prem = factSynonyms(fact('premUsed'));
    expect(matchHeader(normaliseHeader('PREM använd 2024'), prem)).toEqual({ exact: false, length: 'prem anvand'.length });
  });

  it('never matches an empty header', () => {
    expect(matchHeader('', population)).toBeNull();
  });
});
