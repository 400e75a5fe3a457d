import type { CellValue } from './types';
import { cellText } from './cell';
import { normaliseHeader } from './headers';

const TOTAL_LABELS = new Set([
  'riket', 'summa', 'totalt', 'total', 'sum', 'hela riket', 'samtliga regioner', 'alla regioner',
]);
/** First words that mark a sum line ("Summa regioner", "Totalt riket"); no region name starts so. */
const TOTAL_FIRST_WORDS = new Set(['riket', 'summa', 'totalt', 'total', 'sum']);

/** True for a total row's label such as "Riket", "Summa", "Totalt", "Hela riket" (case, accents ignored). */
export function isTotalLabel(cell: CellValue): boolean {
  const label = normaliseHeader(cellText(cell));
  return TOTAL_LABELS.has(label) || TOTAL_FIRST_WORDS.has(label.split(' ')[0]);
}
