import Decimal from 'decimal.js';
import type { FactType } from '../agreement/types';
import { toIsoDate } from '../table/dates';
import { compareDecimals } from '../decimal/compare';

export type OperatorEvaluator = (factValue: unknown, required: unknown) => boolean;

export interface OperatorSpec {
  /** Fact types the operator applies to. */
  factTypes: readonly FactType[];
  evaluate: OperatorEvaluator;
}

/** A number, a numeric text or a Decimal as a Decimal; null for anything else. */
export function toDecimal(value: unknown): Decimal | null {
  if (value instanceof Decimal) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return new Decimal(value);
  if (typeof value === 'string' && value.trim() !== '') {
    try {
      return new Decimal(value.trim());
    } catch {
      return null;
    }
  }
  return null;
}

/** Exact decimal comparison, so a fact of "0.70" meets a requirement of 0.7 with no float surprises. */
const compareDecimal =
  (accept: (cmp: number) => boolean): OperatorEvaluator =>
  (fact, required) => {
    const a = toDecimal(fact);
    const b = toDecimal(required);
    return a !== null && b !== null && accept(compareDecimals(a, b));
  };

const compareDate =
  (accept: (cmp: number) => boolean): OperatorEvaluator =>
  (fact, required) => {
    const a = isoDateOf(fact);
    const b = isoDateOf(required);
    return a !== null && b !== null && accept(a < b ? -1 : a > b ? 1 : 0);
  };

/**
 * toIsoDate, remembering texts already read: a date column repeats a handful of dates down 20 000
 * rows, and the rule file's date is the same for every row. Bounded; the reading is pure.
 */
function isoDateOf(value: unknown): string | null {
  if (typeof value !== 'string') return toIsoDate(value);
  let iso = ISO_TEXTS.get(value);
  if (iso === undefined) {
    iso = toIsoDate(value);
    if (ISO_TEXTS.size >= ISO_TEXTS_KEPT) ISO_TEXTS.clear();
    ISO_TEXTS.set(value, iso);
  }
  return iso;
}
const ISO_TEXTS = new Map<string, string | null>();
const ISO_TEXTS_KEPT = 4096;

/** Equal as numbers (exactly), as dates (any accepted form: ISO, serial, "30 sep 2024"), or as is. */
function sameValue(fact: unknown, required: unknown): boolean {
  if (fact === null || fact === undefined) return false;
  if (fact === required) return true;
  if (typeof fact === 'boolean' || typeof required === 'boolean') return false;
  const a = toDecimal(fact);
  const b = toDecimal(required);
  if (a !== null && b !== null) return a.equals(b);
  const dateA = toIsoDate(fact);
  return dateA !== null && dateA === toIsoDate(required);
}

const ALL_TYPES: readonly FactType[] = ['number', 'percent', 'boolean', 'date', 'text'];
const NUMERIC: readonly FactType[] = ['number', 'percent'];

/**
 * The operators a rule file may use. The numeric ones replace json-rules-engine's float versions
 * under the same names; onOrBefore/onOrAfter compare whole days and accept ISO dates or Excel serials.
 */
export const OPERATORS: Readonly<Record<string, OperatorSpec>> = {
  greaterThanInclusive: { factTypes: NUMERIC, evaluate: compareDecimal((c) => c >= 0) },
  greaterThan: { factTypes: NUMERIC, evaluate: compareDecimal((c) => c > 0) },
  lessThanInclusive: { factTypes: NUMERIC, evaluate: compareDecimal((c) => c <= 0) },
  lessThan: { factTypes: NUMERIC, evaluate: compareDecimal((c) => c < 0) },
  equal: { factTypes: ALL_TYPES, evaluate: (f, r) => sameValue(f, r) },
  notEqual: { factTypes: ALL_TYPES, evaluate: (f, r) => f !== null && f !== undefined && !sameValue(f, r) },
  onOrBefore: { factTypes: ['date'], evaluate: compareDate((c) => c <= 0) },
  onOrAfter: { factTypes: ['date'], evaluate: compareDate((c) => c >= 0) },
  in: { factTypes: ['text', 'number'], evaluate: (f, r) => Array.isArray(r) && r.some((x) => sameValue(f, x)) },
  notIn: {
    factTypes: ['text', 'number'],
    evaluate: (f, r) => f !== null && f !== undefined && Array.isArray(r) && !r.some((x) => sameValue(f, x)),
  },
};

export const OPERATOR_NAMES = Object.keys(OPERATORS);
