import Decimal from 'decimal.js';
import type { Localized } from '../agreement/types';
import type { ConditionOutcome } from '../evaluation/types';
import type { RegionRow } from '../table/types';
import type { RegionPayout } from './types';

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

/** What a region's payout holds besides its share. */
export type PayoutFields = Omit<RegionPayout, 'share'>;

/**
 * A RegionPayout whose share comes from Shares when read. A class (not an object with a getter of
 * its own, which V8 keeps as a slow hash table: 0.8 kB a row): the share is on the prototype, so a
 * copy must name it ({ ...payout, share: payout.share }); toJSON includes it.
 */
export class ComputedPayout implements RegionPayout {
  region: RegionRow;
  eligible: Record<string, boolean>;
  payouts: Record<string, Decimal>;
  parts?: Record<string, Record<string, Decimal>>;
  partEligible?: Record<string, Record<string, boolean>>;
  basisValues?: Record<string, Decimal | null>;
  total: Decimal;
  outcomes: ConditionOutcome[];
  reasons: Localized[];
  readonly #shares: Shares;
  readonly #index: number;

  constructor(fields: PayoutFields, shares: Shares, index: number) {
    this.region = fields.region;
    this.eligible = fields.eligible;
    this.payouts = fields.payouts;
    this.parts = fields.parts;
    this.partEligible = fields.partEligible;
    this.basisValues = fields.basisValues;
    this.total = fields.total;
    this.outcomes = fields.outcomes;
    this.reasons = fields.reasons;
    this.#shares = shares;
    this.#index = index;
  }

  get share(): Decimal {
    return this.#shares.at(this.#index);
  }

  toJSON(): RegionPayout {
    return { ...this, share: this.share };
  }
}
