/** Days between the Excel 1900 epoch (serial 0 = 1899-12-31, with the fake 1900-02-29) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whole-day Excel serial (1900 date system) to 'YYYY-MM-DD'; null for the non-existent 1900-02-29 or non-dates. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  // Serials before 60 are one day off because Excel counts 1900 as a leap year.
  const unixDays = day < 60 ? day - EXCEL_EPOCH_OFFSET + 1 : day - EXCEL_EPOCH_OFFSET;
  return new Date(unixDays * 86_400_000).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' if the parts form a real calendar date, else null. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** An ISO date (time part ignored) or an Excel serial number, as 'YYYY-MM-DD'; null otherwise. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number') return excelSerialToIso(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const m = ISO_DATE.exec(value.trim());
  return m ? isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
