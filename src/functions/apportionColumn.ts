import Decimal from 'decimal.js';
import type { Localized } from '../core/agreement/types';
import { apportion } from '../core/apportionment/largestRemainder';
import { readBoolean } from '../core/table/booleans';
import { readNumber } from '../core/table/numbers';
import type { CellValue } from '../core/table/types';
import { cellNamer, type RangePlace } from './ranges';
import { failure, fitLocalized, success, type FunctionResult } from './result';
import { describeArgument, toCellValue } from './cells';

/** Where the range arguments sit, when Excel says (invocation.parameterAddresses). */
export interface ApportionPlaces {
  weights: RangePlace | null;
  qualifiers: RangePlace | null;
}

const WEIGHTS = { sv: 'vikter', en: 'weights' };
const QUALIFIERS = { sv: 'villkor', en: 'qualifiers' };

/** Cells listed in one message before "+N". */
const LISTED = 5;

function listCells(cells: Localized[], lang: 'sv' | 'en'): string {
  const shown = cells
    .slice(0, LISTED)
    .map((c) => c[lang])
    .join(', ');
  return cells.length > LISTED ? `${shown} … +${cells.length - LISTED}` : shown;
}

/** A row key that sorts by position: the tie-break's last step is "the earlier row". */
export const positionKey = (index: number): string => String(index).padStart(8, '0');

/**
 * KVOT.FORDELA / KVOT.APPORTION: `amount` whole kronor split by `weights` (one column or one row)
 * with largest remainder, exactly as the core splits a tranche by population. With `qualifiers`
 * (TRUE/FALSE, same shape) the amount is split among the TRUE rows and the FALSE rows get 0.
 * Tie-break as in the core: larger remainder, then larger weight, then the earlier row (a bare range
 * has no region code, so its position is the key). The result has the weights' shape and always adds
 * up to the amount: when nothing can carry the amount (no qualifying row, or weights summing to 0)
 * the function gives an error rather than a column of zeros.
 */
export function apportionRange(
  amount: unknown,
  weights: unknown,
  qualifiers: unknown,
  places: ApportionPlaces,
): FunctionResult<number[][]> {
  const total = readAmount(amount);
  if (!total.ok) return total;

  const shape = rangeShape(weights, WEIGHTS);
  if (!shape.ok) return shape;
  const { cells, rows, columns } = shape.value;
  const nameWeight = cellNamer(places.weights, WEIGHTS);
  const at = (i: number) => (columns === 1 ? nameWeight(i, 0) : nameWeight(0, i));

  const blanks: Localized[] = [];
  const unreadable: Localized[] = [];
  const negative: Localized[] = [];
  const values: Decimal[] = [];
  cells.forEach((cell, i) => {
    const read = readNumber(cell);
    if (!read.ok) unreadable.push({ sv: `${at(i).sv} ("${read.found}")`, en: `${at(i).en} ("${read.found}")` });
    else if (read.value === null) blanks.push(at(i));
    else if (read.value.isNegative()) negative.push(at(i));
    values.push(read.ok && read.value !== null ? read.value : new Decimal(0));
  });
  if (unreadable.length > 0) {
    return failure(
      fitLocalized({
        sv: `Vikter som inte är tal: ${listCells(unreadable, 'sv')}`,
        en: `Weights that are not numbers: ${listCells(unreadable, 'en')}`,
      }),
    );
  }
  if (blanks.length > 0) {
    return failure(
      fitLocalized(
        { sv: `Tomma vikter: ${listCells(blanks, 'sv')}.`, en: `Blank weights: ${listCells(blanks, 'en')}.` },
        {
          sv: 'En tom cell är inte 0: skriv 0 om raden inte ska ha något.',
          en: 'A blank cell is not 0: write 0 if the row is to get nothing.',
        },
      ),
    );
  }
  if (negative.length > 0) {
    return failure(
      fitLocalized({ sv: `Negativa vikter: ${listCells(negative, 'sv')}`, en: `Negative weights: ${listCells(negative, 'en')}` }),
    );
  }

  let qualifies: boolean[] = cells.map(() => true);
  if (qualifiers !== null && qualifiers !== undefined) {
    const read = readQualifiers(qualifiers, rows, columns, places.qualifiers);
    if (!read.ok) return read;
    qualifies = read.value;
  }

  const weightSum = values.reduce((sum, w, i) => (qualifies[i] ? sum.plus(w) : sum), new Decimal(0));
  if (total.value.isZero())
    return success(
      shapeLike(
        cells.map(() => 0),
        columns,
      ),
    );
  if (!qualifies.some(Boolean)) {
    return failure({
      sv: 'Ingen rad uppfyller villkoren (alla är FALSKT): beloppet kan inte fördelas.',
      en: 'No row meets the conditions (all are FALSE): the amount cannot be distributed.',
    });
  }
  if (weightSum.isZero()) {
    return failure({
      sv: 'Vikterna för raderna som ska få del summerar till 0: beloppet kan inte fördelas.',
      en: 'The weights of the rows that share the amount add up to 0: the amount cannot be distributed.',
    });
  }

  const parts = apportion(
    total.value,
    values.map((weight, i) => ({ key: positionKey(i), weight: qualifies[i] ? weight : new Decimal(0) })),
  );
  return success(
    shapeLike(
      parts.map((part) => part.toNumber()),
      columns,
    ),
  );
}

/** Numbers back in the shape of the weights: a column, or one row. */
const shapeLike = (numbers: number[], columns: number): number[][] => (columns === 1 ? numbers.map((n) => [n]) : [numbers]);

/** A whole, non-negative number of kronor within 2^53 (where every krona is exact). */
function readAmount(amount: unknown): FunctionResult<Decimal> {
  const cell = toCellValue(Array.isArray(amount) ? (amount as unknown[][])[0]?.[0] : amount);
  if (typeof cell === 'boolean')
    return failure({
      sv: `Beloppet ska vara ett tal, inte ${cell ? 'SANT' : 'FALSKT'}.`,
      en: `The amount must be a number, not ${cell ? 'TRUE' : 'FALSE'}.`,
    });
  const read = readNumber(cell);
  if (!read.ok) return failure({ sv: `Beloppet "${read.found}" är inte ett tal.`, en: `The amount "${read.found}" is not a number.` });
  if (read.value === null) return failure({ sv: 'Beloppet är tomt.', en: 'The amount is blank.' });
  const value = read.value;
  if (!value.isInteger()) {
    return failure({
      sv: `Beloppet ${value.toString().replace('.', ',')} är inte hela kronor.`,
      en: `The amount ${value.toString()} is not whole kronor.`,
    });
  }
  if (value.isNegative())
    return failure({ sv: `Beloppet ${value.toString()} är negativt.`, en: `The amount ${value.toString()} is negative.` });
  if (value.greaterThan(Number.MAX_SAFE_INTEGER)) {
    return failure({ sv: 'Beloppet är större än 9 007 199 254 740 991 kr.', en: 'The amount is larger than 9,007,199,254,740,991 kr.' });
  }
  return success(value);
}

/** The cells of a one-column or one-row range, in order. */
function rangeShape(range: unknown, argument: Localized): FunctionResult<{ cells: CellValue[]; rows: number; columns: number }> {
  const matrix = Array.isArray(range) ? (range as unknown[]) : [[range]];
  const rows = matrix.length;
  const columns = rows > 0 && Array.isArray(matrix[0]) ? (matrix[0] as unknown[]).length : 0;
  if (rows === 0 || columns === 0 || matrix.some((row) => !Array.isArray(row) || row.length !== columns)) {
    return failure({ sv: `${cap(argument.sv)} är tomt.`, en: `${cap(argument.en)} is empty.` });
  }
  if (rows > 1 && columns > 1) {
    return failure({
      sv: `${cap(argument.sv)} ska vara en kolumn eller en rad, inte ${rows} rader × ${columns} kolumner.`,
      en: `${cap(argument.en)} must be one column or one row, not ${rows} rows × ${columns} columns.`,
    });
  }
  const cells = (matrix as unknown[][]).flat().map(toCellValue);
  return success({ cells, rows, columns });
}

function readQualifiers(range: unknown, rows: number, columns: number, place: RangePlace | null): FunctionResult<boolean[]> {
  const shape = rangeShape(range, QUALIFIERS);
  if (!shape.ok) return shape;
  if (shape.value.rows !== rows || shape.value.columns !== columns) {
    return failure({
      sv: `Villkor har ${describeArgument(shape.value.rows, shape.value.columns, 'sv')} men vikter ${describeArgument(rows, columns, 'sv')}: de ska vara lika stora.`,
      en: `Qualifiers are ${describeArgument(shape.value.rows, shape.value.columns, 'en')} but weights ${describeArgument(rows, columns, 'en')}: they must be the same size.`,
    });
  }
  const name = cellNamer(place, QUALIFIERS);
  const at = (i: number) => (columns === 1 ? name(i, 0) : name(0, i));
  const blanks: Localized[] = [];
  const unreadable: Localized[] = [];
  const values = shape.value.cells.map((cell, i) => {
    const read = readBoolean(cell);
    if (!read.ok) unreadable.push({ sv: `${at(i).sv} ("${read.found}")`, en: `${at(i).en} ("${read.found}")` });
    else if (read.value === null) blanks.push(at(i));
    return read.ok && read.value === true;
  });
  if (unreadable.length > 0) {
    return failure(
      fitLocalized({
        sv: `Villkor som inte är SANT/FALSKT: ${listCells(unreadable, 'sv')}.`,
        en: `Qualifiers that are not TRUE/FALSE: ${listCells(unreadable, 'en')}.`,
      }),
    );
  }
  if (blanks.length > 0) {
    return failure(
      fitLocalized(
        { sv: `Tomma villkor: ${listCells(blanks, 'sv')}.`, en: `Blank qualifiers: ${listCells(blanks, 'en')}.` },
        { sv: 'En tom cell är inte FALSKT: fyll i SANT eller FALSKT.', en: 'A blank cell is not FALSE: fill in TRUE or FALSE.' },
      ),
    );
  }
  return success(values);
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
