import Decimal from 'decimal.js';
import type { Language } from '../agreement/types';
import type { CellValue } from '../table/types';
import { formatKronor } from '../format/numbers';
import type { PayoutResult, RegionPayout } from './types';
import { KVOT_HEADER_PREFIX, type OutputColumns } from './columns.types';
import { own } from '../agreement/own';

/** en-US codes: Excel shows them with the user's separators ("42 452 908 kr", "23,26 %" in Swedish Excel). */
export const KRONOR_FORMAT = '#,##0 "kr"';
export const SHARE_FORMAT = '0.00%';
export const TEXT_FORMAT = '@';

const WORDS = {
  sv: {
    share: 'Andel',
    total: 'Totalt',
    eligible: 'Villkor uppfyllda',
    reasons: 'Skäl',
    yes: 'Ja',
    no: 'Nej',
    of: 'av',
    withheld: 'Innehållet',
  },
  en: {
    share: 'Share',
    total: 'Total',
    eligible: 'Conditions met',
    reasons: 'Reasons',
    yes: 'Yes',
    no: 'No',
    of: 'of',
    withheld: 'Withheld',
  },
} as const;

/** Where the region rows sit in the grid they were read from. */
export interface TableLayout {
  headerRow: number;
  /** Grid rows below the header row. */
  rowCount: number;
}

/**
 * The payout columns for a table: share, one column per tranche paid to regions (a tranche in parts:
 * one per part, then the tranche's total), total, eligible, reasons — one row per data row of the
 * table (blank for rows that are not regions, such as a "Riket" row). The share column is the
 * population share ("Andel"), or names its basis when the first tranche is split otherwise
 * ("Andel (Lika delar)").
 */
export function buildOutputColumns(result: PayoutResult, lang: Language, layout: TableLayout): OutputColumns {
  const w = WORDS[lang];
  const tranches = result.tranches.filter((t) => t.recipients !== 'groups');
  const amountColumns = tranches.flatMap((t) => [
    ...(t.parts ?? []).map((p) => ({
      header: `${t.label[lang]} › ${p.label[lang]}`,
      of: (r: RegionPayout) => own(own(r.parts, t.id), p.id),
      total: p.paid,
    })),
    { header: t.label[lang], of: (r: RegionPayout) => own(r.payouts, t.id), total: t.paid },
  ]);
  const shareBasis = result.shareBasis;
  const share = !shareBasis || shareBasis.kind === 'population' ? w.share : `${w.share} (${shareBasis.label[lang]})`;
  const headers = [share, ...amountColumns.map((c) => c.header), w.total, w.eligible, w.reasons].map((h) => KVOT_HEADER_PREFIX + h);
  const numberFormats = [SHARE_FORMAT, ...amountColumns.map(() => KRONOR_FORMAT), KRONOR_FORMAT, TEXT_FORMAT, TEXT_FORMAT];
  const rows: CellValue[][] = Array.from({ length: layout.rowCount }, () => headers.map(() => null));
  const failingRows: number[] = [];

  for (const payout of result.regions) {
    const index = payout.region.gridRow - layout.headerRow - 1;
    const eligible = Object.values(payout.eligible).every(Boolean);
    if (!eligible) failingRows.push(index);
    rows[index] = [
      payout.share.toNumber(),
      ...amountColumns.map((c) => kronor(c.of(payout))),
      kronor(payout.total),
      eligible ? w.yes : w.no,
      payout.reasons.map((r) => r[lang]).join('; '),
    ];
  }

  const qualifying = result.regions.filter((r) => Object.values(r.eligible).every(Boolean)).length;
  const regionsPaid = tranches.reduce((s, t) => s.plus(t.paid), new Decimal(0));
  const regionsWithheld = tranches.reduce((s, t) => s.plus(t.withheld), new Decimal(0));
  const totals: CellValue[] = [
    result.totals.population.isZero() ? 0 : 1,
    ...amountColumns.map((c) => kronor(c.total)),
    kronor(regionsPaid),
    `${qualifying} ${w.of} ${result.regions.length}`,
    regionsWithheld.isZero() ? '' : `${w.withheld}: ${formatKronor(regionsWithheld, lang)}`,
  ];
  return { headers, rows, numberFormats, failingRows: failingRows.sort((a, b) => a - b), totals };
}

/** What each column holds, from its number format: the share, kronor, or text. */
export function columnKinds(columns: OutputColumns): ('share' | 'kronor' | 'text')[] {
  return columns.numberFormats.map((f) => (f === SHARE_FORMAT ? 'share' : f === KRONOR_FORMAT ? 'kronor' : 'text'));
}

/** Whole kronor are exact as JS numbers far beyond any budget (2^53). */
const kronor = (d: Decimal | undefined) => (d ?? new Decimal(0)).toNumber();
