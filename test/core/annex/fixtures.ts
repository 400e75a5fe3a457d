import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Agreement } from '../../../src/core/agreement/types';
import type { CellGrid, ParsedTable } from '../../../src/core/table/types';
import type { PayoutResult } from '../../../src/core/payout/types';
import { computePayouts } from '../../../src/core/payout/compute';
import { ruleSetHash } from '../../../src/core/audit';
import { csvGrid, readTable } from '../scenario/tables';

/** The 2024 decision's annex (test/fixtures/annex-2024.txt): the lines above the table and its cells as printed. */
export function seedAnnex2024(): { lines: string[]; cells: string[][] } {
  const text = readFileSync(resolve(process.cwd(), 'test/fixtures/annex-2024.txt'), 'utf8');
  const body = text.split('\n').filter((line) => !line.startsWith('#'));
  const blank = body.indexOf('');
  return {
    lines: body.slice(0, blank),
    cells: body
      .slice(blank + 1)
      .filter((line) => line !== '')
      .map((line) => line.split('\t')),
  };
}

/**
 * An official payout table (kod, region, befolkning, andel, belopp) as pasted into a sheet, with the
 * population header renamed and condition columns added that every region meets (or, with
 * `failing`, that those rows fail): what an officer has when the decision is to be drafted.
 */
export function officialSheet(year: 2021 | 2024, populationHeader: string, failing: number[] = []): CellGrid {
  const official = csvGrid(`test/fixtures/official-${year}-payout.csv`);
  const values = official.values.map((row, i) => {
    if (i === 0) return [row[0], row[1], populationHeader, ...row.slice(3), 'Inklusion', 'PREM', 'Redovisning inkommen'];
    const fails = failing.includes(i - 1);
    return [...row, fails ? '65 %' : '84 %', 'Ja', `${year}-09-15`];
  });
  return { ...official, values };
}

export async function computed(agreement: Agreement, grid: CellGrid): Promise<{ table: ParsedTable; result: PayoutResult; hash: string }> {
  const table = readTable(grid, agreement);
  return { table, result: await computePayouts(agreement, table.regions), hash: await ruleSetHash(agreement) };
}

/** Intl writes Swedish numbers with no-break spaces; the seed's table has plain ones. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
