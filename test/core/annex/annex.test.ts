import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import {
  annexSheet,
  annexTextCells,
  buildAnnex,
  populationDateText,
  printedShare,
  printTitleRows,
  shareText,
  MAX_ANNEX_LINE,
  type Annex,
} from '../../../src/core/annex';
import type { Agreement } from '../../../src/core/agreement/types';
import { apportion } from '../../../src/core/apportionment/largestRemainder';
import { computePayouts } from '../../../src/core/payout/compute';
import type { PayoutResult } from '../../../src/core/payout/types';
import { bundledAgreement, officialTable, qualifyingRows, regionRow } from '../official';
import { computed, officialSheet, plain } from './fixtures';

const HASH = 'ab'.repeat(32);
const agreement2025 = bundledAgreement(2025);
/** Sörmland, Kalmar and Gävleborg fail payout 2, as three regions did in 2025. */
const FAILING = [2, 6, 16];

function ok(result: ReturnType<typeof buildAnnex>): Annex {
  if (!result.ok) throw new Error(result.message.en);
  return result.annex;
}

async function redistributed2025() {
  return computed(agreement2025, officialSheet(2024, 'Befolkningsmängd (nov 2024)', FAILING));
}

describe('a redistributed tranche (the 2025 decision: three regions got nothing)', () => {
  it('lists only the 18 qualifying regions, with shares among them and the whole tranche', async () => {
    const { result } = await redistributed2025();
    const annex = ok(
      buildAnnex(agreement2025, result, { trancheId: 'payout2', lang: 'sv', ruleSetHash: HASH, populationDate: 'nov 2024' }),
    );
    const official = officialTable(2024);
    const qualifying = official.filter((_, i) => !FAILING.includes(i));

    expect(annex.rows.map((r) => r.name)).toEqual(qualifying.map((r) => r.name));
    expect(annex.rows.map((r) => r.name)).not.toContain('Sörmland');
    const population = qualifying.reduce((s, r) => s + r.population, 0);
    expect(annex.total.population.toNumber()).toBe(population);
    expect(annex.total.amount.toNumber()).toBe(182_500_000);
    expect(annex.total.shareText).toBe('100%');
    const expected = apportion(
      new Decimal(182_500_000),
      qualifying.map((r) => ({ key: r.code, weight: new Decimal(r.population) })),
    );
    expect(annex.rows.map((r) => r.amount.toNumber())).toEqual(expected.map((d) => d.toNumber()));
    // Stockholm's share of the 18, not of all 21.
    expect(annex.rows[0].share.equals(new Decimal(2_455_914).dividedBy(population))).toBe(true);
    expect(annex.rows[0].shareText).toBe(shareText(printedShare(new Decimal(2_455_914), new Decimal(population)), 'sv'));
    expect(annex.rows[0].shareText).not.toBe('23,26%');
    expect(annex.headers.basis).toBe('Befolkningsmängd (nov 2024)');
    expect(annex.notes).toEqual([]);
  });

  it('lists all 21 for the unconditional first payout of the same result', async () => {
    const { result } = await redistributed2025();
    const annex = ok(buildAnnex(agreement2025, result, { trancheId: 'payout1', lang: 'sv', ruleSetHash: HASH }));
    expect(annex.rows).toHaveLength(21);
    expect(plain(annexTextCells(annex)[1].join(' | '))).toBe('01 | Stockholm | 2 455 914 | 23,26% | 42 452 908');
  });

  it('lists every region under the withhold policy: the failing ones at 0 kr, and a note of what is withheld', async () => {
    const agreement: Agreement = {
      ...agreement2025,
      tranches: [agreement2025.tranches[0], { ...agreement2025.tranches[1], onFailure: 'withhold' }],
    };
    const { result } = await computed(agreement, officialSheet(2024, 'Befolkning', FAILING));
    const annex = ok(buildAnnex(agreement, result, { trancheId: 'payout2', lang: 'sv', ruleSetHash: HASH }));
    expect(annex.rows).toHaveLength(21);
    expect(FAILING.map((i) => annex.rows[i].amount.toNumber())).toEqual([0, 0, 0]);
    expect(annex.rows[0].shareText).toBe('23,26%');
    const withheld = result.tranches[1].withheld;
    expect(annex.total.amount.equals(new Decimal(182_500_000).minus(withheld))).toBe(true);
    expect(annex.notes.map(plain)).toEqual([
      `3 regioner uppfyller inte villkoren för utbetalning 2 (Sörmland, Kalmar, Gävleborg) och får 0 kronor; ${plain(withheld.toNumber().toLocaleString('sv-SE'))} kronor hålls inne.`,
    ]);
    expect(plain(annex.title)).toMatch(new RegExp(`^Fördelning av ${plain(annex.total.amount.toNumber().toLocaleString('sv-SE'))} kronor`));
  });
});

describe('what the annex refuses', () => {
  it('an unknown tranche, naming the ones there are', async () => {
    const { result } = await redistributed2025();
    const outcome = buildAnnex(agreement2025, result, { trancheId: 'payout3', lang: 'en', ruleSetHash: HASH });
    expect(outcome).toEqual({
      ok: false,
      code: 'unknown-tranche',
      message: expect.objectContaining({ en: 'There is no tranche "payout3" in svf-2025 (there are: payout1, payout2).' }),
    });
    // Inherited names are no tranches either.
    expect(buildAnnex(agreement2025, result, { trancheId: 'constructor', lang: 'en', ruleSetHash: HASH }).ok).toBe(false);
  });

  it('a tranche that paid nothing', async () => {
    const { result } = await computed(
      agreement2025,
      officialSheet(
        2024,
        'Befolkning',
        officialTable(2024).map((_, i) => i),
      ),
    );
    expect(result.tranches[1].paid.isZero()).toBe(true);
    const outcome = buildAnnex(agreement2025, result, { trancheId: 'payout2', lang: 'sv', ruleSetHash: HASH });
    expect(outcome.ok === false && outcome.code).toBe('nothing-paid');
  });

  it('amounts that are not the population split the header would state', async () => {
    const { result } = await redistributed2025();
    const tampered: PayoutResult = {
      ...result,
      regions: result.regions.map((r, i) =>
        i < 2 ? { ...r, payouts: { ...r.payouts, payout2: r.payouts.payout2.plus(i === 0 ? 1 : -1) } } : r,
      ),
    };
    const outcome = buildAnnex(agreement2025, tampered, { trancheId: 'payout2', lang: 'sv', ruleSetHash: HASH });
    expect(outcome.ok === false && outcome.code).toBe('basis-mismatch');
  });

  it('a heading or title line beyond the limit; blank ones fall back to the defaults', async () => {
    const { result } = await redistributed2025();
    const long = 'x'.repeat(MAX_ANNEX_LINE + 1);
    for (const options of [
      { title: long },
      { heading: [long] },
      { populationDate: long },
      { heading: Array.from({ length: 11 }, (_, i) => `Rad ${i}`) },
    ]) {
      const outcome = buildAnnex(agreement2025, result, { trancheId: 'payout2', lang: 'sv', ruleSetHash: HASH, ...options });
      expect(outcome.ok === false && outcome.code).toBe('text-too-long');
    }
    const blank = ok(
      buildAnnex(agreement2025, result, {
        trancheId: 'payout2',
        lang: 'sv',
        ruleSetHash: HASH,
        title: ' \n ',
        heading: ['', '  '],
        populationDate: ' ',
      }),
    );
    expect(blank.heading).toEqual(['Bilaga']);
    expect(blank.title).toMatch(/^Fördelning av /);
    expect(blank.headers.basis).toBe('Befolkningsmängd');
    const messy = ok(
      buildAnnex(agreement2025, result, {
        trancheId: 'payout2',
        lang: 'sv',
        ruleSetHash: HASH,
        title: 'Rad ett\nrad\ttvå\u0007',
        heading: ['  A\r\nB  '],
      }),
    );
    expect(messy.title).toBe('Rad ett rad två');
    expect(messy.heading).toEqual(['A B']);
  });
});

describe('shares as printed', () => {
  it('round half-up on the exact quotient, never through a rounded intermediate', () => {
    // 1/8 = 12,5 % exactly → 12,50%; 0,000125 = 0,0125 % → 0,01% (half-up).
    expect(shareText(printedShare(new Decimal(1), new Decimal(8)), 'sv')).toBe('12,50%');
    expect(shareText(printedShare(new Decimal(1), new Decimal(8000)), 'sv')).toBe('0,01%');
    expect(shareText(printedShare(new Decimal(1), new Decimal(8001)), 'sv')).toBe('0,01%');
    expect(shareText(printedShare(new Decimal(1), new Decimal(8002)), 'sv')).toBe('0,01%');
    expect(shareText(printedShare(new Decimal(1), new Decimal(20001)), 'sv')).toBe('0,00%');
    // Just below a half at the 21st digit: a 20-digit division would round it up to the half.
    const part = new Decimal('5730000000000000000');
    const whole = new Decimal('200000000000000000001'); // part / whole = 0.02865 − 1.4e-22
    expect(part.dividedBy(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString()).toBe('2.87');
    expect(shareText(printedShare(part, whole), 'en')).toBe('2.86%');
    expect(shareText(printedShare(new Decimal(0), new Decimal(0)), 'sv')).toBe('0,00%');
  });

  it('need not add up to 100,00 % — the Riket row still says 100%', async () => {
    const agreement = bundledAgreement(2024);
    const rows = qualifyingRows([
      { code: '01', name: 'A', population: 1, amount: 0 },
      { code: '03', name: 'B', population: 1, amount: 0 },
      { code: '04', name: 'C', population: 1, amount: 0 },
    ]);
    const annex = ok(buildAnnex(agreement, await computePayouts(agreement, rows), { trancheId: 'payout1', lang: 'sv', ruleSetHash: HASH }));
    expect(annex.rows.map((r) => r.shareText)).toEqual(['33,33%', '33,33%', '33,33%']);
    expect(annex.rows.reduce((s, r) => s.plus(r.printedShare), new Decimal(0)).toString()).toBe('0.9999');
    expect(annex.total.shareText).toBe('100%');
    expect(annex.rows.map((r) => r.amount.toNumber())).toEqual([60_833_334, 60_833_333, 60_833_333]);
  });
});

describe('the population date of the header', () => {
  it.each([
    ['Befolkningsmängd (nov 2024)', 'nov 2024'],
    ['Befolkning 1/11- 2019', '1/11- 2019'],
    ['Folkmängd 31 dec 2023', '31 dec 2023'],
    ['Invånare per 2023-11-01', '2023-11-01'],
    ['Befolkning (SCB) (1 nov 2024)', '1 nov 2024'],
    ['Population November 2024', 'November 2024'],
  ])('%s → %s', (header, date) => expect(populationDateText(header)).toBe(date));

  it.each(['Befolkning', 'Befolkningsmängd (SCB)', 'Befolkning (antal)', 'Befolkning 12', `Befolkning (${'nov '.repeat(20)}2024)`])(
    '%s has none',
    (header) => expect(populationDateText(header)).toBeNull(),
  );
});

describe('in English', () => {
  it('has English words and an English title, and the same figures', async () => {
    const { result } = await redistributed2025();
    const annex = ok(
      buildAnnex(agreement2025, result, { trancheId: 'payout1', lang: 'en', ruleSetHash: HASH, populationDate: 'Nov 2024' }),
    );
    expect(annexTextCells(annex)[0]).toEqual(['Code', 'Region', 'Population (Nov 2024)', 'Share', 'Amount']);
    expect(annexTextCells(annex)[1]).toEqual(['01', 'Stockholm', '2,455,914', '23.26%', '42,452,908']);
    expect(annexTextCells(annex)[22]).toEqual(['', 'Sweden', '10,557,682', '100%', '182,500,000']);
    expect(annex.title).toBe(
      "Distribution of SEK 182,500,000 for payout 1 under the agreement Equitable and effective cancer care with shorter waiting times 2025 – the regions' work with SVF.",
    );
    expect(annex.heading).toEqual(['Annex']);
  });
});

describe('the annex as a sheet', () => {
  it('puts heading, title, a blank row, the table and notes from A1, and the print setup', async () => {
    const { result } = await redistributed2025();
    const annex = ok(
      buildAnnex(agreement2025, result, {
        trancheId: 'payout2',
        lang: 'sv',
        ruleSetHash: HASH,
        heading: ['Bilaga till beslut', 'Utbetalning av stimulansmedel'],
      }),
    );
    const sheet = annexSheet(annex);
    expect(sheet.sheetName).toBe('Bilaga Utbetalning 2');
    expect(sheet.values.slice(0, 4).map((row) => row[0])).toEqual([
      'Bilaga till beslut',
      'Utbetalning av stimulansmedel',
      annex.title,
      null,
    ]);
    expect(sheet.headerRow).toBe(4);
    expect(sheet.firstDataRow).toBe(5);
    expect(sheet.totalRow).toBe(5 + 18);
    expect(sheet.values).toHaveLength(24);
    expect(sheet.values.every((row) => row.length === 5)).toBe(true);
    expect(sheet.numberFormats.map((row) => row.length)).toEqual(sheet.values.map(() => 5));
    expect(sheet.textRows.map((r) => ({ row: r.row, bold: r.bold }))).toEqual([
      { row: 0, bold: true },
      { row: 1, bold: true },
      { row: 2, bold: false },
    ]);
    // The long title wraps over several lines of the table's width; a short heading takes one.
    expect(sheet.textRows[0].height).toBe(15);
    expect(sheet.textRows[2].height).toBeGreaterThanOrEqual(
      Math.ceil(annex.title.length / sheet.columnWidths.reduce((a, b) => a + b)) * 15,
    );
    expect(sheet.numberColumns).toEqual([2, 3, 4]);
    // Widths fit the longest text of each column: "Befolkningsmängd (nov 2024)" is not there, so "Befolkningsmängd".
    expect(sheet.columnWidths).toEqual([5, 21, 18, 8, 13]);
    expect(sheet.print).toEqual({
      orientation: 'portrait',
      paperSize: 'A4',
      titleRow: 4,
      area: 'A1:E24',
      fitToPagesWide: 1,
      footer: { left: `&8Beräknad med Kvot enligt regeluppsättningen svf-2025, SHA-256 ${HASH}`, right: '&8Sida &P av &N' },
    });
    expect(printTitleRows(sheet.print.titleRow)).toBe('$5:$5');
  });

  it('leaves the code column out when no region has a code, and adds the notes under the table', async () => {
    const agreement: Agreement = {
      ...agreement2025,
      regions: undefined,
      tranches: [agreement2025.tranches[0], { ...agreement2025.tranches[1], onFailure: 'withhold' }],
    };
    const rows = qualifyingRows(officialTable(2024), '2025-09-30').map((r, i) =>
      regionRow(i, null as unknown as string, r.name, r.population.toNumber(), { ...r.facts, regionCode: null }),
    );
    rows[0].facts.premUsed = false;
    const annex = ok(buildAnnex(agreement, await computePayouts(agreement, rows), { trancheId: 'payout2', lang: 'en', ruleSetHash: HASH }));
    expect(annex.headers.code).toBeNull();
    const sheet = annexSheet(annex);
    expect(sheet.values[sheet.headerRow]).toEqual(['Region', 'Population', 'Share', 'Amount']);
    expect(sheet.numberColumns).toEqual([1, 2, 3]);
    expect(sheet.values[sheet.totalRow]).toEqual(['Sweden', 10_557_682, 1, annex.total.amount.toNumber()]);
    expect(sheet.values[sheet.totalRow + 1]).toEqual([null, null, null, null]);
    expect(sheet.values[sheet.totalRow + 2][0]).toBe(annex.notes[0]);
    expect(sheet.textRows.at(-1)).toMatchObject({ row: sheet.totalRow + 2, bold: false });
    expect(sheet.print.area).toBe(`A1:D${sheet.totalRow + 3}`);
    expect(sheet.print.footer.right).toBe('&8Page &P of &N');
  });

  it('doubles "&" in the footer and keeps it within Excel\'s 255 characters', async () => {
    const { result } = await redistributed2025();
    for (const id of ['svf&2025', `svf-${'&'.repeat(300)}`, `svf-${'x'.repeat(300)}`]) {
      const annex = ok(
        buildAnnex({ ...agreement2025, id }, { ...result, agreementId: id }, { trancheId: 'payout2', lang: 'sv', ruleSetHash: HASH }),
      );
      const { left, right } = annexSheet(annex).print.footer;
      expect(`&L${left}&R${right}`.length).toBeLessThanOrEqual(255);
      // Every "&" of the text is doubled: no single "&" starts a code by accident.
      expect(left.slice(2).replace(/&&/g, '')).not.toContain('&');
    }
    const annex = ok(buildAnnex({ ...agreement2025, id: 'a&b' }, result, { trancheId: 'payout2', lang: 'sv', ruleSetHash: HASH }));
    expect(annexSheet(annex).print.footer.left).toContain('regeluppsättningen a&&b,');
  });
});
