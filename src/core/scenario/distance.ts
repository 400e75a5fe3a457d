import Decimal from 'decimal.js';
import type { FactDeclaration, FactType, Localized } from '../agreement/types';
import type { ConditionOutcome } from '../evaluation/types';
import { toIsoDate } from '../table/dates';
import { formatNumber, formatPercent, formatPercentagePoints } from '../format/numbers';
import { both, catalogue, counted } from '../i18n';

/** Above/below a number or percent, after/before a date; "at"/"on" exactly at the threshold. */
export type Direction = 'above' | 'below' | 'at' | 'after' | 'before' | 'on';

export type DistanceKind = 'percent' | 'number' | 'date' | 'boolean' | 'other';

/** How far one region's fact is from one condition's threshold. */
export interface ConditionDistance {
  trancheId: string;
  /** The condition's name in the rule file, e.g. "inclusion". */
  name: string;
  fact: string;
  operator: string;
  kind: DistanceKind;
  passed: boolean;
  missing: boolean;
  /**
   * Fact value minus threshold: a fraction for percent (0.012 = 1,2 procentenheter), the fact's own
   * unit for numbers, whole days for dates. Null for yes/no and other conditions and for missing values.
   */
  distance: Decimal | null;
  direction: Direction | null;
  /** One line: "1,2 procentenheter under 70 %", "2 dagar efter 2024-09-30", "uppfyllt". */
  text: Localized;
}

const DAY_MS = 86_400_000;

const WORDS = catalogue({
  sv: {
    above: 'över',
    below: 'under',
    at: 'precis på',
    after: 'efter',
    before: 'före',
    on: 'samma dag som',
    met: 'uppfyllt',
    notMet: 'ej uppfyllt',
    missing: 'värde saknas',
    day: 'dag',
    days: 'dagar',
  },
  en: {
    above: 'above',
    below: 'below',
    at: 'exactly at',
    after: 'after',
    before: 'before',
    on: 'on',
    met: 'met',
    notMet: 'not met',
    missing: 'value missing',
    day: 'day',
    days: 'days',
  },
});

/** The distance of one evaluated condition (an outcome of computePayouts) from its threshold. */
export function conditionDistance(outcome: ConditionOutcome, fact: FactDeclaration): ConditionDistance {
  const base = {
    trancheId: outcome.trancheId,
    name: outcome.name,
    fact: outcome.fact,
    operator: outcome.operator,
    passed: outcome.passed,
    missing: outcome.missing,
  };
  const kind = kindOf(fact.type, outcome.required);
  if (outcome.missing) return { ...base, kind, distance: null, direction: null, text: both((l) => WORDS[l].missing) };

  if (kind === 'percent' || kind === 'number') {
    const actual = toDecimal(outcome.actual);
    const required = toDecimal(outcome.required);
    if (actual && required) return { ...base, kind, ...numeric(actual, required, kind) };
  }
  if (kind === 'date') {
    const actual = toIsoDate(outcome.actual);
    const required = toIsoDate(outcome.required);
    if (actual && required) return { ...base, kind, ...days(actual, required) };
  }
  return {
    ...base,
    kind: kind === 'boolean' ? 'boolean' : 'other',
    distance: null,
    direction: null,
    text: both((l) => (outcome.passed ? WORDS[l].met : WORDS[l].notMet)),
  };
}

function kindOf(type: FactType, required: unknown): DistanceKind {
  if (Array.isArray(required)) return type === 'boolean' ? 'boolean' : 'other';
  if (type === 'percent' || type === 'number' || type === 'date' || type === 'boolean') return type;
  return 'other';
}

function numeric(actual: Decimal, required: Decimal, kind: 'percent' | 'number') {
  const distance = actual.minus(required);
  const direction: Direction = distance.isZero() ? 'at' : distance.isPositive() ? 'above' : 'below';
  const text = both((l) => {
    const threshold = kind === 'percent' ? formatPercent(required, l) : formatNumber(required, l);
    if (direction === 'at') return `${WORDS[l].at} ${threshold}`;
    const gap = kind === 'percent' ? formatPercentagePoints(distance.abs(), l) : formatNumber(distance.abs(), l);
    return `${gap} ${WORDS[l][direction]} ${threshold}`;
  });
  return { distance, direction, text };
}

function days(actual: string, required: string) {
  const count = Math.round((Date.parse(actual) - Date.parse(required)) / DAY_MS);
  const direction: Direction = count === 0 ? 'on' : count > 0 ? 'after' : 'before';
  const n = Math.abs(count);
  const text = both((l) =>
    direction === 'on'
      ? `${WORDS[l].on} ${required}`
      : `${counted(l, n, { one: WORDS[l].day, other: WORDS[l].days })} ${WORDS[l][direction]} ${required}`,
  );
  return { distance: new Decimal(count), direction, text };
}

function toDecimal(value: unknown): Decimal | null {
  if (value instanceof Decimal) return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '')) {
    try {
      return new Decimal(value);
    } catch {
      return null;
    }
  }
  return null;
}
