// KVOT.VILLKOR, KVOT.SKAL, KVOT.UTBETALNING, KVOT.ANDEL and KVOT.BELOPP as pure units: a range of
// cells as Excel passes it (header row first), the bundled or workbook-stored rules, the golden
// 2024 and 2021 tables, and every error a formula gives instead of a wrong value.
import Decimal from 'decimal.js';
import { describe, expect, it, vi } from 'vitest';
import { apportion } from '../../src/core/apportionment/largestRemainder';
import { computePayouts } from '../../src/core/payout/compute';
import { agreementParseOptions, parseTable } from '../../src/core/table/parse';
import { KvotFunctions } from '../../src/functions/engine';
import type { FunctionResult } from '../../src/functions/result';
import { bundledAgreement } from '../core/official';
import { at, flat, regionTable } from './tables';

const PLACE = at('Blad1!A4:F26');
const none = async () => null;

function value<T>(result: FunctionResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}
function error<T>(result: FunctionResult<T>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

describe('KVOT.UTBETALNING / PAYOUT on the official tables', () => {
  it('2024: payout 2 is the government’s table to the krona; the Riket row is blank', async () => {
    const kvot = new KvotFunctions(none);
    const { values, rows } = regionTable({ year: 2024 });
    const payout2 = flat(value(await kvot.payout('svf-2024', 'payout2', values, null, PLACE)));
    expect(payout2).toEqual([...rows.map((r) => r.amount), '']);
    // The tranche by its label (either language, any case) or its number gives the same column.
    for (const tranche of ['Utbetalning 2', 'payout 2', 2, ' UTBETALNING 2 ']) {
      expect(flat(value(await kvot.payout('svf-2024', tranche, values, null, PLACE)))).toEqual(payout2);
    }
    const total = flat(value(await kvot.payout('svf-2024', 'alla', values, null, PLACE)));
    expect(total.slice(0, 21)).toEqual(rows.map((r) => 2 * r.amount));
    expect(flat(value(await kvot.payout('svf-2024', 'total', values, null, PLACE)))).toEqual(total);
  });

  it('2021: payout 1 differs from the decision in exactly Sörmland and Västerbotten, as the core does', async () => {
    const kvot = new KvotFunctions(none);
    const { values, rows } = regionTable({ year: 2021 });
    const payout1 = flat(value(await kvot.payout('svf-2021', 'payout1', values, null, PLACE)));
    const differing = rows.flatMap((r, i) => (payout1[i] === r.amount ? [] : [{ name: r.name, formula: payout1[i], official: r.amount }]));
    expect(differing).toEqual([
      { name: 'Region Sörmland', formula: 5_327_429, official: 5_327_430 },
      { name: 'Region Västerbotten', formula: 4_869_424, official: 4_869_423 },
    ]);
  });

  it('redistributes payout 2 among the regions that qualify, exactly as the pane’s engine does', async () => {
    const kvot = new KvotFunctions(none);
    const { values, rows } = regionTable({
      year: 2024,
      change: { '04': { Inklusion: 0.65 }, '08': { PREM: 'Nej' }, '21': { 'Redovisning inkommen': '2024-10-02' } },
    });
    const sormland = rows.findIndex((r) => r.code === '04');
    const kalmar = rows.findIndex((r) => r.code === '08');
    const agreement = bundledAgreement(2024);
    const parsed = parseTable(
      { sheetName: 'Blad1', origin: { row: 3, column: 0 }, values },
      agreement.facts,
      {},
      agreementParseOptions(agreement),
    );
    if (!parsed.ok) throw new Error('the table should read');
    const core = await computePayouts(agreement, parsed.table.regions);
    const payout2 = flat(value(await kvot.payout('svf-2024', 'payout2', values, null, PLACE)));
    expect(payout2.slice(0, 21)).toEqual(core.regions.map((r) => r.payouts.payout2.toNumber()));
    expect(payout2.filter((n) => n === 0)).toHaveLength(3);
    expect((payout2.slice(0, 21) as number[]).reduce((s, n) => s + n, 0)).toBe(182_500_000);

    const eligible = flat(value(await kvot.eligible('svf-2024', 'payout2', values, null, PLACE)));
    expect(eligible.filter((e) => e === false)).toHaveLength(3);
    expect(eligible[sormland]).toBe(false);
    expect(eligible[21]).toBe('');
    expect(
      flat(value(await kvot.eligible('svf-2024', 'payout1', values, null, PLACE)))
        .slice(0, 21)
        .every((e) => e === true),
    ).toBe(true);

    const reasons = flat(value(await kvot.reason('svf-2024', 'payout2', values, null, null, 'sv', PLACE)));
    expect(reasons[sormland]).toBe('Inklusion 65\u00a0% är under kravet 70\u00a0%');
    expect(reasons[0]).toBe('');
    const english = flat(value(await kvot.reason('svf-2024', 'alla', values, null, 'en', 'sv', PLACE)));
    expect(english[sormland]).toMatch(/^Inclusion 65\u00a0% .*70\u00a0%$/);
    expect(english[kalmar]).toMatch(/PREM/);
  });

  it('ANDEL gives the exact share and BELOPP the amounts of the rule set', async () => {
    const kvot = new KvotFunctions(none);
    const { values, rows } = regionTable({ year: 2024 });
    const share = flat(value(await kvot.share('svf-2024', values, null, PLACE)));
    const sum = rows.reduce((s, r) => s + r.population, 0);
    rows.forEach((r, i) => expect(share[i]).toBe(new Decimal(r.population).dividedBy(sum).toNumber()));
    expect(share[21]).toBe('');
    expect(value(await kvot.amount('svf-2024', null))).toBe(365_000_000);
    expect(value(await kvot.amount('svf-2024', 'payout2'))).toBe(182_500_000);
    expect(value(await kvot.amount('svf-2024', 'alla'))).toBe(365_000_000);
  });

  it('matches KVOT.FORDELA over the same populations (the same apportionment underneath)', async () => {
    const kvot = new KvotFunctions(none);
    const { values, rows } = regionTable({ year: 2024, riket: false });
    const payout1 = flat(value(await kvot.payout('svf-2024', 'payout1', values, null, PLACE)));
    const byWeights = apportion(
      new Decimal(182_500_000),
      rows.map((r) => ({ key: r.code, weight: new Decimal(r.population) })),
    );
    expect(payout1).toEqual(byWeights.map((d) => d.toNumber()));
  });
});

describe('what the pane would ask about is an error in a formula until accepted', () => {
  it('a blank condition cell is an error naming the cell and the kind to accept; never a quiet "No"', async () => {
    const kvot = new KvotFunctions(none);
    const { values } = regionTable({ year: 2024, change: { '07': { PREM: '' } } });
    for (const result of [
      await kvot.payout('svf-2024', 'payout2', values, null, PLACE),
      await kvot.eligible('svf-2024', 'payout2', values, null, PLACE),
      await kvot.reason('svf-2024', 'payout2', values, null, null, 'sv', PLACE),
      await kvot.share('svf-2024', values, null, PLACE),
    ]) {
      const e = error(result);
      expect(e.code).toBe('invalidValue');
      expect(e.message.sv).toContain('Blad1!E10'); // Kronoberg's PREM cell: the sixth region, under the header on row 4
      expect(e.message.sv).toContain('"blanks"');
      expect(e.message.en).toContain('If intended: pass "blanks" as accept.');
      expect(e.message.sv.length).toBeLessThanOrEqual(255);
    }
    // Accepted, the blank counts as not met, as the pane writes it once confirmed.
    const eligible = flat(value(await kvot.eligible('svf-2024', 'payout2', values, 'blanks', PLACE)));
    expect(eligible[5]).toBe(false);
    const reasons = flat(value(await kvot.reason('svf-2024', 'payout2', values, 'blanks', null, 'sv', PLACE)));
    expect(reasons[5]).toMatch(/saknas|tom/i);
  });

  it('accepts kinds separated by commas, semicolons or spaces, and refuses unknown kinds', async () => {
    const kvot = new KvotFunctions(none);
    const { values } = regionTable({ year: 2024, change: { '07': { PREM: '' } } });
    expect(value(await kvot.eligible('svf-2024', 'payout2', values, 'other-year; BLANKS', PLACE))).toHaveLength(22);
    const e = error(await kvot.eligible('svf-2024', 'payout2', values, 'blank', PLACE));
    expect(e.message.en).toContain('Unknown warning kind "blank"');
    expect(e.message.en).toContain('blanks, other-year');
  });

  it('a whole tranche withheld is asked about too', async () => {
    const kvot = new KvotFunctions(none);
    const every = Object.fromEntries(regionTable({ year: 2024 }).rows.map((r) => [r.code, { PREM: 'Nej' }]));
    const { values } = regionTable({ year: 2024, change: every });
    const e = error(await kvot.payout('svf-2024', 'payout2', values, null, PLACE));
    expect(e.message.en).toMatch(/withheld|widespread-failure/);
    const payout2 = flat(value(await kvot.payout('svf-2024', 'payout2', values, 'withheld,widespread-failure', PLACE)));
    expect(payout2.slice(0, 21).every((n) => n === 0)).toBe(true);
  });
});

describe('errors that name the problem', () => {
  it('an unknown rule id lists the known ones (#N/A)', async () => {
    const kvot = new KvotFunctions(none);
    const e = error(await kvot.payout('svf-2023', 'payout2', regionTable({ year: 2024 }).values, null, PLACE));
    expect(e.code).toBe('notAvailable');
    expect(e.message.sv).toBe(
      'Okänd regeluppsättning "svf-2023". Kända: svf-2026, svf-2025, svf-2024, svf-2021, svf-2020, svf-2019, svf-2018, svf-2017, svf-2016, svf-2015, rcc-2024 (inbyggda).',
    );
    expect(error(await kvot.amount('', null)).message.en).toContain("Give the rule set's id");
  });

  it('an unknown tranche lists the tranches', async () => {
    const kvot = new KvotFunctions(none);
    const e = error(await kvot.payout('svf-2024', 'payout3', regionTable({ year: 2024 }).values, null, PLACE));
    expect(e.message.sv).toContain('Okänd utbetalning "payout3"');
    expect(e.message.sv).toContain('payout1 (Utbetalning 1), payout2 (Utbetalning 2) eller "alla"');
    expect(error(await kvot.payout('svf-2024', 7, regionTable({ year: 2024 }).values, null, PLACE)).message.en).toContain(
      'no tranche number 7',
    );
  });

  it('a missing column names the fact and the closest header', async () => {
    const kvot = new KvotFunctions(none);
    const { values } = regionTable({ year: 2024 });
    const renamed = values.map((row, i) => (i === 0 ? row.map((h) => (h === 'PREM' ? 'Patientenkät' : h)) : row));
    const e = error(await kvot.payout('svf-2024', 'payout2', renamed, null, PLACE));
    expect(e.message.sv).toMatch(/PREM/);
    expect(e.message.sv.length).toBeLessThanOrEqual(255);
  });

  it('a cell the reader refuses names it, as the pane does', async () => {
    const kvot = new KvotFunctions(none);
    const { values } = regionTable({ year: 2024, change: { '03': { Befolkning: '404,714' } } });
    const e = error(await kvot.payout('svf-2024', 'payout2', values, null, PLACE));
    expect(e.message.sv).toContain('Blad1!C6');
  });

  it('a range that does not start at the header row says where the headers are', async () => {
    const kvot = new KvotFunctions(none);
    const { values } = regionTable({ year: 2024 });
    const withTitle = [['Regionernas uppgifter 2024', '', '', '', '', ''], ['', '', '', '', '', ''], ...values];
    const e = error(await kvot.payout('svf-2024', 'payout2', withTitle, null, at('Blad1!A2:F28')));
    expect(e.message.sv).toBe('Tabellens första rad ska vara rubrikraden. Rubrikerna står på rad 4: låt området börja där.');
    expect(error(await kvot.payout('svf-2024', 'payout2', [['Kod']], null, PLACE)).message.en).toContain('header row first');
  });

  it('an unknown language for SKAL', async () => {
    const kvot = new KvotFunctions(none);
    const e = error(await kvot.reason('svf-2024', 'alla', regionTable({ year: 2024 }).values, null, 'fi', 'sv', PLACE));
    expect(e.message.sv).toContain('Okänt språk "fi"');
  });
});

describe('rules saved in the workbook', () => {
  const edited = () => {
    const json = JSON.parse(JSON.stringify(bundledAgreement(2024))) as {
      tranches: { conditions?: { all: { fact: string; value: unknown }[] } }[];
    };
    const inclusion = json.tranches[1].conditions!.all.find((c) => c.fact === 'inclusionRate')!;
    inclusion.value = 0.85;
    return JSON.stringify(json);
  };

  it('a saved rule set with the id of a bundled one is used instead of it, as the pane does', async () => {
    const kvot = new KvotFunctions(async () => edited());
    const { values } = regionTable({ year: 2024 });
    const eligible = flat(value(await kvot.eligible('svf-2024', 'payout2', values, 'widespread-failure,withheld', PLACE)));
    // Every region has 84 %: under the saved 85 % none qualifies.
    expect(eligible.slice(0, 21).every((e) => e === false)).toBe(true);
  });

  it('is read once, until the pane says the saved rules changed; a failed read is tried again', async () => {
    const read = vi.fn<() => Promise<string | null>>().mockRejectedValueOnce(new Error('Excel is busy')).mockResolvedValue(null);
    const kvot = new KvotFunctions(read);
    const e = error(await kvot.amount('svf-2024', null));
    expect(e.code).toBe('notAvailable');
    expect(e.message.en).toBe('Could not read the rules saved in the workbook: Excel is busy');
    expect(value(await kvot.amount('svf-2024', null))).toBe(365_000_000);
    await kvot.amount('svf-2024', 'payout1');
    expect(read).toHaveBeenCalledTimes(2);
    read.mockResolvedValue(edited().replace('"budget": 365000000', '"budget": 365000000'));
    kvot.lookup.forget();
    await kvot.amount('svf-2024', null);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('saved rules that do not load are an error for their id, never a quiet fall-back to the bundled file', async () => {
    const broken = edited().replace('"budget":365000000', '"budget":1');
    const kvot = new KvotFunctions(async () => broken);
    const e = error(await kvot.amount('svf-2024', null));
    expect(e.code).toBe('notAvailable');
    expect(e.message.sv).toContain('Reglerna som sparats i arbetsboken går inte att läsa');
    expect(e.message.sv).toContain('Rätta dem under Regler i Kvot');
    // Another id is not affected.
    expect(value(await kvot.amount('svf-2021', null))).toBe(370_000_000);
    // Saved text that is not even JSON blocks every id: it could be meant for any of them.
    const garbled = new KvotFunctions(async () => '{ not json');
    expect(error(await garbled.amount('svf-2021', null)).code).toBe('notAvailable');
  });
});
