// Region tables as a KVOT formula receives them: the range's values, header row first, and the
// range's address (invocation.parameterAddresses). Built from the official tables in test/fixtures.
import type { CellValue } from '../../src/core/table/types';
import { officialTable, type OfficialRow } from '../core/official';
import { parseRangeAddress } from '../../src/functions/ranges';

export const HEADER = ['Kod', 'Region', 'Befolkning', 'Inklusion', 'PREM', 'Redovisning inkommen'];

export interface TableOptions {
  year: 2021 | 2024;
  /** Per region code, cells to put instead of the qualifying defaults (column by header). */
  change?: Record<string, Partial<Record<'Inklusion' | 'PREM' | 'Redovisning inkommen' | 'Befolkning', CellValue>>>;
  /** A "Riket" total row under the regions. */
  riket?: boolean;
}

/** The official table's regions, each meeting the year's conditions unless `change` says otherwise. */
export function regionTable({ year, change = {}, riket = true }: TableOptions): { values: CellValue[][]; rows: OfficialRow[] } {
  const rows = officialTable(year);
  const deadline = year === 2021 ? '2021-09-15' : '2024-09-15';
  const data = rows.map((r) => {
    const cells: Record<string, CellValue> = {
      Inklusion: 0.84,
      PREM: 'Ja',
      'Redovisning inkommen': deadline,
      Befolkning: r.population,
      ...change[r.code],
    };
    return [r.code, r.name, cells.Befolkning, cells.Inklusion, cells.PREM, cells['Redovisning inkommen']];
  });
  const total = rows.reduce((sum, r) => sum + r.population, 0);
  const values: CellValue[][] = [HEADER, ...data];
  if (riket) values.push(['', 'Riket', total, '', '', '']);
  return { values, rows };
}

/** The place Excel would report for a range starting at `topLeft` on Blad1. */
export const at = (address: string) => parseRangeAddress(address);

/** A column result as a flat list. */
export const flat = (matrix: unknown[][]) => matrix.map((row) => row[0]);
