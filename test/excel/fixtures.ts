import { readFileSync } from 'node:fs';
import type { OutputColumns } from '../../src/core/payout/columns.types';
import { SheetModel } from '../fake-excel/sheetModel';

export interface OfficialRegion {
  code: string;
  name: string;
  population: number;
  /** The printed share, as a fraction ("23.26%" → 0.2326). */
  share: number;
  amount: number;
}

/** The official 2024 table (test/fixtures/official-2024-payout.csv names its source). */
export function official2024(): OfficialRegion[] {
  const text = readFileSync(new URL('../fixtures/official-2024-payout.csv', import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => {
      const [code, name, population, share, amount] = line.split(',');
      return { code, name, population: Number(population), share: Number(share.replace('%', '')) / 100, amount: Number(amount) };
    });
}

export const SOURCE_HEADERS = ['Länskod', 'Region', 'Befolkning'];
export const SOURCE_FORMATS = ['@', 'General', '#,##0'];

/** Synthetic regions for size tests: n rows, distinct codes and populations. */
export function syntheticRegions(n: number): OfficialRegion[] {
  return Array.from({ length: n }, (_, i) => ({
    code: `R${i + 1}`,
    name: `Region ${i + 1}`,
    population: 1000 + 37 * i,
    share: 1 / n,
    amount: 500 + i,
  }));
}

/** A sheet "Blad1" holding a header row and the regions, top-left at `topLeft`. */
export function regionSheet(regions: OfficialRegion[], topLeft = 'A1'): SheetModel {
  const sheet = new SheetModel('Blad1');
  sheet.put(
    topLeft,
    [SOURCE_HEADERS, ...regions.map((r) => [r.code, r.name, r.population])],
    [SOURCE_FORMATS.map(() => 'General'), ...regions.map(() => SOURCE_FORMATS)],
  );
  return sheet;
}

export const OUTPUT_FORMATS = ['0.00%', '#,##0 "kr"', '@'];

/** Output columns as core would build them: share, payout, eligible; the tests give the numbers. */
export function outputColumns(
  regions: OfficialRegion[],
  options: { failing?: number[]; totals?: boolean; headers?: string[] } = {},
): OutputColumns {
  const failing = options.failing ?? [];
  return {
    headers: options.headers ?? ['Kvot: Andel', 'Kvot: Utbetalning', 'Kvot: Villkor uppfyllda'],
    rows: regions.map((r, i) => [r.share, r.amount, failing.includes(i) ? 'Nej' : 'Ja']),
    numberFormats: OUTPUT_FORMATS,
    failingRows: failing,
    totals: options.totals === false ? null : [regions.reduce((s, r) => s + r.share, 0), regions.reduce((s, r) => s + r.amount, 0), ''],
  };
}
