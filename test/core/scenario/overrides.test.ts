import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { applyOverrides } from '../../../src/core/scenario/overrides';
import { parseOverrideValue } from '../../../src/core/scenario/overrideValue';
import type { FactOverride } from '../../../src/core/scenario/types';
import type { RegionRow } from '../../../src/core/table/types';
import { bundledAgreement, officialTable, qualifyingRows } from '../official';

const agreement = bundledAgreement(2025);
const facts = agreement.facts;
const rows = () => qualifyingRows(officialTable(2024), '2025-09-30');
const fact = (id: string) => facts.find((f) => f.id === id)!;

/** Freezes rows with their facts and cells, so any write to them throws (ES modules are strict). */
function frozen(regions: RegionRow[]): RegionRow[] {
  for (const r of regions) {
    Object.freeze(r.facts);
    Object.freeze(r.cells);
    Object.freeze(r);
  }
  return Object.freeze(regions) as RegionRow[];
}

describe('fact overrides', () => {
  it('returns new rows with the overrides and leaves the rows given untouched', () => {
    const input = frozen(rows());
    const before = JSON.stringify(input);
    const overrides: FactOverride[] = [
      { region: '13', fact: 'premUsed', value: false },
      { region: 'Gävleborg', fact: 'inclusionRate', value: new Decimal('0.68') },
    ];
    const result = applyOverrides(input, overrides, facts);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(input)).toBe(before);
    const halland = result.regions.findIndex((r) => r.code === '13');
    const gavleborg = result.regions.findIndex((r) => r.name === 'Gävleborg');
    expect(result.regions[halland].facts.premUsed).toBe(false);
    expect(input[halland].facts.premUsed).toBe(true);
    expect((result.regions[gavleborg].facts.inclusionRate as Decimal).toString()).toBe('0.68');
    result.regions.forEach((r, i) => {
      expect(r).not.toBe(input[i]);
      expect(r.facts).not.toBe(input[i].facts);
    });
    const untouched = result.regions.filter((_, i) => i !== halland && i !== gavleborg);
    expect(JSON.stringify(untouched)).toBe(JSON.stringify(input.filter((_, i) => i !== halland && i !== gavleborg)));
  });

  it('matches a region by code with or without leading zeros, or by name in any case', () => {
    const result = applyOverrides(
      rows(),
      [
        { region: '1', fact: 'premUsed', value: false },
        { region: 'sKÅne', fact: 'premUsed', value: false },
      ],
      facts,
    );
    expect(result.ok && result.regions.filter((r) => r.facts.premUsed === false).map((r) => r.name)).toEqual(['Stockholm', 'Skåne']);
  });

  it('changes the population used for apportionment when the population is overridden', () => {
    const result = applyOverrides(rows(), [{ region: '09', fact: 'population', value: new Decimal(70_000) }], facts);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const gotland = result.regions.find((r) => r.code === '09')!;
    expect(gotland.population.toNumber()).toBe(70_000);
    expect((gotland.facts.population as Decimal).toNumber()).toBe(70_000);
  });

  it('names the override of an unknown region or fact', () => {
    const result = applyOverrides(
      rows(),
      [
        { region: 'Hallland', fact: 'premUsed', value: false },
        { region: 'Halland', fact: 'premUsd', value: false },
      ],
      facts,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.pointer)).toEqual(['/overrides/0', '/overrides/1']);
    expect(result.problems[0].message.sv).toBe('Ändringen "Hallland: premUsed = Nej": regionen "Hallland" finns inte i tabellen');
    expect(result.problems[0].message.en).toBe('Override "Hallland: premUsed = No": region "Hallland" is not in the table');
    expect(result.problems[1].message.en).toMatch(
      /^Override "Halland: premUsd = false": fact "premUsd" is not declared by the rule set \(known: regionCode, .*premUsed/,
    );
  });

  it('refuses values of the wrong type, identity changes and two overrides of one fact', () => {
    const result = applyOverrides(
      rows(),
      [
        { region: 'Halland', fact: 'inclusionRate', value: new Decimal(68) },
        { region: 'Halland', fact: 'premUsed', value: 'Nej' },
        { region: 'Halland', fact: 'reportSubmitted', value: '2025-02-30' },
        { region: 'Halland', fact: 'regionName', value: 'Hallandia' },
        { region: 'Kalmar', fact: 'premUsed', value: false },
        { region: '08', fact: 'premUsed', value: true },
        { region: 'Gotland', fact: 'population', value: new Decimal(-1) },
      ],
      facts,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.pointer)).toEqual([
      '/overrides/0',
      '/overrides/1',
      '/overrides/2',
      '/overrides/3',
      '/overrides/5',
      '/overrides/6',
    ]);
    expect(result.problems[0].message.en).toContain('the value must be a fraction (e.g. 0.68 for 68 %)');
    expect(result.problems[3].message.sv).toContain('kod och namn kan inte ändras');
    expect(result.problems[4].message.en).toContain('changes the same fact as override 5');
    expect(result.problems[5].message.en).toContain('the population must be a number, 0 or more');
  });

  it('normalises date overrides to ISO dates', () => {
    const result = applyOverrides(rows(), [{ region: 'Halland', fact: 'reportSubmitted', value: '30 sep 2025' }], facts);
    expect(result.ok && result.regions.find((r) => r.name === 'Halland')!.facts.reportSubmitted).toBe('2025-09-30');
  });

  it('property: overrides never mutate the rows given', () => {
    const names = officialTable(2024).map((r) => r.name);
    const override = fc.oneof(
      fc.record({ region: fc.constantFrom(...names), fact: fc.constant('premUsed'), value: fc.boolean() }),
      fc.record({
        region: fc.constantFrom(...names),
        fact: fc.constant('inclusionRate'),
        value: fc.integer({ min: 0, max: 1000 }).map((n) => new Decimal(n).dividedBy(1000)),
      }),
      fc.record({ region: fc.constantFrom(...names), fact: fc.constant('population'), value: fc.nat().map((n) => new Decimal(n)) }),
    );
    fc.assert(
      fc.property(fc.array(override, { maxLength: 15 }), (overrides) => {
        const input = frozen(rows());
        const before = JSON.stringify(input);
        applyOverrides(input, overrides, facts);
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});

describe('override values typed by a user', () => {
  it('reads percentages, yes/no and dates the Swedish way', () => {
    const read = (text: string, id: string) => {
      const r = parseOverrideValue(text, fact(id));
      return r.ok ? (r.value instanceof Decimal ? r.value.toString() : r.value) : r.message.en;
    };
    expect(read('68 %', 'inclusionRate')).toBe('0.68');
    expect(read('68,5', 'inclusionRate')).toBe('0.685');
    expect(read('0,68', 'inclusionRate')).toBe('0.68');
    expect(read('Nej', 'premUsed')).toBe(false);
    expect(read('30 sep 2025', 'reportSubmitted')).toBe('2025-09-30');
    expect(read('', 'premUsed')).toBe(null);
    expect(read('kanske', 'premUsed')).toBe('"kanske" cannot be read as PREM surveys used (write Yes or No)');
    expect(read('140 %', 'inclusionRate')).toBe('"140 %" cannot be read as Inclusion (140\u00a0% is outside 0–100 %)');
    expect(read('170', 'inclusionRate')).toBe('"170" cannot be read as Inclusion (170\u00a0% is outside 0–100 %)');
    expect(read('-5', 'inclusionRate')).toMatch(/^"-5" cannot be read as Inclusion/);
  });
});
