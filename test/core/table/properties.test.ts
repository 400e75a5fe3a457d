import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { excelSerialToIso, readDate } from '../../../src/core/table/dates';
import { parseNumberText } from '../../../src/core/table/numbers';
import { readPercentCell, readPercentColumn } from '../../../src/core/table/percent';
import { parseTable } from '../../../src/core/table/parse';
import { FACTS } from './facts';
import { grid } from './grids';

const groupSpace = fc.constantFrom(' ', '\u00A0', '\u202F');

/** Writes digits in groups of three from the right, each gap a random space kind. */
function grouped(digits: string, spaces: string[]): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.map((g, i) => (i === 0 ? g : spaces[i % spaces.length] + g)).join('');
}

describe('properties', () => {
  it('a non-negative integer written with any group spaces reads back exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.array(groupSpace, { minLength: 1, maxLength: 7 }), (n, spaces) => {
        const text = grouped(n.toString(), spaces);
        expect(parseNumberText(text)?.toFixed()).toBe(n.toString());
      }),
    );
  });

  it('a rate written as "x,y %" reads back as the exact fraction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.stringMatching(/^\d{1,6}$/),
        fc.constantFrom(' %', '%', '\u00A0%'),
        (whole, decimals, suffix) => {
          const r = readPercentCell(`${whole},${decimals}${suffix}`);
          expect(r.ok && r.value?.exact).toBe(true);
          const expected = new Decimal(`${whole}.${decimals}`).dividedBy(100);
          expect(r.ok && r.value?.value.equals(expected)).toBe(true);
        },
      ),
    );
  });

  it('a column of rates reads the same written as fractions or as points, or asks about every cell it might misread', () => {
    const rate = fc.integer({ min: 0, max: 1000 }).map((permille) => new Decimal(permille).dividedBy(1000));
    fc.assert(
      fc.property(fc.array(rate, { minLength: 1, maxLength: 25 }), (rates) => {
        const cells = (write: (d: Decimal) => string) => rates.map((d, i) => ({ cell: write(d), address: `Blad1!D${i + 2}` }));
        const asFractions = readPercentColumn(
          cells((d) => d.toString().replace('.', ',')),
          { sv: 'I', en: 'I' },
        );
        const asPoints = readPercentColumn(
          cells((d) => d.times(100).toString().replace('.', ',')),
          { sv: 'I', en: 'I' },
        );
        expect(asFractions.errors).toEqual([]);
        expect(asPoints.errors).toEqual([]);
        // Fractions never exceed 1: always read exactly, never asked about.
        expect(asFractions.values.map(String)).toEqual(rates.map(String));
        expect(asFractions.warnings).toEqual([]);
        // A column whose every value is at most 1 point reads as fractions: nothing can tell them apart.
        if (!rates.some((r) => r.greaterThan(0.01))) return;
        // Otherwise points may be misread only where a value is at most 1 point, and each such cell is asked about.
        const asked = new Set(asPoints.warnings.flatMap((w) => w.cells ?? [w.address]));
        asPoints.values.forEach((value, i) => {
          if (String(value) !== String(rates[i])) expect(asked.has(`Blad1!D${i + 2}`)).toBe(true);
        });
        if (rates.every((r) => r.isZero() || r.greaterThan(0.01))) expect(asPoints.values.map(String)).toEqual(rates.map(String));
      }),
    );
  });

  it('consecutive Excel serials after the fake leap day are consecutive days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958464 }), (serial) => {
        const today = Date.parse(excelSerialToIso(serial)!);
        const tomorrow = Date.parse(excelSerialToIso(serial + 1)!);
        expect(tomorrow - today).toBe(86_400_000);
      }),
    );
  });

  it('any real date reads back from ISO text and from "d month yyyy"', () => {
    const months = ['januari', 'feb', 'mars', 'april', 'maj', 'juni', 'juli', 'aug', 'september', 'oktober', 'nov', 'december'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(readDate(iso)).toEqual({ ok: true, value: iso });
          expect(readDate(date)).toEqual({ ok: true, value: iso });
          const text = `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
          expect(readDate(text)).toEqual({ ok: true, value: iso });
        },
      ),
    );
  });

  it('every region row survives a table with random title rows, spacing and totals', () => {
    const region = fc.record({
      population: fc.integer({ min: 0, max: 20_000_000 }),
      spaces: fc.array(groupSpace, { minLength: 1, maxLength: 3 }),
      asText: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(region, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        (regions, titleRows, withTotal) => {
          const values = [
            ...Array.from({ length: titleRows }, (_, i) => [`Rubrik ${i}`]),
            ['Kod', 'Region', 'Befolkning'],
            ...regions.map((r, i) => [
              String(i + 1).padStart(2, '0'),
              `Region ${i + 1}`,
              r.asText ? grouped(String(r.population), r.spaces) : r.population,
            ]),
            ...(withTotal ? [[null, 'Riket', regions.reduce((s, r) => s + r.population, 0)]] : []),
          ];
          const result = parseTable(grid(values), FACTS);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.table.headerRow).toBe(titleRows);
          expect(result.table.regions.map((r) => r.population.toNumber())).toEqual(regions.map((r) => r.population));
          expect(result.table.skippedTotals).toHaveLength(withTotal ? 1 : 0);
        },
      ),
      { numRuns: 50 },
    );
  });
});
