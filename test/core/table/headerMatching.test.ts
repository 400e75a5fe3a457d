import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTable } from '../../../src/core/table/parse';
import { compileFacts, prepareHeader, scoreHeader } from '../../../src/core/table/headerMatch';
import { headerPieces } from '../../../src/core/table/headerWords';
import { headerYears } from '../../../src/core/table/headerWords';
import type { CellGrid, CellValue, ParsedTable, TableProblem, TableResult } from '../../../src/core/table/types';
import { computePayouts } from '../../../src/core/payout/compute';
import { bundledAgreement } from '../official';
import { exampleGrid2024, readTable } from '../scenario/tables';
import { grid } from './grids';

const agreement = bundledAgreement(2024);
const facts = agreement.facts;

function table(result: TableResult): ParsedTable {
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.errors.map((e) => e.message.en))}`);
  return result.table;
}
function errors(result: TableResult): TableProblem[] {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}
/** Fact id → header text found for it. */
const headersOf = (t: ParsedTable) => Object.fromEntries(Object.entries(t.mapping).map(([id, m]) => [id, m.header]));

/** The grid with its header row replaced. */
function withHeader(g: CellGrid, header: CellValue[]): CellGrid {
  return { ...g, values: [header, ...g.values.slice(1)] };
}
/** The grid with its columns in another order. */
function permuted(g: CellGrid, order: number[]): CellGrid {
  return { ...g, values: g.values.map((row) => order.map((c) => row[c])) };
}

const ROW = ['01', 'Stockholm', 2455914, '84 %', 'Ja', '2024-09-10'];

describe('the 2024 example with its headers written differently', () => {
  const original = exampleGrid2024();
  const variants: CellValue[][] = [
    ['Länskod', 'Region:', 'Befolkning 31 dec 2023', 'Inklusionsgrad %', 'Använder PREM', 'Datum för redovisning'],
    ['Lkod', 'Län', 'Folkmängd per 2023-11-01', 'Inklusion SVF H1 2025', 'PREM (ja/nej)', 'Redovisning inkommen (datum)'],
    ['County code', 'County', 'Population 31 Dec 2023', 'Inclusion rate (%)', 'Uses PREM', 'Date of report'],
    ['Regionkod', 'Regionens namn', 'Antal invånare', 'Inklusion jan–jun 2024', 'PREM-enkäter används', 'Redovisningsdatum'],
  ];

  it.each(variants.map((v) => [v.join(' | '), v] as const))('%s: identical payouts', async (_, header) => {
    const expected = await computePayouts(agreement, readTable(original, agreement).regions);
    const varied = readTable(withHeader(original, header), agreement);
    expect(Object.keys(varied.mapping).sort()).toEqual(facts.map((f) => f.id).sort());
    const result = await computePayouts(agreement, varied.regions);
    const kronor = (r: typeof result) => r.regions.map((x) => [x.region.name, x.total.toString(), Object.values(x.payouts).map(String)]);
    expect(kronor(result)).toEqual(kronor(expected));
    expect(result.totals.paid.toString()).toBe(expected.totals.paid.toString());
  });

  it('maps the same headers whatever the column order', () => {
    const g = withHeader(original, variants[0]);
    const baseline = headersOf(readTable(g, agreement));
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }), (order) => {
        expect(headersOf(readTable(permuted(g, order), agreement))).toEqual(baseline);
      }),
      { numRuns: 60 },
    );
  });
});

describe('two columns for one fact', () => {
  it('is an error listing both ("Inklusion 2023" and "Inklusion 2024"), whatever their order', () => {
    const values = [
      ['Kod', 'Region', 'Befolkning', 'Inklusion 2023', 'Inklusion 2024', 'PREM', 'Redovisning'],
      [...ROW.slice(0, 4), '80 %', ...ROW.slice(4)],
    ];
    const errs = errors(parseTable(grid(values), facts));
    expect(errs.map((e) => e.code)).toEqual(['column-ambiguous']);
    expect(errs[0].address).toBe('Blad1!A1:G1');
    expect(errs[0].message.sv).toBe(
      'Flera kolumner passar som Inklusion i rubrikraden Blad1!A1:G1: kolumn D ("Inklusion 2023") och kolumn E ("Inklusion 2024"). Välj den som gäller.',
    );
    expect(errs[0].message.en).toContain('column D ("Inklusion 2023") and column E ("Inklusion 2024")');

    const swapped = permuted(grid(values), [0, 1, 2, 4, 3, 5, 6]);
    expect(errors(parseTable(swapped, facts))[0].message.sv).toContain('kolumn D ("Inklusion 2024") och kolumn E ("Inklusion 2023")');
  });

  it('is settled by --map, with a letter or with a header text', () => {
    const values = [
      ['Region', 'Befolkning', 'Inklusion 2023', 'Inklusion 2024', 'PREM', 'Redovisning'],
      ['Gotland', 61001, '60 %', '80 %', 'Ja', '2024-09-10'],
    ];
    const byLetter = table(parseTable(grid(values), facts, { inclusionRate: 'D' }));
    expect(byLetter.regions[0].facts.inclusionRate?.toString()).toBe('0.8');
    const byText = table(parseTable(grid(values), facts, { inclusionRate: 'Inklusion 2024' }));
    expect(byText.mapping.inclusionRate).toMatchObject({ column: 3, source: 'explicit' });
  });

  it('does not prefer an exact header over one with qualifying words: both are plausible, the user chooses', () => {
    const values = [
      ['Region', 'Befolkning', 'Befolkning totalt (prel)', 'Inklusion', 'PREM', 'Redovisning'],
      ['Gotland', 61001, 61500, '80 %', 'Ja', '2024-09-10'],
    ];
    const errs = errors(parseTable(grid(values), facts));
    expect(errs.map((e) => e.code)).toEqual(['column-ambiguous']);
    expect(errs[0].message.sv).toContain('kolumn B ("Befolkning") och kolumn C ("Befolkning totalt (prel)")');
  });

  it('reads "Inklusion", not the goal "Inklusionsmål" beside it (no longer a synonym)', () => {
    const values = [
      ['Region', 'Befolkning', 'Inklusionsmål', 'Inklusion', 'PREM', 'Redovisning'],
      ['Gotland', 61001, '70 %', '60 %', 'Ja', '2024-09-10'],
    ];
    const t = table(parseTable(grid(values), facts));
    expect(t.mapping.inclusionRate.header).toBe('Inklusion');
  });
});

describe('one column for two facts', () => {
  it('goes to the fact whose synonym covers more of the header', () => {
    const values = [
      ['Region (kod)', 'Namn', 'Befolkning', 'Inklusion', 'PREM', 'Redovisning'],
      ['01', 'Stockholm', 2455914, '84 %', 'Ja', '2024-09-10'],
    ];
    const t = table(parseTable(grid(values), facts));
    expect(headersOf(t)).toMatchObject({ regionCode: 'Region (kod)', regionName: 'Namn' });
    expect(t.regions[0]).toMatchObject({ code: '01', name: 'Stockholm' });
  });

  it('is an error when it fits both equally', () => {
    // A rule file whose two facts share a header word: "Inklusion" fits both alike.
    const twin = {
      ...facts.find((f) => f.id === 'inclusionRate')!,
      id: 'inclusionTwin',
      label: { sv: 'Inklusion (tvilling)', en: 'Inclusion (twin)' },
    };
    const values = [
      ['Kod', 'Region', 'Befolkning', 'Inklusion', 'PREM', 'Redovisning'],
      ['01', 'Stockholm', 2455914, '84 %', 'Ja', '2024-09-10'],
    ];
    const errs = errors(parseTable(grid(values), [...facts, twin]));
    expect(errs).toEqual([expect.objectContaining({ code: 'column-contested', address: 'Blad1!D1', found: 'Inklusion' })]);
    expect(errs[0].message.sv).toBe(
      'Kolumn D ("Inklusion") i rubrikraden Blad1!A1:F1 passar lika bra som Inklusion och Inklusion (tvilling). Ange vilken uppgift den har.',
    );
    // Both readings are offered, not only the first fact's.
    expect(errs[0].suggestion).toBeUndefined();
    expect(errs[0].suggestions).toEqual([
      { factId: 'inclusionRate', columns: [{ column: 'D', header: 'Inklusion' }] },
      { factId: 'inclusionTwin', columns: [{ column: 'D', header: 'Inklusion' }] },
    ]);
  });

  it('is settled by choosing either fact for the column: the other is then missing, and says so', () => {
    const twin = {
      ...facts.find((f) => f.id === 'inclusionRate')!,
      id: 'inclusionTwin',
      label: { sv: 'Inklusion (tvilling)', en: 'Inclusion (twin)' },
    };
    const values = [
      ['Kod', 'Region', 'Befolkning', 'Inklusion', 'PREM', 'Redovisning'],
      ['01', 'Stockholm', 2455914, '84 %', 'Ja', '2024-09-10'],
    ];
    const chosen = errors(parseTable(grid(values), [...facts, twin], { inclusionTwin: 'D' }));
    expect(chosen.map((e) => e.code)).toEqual(['required-column-missing']);
    expect(chosen[0].message.sv).toContain('Inklusion');
  });
});

describe('an explicit column headed as another fact', () => {
  const values = [
    ['Kod', 'Region', 'Befolkning', 'Inklusion', 'PREM', 'Redovisning'],
    ['01', 'Stockholm', 2455914, '84 %', 'Ja', '2024-09-10'],
  ];

  it('is an error naming both facts and offering the fact\'s own column (regionName=A where A is "Kod")', () => {
    const errs = errors(parseTable(grid(values), facts, { regionName: 'A' }));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({
      code: 'override-column-taken',
      address: 'Blad1!A1',
      suggestion: { factId: 'regionName', columns: [{ column: 'B', header: 'Region' }] },
    });
    expect(errs[0].message.sv).toBe(
      'Kolumn A ("Kod") i rubrikraden Blad1!A1:F1 valdes för Region, men rubriken är Länskod. Välj kolumnen med Region (närmast: kolumn B, "Region"), eller välj också en annan kolumn för Länskod.',
    );
    // The same by header text.
    expect(errors(parseTable(grid(values), facts, { regionName: 'Kod' }))[0].code).toBe('override-column-taken');
  });

  it('is allowed when the other fact is moved too (swapped headers), and for a header no fact claims', () => {
    const swapped = [
      ['Region', 'Kod', 'Befolkning', 'Inklusion', 'PREM', 'Redovisning'],
      ['01', 'Stockholm', 2455914, '84 %', 'Ja', '2024-09-10'],
    ];
    const t = table(parseTable(grid(swapped), facts, { regionName: 'B', regionCode: 'A' }));
    expect(t.regions[0]).toMatchObject({ code: '01', name: 'Stockholm' });
    const plain = [
      ['Kod', 'Namn', 'Befolkning', 'Värde', 'PREM', 'Redovisning'],
      ['01', 'Stockholm', 2455914, '84 %', 'Ja', '2024-09-10'],
    ];
    expect(table(parseTable(grid(plain), facts, { inclusionRate: 'D' })).mapping.inclusionRate.column).toBe(3);
  });

  it('reads no remark in parentheses that changes what the column holds', () => {
    const header = (inclusion: string, population = 'Befolkning') => [
      ['Kod', 'Region', population, inclusion, 'PREM', 'Redovisning'],
      ['01', 'Stockholm', 2455914, '84 %', 'Ja', '2024-09-10'],
    ];
    for (const other of ['Inklusion (mål)', 'Inklusion (föregående år)', 'Inklusion (prognos)', 'Inklusion (bröstcancer)']) {
      const errs = errors(parseTable(grid(header(other)), facts));
      expect(
        errs.map((e) => [e.code, e.suggestion?.columns]),
        other,
      ).toEqual([['required-column-missing', [{ column: 'D', header: other }]]]);
    }
    for (const group of [
      'Befolkning 0–17 år',
      'Befolkning 65+',
      'Befolkning (kvinnor)',
      'Befolkning 65 år och äldre',
      'Befolkning (prognos)',
    ]) {
      expect(parseTable(grid(header('Inklusion', group)), facts).ok, group).toBe(false);
    }
    // Remarks that only qualify still read.
    for (const fine of ['Inklusion (exempelvärde)', 'Inklusion (andel)', 'Inklusion (%)', 'Inklusion (prel)']) {
      expect(parseTable(grid(header(fine)), facts).ok, fine).toBe(true);
    }
  });
});

describe('a required column not found', () => {
  const header = ['Kod', 'Region', 'Befolkning', 'Inklusion', 'PREM-uppföljning', 'Redovisning'];

  it('names the fact, the headers tried and the closest header with its column, in the header row found', () => {
    const errs = errors(parseTable(grid([header, ROW]), facts));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({
      code: 'required-column-missing',
      address: 'Blad1!A1:F1',
      suggestion: { factId: 'premUsed', columns: [{ column: 'E', header: 'PREM-uppföljning' }] },
    });
    const tried =
      '"PREM", "PREM använd", "PREM använda", "PREM-enkät använd", "PREM-enkäter", "PREM-enkäter använda", "PREM used", "PREM surveys", "PREM surveys used"';
    expect(errs[0].message).toEqual({
      sv: `Ingen kolumn för PREM-enkäter använda i rubrikraden Blad1!A1:F1 (sökte: ${tried}). Närmast: "PREM-uppföljning" i kolumn E.`,
      en: `No column for PREM surveys used in the header row Blad1!A1:F1 (looked for: ${tried}). Closest: "PREM-uppföljning" in column E.`,
    });
    expect(errs[0].message.sv).not.toContain('rubrikrad i');
  });

  it('uses the sheet column letter where the table does not start in A', () => {
    const errs = errors(parseTable(grid([header, ROW], { origin: { row: 2, column: 3 } }), facts));
    expect(errs[0].suggestion).toEqual({ factId: 'premUsed', columns: [{ column: 'H', header: 'PREM-uppföljning' }] });
    expect(errs[0].address).toBe('Blad1!D3:I3');
  });

  it('is read once the suggestion is taken with --map', () => {
    const t = table(parseTable(grid([header, ROW]), facts, { premUsed: 'E' }));
    expect(t.regions[0].facts.premUsed).toBe(true);
  });

  it('suggests no column when nothing comes close, but still names the fact to choose one for', () => {
    const errs = errors(parseTable(grid([['Kod', 'Region', 'Befolkning', 'Inklusion', 'Kommentar', 'Redovisning'], ROW]), facts));
    expect(errs[0].suggestion).toEqual({ factId: 'premUsed', columns: [] });
    expect(errs[0].message.sv).toMatch(/\(sökte: .*\)\.$/);
  });

  it('does not suggest a column another fact reads', () => {
    const errs = errors(
      parseTable(
        grid([
          ['Kod', 'Region', 'Befolkning', 'Inklusion', 'Redovisning'],
          ['01', 'Stockholm', 1, '84 %', '2024-09-10'],
        ]),
        facts,
      ),
    );
    expect(errs.map((e) => e.code)).toEqual(['required-column-missing']);
    expect(errs[0].suggestion).toEqual({ factId: 'premUsed', columns: [] });
  });
});

describe('no header row', () => {
  it('says which of population and region are missing, shows the closest row and its closest header', () => {
    const values = [
      ['Utbetalning 2024'],
      ['Region', 'Folk', 'Inklusion', 'PREM', 'Redovisning'],
      ['Gotland', 61001, '80 %', 'Ja', '2024-09-30'],
    ];
    const errs = errors(parseTable(grid(values), facts));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({
      code: 'header-row-not-found',
      address: 'Blad1!A1:E3',
      suggestion: { factId: 'population', columns: [{ column: 'B', header: 'Folk' }] },
    });
    expect(errs[0].message.sv).toBe(
      'Hittar ingen rubrikrad i Blad1!A1:E3: ingen rad har kolumner för både Befolkning och Region eller Länskod. ' +
        'Närmast är raden Blad1!A2:E2, där det saknas: Befolkning ("Befolkning", "Befolkningsmängd", "Folkmängd", "Invånare", "Antal invånare", "Folkbokförda", "Invånarantal", "Population", "Inhabitants", "Residents"). ' +
        'Närmast för Befolkning: "Folk" i kolumn B.',
    );
    expect(errs[0].message.en).toContain('The closest is the row Blad1!A2:E2, which lacks: Population (');
  });

  it('lists both when no row matches anything', () => {
    const errs = errors(
      parseTable(
        grid([
          ['Kommentar', 'Belopp'],
          ['x', 1],
        ]),
        facts,
      ),
    );
    expect(errs[0].suggestion).toBeUndefined();
    expect(errs[0].message.en).toMatch(
      /^No header row found in Blad1!A1:B2: no row has columns for both Population and Region or County code\. Columns not found: Population \(.*\); Region or County code \(.*\)\.$/,
    );
  });
});

describe('explicit mapping with loose header text', () => {
  const values = [['Kod', 'Region', 'Folkmängd 31 dec 2023 (SCB)', 'Inklusion', 'PREM', 'Redovisning'], ROW];

  it('finds a header by its words, as detection does', () => {
    const t = table(parseTable(grid(values), facts, { population: 'folkmängd' }));
    expect(t.mapping.population).toEqual({ column: 2, header: 'Folkmängd 31 dec 2023 (SCB)', source: 'explicit' });
  });

  it('is an error naming the columns when the text fits several', () => {
    const two = [
      ['Region', 'Befolkning', 'Inklusion 2023', 'Inklusion 2024', 'PREM', 'Redovisning'],
      ['Gotland', 1, '1 %', '2 %', 'Ja', '2024-09-10'],
    ];
    const errs = errors(parseTable(grid(two), facts, { inclusionRate: 'Inklusion' }));
    expect(errs).toEqual([expect.objectContaining({ code: 'override-header-ambiguous', address: 'Blad1!A1:F1', found: 'Inklusion' })]);
    expect(errs[0].message.en).toBe(
      'Header "Inklusion" for Inclusion fits several columns in the header row Blad1!A1:F1: column C ("Inklusion 2023") and column D ("Inklusion 2024"). Give the column letter instead.',
    );
  });
});

describe('explicit mapping of the population', () => {
  it('that fits two headers names both, in the header row found', () => {
    const values = [
      ['Titel'],
      ['Region', 'Befolkning 2023', 'Befolkning 2024', 'Inklusion', 'PREM', 'Redovisning'],
      ['Gotland', 1, 2, '80 %', 'Ja', '2024-09-10'],
    ];
    const errs = errors(parseTable(grid(values), facts, { population: 'Befolkning' }));
    expect(errs.map((e) => [e.code, e.address])).toEqual([['override-header-ambiguous', 'Blad1!A2:F2']]);
  });
});

describe("Kvot's own columns", () => {
  it('are never read as facts when the result is read again', () => {
    const values = [
      ['Kod', 'Region', 'Befolkning', 'Inklusion', 'PREM', 'Redovisning', 'Kvot: Andel', 'Kvot: Utbetalning 1', 'Kvot: Villkor uppfyllda'],
      [...ROW, 0.2, 100, 'Ja'],
    ];
    const t = table(parseTable(grid(values), facts));
    expect(Math.max(...Object.values(t.mapping).map((m) => m.column))).toBe(5);
  });
});

describe('properties', () => {
  const matchers = compileFacts(facts);
  const headerText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ maxLength: 40 }),
    fc
      .array(
        fc.constantFrom(
          'Befolkning',
          'Inklusion',
          'PREM',
          'Region',
          'kod',
          '(',
          ')',
          '-',
          ' ',
          '2024',
          'H1',
          'ås',
          '%',
          'ja/nej',
          's',
          ':',
        ),
        { maxLength: 8 },
      )
      .map((w) => w.join('')),
  );

  it('matching never throws on arbitrary text', () => {
    fc.assert(
      fc.property(headerText, (text) => {
        headerYears(text);
        headerPieces(text, matchers.vocabulary);
        const prepared = prepareHeader(text, matchers.vocabulary);
        for (const m of matchers.facts) {
          const s = scoreHeader(m, prepared);
          expect(s.closeness).toBeGreaterThanOrEqual(0);
          expect(s.closeness).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reading a table never throws and does not depend on the column order', () => {
    fc.assert(
      fc.property(
        fc.array(headerText, { minLength: 1, maxLength: 7 }).chain((header) =>
          fc.tuple(
            fc.constant(header),
            fc.shuffledSubarray(
              header.map((_, i) => i),
              { minLength: header.length, maxLength: header.length },
            ),
          ),
        ),
        ([header, order]) => {
          const values: CellValue[][] = [header, header.map((_, i) => (i === 0 ? 'Gotland' : 61001))];
          const a = parseTable(grid(values), facts);
          const b = parseTable(permuted(grid(values), order), facts);
          const outcome = (r: TableResult) =>
            r.ok
              ? { mapping: headersOf(r.table) }
              : { codes: r.errors.map((e) => e.code).sort(), facts: r.errors.map((e) => e.suggestion?.factId).sort() };
          expect(outcome(b)).toEqual(outcome(a));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a header row holding a long pasted note quickly', () => {
    const note = 'befolkningsinklusionsredovisning'.repeat(300);
    const start = performance.now();
    const t = table(
      parseTable(
        grid([
          [note, 'Region', 'Befolkning', 'Inklusion', 'PREM', 'Redovisning'],
          ['x', ...ROW.slice(1)],
        ]),
        facts,
      ),
    );
    expect(t.mapping.population.column).toBe(2);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('a header scores the same for a fact wherever it stands among the others', () => {
    fc.assert(
      fc.property(fc.array(headerText, { minLength: 1, maxLength: 6 }), (headers) => {
        const alone = headers.map((h) => matchers.facts.map((m) => scoreHeader(m, prepareHeader(h, matchers.vocabulary))));
        const reversed = [...headers]
          .reverse()
          .map((h) => matchers.facts.map((m) => scoreHeader(m, prepareHeader(h, matchers.vocabulary))));
        expect(reversed.reverse()).toEqual(alone);
      }),
    );
  });
});
