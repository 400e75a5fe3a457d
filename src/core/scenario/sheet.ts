import type Decimal from 'decimal.js';
import type { Language } from '../agreement/types';
import type { CellValue } from '../table/types';
import { KRONOR_FORMAT, TEXT_FORMAT } from '../payout/columns';
import type { Comparison, RegionAmounts, ResultTotals } from './compare';
import { own } from '../agreement/own';

/** en-US codes: a sign on every difference, "0 kr" for none. */
export const DIFFERENCE_FORMAT = '+#,##0 "kr";-#,##0 "kr";0 "kr"';
export const GENERAL_FORMAT = 'General';

const WORDS = {
  sv: {
    sheet: 'Kvot jämförelse',
    title: 'Kvot – jämförelse av scenarier',
    subtitle: (results: string) => `${results} Skillnad = scenario − baslinje, i kronor.`,
    code: 'Kod',
    region: 'Region',
    total: 'Totalt',
    difference: 'Skillnad',
    paid: 'Totalt utbetalt',
    withheld: 'Innehållet',
  },
  en: {
    sheet: 'Kvot comparison',
    title: 'Kvot – scenario comparison',
    subtitle: (results: string) => `${results} Difference = scenario − baseline, in kronor.`,
    code: 'Code',
    region: 'Region',
    total: 'Total',
    difference: 'Difference',
    paid: 'Total paid',
    withheld: 'Withheld',
  },
} as const;

/** A block of cells to write to a new sheet from A1, with what an adapter needs for merges and a chart. */
export interface ComparisonSheet {
  /** A suggested sheet name (the adapter adds " (2)" etc. when taken). */
  sheetName: string;
  values: CellValue[][];
  /** en-US number format codes, same shape as values. */
  numberFormats: string[][];
  /** 0-based row of the column headers; the row above it names the result each column group belongs to. */
  headerRow: number;
  firstDataRow: number;
  /** Inclusive; the totals rows follow. */
  lastDataRow: number;
  /** The column group of each result (baseline first), for merging the group row. */
  groups: { name: string; firstColumn: number; lastColumn: number }[];
  /** The region name column and each result's total column: the series of a payouts-per-region chart. */
  nameColumn: number;
  totalColumns: { name: string; column: number }[];
  differenceColumns: number[];
}

type Cell = { value: CellValue; format: string };
const text = (value: string): Cell => ({ value, format: TEXT_FORMAT });
const blank: Cell = { value: null, format: GENERAL_FORMAT };
/** Whole kronor are exact as JS numbers far beyond any budget. */
const kronor = (d: Decimal | undefined): Cell => (d === undefined ? blank : { value: d.toNumber(), format: KRONOR_FORMAT });
const difference = (d: Decimal): Cell => ({ value: d.toNumber(), format: DIFFERENCE_FORMAT });

/**
 * What each column group stands for, e.g. "Baslinje: svf-2024 (inbyggd). Scenario 1: svf-2024 med
 * Inklusion minst 75 %." A result without a description is named alone.
 */
function resultNotes(comparison: Comparison): string {
  return [comparison.baseline, ...comparison.scenarios]
    .map((r) => (r.description && r.description !== r.name ? `${r.name}: ${r.description}.` : `${r.name}.`))
    .join(' ');
}

/**
 * The comparison as a sheet: two title rows, then per result a group of columns (one per tranche and
 * the total; each scenario also the difference to the baseline), one row per region, and the totals
 * paid and withheld. Headers in Swedish or English.
 */
export function comparisonSheet(comparison: Comparison, lang: Language): ComparisonSheet {
  const w = WORDS[lang];
  const tranches = comparison.tranches;
  const groupWidth = tranches.length + 1;
  const first = 2; // after Kod and Region

  // Baseline: one column per tranche and the total; each scenario also the difference to the baseline.
  let column = first;
  const placed = [comparison.baseline, ...comparison.scenarios].map((totals, i) => {
    const span = groupWidth + (i > 0 ? 1 : 0);
    const group = { name: totals.name, firstColumn: column, lastColumn: column + span - 1 };
    column += span;
    return group;
  });
  const width = column;

  const amounts = (a: RegionAmounts | null): Cell[] => [...tranches.map((t) => kronor(own(a?.payouts, t.id))), kronor(a?.total)];
  const totals = (t: ResultTotals, field: 'paid' | 'withheld'): Cell[] => [
    ...tranches.map((x) => kronor(own(t.tranches, x.id)?.[field])),
    kronor(t[field]),
  ];

  const rows: Cell[][] = [
    [text(w.title)],
    [text(w.subtitle(resultNotes(comparison)))],
    [],
    [blank, blank, ...placed.flatMap((g) => [text(g.name), ...Array.from({ length: g.lastColumn - g.firstColumn }, () => blank)])],
    [
      text(w.code),
      text(w.region),
      ...placed.flatMap((_, i) => [...tranches.map((t) => text(t.label[lang])), text(w.total), ...(i > 0 ? [text(w.difference)] : [])]),
    ],
    ...comparison.regions.map((r) => [
      r.code === null ? blank : text(r.code),
      text(r.name),
      ...amounts(r.baseline),
      ...r.scenarios.flatMap((s) => [...amounts(s.amounts), difference(s.difference)]),
    ]),
    [
      blank,
      text(w.paid),
      ...totals(comparison.baseline, 'paid'),
      ...comparison.scenarios.flatMap((s) => [...totals(s, 'paid'), difference(s.paidDifference)]),
    ],
    [
      blank,
      text(w.withheld),
      ...totals(comparison.baseline, 'withheld'),
      ...comparison.scenarios.flatMap((s) => [...totals(s, 'withheld'), difference(s.withheldDifference)]),
    ],
  ];

  const padded = rows.map((row) => [...row, ...Array.from({ length: width - row.length }, () => blank)]);
  const headerRow = 4;
  return {
    sheetName: w.sheet,
    values: padded.map((row) => row.map((c) => c.value)),
    numberFormats: padded.map((row) => row.map((c) => c.format)),
    headerRow,
    firstDataRow: headerRow + 1,
    lastDataRow: headerRow + comparison.regions.length,
    groups: placed,
    nameColumn: 1,
    totalColumns: placed.map((g, i) => ({ name: g.name, column: g.lastColumn - (i > 0 ? 1 : 0) })),
    differenceColumns: placed.slice(1).map((g) => g.lastColumn),
  };
}
