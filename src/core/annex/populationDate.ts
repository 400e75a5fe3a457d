import type { Agreement } from '../agreement/types';
import { own } from '../agreement/own';
import type { ParsedTable } from '../table/types';

/** A date text longer than this is not a date of a header any more ("nov 2024", "1/11- 2019", "31 dec 2023"). */
const MAX_DATE_TEXT = 40;

const YEAR = /(?<!\d)(1[89]|2\d)\d\d(?!\d)/;
const MONTH = /^(jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)/i;

/**
 * The date of a population header, as the annex's header repeats it: "Befolkningsmängd (nov 2024)"
 * → "nov 2024", "Befolkning 1/11- 2019" → "1/11- 2019", "Befolkning" → null. A remark in
 * parentheses is the date when it holds a year; else the header from its first word with a digit
 * or a month name. Without a year there is no date.
 */
export function populationDateText(header: string): string | null {
  const text = header.replace(/\s+/g, ' ').trim();
  const inParentheses = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1].trim()).find((inner) => YEAR.test(inner));
  if (inParentheses !== undefined) return fits(inParentheses);
  const words = text.split(' ');
  const first = words.findIndex((word, i) => i > 0 && (/\d/.test(word) || MONTH.test(word)));
  if (first < 0) return null;
  const rest = words.slice(first).join(' ');
  return YEAR.test(rest) ? fits(rest) : null;
}

const fits = (text: string): string | null => (text !== '' && text.length <= MAX_DATE_TEXT ? text : null);

/** The date of the population column the table was read from, when its header names one. */
export function tablePopulationDate(agreement: Pick<Agreement, 'facts'>, table: Pick<ParsedTable, 'mapping'>): string | null {
  const fact = agreement.facts.find((f) => f.role === 'population');
  const column = fact ? own(table.mapping, fact.id) : undefined;
  return column ? populationDateText(column.header) : null;
}
