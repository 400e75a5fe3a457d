import type { CellValue } from './types';
import { cellText } from './cell';
import { normaliseHeader, UNITS } from './headers';
import { isAsciiAlnum } from './ascii';

/** Labels of a row that sums the regions: the country, or a sum word ("Summa", "Totalt"). */
export const TOTAL_LABELS: ReadonlySet<string> = new Set([
  'riket',
  'hela riket',
  'sverige',
  'hela sverige',
  'landet',
  'hela landet',
  'summa',
  'totalt',
  'total',
  'sum',
  'totals',
  'samtliga',
  'samtliga regioner',
  'alla regioner',
  'alla',
  'regioner totalt',
  'sweden',
  'all regions',
  'grand total',
  'country',
]);
/** First words that mark a sum line ("Summa regioner", "Totalt riket", "Riket totalt"); no region name starts so. */
export const TOTAL_FIRST_WORDS: ReadonlySet<string> = new Set(['riket', 'summa', 'totalt', 'total', 'sum', 'samtliga', 'sverige']);

/**
 * True for a total row's label such as "Riket", "Sverige", "Hela landet", "Summa:", "Totalt", "Samtliga
 * regioner" (case, accents and punctuation ignored). Region names never start with these words.
 */
export function isTotalLabel(cell: CellValue): boolean {
  const text = cellText(cell);
  // Every total label starts with one of these words: a row starting with another is no total.
  if (startsWithOtherWord(text)) return false;
  const label = normaliseHeader(text);
  return TOTAL_LABELS.has(label) || TOTAL_FIRST_WORDS.has(label.split(' ')[0]);
}

/** The first word of every label above. */
const FIRST_WORDS_OF_ANY = new Set([...TOTAL_FIRST_WORDS, ...[...TOTAL_LABELS].map((label) => label.split(' ')[0])]);

/**
 * True when normaliseHeader(text) surely starts with a word no total label starts with, told without
 * normalising (a region name per row, 20 000 rows): ASCII letters and digits up to a space,
 * punctuation or the end, and no unit word (those are dropped). False where normalising could change
 * the first word (accents, brackets, units) and where it is one of those words: then the full way.
 */
function startsWithOtherWord(text: string): boolean {
  // The run of ASCII letters and digits at the start, by char codes (no regex per row).
  let end = 0;
  while (end < text.length && isAsciiAlnum(text.charCodeAt(end))) end++;
  if (end === 0) return false;
  // What follows must end the word for sure: nothing, or ASCII that is no bracket; other characters
  // (a letter with an accent, a combining mark) go the full way.
  if (end < text.length) {
    const next = text.charCodeAt(end);
    if (next > 0x7f || next === 0x28 || next === 0x5b || next === 0x7b) return false;
  }
  // Most first words ("Region", "R12") have a length and first letter no word looked up has: no string made.
  if (!LOOKED_UP.has(lengthAndLetter(end, text.charCodeAt(0)))) return true;
  // A unit word is dropped by normalising: the full way.
  const word = text.slice(0, end).toLowerCase();
  return !UNITS.has(word) && !FIRST_WORDS_OF_ANY.has(word);
}

/** A word's length and lowercase first letter (ASCII) as one number. */
const lengthAndLetter = (length: number, first: number): number => length * 128 + (first | 0x20);
/** Those of the first words of total labels and of the unit words. */
const LOOKED_UP = new Set([...FIRST_WORDS_OF_ANY, ...UNITS].map((word) => lengthAndLetter(word.length, word.charCodeAt(0))));
