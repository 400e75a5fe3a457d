// KVOT.FORDELA / KVOT.APPORTION as a pure unit: the golden 2024 and 2021 tables, the tie-break by
// row position, and every refusal (a blank is never 0 and never FALSE).
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { apportion } from '../../src/core/apportionment/largestRemainder';
import { apportionRange } from '../../src/functions/apportionColumn';
import type { FunctionResult } from '../../src/functions/result';
import { officialTable } from '../core/official';
import { at, flat } from './tables';

const NO_PLACES = { weights: null, qualifiers: null };
const column = (values: unknown[]) => values.map((v) => [v]);

function value<T>(result: FunctionResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}
function error<T>(result: FunctionResult<T>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('KVOT.FORDELA on the official tables', () => {
  it('gives the government’s 2024 table to the krona (182 500 000 kr by population)', () => {
    const rows = officialTable(2024);
    const parts = value(apportionRange(182_500_000, column(rows.map((r) => r.population)), null, NO_PLACES));
    expect(flat(parts)).toEqual(rows.map((r) => r.amount));
    expect(flat(parts).reduce((s: number, n) => s + (n as number), 0)).toBe(182_500_000);
  });

  it('differs from the 2021 decision in exactly Sörmland and Västerbotten, by 1 kr each, as the core does', () => {
    const rows = officialTable(2021);
    const parts = flat(value(apportionRange(185_000_000, column(rows.map((r) => r.population)), null, NO_PLACES)));
    const differing = rows.flatMap((r, i) => (parts[i] === r.amount ? [] : [{ name: r.name, formula: parts[i], official: r.amount }]));
    expect(differing).toEqual([
      { name: 'Region Sörmland', formula: 5_327_429, official: 5_327_430 },
      { name: 'Region Västerbotten', formula: 4_869_424, official: 4_869_423 },
    ]);
  });

  it('redistributes among the TRUE rows: the same kronor as the core splitting among the qualifying regions', () => {
    const rows = officialTable(2024);
    const failing = new Set(['04', '08', '21']); // Sörmland, Kalmar, Gävleborg
    const qualifiers = column(rows.map((r) => !failing.has(r.code)));
    const parts = flat(value(apportionRange(182_500_000, column(rows.map((r) => r.population)), qualifiers, NO_PLACES)));
    const core = apportion(
      new Decimal(182_500_000),
      rows.map((r) => ({ key: r.code, weight: new Decimal(failing.has(r.code) ? 0 : r.population) })),
    );
    expect(parts).toEqual(core.map((d) => d.toNumber()));
    rows.forEach((r, i) => failing.has(r.code) && expect(parts[i]).toBe(0));
    expect(parts.reduce((s: number, n) => s + (n as number), 0)).toBe(182_500_000);
  });

  it('returns a row for a row of weights, and reads Swedish number text and Ja/Nej like the table reader', () => {
    expect(value(apportionRange('1 000', [['1', '1', '2']], [['Ja', 'nej', 'SANT']], NO_PLACES))).toEqual([[333, 0, 667]]);
  });
});

describe('KVOT.FORDELA tie-break (larger remainder, larger weight, then the earlier row)', () => {
  it('gives a krona left over between equal remainders and weights to the earlier row', () => {
    expect(flat(value(apportionRange(1, column([1, 1]), null, NO_PLACES)))).toEqual([1, 0]);
    expect(flat(value(apportionRange(2, column([5, 5, 5, 5]), null, NO_PLACES)))).toEqual([1, 1, 0, 0]);
  });

  it('gives it to the larger weight when the remainders are equal', () => {
    // Quotas 0.5 and 2.5: both remainders are a half; the larger weight wins.
    expect(flat(value(apportionRange(3, column([1, 5]), null, NO_PLACES)))).toEqual([0, 3]);
  });

  it('orders by position as numbers, not as text: row 10 comes after row 9', () => {
    const weights = Array.from({ length: 11 }, () => 1);
    const parts = flat(value(apportionRange(10, column(weights), null, NO_PLACES)));
    expect(parts).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
  });

  it('property: the parts always add up to the amount and never differ from the exact quota by a krona or more', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 5_000_000 }), { minLength: 1, maxLength: 30 }), fc.nat({ max: 500_000_000 }), (weights, total) => {
        fc.pre(weights.some((w) => w > 0));
        const parts = flat(value(apportionRange(total, column(weights), null, NO_PLACES))) as number[];
        expect(parts.reduce((s, n) => s + n, 0)).toBe(total);
        const sum = weights.reduce((s, w) => s + w, 0);
        parts.forEach((p, i) => expect(Math.abs(p - (total * weights[i]) / sum)).toBeLessThan(1));
      }),
    );
  });
});

describe('KVOT.FORDELA refuses rather than guess', () => {
  const places = { weights: at('Blad1!C5:C7'), qualifiers: at('Blad1!H5:H7') };

  it('a blank weight, naming its cell: a blank is not 0', () => {
    const e = error(apportionRange(100, column([10, null, '']), null, places));
    expect(e.code).toBe('invalidValue');
    expect(e.message.sv).toContain('Tomma vikter: Blad1!C6, Blad1!C7');
    expect(e.message.sv).toContain('inte 0');
    expect(e.message.en).toContain('Blank weights: Blad1!C6, Blad1!C7');
  });

  it('a blank condition, naming its cell: a blank is never FALSE', () => {
    const e = error(apportionRange(100, column([10, 20, 30]), column([true, null, false]), places));
    expect(e.message.sv).toContain('Tomma villkor: Blad1!H6');
    expect(e.message.sv).toContain('inte FALSKT');
    expect(e.message.en).toContain('A blank cell is not FALSE');
  });

  it('text that is not a number or not yes/no, negative weights', () => {
    expect(error(apportionRange(100, column([10, 'många']), null, places)).message.sv).toContain('Blad1!C6 ("många")');
    expect(error(apportionRange(100, column([10, -1]), null, places)).message.en).toContain('Negative weights: Blad1!C6');
    expect(error(apportionRange(100, column([10, 20]), column([true, 'kanske']), places)).message.en).toContain('Blad1!H6 ("kanske")');
  });

  it('names positions inside the argument when Excel gives no address', () => {
    expect(error(apportionRange(100, column([10, null]), null, NO_PLACES)).message.sv).toContain('vikter, rad 2');
  });

  it('an amount that is blank, not whole kronor, negative, TRUE or beyond 2^53', () => {
    expect(error(apportionRange(null, column([1]), null, NO_PLACES)).message.sv).toBe('Beloppet är tomt.');
    expect(error(apportionRange('', column([1]), null, NO_PLACES)).message.en).toBe('The amount is blank.');
    expect(error(apportionRange(100.5, column([1]), null, NO_PLACES)).message.en).toContain('not whole kronor');
    expect(error(apportionRange(-5, column([1]), null, NO_PLACES)).message.en).toContain('negative');
    expect(error(apportionRange(true, column([1]), null, NO_PLACES)).message.sv).toContain('inte SANT');
    expect(error(apportionRange(2 ** 60, column([1]), null, NO_PLACES)).message.en).toContain('larger than');
  });

  it('weights in more than one column, qualifiers of another size', () => {
    expect(
      error(
        apportionRange(
          100,
          [
            [1, 2],
            [3, 4],
          ],
          null,
          NO_PLACES,
        ),
      ).message.sv,
    ).toContain('en kolumn eller en rad, inte 2 rader × 2 kolumner');
    expect(error(apportionRange(100, column([1, 2, 3]), column([true, false]), NO_PLACES)).message.en).toContain(
      'Qualifiers are 2 rows × 1 column but weights 3 rows × 1 column',
    );
  });

  it('no qualifying row, or qualifying rows weighing nothing: an error, never a column that does not add up', () => {
    expect(error(apportionRange(100, column([1, 2]), column([false, false]), NO_PLACES)).message.sv).toContain(
      'Ingen rad uppfyller villkoren',
    );
    expect(error(apportionRange(100, column([0, 2]), column([true, false]), NO_PLACES)).message.en).toContain('add up to 0');
    // Nothing to split is not a problem: zeros add up to zero.
    expect(flat(value(apportionRange(0, column([1, 2]), column([false, false]), NO_PLACES)))).toEqual([0, 0]);
  });
});
