import fc from 'fast-check';
import { grid, HEADER } from './grids';
import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../../src/core/table/headers';
import { codeKey, regionIdentity } from '../../../src/core/table/regionName';
import { isTotalLabel, TOTAL_FIRST_WORDS, TOTAL_LABELS } from '../../../src/core/table/totals';
import { readPercentCell, readPercentCells, repeatedReads } from '../../../src/core/table/percent';
import type { CellValue } from '../../../src/core/table/types';
import type { FactDeclaration } from '../../../src/core/agreement/types';
import { readFactCell, readFactColumn } from '../../../src/core/table/columns';
import { viewGrid } from '../../../src/core/table/grid';

/**
 * The per-row readers skip work for plain ASCII text (a 20 000-row table reads a name and a code per
 * row). Each shortcut must give what the full reading gives: these references are the full readings,
 * as they were before the shortcuts.
 */
function fullIsTotal(text: string): boolean {
  const label = normaliseHeader(text.trim());
  return TOTAL_LABELS.has(label) || TOTAL_FIRST_WORDS.has(label.split(' ')[0]);
}

function fullIdentity(name: string): string {
  const filler = new Set(['region', 'regionen', 'lan', 'lans', 'landsting', 'landstinget', 'i']);
  let words = name
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '' && !filler.has(w));
  if (words.length > 0) {
    const last = words.length - 1;
    words[last] = words[last].replace(/regionen$/, '');
    if (words[last].length > 3) words[last] = words[last].replace(/s$/, '');
  }
  words = words.filter((w) => w !== '');
  const joined = words.join(' ');
  if (joined === '') return name.toLocaleLowerCase('sv').trim();
  const aliases = new Map([
    ['sodermanland', 'sormland'],
    ['jamtland', 'jamtland harjedalen'],
    ['gotlands kommun', 'gotland'],
  ]);
  return aliases.get(joined) ?? joined;
}

/** Text made of the pieces that matter here: total words, region words, units, accents, brackets, punctuation. */
const pieces = fc.constantFrom(
  'Riket',
  'riket',
  'SUMMA',
  'Summa',
  'sum',
  'Sum2',
  'Totalt',
  'total',
  'Sverige',
  'Hela',
  'landet',
  'alla',
  'regioner',
  'Grand',
  'Region',
  'Stockholm',
  'Västra',
  'Götaland',
  'Skåne',
  'län',
  'lans',
  'kr',
  'st',
  'procent',
  '(',
  ')',
  '[x]',
  '{',
  ' ',
  '  ',
  '-',
  ':',
  '.',
  '\u00a0',
  '\u0301',
  'e\u0301',
  'İ',
  '1',
  '01',
  '2024',
  'R',
  'x',
);
const text = fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join(''));
const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 12 }));

describe('shortcuts of the per-row readers agree with the full readings', () => {
  it('isTotalLabel', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(isTotalLabel(t)).toBe(fullIsTotal(t));
      }),
      { numRuns: 5000, examples: [['Riket'], ['Region 12'], ['Sum2'], ['kr Summa'], ['Summa(x)'], ['Summé'], ['(Riket)']] },
    );
  });

  it('regionIdentity', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(regionIdentity(t)).toBe(fullIdentity(t));
      }),
      {
        numRuns: 5000,
        examples: [
          ['Region Stockholm'],
          ['Stockholms län'],
          ['REGION 7'],
          ['Västra Götalandsregionen'],
          ['Region\t7'],
          ['A@B[c`d{E'],
          ['REGIONEN_lÄn'],
        ],
      },
    );
  });

  it('codeKey: digits as a number, other codes without case', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const spaced = t.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
        const full = /^\d+$/.test(spaced) ? String(BigInt(spaced)) : spaced.toLocaleLowerCase('sv');
        expect(codeKey(t)).toBe(full);
      }),
      { numRuns: 3000, examples: [['01'], ['R1'], ['AB'], ['İ'], ['A@1'], ['R_1'], ['[1]'], ['1\t']] },
    );
  });
});

describe('excelNumber', () => {
  it('reads whole numbers and short fractions directly as their 15 digits would read', async () => {
    const { excelNumber } = await import('../../../src/core/table/numbers');
    const Decimal = (await import('decimal.js')).default;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.maxSafeInteger(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.constant(-0),
          // Rates as typed or computed in a sheet: 0.83, 0.6 + 0.01, 84.2 / 100, a third.
          fc.tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.constantFrom(3, 7, 100, 1000, 10_000)).map(([a, b]) => a / b),
          fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([a, b]) => a / 100 + b / 1000),
        ),
        (n) => {
          const full = new Decimal(n.toPrecision(15));
          const read = excelNumber(n);
          expect(read.equals(full)).toBe(true);
          expect(read.isNegative()).toBe(full.isNegative());
          expect(read.toString()).toBe(full.toString());
        },
      ),
      {
        numRuns: 3000,
        examples: [
          [0],
          [-0],
          [2_454_821],
          [1e15 - 1],
          [1e15],
          [2 ** 60],
          [0.1 * 7],
          [0.1 + 0.2],
          [0.83],
          [1e-7],
          [-1.5e-10],
          [123456.78901234567],
          [0.1234567890123456],
        ],
      },
    );
  });
});

/** What the population checks below read with: the 2024 rules without their list of regions. */
async function populationReading() {
  const Decimal = (await import('decimal.js')).default;
  const { parseTable, agreementParseOptions } = await import('../../../src/core/table/parse');
  const { bundledAgreement } = await import('../official');
  const agreement = { ...bundledAgreement(2024) };
  delete agreement.regions;
  return { Decimal, parseTable, agreementParseOptions, agreement };
}

describe('population outliers', () => {
  it('are the populations 100 times below or above the median, compared as numbers or as Decimals', async () => {
    const { Decimal, parseTable, agreementParseOptions, agreement } = await populationReading();
    const population = fc.oneof(
      fc.integer({ min: 1, max: 3_000_000 }),
      fc.integer({ min: 1, max: 200 }),
      fc.constantFrom(10_000, 1_000_000, 100_000_000),
      // Beyond what stays exact as a number times 100: the Decimal path.
      fc.bigInt({ min: 2n ** 47n, max: 2n ** 70n }).map(String),
    );
    fc.assert(
      fc.property(fc.array(population, { minLength: 5, maxLength: 40 }), (populations) => {
        const rows = populations.map((p, i) => [`R${i + 1}`, `Region ${i + 1}`, p, 0.8, 'Ja', '2024-09-15']);
        const parsed = parseTable(grid([HEADER, ...rows]), agreement.facts, {}, agreementParseOptions(agreement, 'ask'));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors[0]));
        const found = parsed.table.warnings.filter((w) => w.code === 'population-outlier').map((w) => w.address);
        // The reference: the Decimal comparison as first written.
        const values = populations.map((p) => new Decimal(p));
        const sorted = [...values].sort((a, b) => a.comparedTo(b));
        const mid = Math.floor(sorted.length / 2);
        const median = sorted.length % 2 === 1 ? sorted[mid] : sorted[mid - 1].plus(sorted[mid]).dividedBy(2);
        const expected = values.flatMap((v, i) =>
          v.times(100).lessThan(median) || v.greaterThan(median.times(100)) ? [`Blad1!C${i + 2}`] : [],
        );
        expect(found).toEqual(expected);
      }),
      { numRuns: 300, examples: [[[61, 2_000_000, 2_100_000, 1_900_000, 2_200_000]], [[1, 1, 100, 100, 1, 10_001, 101]]] },
    );
  });
});

describe('a row whose population is the sum of all the others', () => {
  it('is an error, compared as numbers or as Decimals', async () => {
    const { Decimal, parseTable, agreementParseOptions, agreement } = await populationReading();
    const population = fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.bigInt({ min: 2n ** 52n, max: 2n ** 60n }).map(String));
    fc.assert(
      fc.property(fc.array(population, { minLength: 2, maxLength: 12 }), fc.boolean(), (others, withTotal) => {
        // Often one row that is the sum of the others, somewhere among them.
        const sum = others.reduce((s: InstanceType<typeof Decimal>, p) => s.plus(p), new Decimal(0));
        const populations = withTotal ? [...others.slice(0, 1), sum.toFixed(0), ...others.slice(1)] : others;
        const rows = populations.map((p, i) => [`R${i + 1}`, `Region ${i + 1}`, p, 0.8, 'Ja', '2024-09-15']);
        const parsed = parseTable(grid([HEADER, ...rows]), agreement.facts, {}, agreementParseOptions(agreement, 'ask'));
        const found = parsed.ok ? [] : parsed.errors.filter((e) => e.code === 'looks-like-total').map((e) => e.address);
        // The reference: the Decimal comparison as first written.
        const all = populations.reduce((s: InstanceType<typeof Decimal>, p) => s.plus(p), new Decimal(0));
        const expected =
          populations.length < 3
            ? []
            : populations.flatMap((p, i) => {
                const d = new Decimal(p);
                return !d.isZero() && all.minus(d).equals(d) ? [`Blad1!A${i + 2}`] : [];
              });
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sums that skip zeros', () => {
  it('round as Decimal.plus does, even for a number longer than the precision', async () => {
    const Decimal = (await import('decimal.js')).default;
    const { computePayouts } = await import('../../../src/core/payout/compute');
    const { bundledAgreement, regionRow } = await import('../official');
    const agreement = { ...bundledAgreement(2024) };
    delete agreement.regions;
    const facts = { inclusionRate: new Decimal('0.8'), premUsed: true, reportSubmitted: '2024-09-01' };
    const populations = ['123456789012345678901234', '0'];
    const rows = populations.map((p, i) => regionRow(i, `R${i}`, `Region ${i}`, p, facts));
    const result = await computePayouts(agreement, rows);
    const plus = populations.reduce((sum, p) => sum.plus(p), new Decimal(0));
    expect(result.totals.population.toString()).toBe(plus.toString());
  });
});

describe('a column of rates reads each distinct cell once', () => {
  // Cells from a small pool, so they repeat as rates do down a column; both zeros, text, errors
  // in the making (out of range, not a number) and formats with and without percent.
  const cell = fc.oneof(
    fc.constantFrom<CellValue>(0, -0, 0.725, 72.5, 0.5, 150, -0.2, 1, '72,5 %', '72,5', 'x', '', null, true),
    fc.integer({ min: 0, max: 120 }).map((n) => n / 4),
  );
  const format = fc.constantFrom<string | undefined>(undefined, 'General', '0.0%', '0.0');
  const snapshot = (column: ReturnType<typeof readPercentCells>) => ({
    ...column,
    // A Decimal compared as its text, with the sign of a zero (-0 reads as a negative zero).
    values: column.values.map((v) => (v === null ? null : `${v.isNegative() ? '-' : '+'}${v.toString()}`)),
    failed: [...column.failed],
  });

  it('gives what reading every cell gives, repeats and zeros included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, format), { maxLength: 60 }), (cells) => {
        const read = (reader?: Parameters<typeof readPercentCells>[5]) =>
          readPercentCells(
            cells.length,
            (i) => cells[i][0],
            (i) => cells[i][1],
            (i) => `Blad1!D${i + 2}`,
            { sv: 'Inklusion', en: 'Inclusion' },
            reader,
          );
        expect(snapshot(read())).toEqual(snapshot(read(readPercentCell)));
      }),
      { numRuns: 3000 },
    );
  });

  it('shares one read between repeats of a value in one format', () => {
    const reader = repeatedReads();
    expect(reader(0.725, 'General')).toBe(reader(0.725, 'General'));
    expect(reader(0.725, 'General')).not.toBe(reader(0.725, '0.0%'));
  });
});

describe('a column of region codes or names', () => {
  it('reads each cell as readFactCell does, with its number format', () => {
    const cell = fc.oneof(
      fc.constantFrom<CellValue>(' 01 ', 'R12', '', null, 7, 0, 12.5, -3, true, new Date(Date.UTC(2024, 8, 15)), 'Region  Skåne '),
      fc.string({ maxLength: 8 }),
      fc.integer({ min: 0, max: 999 }),
    );
    const format = fc.constantFrom('General', '00', '000', '@', '0.0');
    const roles: FactDeclaration[] = [
      {
        id: 'regionCode',
        label: { sv: 'Kod', en: 'Code' },
        type: 'text',
        role: 'regionCode',
        headers: { sv: ['Kod'], en: ['Code'] },
        required: true,
      },
      {
        id: 'regionName',
        label: { sv: 'Region', en: 'Region' },
        type: 'text',
        role: 'regionName',
        headers: { sv: ['Region'], en: ['Region'] },
        required: true,
      },
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, format), { minLength: 1, maxLength: 20 }), (cells) => {
        const view = viewGrid(
          grid(
            cells.map(([c]) => [c]),
            { numberFormats: cells.map(([, f]) => [f]) },
          ),
        );
        const rows = cells.map((_, i) => i);
        for (const fact of roles) {
          const column = readFactColumn(view, fact, 0, rows);
          expect(column.errors).toEqual([]);
          expect(column.values).toEqual(cells.map(([c, f]) => readFactCell(fact, c, f)).map((r) => (r.ok ? r.value : 'unreadable')));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
