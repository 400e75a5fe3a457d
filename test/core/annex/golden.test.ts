import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { annexSheet, annexTextCells, buildAnnex, tablePopulationDate, type Annex } from '../../../src/core/annex';
import { bundledAgreement, officialTable } from '../official';
import { computed, officialSheet, plain, seedAnnex2024 } from './fixtures';

const agreement2024 = bundledAgreement(2024);
const agreement2021 = bundledAgreement(2021);

function ok(result: ReturnType<typeof buildAnnex>): Annex {
  if (!result.ok) throw new Error(result.message.en);
  return result.annex;
}

describe('the 2024 decision annex, rebuilt from the official table (golden)', () => {
  it('prints every cell of the seed table: 21 amounts, the shares as printed, the Riket row', async () => {
    const seed = seedAnnex2024();
    const { table, result, hash } = await computed(agreement2024, officialSheet(2024, 'Befolkningsmängd (nov 2024)'));
    const annex = ok(
      buildAnnex(agreement2024, result, {
        trancheId: 'payout2',
        lang: 'sv',
        ruleSetHash: hash,
        populationDate: tablePopulationDate(agreement2024, table),
      }),
    );

    expect(annexTextCells(annex).map((row) => row.map(plain))).toEqual(seed.cells);
    expect(seed.cells).toHaveLength(23);
    expect(seed.cells[1]).toEqual(['01', 'Stockholm', '2 455 914', '23,26%', '42 452 908']);
    expect(seed.cells[22]).toEqual(['', 'Riket', '10 557 682', '100%', '182 500 000']);
  });

  it('holds the numbers behind the text: exact kronor, printed shares as fractions, the population total', async () => {
    const official = officialTable(2024);
    const { result, hash } = await computed(agreement2024, officialSheet(2024, 'Befolkningsmängd'));
    const annex = ok(buildAnnex(agreement2024, result, { trancheId: 'payout2', lang: 'sv', ruleSetHash: hash }));
    expect(annex.rows.map((r) => r.amount.toNumber())).toEqual(official.map((r) => r.amount));
    expect(annex.rows.map((r) => r.population.toNumber())).toEqual(official.map((r) => r.population));
    expect(annex.rows[0].printedShare.toString()).toBe('0.2326');
    expect(annex.rows[8].printedShare.toString()).toBe('0.015'); // Blekinge 1,50%
    expect(annex.total.population.toNumber()).toBe(10_557_682);
    expect(annex.total.amount.toNumber()).toBe(182_500_000);
    // No date in the header "Befolkningsmängd": the header says only the basis.
    expect(annex.headers.basis).toBe('Befolkningsmängd');
  });

  it("reproduces the lines above the table when given the government's wording, and says what the rules give without it", async () => {
    const seed = seedAnnex2024();
    const { result, hash } = await computed(agreement2024, officialSheet(2024, 'Befolkningsmängd (nov 2024)'));
    const [decision, subject, title] = seed.lines;
    const given = ok(
      buildAnnex(agreement2024, result, { trancheId: 'payout2', lang: 'sv', ruleSetHash: hash, heading: [decision, subject], title }),
    );
    expect([...given.heading, given.title]).toEqual(seed.lines);

    const own = ok(buildAnnex(agreement2024, result, { trancheId: 'payout2', lang: 'sv', ruleSetHash: hash }));
    expect(own.heading).toEqual(['Bilaga']);
    expect(own.title).toBe(
      'Fördelning av 182\u00a0500\u00a0000 kronor för utbetalning 2 i enlighet med överenskommelsen Jämlik och effektiv cancervård med kortare väntetider 2024 – regionernas arbete med SVF.',
    );
    // The seed's title starts the same way, with the same no-break spaces in the amount.
    expect(title.startsWith('Fördelning av 182\u00a0500\u00a0000 kronor för ')).toBe(true);
    expect(own.footer).toBe(`Beräknad med Kvot enligt regeluppsättningen svf-2024, SHA-256 ${hash}`);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lays the seed table out on a sheet: the cells hold the numbers Excel prints as the seed does', async () => {
    const seed = seedAnnex2024();
    const { result, hash } = await computed(agreement2024, officialSheet(2024, 'Befolkningsmängd (nov 2024)'));
    const annex = ok(
      buildAnnex(agreement2024, result, { trancheId: 'payout2', lang: 'sv', ruleSetHash: hash, populationDate: 'nov 2024' }),
    );
    const sheet = annexSheet(annex);
    const table = sheet.values.slice(sheet.headerRow, sheet.totalRow + 1);
    expect(table[0]).toEqual(seed.cells[0]);
    expect(table[1]).toEqual(['01', 'Stockholm', 2_455_914, 0.2326, 42_452_908]);
    expect(table[22]).toEqual([null, 'Riket', 10_557_682, 1, 182_500_000]);
    const official = officialTable(2024);
    expect(table.slice(1, 22).map((row) => row[4])).toEqual(official.map((r) => r.amount));
    // Excel's "0.00%" shows two decimals of the fraction written: exactly the printed share.
    expect(table.slice(1, 22).map((row) => `${((row[3] as number) * 100).toFixed(2).replace('.', ',')}%`)).toEqual(
      seed.cells.slice(1, 22).map((c) => c[3]),
    );
    expect(sheet.numberFormats[sheet.headerRow + 1]).toEqual(['@', '@', '#,##0', '0.00%', '#,##0']);
    expect(sheet.numberFormats[sheet.totalRow]).toEqual(['@', '@', '#,##0', '0%', '#,##0']);
  });
});

describe('the 2021 decision annex (S2020/09796), rebuilt from its table', () => {
  it('matches the decision but for the two known 1-krona differences; shares and total agree', async () => {
    const official = officialTable(2021);
    const { table, result, hash } = await computed(agreement2021, officialSheet(2021, 'Befolkning 1/11- 2019'));
    const annex = ok(
      buildAnnex(agreement2021, result, {
        trancheId: 'payout1',
        lang: 'sv',
        ruleSetHash: hash,
        populationDate: tablePopulationDate(agreement2021, table),
      }),
    );

    expect(annex.headers.basis).toBe('Befolkningsmängd (1/11- 2019)');
    expect(annex.rows).toHaveLength(21);
    const differing = annex.rows
      .map((r, i) => ({ name: r.name, annex: r.amount.toNumber(), decision: official[i].amount }))
      .filter((r) => r.annex !== r.decision);
    expect(differing).toEqual([
      { name: 'Region Sörmland', annex: 5_327_429, decision: 5_327_430 },
      { name: 'Region Västerbotten', annex: 4_869_424, decision: 4_869_423 },
    ]);
    expect(annex.total.amount.toNumber()).toBe(185_000_000);
    expect(annex.total.population.toNumber()).toBe(10_319_473);
    // The 2021 annex prints the share as a fraction with two decimals (0,23): the same rounding of the same share.
    const fractions = readFractions();
    expect(annex.rows.map((r) => r.share.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2))).toEqual(fractions);
    expect(annex.rows.map((r) => r.printedShare.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2))).toEqual(fractions);
  });
});

/** The 2021 fixture's "andel" column, as printed ("0.23"). */
function readFractions(): string[] {
  return officialSheet(2021, 'x')
    .values.slice(1)
    .map((row) => String(row[3]));
}
