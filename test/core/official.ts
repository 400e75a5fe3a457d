import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Decimal from 'decimal.js';
import type { RegionRow } from '../../src/core/table/types';
import type { Agreement } from '../../src/core/agreement/types';
import { loadAgreement } from '../../src/core/agreement/load';

export interface OfficialRow {
  code: string;
  name: string;
  population: number;
  amount: number;
}

/**
 * The official payout tables (test/fixtures, copied from shared/data with their source named). Read
 * by path from the project root: under jsdom import.meta.url is not a file URL.
 */
export function officialTable(year: 2021 | 2024): OfficialRow[] {
  const text = readFileSync(resolve(process.cwd(), `test/fixtures/official-${year}-payout.csv`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .slice(1)
    .map((line) => {
      const [code, name, population, , amount] = line.split(',');
      return { code, name, population: Number(population), amount: Number(amount) };
    });
}

export function bundledAgreement(year: number | string): Agreement {
  const file = typeof year === 'number' ? `svf-${year}` : year;
  const json: unknown = JSON.parse(readFileSync(resolve(process.cwd(), `rules/${file}.json`), 'utf8'));
  const result = loadAgreement(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.agreement;
}

/** Region rows as the table reader makes them, for tests that do not exercise reading. */
export function regionRow(
  index: number,
  code: string,
  name: string,
  population: number | string,
  facts: Partial<Record<string, Decimal | boolean | string | null>> = {},
): RegionRow {
  const pop = new Decimal(population);
  return {
    gridRow: index + 1,
    address: `Blad1!A${index + 2}`,
    code,
    name,
    population: pop,
    facts: { regionCode: code, regionName: name, population: pop, inclusionRate: null, premUsed: null, reportSubmitted: null, ...facts },
    cells: {},
  };
}

/** All regions of an official table meeting the 2024/2025 conditions. */
export function qualifyingRows(rows: OfficialRow[], deadline = '2024-09-30'): RegionRow[] {
  return rows.map((r, i) =>
    regionRow(i, r.code, r.name, r.population, { inclusionRate: new Decimal('0.84'), premUsed: true, reportSubmitted: deadline }),
  );
}
