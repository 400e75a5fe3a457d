import Decimal from 'decimal.js';
import type { Language } from '../agreement/types';
import type { CellValue } from '../table/types';
import { formatKronor } from '../format/numbers';
import type { PayoutResult } from './types';
import { KVOT_HEADER_PREFIX, type OutputColumns } from './columns.types';
import { own } from '../agreement/own';

/** en-US codes: Excel shows them with the user's separators ("42 452 908 kr", "23,26 %" in Swedish Excel). */
export const KRONOR_FORMAT = '#,##0 "kr"';
export const SHARE_FORMAT = '0.00%';
export const TEXT_FORMAT = '@';

const WORDS = {
  sv: { share: 'Andel', total: 'Totalt', eligible: 'Villkor uppfyllda', reasons: 'Skäl', yes: 'Ja', no: 'Nej', of: 'av', withheld: 'Innehållet' },
  en: { share: 'Share', total: 'Total', eligible: 'Conditions met', reasons: 'Reasons', yes: 'Yes', no: 'No', of: 'of', withheld: 'Withheld' },
} as const;

/** Where the region rows sit in the grid they were read from. */
export interface TableLayout {
  headerRow: number;
  /** Grid rows below the header row. */
  rowCount: number;
}

/**
 * The payout columns for a table: share, one column per tranche, total, eligible, reasons — one row
 * per data row of the table (blank for rows that are not regions, such as a "Riket" row).
 */
export function buildOutputColumns(result: PayoutResult, lang: Language, layout: TableLayout): OutputColumns {
  const w = WORDS[lang];
  const tranches = result.tranches;
  const headers = [w.share, ...tranches.map((t) => t.label[lang]), w.total, w.eligible, w.reasons].map((h) => KVOT_HEADER_PREFIX + h);
  const numberFormats = [SHARE_FORMAT, ...tranches.map(() => KRONOR_FORMAT), KRONOR_FORMAT, TEXT_FORMAT, TEXT_FORMAT];
  const rows: CellValue[][] = Array.from({ length: layout.rowCount }, () => headers.map(() => null));
  const failingRows: number[] = [];

  for (const payout of result.regions) {
    const index = payout.region.gridRow - layout.headerRow - 1;
    const eligible = Object.values(payout.eligible).every(Boolean);
    if (!eligible) failingRows.push(index);
    rows[index] = [
      payout.share.toNumber(),
      ...tranches.map((t) => kronor(own(payout.payouts, t.id))),
      kronor(payout.total),
      eligible ? w.yes : w.no,
      payout.reasons.map((r) => r[lang]).join('; '),
    ];
  }

  const qualifying = result.regions.filter((r) => Object.values(r.eligible).every(Boolean)).length;
  const totals: CellValue[] = [
    result.totals.population.isZero() ? 0 : 1,
    ...tranches.map((t) => kronor(t.paid)),
    kronor(result.totals.paid),
    `${qualifying} ${w.of} ${result.regions.length}`,
    result.totals.withheld.isZero() ? '' : `${w.withheld}: ${formatKronor(result.totals.withheld, lang)}`,
  ];
  return { headers, rows, numberFormats, failingRows: failingRows.sort((a, b) => a - b), totals };
}

/** Whole kronor are exact as JS numbers far beyond any budget (2^53). */
const kronor = (d: Decimal | undefined) => (d ?? new Decimal(0)).toNumber();
