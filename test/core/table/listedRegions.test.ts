import { describe, expect, it } from 'vitest';
import { agreementParseOptions, parseTable } from '../../../src/core/table/parse';
import { loadAgreement } from '../../../src/core/agreement/load';
import type { CellValue } from '../../../src/core/table/types';
import { bundledAgreement, officialTable } from '../official';

const agreement = bundledAgreement(2024);
const grid = (rows: CellValue[][]) => ({
  sheetName: 'Blad1',
  origin: { row: 0, column: 0 },
  values: [['Kod', 'Region', 'Befolkning', 'Inklusion', 'PREM', 'Redovisning'], ...rows],
});
const row = (code: string | null, name: string, population: number): CellValue[] => [code, name, population, 0.8, 'Ja', '2024-09-10'];

describe("the agreement's list of regions", () => {
  it('knows every region of the official 2024 and 2021 tables by the names printed there ("Jönköpings", "Region Sörmland")', () => {
    for (const year of [2024, 2021] as const) {
      const rows = officialTable(year).map((r) => row(null, r.name, r.population));
      const parsed = parseTable(grid(rows), agreement.facts, {}, agreementParseOptions(agreement));
      expect(parsed.ok && parsed.table.warnings, `${year}`).toEqual([]);
    }
  });

  it('refuses a row that is none of the regions, and asks about a listed region missing from the table', () => {
    const rows = officialTable(2024)
      .filter((r) => r.code !== '09')
      .map((r) => row(r.code, r.name, r.population));
    const asked = parseTable(grid(rows), agreement.facts, {}, agreementParseOptions(agreement));
    expect(asked.ok && asked.table.warnings.map((w) => [w.code, w.message.en])).toEqual([
      [
        'missing-regions',
        "1 of the agreement's 21 regions is missing from the table: Gotland (09). Their share then goes to the other regions",
      ],
    ]);
    const refused = parseTable(grid([...rows, row(null, 'Övriga', 1000)]), agreement.facts, {}, agreementParseOptions(agreement));
    expect(!refused.ok && refused.errors.map((e) => [e.code, e.address])).toEqual([['unknown-region', 'Blad1!A22']]);
  });

  it('is checked by the loader: one region listed twice by code or by name is named by pointer', () => {
    const json = JSON.parse(JSON.stringify(agreement)) as { regions: { code: string; name: string }[] };
    json.regions[1] = { code: '1', name: 'Uppsala' };
    json.regions[2] = { code: '04', name: 'Region Stockholm' };
    const loaded = loadAgreement(json);
    expect(!loaded.ok && loaded.problems.map((p) => p.pointer)).toEqual(['/regions/1/code', '/regions/2/name']);
  });
});
