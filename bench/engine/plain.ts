/**
 * The same work as Kvot's core without the rule format: a hand-written loop for the svf-2024
 * conditions (inclusion ≥ 70 %, PREM used, report by 2024-09-30) that builds an explanation object
 * per condition and row (sv and en), and apportions both payouts exactly with decimal.js, largest
 * remainder with Kvot's tie-break. What a careful programmer would write for this one agreement.
 */
import Decimal from 'decimal.js';
import type { Localized } from '../../src/core/agreement/types';
import type { RegionRow } from '../../src/core/table/types';

const Exact = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_DOWN });
const REQUIRED_RATE = new Decimal('0.7');
const DEADLINE = '2024-09-30';
const NBSP = '\u00a0';

export interface PlainOutcome {
  name: string;
  passed: boolean;
  reason: Localized;
}

export interface PlainRegion {
  eligible: boolean;
  outcomes: PlainOutcome[];
  reasons: Localized[];
  payouts: Decimal[];
  total: Decimal;
  share: Decimal;
}

const percent = (rate: Decimal, lang: 'sv' | 'en') => {
  const digits = rate.times(100).toDecimalPlaces(2).toString();
  return `${lang === 'sv' ? digits.replace('.', ',') : digits}${NBSP}%`;
};

function explain(row: RegionRow): PlainOutcome[] {
  const rate = row.facts.inclusionRate as Decimal;
  const prem = row.facts.premUsed as boolean;
  const report = row.facts.reportSubmitted as string;
  const rateOk = rate.greaterThanOrEqualTo(REQUIRED_RATE);
  const reportOk = report <= DEADLINE;
  const yes = (b: boolean, lang: 'sv' | 'en') => (lang === 'sv' ? (b ? 'Ja' : 'Nej') : b ? 'Yes' : 'No');
  return [
    {
      name: 'inclusion',
      passed: rateOk,
      reason: rateOk
        ? {
            sv: `Inklusion ${percent(rate, 'sv')} når kravet 70${NBSP}%`,
            en: `Inclusion ${percent(rate, 'en')} meets the required 70${NBSP}%`,
          }
        : {
            sv: `Inklusion ${percent(rate, 'sv')} är under kravet 70${NBSP}%`,
            en: `Inclusion ${percent(rate, 'en')} is below the required 70${NBSP}%`,
          },
    },
    {
      name: 'prem',
      passed: prem,
      reason: prem
        ? { sv: `PREM-enkäter använda: ${yes(prem, 'sv')}`, en: `PREM surveys used: ${yes(prem, 'en')}` }
        : { sv: `PREM-enkäter använda: ${yes(prem, 'sv')}, krävs Ja`, en: `PREM surveys used: ${yes(prem, 'en')}, Yes required` },
    },
    {
      name: 'report',
      passed: reportOk,
      reason: reportOk
        ? { sv: `Redovisning inkommen ${report}, senast ${DEADLINE}`, en: `Report submitted ${report}, by ${DEADLINE}` }
        : {
            sv: `Redovisning inkommen ${report} är efter sista dag ${DEADLINE}`,
            en: `Report submitted ${report} is after the deadline ${DEADLINE}`,
          },
    },
  ];
}

/** Largest remainder to whole kronor: larger remainder, then larger weight, then code. */
function apportion(amount: Decimal, weights: readonly Decimal[], keys: readonly string[]): Decimal[] {
  const sum = weights.reduce((s, w) => s.plus(w), new Exact(0));
  if (sum.isZero()) return weights.map(() => new Decimal(0));
  const total = new Exact(amount);
  const floors: Decimal[] = [];
  const remainders: Decimal[] = [];
  let left = total;
  for (const w of weights) {
    const n = total.times(w);
    const floor = n.dividedToIntegerBy(sum);
    floors.push(floor);
    remainders.push(n.minus(floor.times(sum)));
    left = left.minus(floor);
  }
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => remainders[b].comparedTo(remainders[a]) || weights[b].comparedTo(weights[a]) || (keys[a] < keys[b] ? -1 : 1));
  const out = floors.map((f) => new Decimal(f));
  for (let k = 0, n = left.toNumber(); k < n; k++) out[order[k]] = out[order[k]].plus(1);
  return out;
}

/** Payout 1 to everyone, payout 2 to the regions meeting all three conditions, both by population. */
export function plainLoop(rows: readonly RegionRow[], amounts: readonly [Decimal, Decimal]): PlainRegion[] {
  const outcomes = rows.map(explain);
  const eligible = outcomes.map((o) => o.every((c) => c.passed));
  const keys = rows.map((r) => r.code ?? r.name);
  const zero = new Decimal(0);
  const first = apportion(
    amounts[0],
    rows.map((r) => r.population),
    keys,
  );
  const second = apportion(
    amounts[1],
    rows.map((r, i) => (eligible[i] ? r.population : zero)),
    keys,
  );
  const population = rows.reduce((s, r) => s.plus(r.population), zero);
  return rows.map((r, i) => ({
    eligible: eligible[i],
    outcomes: outcomes[i],
    reasons: eligible[i] ? [] : outcomes[i].filter((c) => !c.passed).map((c) => c.reason),
    payouts: [first[i], second[i]],
    total: first[i].plus(second[i]),
    share: r.population.dividedBy(population),
  }));
}
