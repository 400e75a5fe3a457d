import Decimal from 'decimal.js';

export interface ApportionPart {
  /** Stable identity (region code or name): the last tie-break, so row order never matters. */
  key: string;
  weight: Decimal;
}

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
  const weightSum = parts.reduce((sum, p) => sum.plus(p.weight), new Decimal(0));
  if (weightSum.isZero()) return parts.map(() => new Decimal(0));

  const quotas = parts.map((p) => total.times(p.weight).dividedBy(weightSum));
  const floors = quotas.map((q) => q.floor());
  const remainders = quotas.map((q, i) => q.minus(floors[i]));
  const leftOver = total.minus(floors.reduce((sum, f) => sum.plus(f), new Decimal(0))).toNumber();

  const order = parts
    .map((_, i) => i)
    .sort(
      (a, b) =>
        remainders[b].comparedTo(remainders[a]) ||
        parts[b].weight.comparedTo(parts[a].weight) ||
        (parts[a].key < parts[b].key ? -1 : parts[a].key > parts[b].key ? 1 : 0),
    );
  for (const i of order.slice(0, leftOver)) floors[i] = floors[i].plus(1);
  return floors;
}
