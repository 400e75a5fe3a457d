import type { Language } from '../core/agreement/types';
import type { CellValue } from '../core/table/types';
import { counted, pick } from '../core/i18n';

/**
 * A value Excel passed in a range argument as the table readers take it. Excel passes numbers,
 * text and booleans; a blank cell comes as "" or null. Anything else (an entity or another data type
 * passed whole) is kept as its text, which the readers then refuse by cell.
 */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object' && value !== null && 'basicValue' in value)
    return toCellValue((value as { basicValue: unknown }).basicValue);
  return String(value);
}

/** "3 rader × 1 kolumn" / "3 rows × 1 column". */
export function describeArgument(rows: number, columns: number, lang: Language): string {
  return pick(lang, {
    sv: `${counted('sv', rows, { one: 'rad', other: 'rader' })} × ${counted('sv', columns, { one: 'kolumn', other: 'kolumner' })}`,
    en: `${counted('en', rows, { one: 'row', other: 'rows' })} × ${counted('en', columns, { one: 'column', other: 'columns' })}`,
  });
}
