import type { CellGrid, CellValue } from '../../../src/core/table/types';

export const HEADER = ['Kod', 'Region', 'Befolkning', 'Inklusion', 'PREM', 'Redovisning'];

/** A grid on "Blad1" starting at A1 unless told otherwise. */
export function grid(values: CellValue[][], options: Partial<Omit<CellGrid, 'values'>> = {}): CellGrid {
  return { sheetName: 'Blad1', origin: { row: 0, column: 0 }, ...options, values };
}

/** Three regions under HEADER, every value valid. */
export function cleanRows(): CellValue[][] {
  return [
    ['01', 'Stockholm', 2455914, 0.842, 'Ja', '2024-09-30'],
    ['03', 'Uppsala', 404589, 0.71, 'Nej', '2024-09-15'],
    ['04', 'Södermanland', 301801, 0.65, 'Ja', '2024-10-02'],
  ];
}

/**
 * n synthetic regions under HEADER's columns: rates from 60 % to 94 %, about one in eleven without
 * PREM and one in seven late, so payout 2 is redistributed. For tests of large tables.
 */
export function syntheticRows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i): CellValue[] => [
    `R${i + 1}`,
    `Region ${i + 1}`,
    1000 + 37 * i,
    0.6 + (i % 35) / 100,
    i % 11 ? 'Ja' : 'Nej',
    i % 7 ? '2024-09-15' : '2024-10-15',
  ]);
}
