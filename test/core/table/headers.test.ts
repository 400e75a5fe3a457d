import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../../src/core/table/headers';
import { headerYears } from '../../../src/core/table/headerWords';
import { headerPieces, sameWord, Vocabulary } from '../../../src/core/table/headerWords';
import { compileFacts, prepareHeader, scoreHeader, type HeaderScore } from '../../../src/core/table/headerMatch';
import { assignColumns, type Fit } from '../../../src/core/table/columnAssign';
import { bundledAgreement } from '../official';

const facts = bundledAgreement(2024).facts;
const matchers = compileFacts(facts);

describe('normaliseHeader (reconcile and total rows)', () => {
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

describe('headerYears', () => {
  it.each([
    ['Inklusion H1 2025', [2025]],
    ['Befolkning per 2024-11-01', [2024]],
    ['Befolkningsmängd (nov 2023)', [2023]],
    ['Befolkning 1/11-2019', [2019]],
    ['Befolkning 31 dec 2023', [2023]],
    ['HT2024', [2024]],
    ['Inklusion 2023/24', [2023, 2024]],
    ['Inklusion 2023–2024', [2023, 2024]],
    ['2024-12 redovisning', [2024]],
    ['Inklusion 2024 jämfört med 2024', [2024]],
    ['Befolkning', []],
    ['Kod 1989, 2101 och 12345', []],
    ['Belopp 20231101', []],
  ])('%j → %j', (text, years) => {
    expect(headerYears(text)).toEqual(years);
  });
});

describe('words of a header', () => {
  const vocabulary = matchers.vocabulary;
  const words = (text: string) =>
    headerPieces(text, vocabulary)
      .map((p) => (p.aside ? `(${p.text})` : p.text))
      .join(' ');

  it.each([
    ['Befolkning 31 dec 2023', 'befolkning'],
    ['Inklusion SVF H1 2025', 'inklusion svf'],
    ['Inklusionsgrad (%)', 'inklusion grad'],
    ['Redovisningsdatum', 'redovisning datum'],
    ['Datum för redovisning', 'datum redovisning'],
    ['PREM (ja/nej)', 'prem'],
    ['Region:', 'region'],
    ['Redovisning inkommen (datum)', 'redovisning inkommen (datum)'],
    ['Inklusion jan–jun 2024, halvår 1', 'inklusion'],
    ['Befolkning per 2023-11-01, antal', 'befolkning'],
    ['Länskod', 'lan kod'],
    ['Befolkningsförändring', 'befolkning forandring'],
    ['PREM-enkäter använda', 'prem enkater anvanda'],
    ['Folkbokförda', 'folkbokforda'],
    ['Kvartal 3 (Q3) 2024', ''],
  ])('%j → %j', (text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it('leaves a word whole unless every part is a known word', () => {
    const v = new Vocabulary(['region', 'kod']);
    expect(v.split('regionkod')).toEqual(['region', 'kod']);
    expect(v.split('regionkoden')).toEqual(['region', 'koden']);
    expect(v.split('diagnoskod')).toEqual(['diagnoskod']);
    expect(v.split('regionala')).toEqual(['regionala']);
  });

  it.each([
    ['anvand', 'anvander', true],
    ['anvand', 'anvanda', true],
    ['anvand', 'anvant', true],
    ['enkat', 'enkater', true],
    ['used', 'uses', true],
    ['use', 'using', true],
    ['region', 'regionens', true],
    ['inlamnad', 'inlamnat', true],
    ['lan', 'land', false],
    ['inklusion', 'inkluderade', false],
    ['befolkning', 'befolkningstathet', false],
    ['kod', 'kommun', false],
  ])('sameWord(%j, %j) is %j', (a, b, same) => {
    expect(sameWord(a, b)).toBe(same);
    expect(sameWord(b, a)).toBe(same);
  });
});

/**
 * What one header means on its own against the 2024 rule file: the fact it is read as, "ambiguous"
 * (it fits two facts equally: an error), or null (no match; at most named as the closest header).
 */
function meaning(header: string): string | null {
  const prepared = prepareHeader(header, matchers.vocabulary);
  const fits: Fit[] = matchers.facts.map((m) => ({ factId: m.fact.id, column: 0, score: scoreHeader(m, prepared) }));
  const { columns, contested } = assignColumns(
    fits,
    facts.map((f) => f.id),
  );
  if (contested.length > 0) return 'ambiguous';
  return [...columns.keys()][0] ?? null;
}

describe('header variants people type (svf-2024 facts)', () => {
  it.each<[string, string | null]>([
    // Region code
    ['Kod', 'regionCode'],
    ['Länskod', 'regionCode'],
    ['LKOD', 'regionCode'],
    ['Regionkod', 'regionCode'],
    ['Länsnummer', 'regionCode'],
    ['County code:', 'regionCode'],
    ['Region (kod)', 'regionCode'],
    // Region name
    ['Region', 'regionName'],
    ['Region:', 'regionName'],
    ['REGION', 'regionName'],
    ['Regionnamn', 'regionName'],
    ['Region namn', 'regionName'],
    ['Namn på region', 'regionName'],
    ['Regionens namn', 'regionName'],
    ['Län', 'regionName'],
    ['Länsnamn', 'regionName'],
    ['Landsting', 'regionName'],
    ['County', 'regionName'],
    // Population
    ['Befolkning 31 dec 2023', 'population'],
    ['Befolkning 31 december 2023', 'population'],
    ['Befolkning per 2023-11-01', 'population'],
    ['Befolkningsmängd (nov 2024)', 'population'],
    ['Folkmängd 1 nov 2023', 'population'],
    ['Antal folkbokförda', 'population'],
    ['Antal invånare 2023', 'population'],
    ['Invånare (antal)', 'population'],
    ['Befolkning, st', 'population'],
    ['Befolkning totalt', 'population'],
    ['Befolkning (SCB)', 'population'],
    ['Population 31 Dec 2023', 'population'],
    ['Number of inhabitants', 'population'],
    ['Befolkning per region', 'population'],
    ['Invånarantal', 'population'],
    // Inclusion
    ['Inklusion %', 'inclusionRate'],
    ['Inklusionsgrad %', 'inclusionRate'],
    ['Inklusion grad', 'inclusionRate'],
    ['Inklusion SVF H1 2025', 'inclusionRate'],
    ['Inklusion halvår 1 2024', 'inclusionRate'],
    ['Inklusion jan–jun 2024', 'inclusionRate'],
    ['Inklusion, första halvåret 2024', 'inclusionRate'],
    ['Inklusionsandel', 'inclusionRate'],
    ['Andel inkluderade i SVF (%)', 'inclusionRate'],
    ['Inkluderade i SVF, andel', 'inclusionRate'],
    ['Inclusion rate H1 2025 (%)', 'inclusionRate'],
    ['SVF inclusion', 'inclusionRate'],
    ['Inklusion (exempelvärde)', 'inclusionRate'],
    // PREM used
    ['PREM (ja/nej)', 'premUsed'],
    ['PREM ja/nej', 'premUsed'],
    ['Använder PREM', 'premUsed'],
    ['Uses PREM', 'premUsed'],
    ['PREM used?', 'premUsed'],
    ['Använt PREM', 'premUsed'],
    ['PREM-enkät', 'premUsed'],
    ['PREM-enkäter används', 'premUsed'],
    ['PREM-status', 'premUsed'],
    ['Har regionen använt PREM? (ja/nej)', 'premUsed'],
    ['PREM-enkät genomförd', 'premUsed'],
    // Report submitted
    ['Redovisning inkommen (datum)', 'reportSubmitted'],
    ['Datum för redovisning', 'reportSubmitted'],
    ['Redovisningsdatum 2024', 'reportSubmitted'],
    ['Inkommen redovisning', 'reportSubmitted'],
    ['Redovisning inlämnad', 'reportSubmitted'],
    ['Rapportdatum', 'reportSubmitted'],
    ['Inlämningsdatum', 'reportSubmitted'],
    ['Report submitted (date)', 'reportSubmitted'],
    ['Date of report', 'reportSubmitted'],
    ['Redovisning till Socialstyrelsen inkommen', 'reportSubmitted'],
    // Not a fact: another quantity, another subject, or nothing the rules name.
    ['Inklusionsmål', null],
    ['Inklusionsdatum', null],
    ['Befolkningsförändring', null],
    ['Befolkningstäthet', null],
    ['Befolkningsandel', null],
    ['Antal invånare (tusental)', null],
    ['Folkmängd, tusental', null],
    ['PREM-svarsfrekvens', null],
    ['PREM svarsfrekvens', null],
    ['PREM response rate', null],
    ['PREM-uppföljning', null],
    ['Redovisning av avvikelser', null],
    ['Kommentar', null],
    ['Anteckning', null],
    ['Belopp', null],
    ['Belopp (kr)', null],
    ['Utbetalning 2024', null],
    ['Kvot: Andel', null],
    ['Kvot: Utbetalning 2', null],
    ['Folk', null],
    ['Antal', null],
    ['Andel', null],
    ['Datum', null],
    ['Diagnoskod', null],
    ['Kommunkod', null],
    ['Land', null],
    ['Källa: SCB', null],
    ['2024', null],
    ['', null],
    // Fits two facts equally: an error, never a pick.
    // Name or code? Neither is read: the closest header is offered instead.
    ['Region (namn och kod)', null],
  ])('%j → %j', (header, expected) => {
    expect(meaning(header)).toBe(expected);
  });
});

describe('scores', () => {
  const score = (factId: string, header: string): HeaderScore =>
    scoreHeader(
      matchers.facts.find((m) => m.fact.id === factId)!,
      prepareHeader(header, matchers.vocabulary),
    );

  it('ranks exact over contained over partial', () => {
    expect(score('population', 'Befolkning 2024').tier).toBe(3);
    expect(score('population', 'Befolkning totalt').tier).toBe(2);
    expect(score('population', 'Befolkningsförändring').tier).toBe(1);
    expect(score('population', 'Kommentar').tier).toBe(0);
  });

  it('gives a partial fit a closeness for naming it as the closest header', () => {
    expect(score('premUsed', 'PREM-uppföljning').closeness).toBeGreaterThanOrEqual(0.5);
    expect(score('premUsed', 'Kommentar').closeness).toBeLessThan(0.5);
  });
});
