import Decimal from 'decimal.js';
import { safeInteger } from '../decimal/safeInteger';
import { sumTerms } from '../decimal/sum';

const ZERO = new Decimal(0);

/**
 * Whole kronor per recipient for one tranche or part, in the order of the recipients. Kept as plain
 * numbers while every amount is exact as one (kronor by population always are), each made a Decimal
 * when first read: a 20 000-row table shows 50 rows, and 20 000 Decimals a tranche (and their
 * garbage) are most of what computing it costs. Amounts that are not exact numbers are Decimals from
 * the start.
 */
export class KronorColumn {
  readonly length: number;
  readonly #numbers: Float64Array | null;
  readonly #decimals: (Decimal | undefined)[];

  private constructor(numbers: Float64Array | null, decimals: (Decimal | undefined)[]) {
    this.#numbers = numbers;
    this.#decimals = decimals;
    this.length = numbers ? numbers.length : decimals.length;
  }

  /** Amounts that are safe integers (the caller checks: Number.isSafeInteger). */
  static ofNumbers(numbers: Float64Array): KronorColumn {
    return new KronorColumn(numbers, new Array<Decimal | undefined>(numbers.length));
  }

  static ofDecimals(decimals: readonly Decimal[]): KronorColumn {
    return new KronorColumn(null, [...decimals]);
  }

  /** The amounts added up row by row: as numbers while every column and every sum is exact. */
  static sum(columns: readonly KronorColumn[], length: number): KronorColumn {
    const numbers = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      let sum = 0;
      for (let c = 0; c < columns.length; c++) {
        const n = columns[c].exact(i);
        if (n === null || !Number.isSafeInteger(sum + n)) return KronorColumn.ofDecimals(sumsOf(columns, length));
        sum += n;
      }
      numbers[i] = sum;
    }
    return KronorColumn.ofNumbers(numbers);
  }

  at(i: number): Decimal {
    const known = this.#decimals[i];
    if (known !== undefined) return known;
    const n = this.#numbers![i];
    const made = n === 0 ? ZERO : new Decimal(n);
    this.#decimals[i] = made;
    return made;
  }

  /** The amount as an exact number, or null when it is not one. */
  exact(i: number): number | null {
    return this.#numbers ? this.#numbers[i] : safeInteger(this.#decimals[i]!);
  }

  /** The amounts at the rows `include` picks, added up as sumDecimals adds (the others count 0). */
  sumWhere(include: (i: number) => boolean): Decimal {
    return sumTerms(
      this.length,
      (i) => (include(i) ? this.exact(i) : 0),
      (i) => (include(i) ? this.at(i) : ZERO),
    );
  }
}

/** Row sums of columns as Decimals (a column or a sum that is not an exact number). */
function sumsOf(columns: readonly KronorColumn[], length: number): Decimal[] {
  return Array.from({ length }, (_, i) => columns.reduce((sum, column) => sum.plus(column.at(i)), ZERO));
}
