import type { Localized } from '../agreement/types';
import type { CellValue } from './types';
import { cellText, isBlank } from './cell';
import { blank, invalid, value, type Read } from './read';

/**
 * Dates, returned as ISO "YYYY-MM-DD". Accepted:
 * - date cells (JS Date; the UTC date is used, as exceljs gives dates at UTC midnight);
 * - Excel serial numbers in the 1900 date system, time of day ignored. Excel counts a 29 February
 *   1900 that never was (serial 60), so 61 is 1900-03-01; serial 60 itself is an error. In a
 *   workbook on the 1904 date system (date1904) serial 0 is 1904-01-01, 1462 days later;
 * - ISO text "2024-09-30", also with a time ("2024-09-30T14:00:00Z" — the date as written, no zone
 *   shift) and year-first "2024/09/30";
 * - a day, a month name (Swedish or English, full or abbreviated, with or without ".") and a year:
 *   "30 sep 2024", "30 september 2024", "30 sept. 2024", "30-Sep-2024", "den 30 september 2024",
 *   and English month-first "September 30, 2024";
 * - day-first numeric dates "30/9/2024", "30.9.2024", "30-9-2024" (Swedish order) only when they
 *   cannot be mistaken for month-first: the first number is above 12 or equals the second. Others
 *   ("1/9/2024") are errors asking for ISO, so a US "9/1/2024" is never silently read.
 * Dates that do not exist ("31 feb 2024") and two-digit years are errors.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  febr: 2,
  februari: 2,
  february: 2,
  mar: 3,
  mars: 3,
  march: 3,
  apr: 4,
  april: 4,
  maj: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augusti: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const DAY_FIRST_NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DAY_MONTH_NAME = /^(?:den\s+)?(\d{1,2})(?:\.|:e|:a)?[\s-]+(\p{L}+)\.?[\s-]+(\d{4})$/iu;
const MONTH_NAME_DAY = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/iu;

/** The last serial Excel shows as a date: 9999-12-31. */
const MAX_SERIAL = 2958465;
const DAY_MS = 86_400_000;

const NO_SUCH_DATE: Localized = { sv: 'datumet finns inte', en: 'no such date' };

/** ISO date for a valid calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  // Gregorian month lengths, without a Date per call (every condition of every row asks).
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : MONTH_DAYS[month - 1])) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days between the two date systems' day 0: 1904 serial n is 1900 serial n + 1462. */
const DAYS_1900_TO_1904 = 1462;

/**
 * Excel serial → ISO date; null for serial 60 of the 1900 system (the fake 1900-02-29) and out of
 * range. date1904: the workbook counts from 1904-01-01 (serial 0).
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (date1904) return Number.isFinite(serial) && serial >= 0 ? excelSerialToIso(serial + DAYS_1900_TO_1904) : null;
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > MAX_SERIAL || whole === 60) return null;
  // Day 0 is 1899-12-31; serials after the fake leap day are one ahead of the real count.
  const days = whole < 60 ? whole : whole - 1;
  return new Date(Date.UTC(1899, 11, 31) + days * DAY_MS).toISOString().slice(0, 10);
}

export function readDate(cell: CellValue, date1904 = false): Read<string> {
  if (isBlank(cell)) return blank();
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return invalid('Invalid Date');
    return value(cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'number') return date1904 ? readSerial1904(cell) : readSerial(cell);
  if (typeof cell === 'string') return readDateText(cell.trim());
  return invalid(cellText(cell));
}

function readSerial(serial: number): Read<string> {
  const iso = excelSerialToIso(serial);
  if (iso) return value(iso);
  if (Math.floor(serial) === 60) {
    return invalid(String(serial), {
      sv: 'Excel-serienummer 60 är 29 februari 1900, ett datum som inte finns',
      en: 'Excel serial 60 is 29 February 1900, a date that does not exist',
    });
  }
  return invalid(String(serial), { sv: 'inget Excel-datum', en: 'not an Excel date' });
}

function readSerial1904(serial: number): Read<string> {
  const iso = excelSerialToIso(serial, true);
  return iso ? value(iso) : invalid(String(serial), { sv: 'inget Excel-datum (1904-systemet)', en: 'not an Excel date (1904 system)' });
}

function readDateText(text: string): Read<string> {
  let m = ISO.exec(text);
  if (m) return checked(text, Number(m[1]), Number(m[2]), Number(m[3]));

  m = DAY_MONTH_NAME.exec(text);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    return month ? checked(text, Number(m[3]), month, Number(m[1])) : invalid(text);
  }
  m = MONTH_NAME_DAY.exec(text);
  if (m) {
    const month = MONTHS[m[1].toLowerCase()];
    return month ? checked(text, Number(m[3]), month, Number(m[2])) : invalid(text);
  }
  m = DAY_FIRST_NUMERIC.exec(text);
  if (m) {
    const [first, second, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (first > 12 || first === second) return checked(text, year, second, first);
    const readings = [isoDate(year, second, first), isoDate(year, first, second)].filter((d) => d !== null);
    if (readings.length === 0) return invalid(text, NO_SUCH_DATE);
    return invalid(text, {
      sv: `dag och månad kan förväxlas; skriv datumet som ${readings.join(' eller ')}`,
      en: `day and month could be swapped; write the date as ${readings.join(' or ')}`,
    });
  }
  return invalid(text);
}

function checked(text: string, year: number, month: number, day: number): Read<string> {
  const iso = isoDate(year, month, day);
  return iso ? value(iso) : invalid(text, NO_SUCH_DATE);
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}$/;

/** Any accepted date form (ISO text, Excel serial, Date) as 'YYYY-MM-DD'; null when it is not a date. */
export function toIsoDate(value: unknown): string | null {
  // Already 'YYYY-MM-DD' (how the reader stores dates): only the calendar check is left.
  if (typeof value === 'string' && CANONICAL.test(value))
    return isoDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8)));
  const isCell = value === null || value === undefined || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value);
  if (!isCell) return null;
  const read = readDate(value as CellValue);
  return read.ok ? read.value : null;
}
