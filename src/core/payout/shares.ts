import Decimal from 'decimal.js';
import type { Localized } from '../agreement/types';
import type { ConditionOutcome } from '../evaluation/types';
import type { RegionRow } from '../table/types';
import type { KronorColumn } from './kronorColumn';
import type { RegionPayout } from './types';
import { record } from '../agreement/own';
import { sumTerms } from '../decimal/sum';

const ZERO = new Decimal(0);

/**
 * The regions' shares of a table under one basis, each worked out when first read and then kept
 * (a division to 20 digits each: most rows of a large table are never shown before a write).
 */
export class Shares {
  readonly #weights: readonly (Decimal | null)[];
  readonly #total: Decimal;
  readonly #known: (Decimal | undefined)[];

  /** weights: each region's usable weight, null where it cannot be used (its share is 0). */
  constructor(weights: readonly (Decimal | null)[], total: Decimal) {
    this.#weights = weights;
    this.#total = total;
    this.#known = new Array<Decimal | undefined>(weights.length);
  }

  at(i: number): Decimal {
    const weight = this.#weights[i];
    return (this.#known[i] ??= this.#total.isZero() || weight === null ? ZERO : weight.dividedBy(this.#total));
  }
}

/**
 * What a computed table's regions are paid, by column: each tranche's kronor (KronorColumn), the
 * shares, and each region's basis values, read row by row when a payout is first asked for them.
 */
export interface PayoutColumns {
  shares: Shares;
  /** Every tranche in the agreement's order (tranches paid to groups: 0 for every region). */
  tranches: readonly { id: string; amounts: KronorColumn }[];
  /** The region's value of each basis in use (by BasisInfo key), null where it is missing. */
  basisValuesAt(i: number): Record<string, Decimal | null>;
}

/**
 * A RegionPayout whose share, payouts, total and basis values come from the result's columns when
 * first read, and are then kept: a 20 000-row table shows 50 rows before a write, and a record, a
 * total and a Decimal per tranche for every row were most of what computing it made. A class (not an
 * object with getters of its own, which V8 keeps as a slow hash table: 0.8 kB a row): those four are
 * on the prototype, so a copy must name them (plainPayout); toJSON includes them.
 */
export class ComputedPayout implements RegionPayout {
  region: RegionRow;
  eligible: Record<string, boolean>;
  parts?: Record<string, Record<string, Decimal>>;
  partEligible?: Record<string, Record<string, boolean>>;
  outcomes: ConditionOutcome[];
  reasons: Localized[];
  readonly #columns: PayoutColumns;
  readonly #index: number;
  #payouts: Record<string, Decimal> | undefined;
  #total: Decimal | undefined;
  #basisValues: Record<string, Decimal | null> | undefined;

  /** The fields one by one, not in an object: a payout is made per row, and an object each would be one more. */
  constructor(
    region: RegionRow,
    eligible: Record<string, boolean>,
    parts: Record<string, Record<string, Decimal>>,
    partEligible: Record<string, Record<string, boolean>>,
    outcomes: ConditionOutcome[],
    reasons: Localized[],
    columns: PayoutColumns,
    index: number,
  ) {
    this.region = region;
    this.eligible = eligible;
    this.parts = parts;
    this.partEligible = partEligible;
    this.outcomes = outcomes;
    this.reasons = reasons;
    this.#columns = columns;
    this.#index = index;
    this.#payouts = undefined;
    this.#total = undefined;
    this.#basisValues = undefined;
  }

  get share(): Decimal {
    return this.#columns.shares.at(this.#index);
  }

  get payouts(): Record<string, Decimal> {
    if (this.#payouts === undefined) {
      const payouts = record<Decimal>();
      for (const tranche of this.#columns.tranches) payouts[tranche.id] = tranche.amounts.at(this.#index);
      this.#payouts = payouts;
    }
    return this.#payouts;
  }

  get total(): Decimal {
    if (this.#total === undefined) {
      const tranches = this.#columns.tranches;
      const i = this.#index;
      this.#total = sumTerms(
        tranches.length,
        (t) => tranches[t].amounts.exact(i),
        (t) => tranches[t].amounts.at(i),
      );
    }
    return this.#total;
  }

  get basisValues(): Record<string, Decimal | null> {
    return (this.#basisValues ??= this.#columns.basisValuesAt(this.#index));
  }

  toJSON(): RegionPayout {
    return plainPayout(this);
  }
}

/** A payout as a plain object with every field (a spread of a ComputedPayout would miss those on its prototype). */
export function plainPayout(payout: RegionPayout): RegionPayout {
  return {
    region: payout.region,
    eligible: payout.eligible,
    payouts: payout.payouts,
    parts: payout.parts,
    partEligible: payout.partEligible,
    basisValues: payout.basisValues,
    total: payout.total,
    outcomes: payout.outcomes,
    reasons: payout.reasons,
    share: payout.share,
  };
}
