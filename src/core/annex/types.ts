import type Decimal from 'decimal.js';
import type { Language, Localized } from '../agreement/types';

/** One region's line of the annex, as the decision prints it: Kod, Region, Befolkningsmängd, Andel, Belopp. */
export interface AnnexRow {
  code: string | null;
  name: string;
  population: Decimal;
  /** Exact share of the listed regions' population. */
  share: Decimal;
  /** The share as printed: a fraction rounded half-up to two decimals of a percent (0.2326). */
  printedShare: Decimal;
  /** "23,26%" (sv) / "23.26%" (en): no space before the sign, as the decision prints it. */
  shareText: string;
  /** Whole kronor. */
  amount: Decimal;
}

/** The "Riket" row: the listed regions' population, "100%", and the kronor paid. */
export interface AnnexTotal {
  label: string;
  population: Decimal;
  shareText: string;
  amount: Decimal;
}

/** The annex headers, in column order; `code` is null when no listed region has a code. */
export interface AnnexHeaders {
  code: string | null;
  region: string;
  /** The apportionment basis, with its date when known: "Befolkningsmängd (nov 2024)". */
  basis: string;
  share: string;
  amount: string;
}

/**
 * The decision annex ("Bilaga") for one tranche: title, headers, one row per listed region and
 * the "Riket" row. Listed are the regions the tranche was split among: when a conditional tranche
 * is redistributed, only the qualifying regions (as in the 2025 decision); otherwise all regions.
 */
export interface Annex {
  lang: Language;
  agreementId: string;
  trancheId: string;
  trancheLabel: string;
  /** The lines above the title, e.g. ["Bilaga till beslut vid regeringssammanträde 2024-12-12 nr II:5", "Utbetalning av …"]. */
  heading: string[];
  /** "Fördelning av 182 500 000 kronor för …". */
  title: string;
  headers: AnnexHeaders;
  rows: AnnexRow[];
  total: AnnexTotal;
  /** Lines under the table (a withheld amount, say); empty for a plain annex. */
  notes: string[];
  /** The print footer's text: the rule set id and its SHA-256. */
  footer: string;
  ruleSetHash: string;
}

export interface AnnexOptions {
  trancheId: string;
  lang: Language;
  /** SHA-256 of the rule set's canonical JSON (core/audit ruleSetHash). */
  ruleSetHash: string;
  /** The population's date as the header shows it, e.g. "nov 2024"; none when unknown. */
  populationDate?: string | null;
  /** Replace the default line above the title ("Bilaga"); blank lines are dropped. */
  heading?: readonly string[] | null;
  /** Replaces the default title, e.g. with the government's own wording. */
  title?: string | null;
}

export type AnnexProblemCode = 'unknown-tranche' | 'nothing-paid' | 'basis-mismatch' | 'text-too-long';

export type AnnexResult = { ok: true; annex: Annex } | { ok: false; code: AnnexProblemCode; message: Localized };
