/** Synthetic region tables for the engine benchmark: the svf-2024 facts, a mix of passing and failing rows. */
import Decimal from 'decimal.js';
import type { RegionRow } from '../../src/core/table/types';

/** n rows as the table reader makes them; about 1 in 4 fails a condition, no value is blank. */
export function syntheticRows(n: number): RegionRow[] {
  const rows: RegionRow[] = [];
  for (let i = 0; i < n; i++) {
    const code = String(i).padStart(6, '0');
    const population = new Decimal(50_000 + ((i * 7919) % 2_400_000));
    const inclusionRate = new Decimal(60 + ((i * 31) % 35)).dividedBy(100);
    const premUsed = i % 11 !== 0;
    const reportSubmitted = `2024-${i % 13 === 0 ? '10' : '09'}-${String(1 + (i % 28)).padStart(2, '0')}`;
    rows.push({
      gridRow: i + 1,
      address: `Blad1!A${i + 2}`,
      code,
      name: `Region ${code}`,
      population,
      cells: {},
      facts: { regionCode: code, regionName: `Region ${code}`, population, inclusionRate, premUsed, reportSubmitted },
    });
  }
  return rows;
}
