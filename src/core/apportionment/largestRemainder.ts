import Decimal from 'decimal.js';
import { safeInteger } from '../decimal/safeInteger';

export interface ApportionPart {
  /** Stable identity (region code or name): the last tie-break, so row order never matters. */
  key: string;
  weight: Decimal;
}

/**
 * The weights as integers with one common scale (10^places, places the most decimal places of any
 * weight): the quotas total·w/Σw do not change when every weight is scaled alike, so the whole
 * apportionment runs in exact integer arithmetic (BigInt), which is many times faster than decimal.js
 * for tables of 100 000 rows and never rounds, however large the numbers. Whole weights below 10^15
 * (populations) go through a number rather than text.
 */
export function scaledWeights(weights: readonly Decimal[]): bigint[] {
  let places = 0;
  for (let i = 0; i < weights.length; i++) places = Math.max(places, weights[i].decimalPlaces());
  if (places > 0) return weights.map((w) => BigInt(w.toFixed(places).replace('.', '')));
  return weights.map((w) => {
    const whole = safeInteger(w);
    return whole === null ? BigInt(w.toFixed(0)) : BigInt(whole);
  });
}

const compareBig = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Largest remainder (Hamilton) to whole units: every part gets the floor of its exact quota
 * total·weight/Σweight, and the units left over go one each to the largest remainders.
 * Tie-break (documented in the README): larger remainder, then larger weight, then key ascending.
 * The parts add up exactly to total; all parts are 0 when the weights sum to 0.
 */
export function apportion(total: Decimal, parts: readonly ApportionPart[]): Decimal[] {
  return apportionWeights(
    total,
    parts.map((p) => p.weight),
    parts.map((p) => p.key),
  );
}

/** apportion with the weights and keys as two lists (no object per part, for large tables). */
export function apportionWeights(total: Decimal, decimalWeights: readonly Decimal[], keys: readonly string[]): Decimal[] {
  return apportionScaled(total, scaledWeights(decimalWeights), keys);
}

/** apportion with the weights already scaled to integers (scaledWeights): a basis scaled once serves every tranche. */
export function apportionScaled(total: Decimal, weights: readonly bigint[], keys: readonly string[]): Decimal[] {
  const exact = apportionScaledExact(total, weights, keys);
  if (exact) {
    const amounts: Decimal[] = new Array(exact.length);
    for (let i = 0; i < exact.length; i++) amounts[i] = exact[i] === 0 ? ZERO : new Decimal(exact[i]);
    return amounts;
  }
  // Past 2^53 (and the weights sum to more than 0): the same split in BigInt.
  const { whole, weightSum } = splitOf(total, weights);
  const floors: bigint[] = new Array(weights.length);
  const remainders: bigint[] = new Array(weights.length);
  let leftOver = whole;
  for (let i = 0; i < weights.length; i++) {
    const numerator = whole * weights[i];
    floors[i] = numerator / weightSum;
    remainders[i] = numerator % weightSum;
    leftOver -= floors[i];
  }

  for (const i of largestRemainders(Number(leftOver), weights, remainders, weightSum, keys)) floors[i] += 1n;
  return floors.map(toDecimal);
}

/**
 * apportionScaled's amounts as plain numbers, each exact, where the split runs in numbers (see
 * apportionExactNumbers: every agreement so far); null where it needs BigInt (then apportionScaled).
 */
export function apportionScaledExact(total: Decimal, weights: readonly bigint[], keys: readonly string[]): Float64Array | null {
  const { whole, weightSum, exact } = splitOf(total, weights);
  if (weightSum === 0n) return new Float64Array(weights.length);
  return exact ? apportionExactNumbers(Number(whole), weights, Number(weightSum), keys) : null;
}

/**
 * The whole to split and the weights' sum, and whether the split fits numbers: quota = whole·w /
 * weightSum, and all remainders share that denominator, so comparing the numerators' remainders
 * orders the fractions exactly.
 */
function splitOf(total: Decimal, weights: readonly bigint[]): { whole: bigint; weightSum: bigint; exact: boolean } {
  if (!total.isInteger() || total.isNegative()) {
    throw new RangeError(`apportion: total must be a non-negative whole number, got ${total.toString()}`);
  }
  const { weightSum, largest } = sumAndLargest(weights);
  const whole = BigInt(total.toFixed(0));
  return { whole, weightSum, exact: whole * largest + weightSum <= SAFE };
}

/**
 * The weights' sum and the largest weight: added as numbers while the sum is exact as one (BigInt
 * arithmetic makes a new BigInt per step: 20 000 a split), else as BigInt.
 */
export function sumAndLargest(weights: readonly bigint[]): { weightSum: bigint; largest: bigint } {
  let sum = 0;
  let largest = 0;
  for (let i = 0; i < weights.length && sum <= Number.MAX_SAFE_INTEGER; i++) {
    if (weights[i] > SAFE) sum = Infinity;
    else {
      const w = Number(weights[i]);
      sum += w;
      if (w > largest) largest = w;
    }
  }
  if (sum <= Number.MAX_SAFE_INTEGER) return { weightSum: BigInt(sum), largest: BigInt(largest) };
  let weightSum = 0n;
  let big = 0n;
  for (let i = 0; i < weights.length; i++) {
    weightSum += weights[i];
    if (weights[i] > big) big = weights[i];
  }
  return { weightSum, largest: big };
}

/**
 * The split where every numerator whole·w, plus the weight sum, is below 2^53 (kronor by
 * population, as in every agreement so far): the same integer arithmetic in numbers, each of them
 * exact, with no BigInt per row. Below that bound the floor of a float division is the integer
 * quotient (a quotient short of an integer by 1/weightSum is more than half a unit of its last place
 * away from it); the remainder, exact too, would put a quotient one off right all the same.
 */
function apportionExactNumbers(whole: number, scaled: readonly bigint[], weightSum: number, keys: readonly string[]): Float64Array {
  const n = scaled.length;
  const weights = new Float64Array(n);
  const floors = new Float64Array(n);
  const rests = new Float64Array(n);
  let leftOver = whole;
  for (let i = 0; i < n; i++) {
    const weight = Number(scaled[i]);
    const numerator = whole * weight;
    let floor = Math.floor(numerator / weightSum);
    let rest = numerator - floor * weightSum;
    if (rest < 0) {
      floor -= 1;
      rest += weightSum;
    } else if (rest >= weightSum) {
      floor += 1;
      rest -= weightSum;
    }
    weights[i] = weight;
    floors[i] = floor;
    rests[i] = rest;
    leftOver -= floor;
  }
  for (const i of largestOf(leftOver, rests, weights, keys)) floors[i] += 1;
  return floors;
}

/**
 * The `count` parts with the largest remainders (exact numbers), ties broken by larger weight, then
 * key ascending: the count-th largest remainder is found by a plain numeric sort, everything above it
 * is in, and only the parts at exactly that remainder are ordered by the tie-breaks (a 20 000-row
 * table needs no comparator call per pair).
 */
function largestOf(count: number, rests: Float64Array, weights: Float64Array, keys: readonly string[]): number[] {
  if (count <= 0) return [];
  const n = rests.length;
  const threshold = rests.slice().sort()[n - count];
  const chosen: number[] = [];
  const tied: number[] = [];
  for (let i = 0; i < n; i++) {
    if (rests[i] > threshold) chosen.push(i);
    else if (rests[i] === threshold) tied.push(i);
  }
  tied.sort((a, b) => weights[b] - weights[a] || (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
  for (let t = 0; chosen.length < count; t++) chosen.push(tied[t]);
  return chosen;
}

/**
 * largestOf for BigInt remainders: as numbers where the weight sum (above every remainder and
 * weight) is below 2^53, else every part ordered with BigInt comparisons.
 */
function largestRemainders(
  count: number,
  weights: readonly bigint[],
  remainders: readonly bigint[],
  weightSum: bigint,
  keys: readonly string[],
): number[] {
  if (count <= 0) return [];
  const byKey = (a: number, b: number) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0);
  if (weightSum > SAFE) {
    const order = weights.map((_, i) => i);
    order.sort((a, b) => compareBig(remainders[b], remainders[a]) || compareBig(weights[b], weights[a]) || byKey(a, b));
    return order.slice(0, count);
  }
  const n = remainders.length;
  const rest = new Float64Array(n);
  const weight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rest[i] = Number(remainders[i]);
    weight[i] = Number(weights[i]);
  }
  return largestOf(count, rest, weight, keys);
}

const ZERO = new Decimal(0);
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Kronor as a Decimal: through a number while exact (most payouts), else through text; one 0 for all. */
const toDecimal = (amount: bigint): Decimal =>
  amount === 0n ? ZERO : amount <= SAFE ? new Decimal(Number(amount)) : new Decimal(amount.toString());
