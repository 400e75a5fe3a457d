import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { parseTable } from '../../../src/core/table/parse';
import type { ParsedTable, TableProblem, TableResult } from '../../../src/core/table/types';
import { FACTS, withRequired } from './facts';
import { HEADER, cleanRows, grid } from './grids';

function table(result: TableResult): ParsedTable {
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.errors.map((e) => e.message.en))}`);
  return result.table;
}
function errors(result: TableResult): TableProblem[] {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}
const str = (v: unknown) => (v instanceof Decimal ? v.toString() : v);

describe('parseTable: a clean table', () => {
  const result = table(parseTable(grid([HEADER, ...cleanRows()]), FACTS));

  it('finds the header row and maps every fact', () => {
    expect(result.headerRow).toBe(0);
    expect(Object.fromEntries(Object.entries(result.mapping).map(([id, m]) => [id, [m.column, m.header, m.source]]))).toEqual({
      regionCode: [0, 'Kod', 'detected'],
      regionName: [1, 'Region', 'detected'],
      population: [2, 'Befolkning', 'detected'],
      inclusionRate: [3, 'Inklusion', 'detected'],
      premUsed: [4, 'PREM', 'detected'],
      reportSubmitted: [5, 'Redovisning', 'detected'],
    });
  });

  it('reads each region with exact values and cell addresses', () => {
    expect(result.regions).toHaveLength(3);
    const stockholm = result.regions[0];
    expect(stockholm).toMatchObject({ gridRow: 1, address: 'Blad1!A2', code: '01', name: 'Stockholm' });
    expect(stockholm.population.toString()).toBe('2455914');
    expect(Object.fromEntries(Object.entries(stockholm.facts).map(([k, v]) => [k, str(v)]))).toEqual({
      regionCode: '01',
      regionName: 'Stockholm',
      population: '2455914',
      inclusionRate: '0.842',
      premUsed: true,
      reportSubmitted: '2024-09-30',
    });
    expect(stockholm.cells).toEqual({
      regionCode: 'Blad1!A2',
      regionName: 'Blad1!B2',
      population: 'Blad1!C2',
      inclusionRate: 'Blad1!D2',
      premUsed: 'Blad1!E2',
      reportSubmitted: 'Blad1!F2',
    });
    expect(result.regions.map((r) => r.facts.premUsed)).toEqual([true, false, true]);
  });

  it('reports the percent reading and no warnings', () => {
    expect(result.percentReading).toEqual({ inclusionRate: 'fraction' });
    expect(result.warnings).toEqual([]);
    expect(result.skippedTotals).toEqual([]);
  });
});

describe('parseTable: a messy Swedish workbook', () => {
  // Sheet rows 5.. hold a title, a blank line, a note, then the header; the grid starts at B5.
  const values = [
    ['Befolkning per region och utbetalning 2024', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['Källa: SCB och RCC. Illustrativa värden.', null, null, null, null, null],
    ['Länskod', 'Regionnamn', 'Befolkningsmängd (nov 2024)', 'Inklusion (%)', 'PREM-enkät använd', 'Redovisning inkommen'],
    [1, 'Stockholm', '2\u00A0455\u00A0914', '84,2 %', 'Ja', '30 sep 2024'],
    [3, 'Uppsala', '404\u202F589', '71,5 %', 'x', 45565],
    [4, 'Södermanland', '301 801', '69,9 %', 'NEJ', new Date(Date.UTC(2024, 8, 29))],
  ];
  const numberFormats = values.map((row) => row.map((_, c) => (c === 0 ? '00' : 'General')));
  const result = table(parseTable(grid(values, { origin: { row: 4, column: 1 }, numberFormats }), FACTS));

  it('skips title rows and finds the header below them', () => {
    expect(result.headerRow).toBe(3);
    expect(result.mapping.population.header).toBe('Befolkningsmängd (nov 2024)');
    expect(result.mapping.inclusionRate.header).toBe('Inklusion (%)');
    expect(result.mapping.premUsed.header).toBe('PREM-enkät använd');
  });

  it('gives real sheet addresses using the grid origin', () => {
    const uppsala = result.regions[1];
    expect(uppsala.address).toBe('Blad1!B10');
    expect(uppsala.cells.population).toBe('Blad1!D10');
    expect(uppsala.cells.reportSubmitted).toBe('Blad1!G10');
  });

  it('reads spaces, percent text, yes/no words, text dates, serials and date cells', () => {
    expect(
      result.regions.map((r) => [
        r.code,
        r.name,
        r.population.toString(),
        str(r.facts.inclusionRate),
        r.facts.premUsed,
        r.facts.reportSubmitted,
      ]),
    ).toEqual([
      ['01', 'Stockholm', '2455914', '0.842', true, '2024-09-30'],
      ['03', 'Uppsala', '404589', '0.715', true, '2024-09-30'],
      ['04', 'Södermanland', '301801', '0.699', false, '2024-09-29'],
    ]);
    expect(result.percentReading.inclusionRate).toBe('formatted');
  });
});

describe('parseTable: header detection', () => {
  it('accepts synonyms followed by more words ("Befolkningsmängd nov 2024")', () => {
    const t = table(
      parseTable(
        grid([
          ['Region', 'Befolkningsmängd nov 2024'],
          ['Gotland', 61001],
        ]),
        FACTS,
      ),
    );
    expect(t.mapping.population.column).toBe(1);
    expect(t.regions[0].population.toString()).toBe('61001');
  });

  it('accepts English headers', () => {
    const t = table(
      parseTable(
        grid([
          ['County code', 'Name', 'Population', 'Inclusion rate', 'PREM surveys', 'Report date'],
          ['08', 'Kalmar', 247175, '72 %', 'Yes', '2024-09-01'],
        ]),
        FACTS,
      ),
    );
    expect(Object.keys(t.mapping).sort()).toEqual(FACTS.map((f) => f.id).sort());
  });

  it('does not take a title row that mentions population for the header', () => {
    const t = table(parseTable(grid([['Befolkning 2024'], ['Region', 'Befolkning'], ['Gotland', 61001]]), FACTS));
    expect(t.headerRow).toBe(1);
  });

  it('prefers the row that matches the most facts', () => {
    const values = [
      ['Region', 'Befolkning'],
      ['Region', 'Befolkning', 'PREM'],
      ['Gotland', 61001, 'Ja'],
    ];
    const t = table(parseTable(grid(values), FACTS));
    expect(t.headerRow).toBe(1);
    expect(t.regions[0].facts.premUsed).toBe(true);
  });

  it('uses the code as the name when there is no name column', () => {
    const t = table(
      parseTable(
        grid([
          ['Kod', 'Befolkning'],
          ['09', 61001],
        ]),
        FACTS,
      ),
    );
    expect(t.regions[0]).toMatchObject({ code: '09', name: '09' });
    expect(t.regions[0].facts.regionName).toBeNull();
    expect(t.regions[0].cells.regionName).toBeUndefined();
  });

  it('leaves absent optional facts null', () => {
    const t = table(
      parseTable(
        grid([
          ['Region', 'Befolkning'],
          ['Gotland', 61001],
        ]),
        FACTS,
      ),
    );
    expect(t.regions[0].facts).toMatchObject({ inclusionRate: null, premUsed: null, reportSubmitted: null, regionCode: null });
  });

  // Was a warning that silently used the first column; two equally good columns are now an error.
  it('reports two columns that fit a fact equally as an error naming both, not a missing header row', () => {
    const values = [
      ['Region', 'Befolkning 2023', 'Befolkning 2024'],
      ['Gotland', 60000, 61001],
    ];
    const errs = errors(parseTable(grid(values), FACTS));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ code: 'column-ambiguous', address: 'Blad1!A1:C1' });
    expect(errs[0].message.sv).toContain('kolumn B ("Befolkning 2023") och kolumn C ("Befolkning 2024")');
  });

  it('names the sheet range and the missing headers with their synonyms when there is no header row', () => {
    const errs = errors(parseTable(grid([['Titel'], ['Namn', 'Antal'], ['Gotland', 61001]]), FACTS));
    expect(errs).toHaveLength(1);
    expect(errs[0].code).toBe('header-row-not-found');
    expect(errs[0].address).toBe('Blad1!A1:B3');
    expect(errs[0].message.sv).toContain(
      'Befolkning ("Befolkning", "Befolkningsmängd", "Invånare", "Folkmängd", "Population", "Inhabitants")',
    );
    expect(errs[0].message.sv).not.toContain('Länskod eller Region');
  });

  it('lists both identity columns when neither name nor code is found', () => {
    const errs = errors(
      parseTable(
        grid([
          ['Län', 'Befolkning'],
          ['Gotland', 61001],
        ]),
        FACTS,
      ),
    );
    expect(errs[0].message.en).toContain('Region or County code (');
    expect(errs[0].message.en).toContain('"Regionkod"');
  });

  it('reports a missing required column naming the header row', () => {
    const errs = errors(parseTable(grid([['x'], ['Region', 'Befolkning'], ['Gotland', 61001]]), withRequired('inclusionRate')));
    expect(errs).toEqual([expect.objectContaining({ code: 'required-column-missing', address: 'Blad1!A2:B2' })]);
    expect(errs[0].message.sv).toContain('Inklusion');
    expect(errs[0].message.sv).toContain('"Andel inkluderade i SVF"');
  });

  it('quotes sheet names in addresses', () => {
    const errs = errors(
      parseTable(
        grid(
          [
            ['Region', 'Befolkning'],
            ['Gotland', null],
          ],
          { sheetName: 'Kvot data' },
        ),
        FACTS,
      ),
    );
    expect(errs[0].address).toBe("'Kvot data'!B2");
  });
});

describe('parseTable: explicit mapping', () => {
  const values = [
    ['Kod', 'Region', 'Antal invånare (SCB)', 'Andel (%)', 'Befolkning'],
    ['01', 'Stockholm', 2455914, '84 %', 1],
    ['03', 'Uppsala', 404589, '72 %', 2],
  ];

  it('maps a fact to a header text, normalised', () => {
    const t = table(parseTable(grid(values), FACTS, { population: 'antal INVÅNARE', inclusionRate: 'Andel' }));
    expect(t.mapping.population).toEqual({ column: 2, header: 'Antal invånare (SCB)', source: 'explicit' });
    expect(t.mapping.inclusionRate.column).toBe(3);
    expect(t.regions.map((r) => r.population.toString())).toEqual(['2455914', '404589']);
  });

  it('maps a fact to a column letter counted in the sheet', () => {
    // The grid starts in column C of the sheet, so sheet column E is grid column 2.
    const t = table(parseTable(grid(values, { origin: { row: 0, column: 2 } }), FACTS, { population: 'E' }));
    expect(t.mapping.population).toEqual({ column: 2, header: 'Antal invånare (SCB)', source: 'explicit' });
    expect(t.regions[0].cells.population).toBe('Blad1!E2');
  });

  it('finds the header row under a title when every column is given by letter', () => {
    const values = [['Utbetalning 2024'], [], ['Län', 'Namn på region', 'Antal'], ['01', 'Stockholm', 2455914]];
    const t = table(parseTable(grid(values), FACTS, { regionCode: 'A', regionName: 'B', population: 'C' }));
    expect(t.headerRow).toBe(2);
    expect(t.mapping.regionName).toEqual({ column: 1, header: 'Namn på region', source: 'explicit' });
    expect(t.regions.map((r) => [r.code, r.name, r.population.toString()])).toEqual([['01', 'Stockholm', '2455914']]);
  });

  it('reads a header that looks like a column letter as the header', () => {
    const t = table(
      parseTable(
        grid([
          ['KOD', 'Region', 'Befolkning'],
          ['01', 'Stockholm', 1],
        ]),
        FACTS,
        { regionCode: 'KOD' },
      ),
    );
    expect(t.mapping.regionCode.column).toBe(0);
  });

  it('leaves a fact unmapped when mapped to ""', () => {
    const t = table(parseTable(grid([HEADER, ...cleanRows()]), FACTS, { inclusionRate: '' }));
    expect(t.mapping.inclusionRate).toBeUndefined();
    expect(t.regions[0].facts.inclusionRate).toBeNull();
  });

  it('rejects unknown facts, headers not found and columns outside the table, all at once', () => {
    const errs = errors(parseTable(grid(values), FACTS, { populaton: 'Befolkning', inclusionRate: 'Inkl', premUsed: 'Z' }));
    // With the population's override misspelt, both population-like columns are detected: two plausible columns.
    expect(errs.map((e) => e.code).sort()).toEqual([
      'column-ambiguous',
      'override-column-outside',
      'override-header-not-found',
      'override-unknown-fact',
    ]);
    const byCode = Object.fromEntries(errs.map((e) => [e.code, e]));
    expect(byCode['override-unknown-fact'].message.en).toContain('"populaton"');
    // Each says what can be given instead: the headers found, with their column letters.
    expect(byCode['override-header-not-found'].message.sv).toBe(
      'Rubriken "Inkl" för Inklusion finns inte i rubrikraden Blad1!A1:E1. Rubrikerna är: A "Kod", B "Region", C "Antal invånare (SCB)", D "Andel (%)", E "Befolkning". Ange en rubrik eller en kolumnbokstav',
    );
    expect(byCode['override-column-outside'].message.en).toBe(
      'Column Z for PREM used is outside the table Blad1!A1:E3. The headers are: A "Kod", B "Region", C "Antal invånare (SCB)", D "Andel (%)", E "Befolkning". Give a header or a column letter',
    );
  });
});

describe('parseTable: rows', () => {
  it('skips total rows and records them', () => {
    const values = [
      HEADER,
      ...cleanRows(),
      [null, 'Riket', 3162304, null, null, null],
      ['Summa', null, 3162304, null, null, null],
      [null, 'TOTALT', 3162304, null, null, null],
      [null, 'Hela riket', 3162304, null, null, null],
      [null, 'Summa regioner', 3162304, null, null, null],
    ];
    const t = table(parseTable(grid(values), FACTS));
    expect(t.regions.map((r) => r.name)).toEqual(['Stockholm', 'Uppsala', 'Södermanland']);
    expect(t.skippedTotals).toEqual([4, 5, 6, 7, 8]);
  });

  it('skips blank rows, including whitespace-only and unmapped-only rows', () => {
    const values = [
      HEADER,
      [null, null, null, null, null, null],
      cleanRows()[0],
      ['', ' ', '\u00A0'],
      [],
      cleanRows()[1],
      [null, null, null, null, null, null, 'anteckning'],
    ];
    const t = table(parseTable(grid(values), FACTS));
    expect(t.regions.map((r) => r.gridRow)).toEqual([2, 5]);
  });

  it('pads numeric codes to a "00" format', () => {
    const t = table(
      parseTable(
        grid(
          [
            ['Kod', 'Region', 'Befolkning'],
            [1, 'Stockholm', 5],
          ],
          {
            numberFormats: [
              ['General', 'General', 'General'],
              ['00', 'General', 'General'],
            ],
          },
        ),
        FACTS,
      ),
    );
    expect(t.regions[0].code).toBe('01');
  });

  it('reads a column by most of its cells and asks about a fraction among points', () => {
    const rows = cleanRows();
    rows[0][3] = 84.2;
    rows[1][3] = 0.71;
    rows[2][3] = '65';
    const t = table(parseTable(grid([HEADER, ...rows]), FACTS));
    expect(t.percentReading.inclusionRate).toBe('mixed');
    expect(t.regions.map((r) => str(r.facts.inclusionRate))).toEqual(['0.842', '0.0071', '0.65']);
    expect(t.warnings.map((w) => [w.code, w.address])).toEqual([['mixed-scale', 'Blad1!D3']]);
  });

  it('does not let one value in points flip a column of fractions', () => {
    const rows = cleanRows();
    rows[0][3] = 0.72;
    rows[1][3] = 89;
    rows[2][3] = '0,81';
    const t = table(parseTable(grid([HEADER, ...rows]), FACTS));
    expect(t.regions.map((r) => str(r.facts.inclusionRate))).toEqual(['0.72', '0.89', '0.81']);
    expect(t.warnings.map((w) => [w.code, w.address, w.cells])).toEqual([
      ['mixed-scale', 'Blad1!D3', ['Blad1!D3', 'Blad1!D2', 'Blad1!D4']],
    ]);
    expect(t.warnings[0].message.sv).toBe(
      'Inklusion blandar andelar och procentenheter: 1 värde över 1 läses som procentenheter (89 = 89 %) och 2 värden upp till 1 som andelar (0,72 = 72 %). ' +
        'Kontrollera Blad1!D3; skrivs värdena med %-tecken blir de entydiga',
    );
  });

  it('asks about blanks in a required fact, listing every blank cell', () => {
    const rows = cleanRows();
    rows[1][3] = null;
    rows[2][3] = ' ';
    const t = table(parseTable(grid([HEADER, ...rows]), withRequired('inclusionRate')));
    expect(t.warnings.map((w) => [w.code, w.address, w.cells])).toEqual([['blanks', 'Blad1!D3', ['Blad1!D3', 'Blad1!D4']]]);
    expect(t.warnings[0].message.sv).toContain('Inklusion är tom i 2 celler (Blad1!D3, Blad1!D4). En tom cell är inget "Nej"');
  });

  it('refuses a required condition column that is entirely blank', () => {
    const rows = cleanRows().map((row) => row.map((cell, c) => (c === 3 ? null : cell)));
    const errs = errors(parseTable(grid([HEADER, ...rows]), withRequired('inclusionRate')));
    expect(errs.map((e) => [e.code, e.address])).toEqual([['column-empty', 'Blad1!D1:D4']]);
  });
});

describe('parseTable: errors', () => {
  it('reports a missing population in sv and en', () => {
    const rows = cleanRows();
    rows[2][2] = null;
    const errs = errors(parseTable(grid([['Utbetalning'], HEADER, ...rows]), FACTS));
    expect(errs).toEqual([
      {
        address: 'Blad1!C5',
        code: 'population-missing',
        message: { sv: 'Befolkning saknas i Blad1!C5', en: 'Population is missing in Blad1!C5' },
      },
    ]);
  });

  it('reports a negative population with the value found', () => {
    const rows = cleanRows();
    rows[0][2] = '\u22125 000';
    const errs = errors(parseTable(grid([HEADER, ...rows]), FACTS));
    expect(errs).toEqual([expect.objectContaining({ address: 'Blad1!C2', code: 'population-negative', found: '\u22125 000' })]);
    expect(errs[0].message.sv).toBe('Befolkning i Blad1!C2 är negativ: "\u22125 000"');
  });

  it('reports a population that is not a number once, with the text found', () => {
    const rows = cleanRows();
    rows[1][2] = 'ca 400 000';
    const errs = errors(parseTable(grid([HEADER, ...rows]), FACTS));
    expect(errs).toEqual([expect.objectContaining({ address: 'Blad1!C3', code: 'invalid-number', found: 'ca 400 000' })]);
    expect(errs[0].message.en).toBe('Population in Blad1!C3 cannot be read as a number: "ca 400 000"');
  });

  it('reports a duplicate code naming both cells', () => {
    const rows = cleanRows();
    rows[2][0] = '01';
    const errs = errors(parseTable(grid([HEADER, ...rows]), FACTS));
    expect(errs).toEqual([expect.objectContaining({ address: 'Blad1!A4', code: 'duplicate-region', cells: ['Blad1!A2'] })]);
    expect(errs[0].message.sv).toBe(
      '"Södermanland" (Blad1!A4) har samma regionkod som "Stockholm" (Blad1!A2): en region får bara betalas en gång',
    );
  });

  it('reports a duplicate name when there are no codes', () => {
    const values = [
      ['Region', 'Befolkning'],
      ['Gotland', 61001],
      ['Halland', 340000],
      ['gotland', 61001],
    ];
    const errs = errors(parseTable(grid(values), FACTS));
    expect(errs).toEqual([expect.objectContaining({ address: 'Blad1!A4', code: 'duplicate-region' })]);
    expect(errs[0].message.en).toBe('"gotland" (Blad1!A4) is the same region as "Gotland" (Blad1!A2): a region is paid only once');
  });

  it('reports a row without name or code', () => {
    const errs = errors(
      parseTable(
        grid([
          ['Kod', 'Region', 'Befolkning'],
          ['01', 'Stockholm', 1],
          [null, null, 5],
        ]),
        FACTS,
      ),
    );
    expect(errs).toEqual([expect.objectContaining({ address: 'Blad1!B3', code: 'region-missing' })]);
  });

  it('reports a table with no region rows', () => {
    const errs = errors(parseTable(grid([HEADER, [null], ['Riket', null, 10]]), FACTS));
    expect(errs.map((e) => e.code)).toEqual(['no-regions']);
  });

  it('collects every error, not just the first', () => {
    const rows = cleanRows();
    rows[0][4] = 'Kanske';
    rows[1][5] = '31 feb 2024';
    rows[1][2] = null;
    rows[2][3] = '150 %';
    rows[2][0] = '01';
    const errs = errors(parseTable(grid([HEADER, ...rows]), FACTS));
    expect(errs.map((e) => [e.address, e.code]).sort()).toEqual([
      ['Blad1!A4', 'duplicate-region'],
      ['Blad1!C3', 'population-missing'],
      ['Blad1!D4', 'percent-out-of-range'],
      ['Blad1!E2', 'invalid-boolean'],
      ['Blad1!F3', 'invalid-date'],
    ]);
    const date = errs.find((e) => e.code === 'invalid-date')!;
    expect(date.found).toBe('31 feb 2024');
    expect(date.message.sv).toBe('Redovisning inkommen i Blad1!F3 går inte att läsa som ett datum: "31 feb 2024" (datumet finns inte)');
  });

  it('requires a population and an identity fact in the declarations', () => {
    const errs = errors(
      parseTable(
        grid([HEADER]),
        FACTS.filter((f) => f.role !== 'population'),
      ),
    );
    expect(errs.map((e) => e.code)).toEqual(['missing-role-facts']);
  });
});

describe('parseTable: hidden rows and columns the host could not check', () => {
  it('is never "nothing hidden": a warning to confirm, naming the table, with nothing else changed', () => {
    const parsed = table(parseTable(grid([HEADER, ...cleanRows()], { hiddenUnknown: { rows: true, columns: false } }), FACTS));
    const unknown = parsed.warnings.filter((w) => w.code === 'hidden-unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].address).toBe('Blad1!A1:F4');
    expect(unknown[0].message.sv).toContain('Dolda rader kunde inte kontrolleras i den här Excel-versionen');
    expect(unknown[0].message.en).toContain('Hidden rows could not be checked in this Excel version');
    expect(parsed.regions).toHaveLength(3);
  });

  it('says rows and columns when neither could be checked, also when hidden rows are to be left out', () => {
    const parsed = table(
      parseTable(grid([HEADER, ...cleanRows()], { hiddenUnknown: { rows: true, columns: true } }), FACTS, {}, { hiddenRows: 'exclude' }),
    );
    expect(parsed.warnings.find((w) => w.code === 'hidden-unknown')?.message.sv).toContain(
      'Dolda rader och kolumner kunde inte kontrolleras',
    );
  });

  it('asks nothing when the host could tell', () => {
    const parsed = table(parseTable(grid([HEADER, ...cleanRows()], { hiddenUnknown: { rows: false, columns: false } }), FACTS));
    expect(parsed.warnings.filter((w) => w.code === 'hidden-unknown')).toEqual([]);
  });
});
