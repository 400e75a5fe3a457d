import Decimal from 'decimal.js';
import type { Comparison, RegionAmounts } from '../../src/core/scenario/compare';
import { comparisonSheet, type ComparisonSheet } from '../../src/core/scenario/sheet';
import { logHeaderCells, logRowCells, type LogRow } from '../../src/core/audit/row';
import type { LogEntry, LoggedSheet } from '../../src/core/audit/types';
import type { OfficialRegion } from './fixtures';

const TRANCHES = [
  { id: 'payout1', label: { sv: 'Utbetalning 1', en: 'Payout 1' } },
  { id: 'payout2', label: { sv: 'Utbetalning 2', en: 'Payout 2' } },
];

function amounts(first: number, second: number): RegionAmounts {
  return { payouts: { payout1: new Decimal(first), payout2: new Decimal(second) }, total: new Decimal(first + second) };
}

/**
 * A comparison of the regions' payouts (tranche 1 = the amount, tranche 2 = the amount again) with
 * `scenarios` scenarios in which every third region loses its second tranche.
 */
export function comparisonOf(regions: OfficialRegion[], scenarios = 1): ComparisonSheet {
  const sum = (values: number[]) => new Decimal(values.reduce((a, b) => a + b, 0));
  const lost = (i: number) => i % 3 === 0;
  const baselinePaid = sum(regions.map((r) => 2 * r.amount));
  const scenarioPaid = sum(regions.map((r, i) => (lost(i) ? r.amount : 2 * r.amount)));
  const withheld = baselinePaid.minus(scenarioPaid);
  const comparison: Comparison = {
    tranches: TRANCHES,
    regions: regions.map((r, i) => ({
      key: r.code,
      code: r.code,
      name: r.name,
      baseline: amounts(r.amount, r.amount),
      scenarios: Array.from({ length: scenarios }, () => ({
        amounts: amounts(r.amount, lost(i) ? 0 : r.amount),
        difference: new Decimal(lost(i) ? -r.amount : 0),
        trancheDifferences: { payout1: new Decimal(0), payout2: new Decimal(lost(i) ? -r.amount : 0) },
      })),
    })),
    baseline: {
      name: 'Baslinje',
      paid: baselinePaid,
      withheld: new Decimal(0),
      tranches: {
        payout1: { paid: baselinePaid.div(2), withheld: new Decimal(0) },
        payout2: { paid: baselinePaid.div(2), withheld: new Decimal(0) },
      },
    },
    scenarios: Array.from({ length: scenarios }, (_, s) => ({
      name: `Scenario ${s + 1}`,
      paid: scenarioPaid,
      withheld,
      tranches: {
        payout1: { paid: baselinePaid.div(2), withheld: new Decimal(0) },
        payout2: { paid: baselinePaid.div(2).minus(withheld), withheld },
      },
      paidDifference: withheld.neg(),
      withheldDifference: withheld,
    })),
  };
  return comparisonSheet(comparison, 'sv');
}

/** A log row as the pane builds it (core's logRowCells) for a write over these regions. */
export function logRowOf(regions: OfficialRegion[], time = '2024-10-01T08:30:00.000Z'): LogRow {
  const paid = regions.reduce((s, r) => s + r.amount, 0);
  const entry: LogEntry & { sheet: LoggedSheet } = {
    time,
    agreementId: 'svf-2024',
    ruleSetHash: '0a'.repeat(32),
    ruleSet: JSON.stringify({ id: 'svf-2024', note: 'a "]]>" and ünïcödé' }),
    mapping: { regionCode: 'Länskod', regionName: 'Region', population: 'Befolkning' },
    inputs: regions.map((r, i) => ({
      address: `Blad1!A${i + 2}`,
      code: r.code,
      name: r.name,
      population: String(r.population),
      facts: {
        regionCode: r.code,
        regionName: r.name,
        population: String(r.population),
        inclusionRate: '0.75',
        premUsed: true,
        reportSubmitted: '2024-09-30',
      },
    })),
    totals: { paid, withheld: 0, tranches: [{ id: 'payout1', paid, withheld: 0 }] },
    resultHash: 'ff'.repeat(32),
    sheet: {
      sheet: 'Blad1',
      columns: { regionCode: 'A', regionName: 'B', population: 'C' },
      rows: regions.length > 0 ? `2-${regions.length + 1}` : '',
      percent: {},
      written: `G1:L${regions.length + 2}`,
      lang: 'sv',
    },
    by: 'Excel-tillägget',
  };
  return logRowCells(entry);
}

export const LOG_HEADER = logHeaderCells('sv');
