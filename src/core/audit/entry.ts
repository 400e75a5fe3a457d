import Decimal from 'decimal.js';
import type { Agreement } from '../agreement/types';
import type { FactValue, ParsedTable, RegionRow } from '../table/types';
import type { PayoutResult } from '../payout/types';
import { canonicalJson, sha256Hex } from './canonical';
import type { LogEntry, LoggedRegion, LoggedTotals, LoggedValue } from './types';

/** Whole kronor are exact as JS numbers far beyond any budget (2^53). */
const kronor = (d: Decimal) => d.toNumber();

/**
 * What the result hash covers, per region in table order: the inputs (population and every fact
 * value) and the kronor per tranche and total. With the inputs in it, a logged input changed later
 * fails verification even when the payouts happen to come out the same.
 */
export function resultPayouts(result: PayoutResult) {
  return result.regions.map((r) => {
    const { address: _address, ...inputs } = logRegion(r.region);
    return {
      ...inputs,
      payouts: Object.fromEntries(Object.entries(r.payouts).map(([id, amount]) => [id, kronor(amount)])),
      total: kronor(r.total),
    };
  });
}

export const resultHash = (result: PayoutResult): Promise<string> => sha256Hex(canonicalJson(resultPayouts(result)));

export function totalsOf(result: PayoutResult): LoggedTotals {
  return {
    paid: kronor(result.totals.paid),
    withheld: kronor(result.totals.withheld),
    tranches: result.tranches.map((t) => ({ id: t.id, paid: kronor(t.paid), withheld: kronor(t.withheld) })),
  };
}

/** Decimals as exact plain strings (never exponent form), everything else as read. */
export function logValue(value: FactValue): LoggedValue {
  return value instanceof Decimal ? value.toFixed() : value;
}

export function logRegion(region: RegionRow): LoggedRegion {
  return {
    address: region.address,
    code: region.code,
    name: region.name,
    population: region.population.toFixed(),
    facts: Object.fromEntries(Object.entries(region.facts).map(([id, value]) => [id, logValue(value)])),
  };
}

/**
 * The log entry for one write. The inputs are the rows the result was computed from (the table's
 * rows, unless a scenario changed them), so verifying the entry reproduces exactly what was written.
 */
export async function createLogEntry(agreement: Agreement, table: ParsedTable, result: PayoutResult, time: Date | string): Promise<LogEntry> {
  const ruleSet = canonicalJson(agreement);
  return {
    time: typeof time === 'string' ? time : time.toISOString(),
    agreementId: agreement.id,
    ruleSetHash: await sha256Hex(ruleSet),
    ruleSet,
    mapping: Object.fromEntries(Object.entries(table.mapping).map(([factId, m]) => [factId, m.header])),
    inputs: result.regions.map((r) => logRegion(r.region)),
    totals: totalsOf(result),
    resultHash: await resultHash(result),
  };
}
