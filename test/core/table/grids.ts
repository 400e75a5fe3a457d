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
