import Decimal from 'decimal.js';
import type { Tranche, TranchePart } from './types';
import { apportion } from '../apportionment/largestRemainder';

/** An exact fraction n/d with d > 0, for shares such as "1/3" that no decimal writes exactly. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

/**
 * A part's share as an exact fraction: 0.25 → 1/4, "1/3" → 1/3. Null when it is not a share at
 * all, or outside (0, 1]; the schema names those cases.
 */
export function shareFraction(share: unknown): Fraction | null {
  if (typeof share === 'number') {
    if (!Number.isFinite(share) || share <= 0 || share > 1) return null;
    const [n, d] = new Decimal(share).toFraction();
    return { n: BigInt(n.toFixed(0)), d: BigInt(d.toFixed(0)) };
  }
  if (typeof share === 'string') {
    const match = /^(\d+)\/(\d+)$/.exec(share);
    if (!match) return null;
    const n = BigInt(match[1]);
    const d = BigInt(match[2]);
    if (d === 0n || n === 0n || n > d) return null;
    return { n, d };
  }
  return null;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
const lcm = (a: bigint, b: bigint): bigint => (a / gcd(a, b)) * b;

/** A fraction as text: "1/3", "1/4". */
export const fractionText = (f: Fraction): string => `${f.n}/${f.d}`;

export interface PartAmounts {
  /** Whole kronor per part, in order; they add up to the tranche (when the file is valid). */
  amounts: Decimal[];
  /** The shares' sum times the tranche is what the kronor parts leave: n/d of the tranche. */
  shareSum: Fraction;
  /** Kronor given as amounts. */
  fixed: bigint;
}

/**
 * The parts' amounts in whole kronor. Parts with an amount keep it; parts given as a share split the
 * rest of the tranche by their shares with largest remainder (tie-break: larger share, then the
 * earlier part), so they add up to it exactly. A part with neither counts as 0 kr.
 */
export function partAmounts(tranche: Pick<Tranche, 'amount'> & { parts?: readonly TranchePart[] }): PartAmounts {
  const parts = tranche.parts ?? [];
  const fractions = parts.map((p) => (p.amount === undefined ? shareFraction(p.share) : null));
  const fixed = parts.reduce((sum, p) => sum + (Number.isSafeInteger(p.amount) ? BigInt(p.amount!) : 0n), 0n);
  const denominator = fractions.reduce((d, f) => (f ? lcm(d, f.d) : d), 1n);
  const numerators = fractions.map((f) => (f ? (f.n * denominator) / f.d : 0n));
  const shareSum = { n: numerators.reduce((s, n) => s + n, 0n), d: denominator };
  const rest = BigInt(Number.isSafeInteger(tranche.amount) ? tranche.amount : 0) - fixed;
  const shared =
    numerators.some((n) => n > 0n) && rest > 0n
      ? apportion(
          new Decimal(rest.toString()),
          numerators.map((n, i) => ({ key: String(i).padStart(6, '0'), weight: new Decimal(n.toString()) })),
        )
      : parts.map(() => new Decimal(0));
  const amounts = parts.map((p, i) => (fractions[i] ? shared[i] : new Decimal(Number.isSafeInteger(p.amount) ? p.amount! : 0)));
  return { amounts, shareSum, fixed };
}
