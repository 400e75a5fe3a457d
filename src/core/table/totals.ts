import type { CellValue } from './types';
import { cellText } from './cell';
import { normaliseHeader } from './headers';

/** Labels of a row that sums the regions: the country, or a sum word ("Summa", "Totalt"). */
const TOTAL_LABELS = new Set([
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
const TOTAL_FIRST_WORDS = new Set(['riket', 'summa', 'totalt', 'total', 'sum', 'samtliga', 'sverige']);

/**
 * True for a total row's label such as "Riket", "Sverige", "Hela landet", "Summa:", "Totalt", "Samtliga
 * regioner" (case, accents and punctuation ignored). Region names never start with these words.
 */
export function isTotalLabel(cell: CellValue): boolean {
  const label = normaliseHeader(cellText(cell));
  return TOTAL_LABELS.has(label) || TOTAL_FIRST_WORDS.has(label.split(' ')[0]);
}
