import Decimal from 'decimal.js';

export interface ApportionPart {
  /** Stable identity (region code or name): the last tie-break, so row order never matters. */
  key: string;
  weight: Decimal;
}

/**
 * Exact integer arithmetic for the quotas: decimal.js rounds every result to `precision` significant
 * digits (20 by default), which is too few for total × population on large tables; 64 digits hold
 * any budget times any population exactly.
 */
const Exact = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_DOWN });

/**
 * Largest remainder (Hamilton) to whole units: every part gets the floor of its exact quota
 * total·weight/Σweight, and the units left over go one each to the largest remainders.
 * Tie-break (documented in the README): larger remainder, then larger weight, then key ascending.
 * The parts add up exactly to total; all parts are 0 when the weights sum to 0.
 */
export function apportion(total: Decimal, parts: readonly ApportionPart[]): Decimal[] {
  if (!total.isInteger() || total.isNegative()) {
    throw new RangeError(`apportion: total must be a non-negative whole number, got ${total.toString()}`);
  }
  const weightSum = parts.reduce((sum, p) => sum.plus(p.weight), new Exact(0));
  if (weightSum.isZero()) return parts.map(() => new Decimal(0));

  // quota = numerator / weightSum; all remainders share that denominator, so comparing the
  // numerators' remainders (exact for any decimal weights) orders the fractions exactly.
  const numerators = parts.map((p) => new Exact(total).times(p.weight));
  const floors = numerators.map((n) => n.dividedToIntegerBy(weightSum));
  const remainders = numerators.map((n) => n.modulo(weightSum));
  let leftOver = new Exact(total).minus(floors.reduce((sum, f) => sum.plus(f), new Exact(0))).toNumber();

  const order = parts
    .map((_, i) => i)
    .sort(
      (a, b) =>
        remainders[b].comparedTo(remainders[a]) ||
        parts[b].weight.comparedTo(parts[a].weight) ||
        (parts[a].key < parts[b].key ? -1 : parts[a].key > parts[b].key ? 1 : 0),
    );
  const result = floors.map((f) => new Decimal(f.toFixed(0)));
  for (const i of order) {
    if (leftOver-- <= 0) break;
    result[i] = result[i].plus(1);
  }
  return result;
}
