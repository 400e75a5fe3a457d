import type Decimal from 'decimal.js';
import type { CellValue } from '../table/types';
import { cellText, isBlank } from '../table/cell';
import { parseNumberText, readNumber } from '../table/numbers';
import { invalid, value, type Read } from '../table/read';

/** A currency word or sign after the number: "5 327 430 kr", "5327430 SEK", "5 327 430:-". */
const CURRENCY = /\s*(?:kr\.?|kronor|sek|:-)$/i;

/** An amount in kronor from a numeric cell or text as Swedish tables write it ("5 327 430 kr"). */
export function readAmount(cell: CellValue): Read<Decimal> {
  if (isBlank(cell) || typeof cell !== 'string') return readNumber(cell);
  const text = cell.trim();
  const d = parseNumberText(text.replace(CURRENCY, ''));
  return d ? value(d) : invalid(cellText(cell));
}
