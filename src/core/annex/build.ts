import Decimal from 'decimal.js';
import type { Agreement, Language, Tranche } from '../agreement/types';
import { own } from '../agreement/own';
import { apportion } from '../apportionment/largestRemainder';
import { formatNumber } from '../format/numbers';
import { LOCALES } from '../format/locale';
import { regionKey } from '../table/regionKey';
import type { PayoutResult, RegionPayout, TrancheResult } from '../payout/types';
import type { Annex, AnnexOptions, AnnexProblemCode, AnnexResult, AnnexRow } from './types';
import { printedShare, shareText, WHOLE_SHARE_TEXT } from './share';
import { catalogue, plural } from '../i18n';

/** A line of the annex (title, heading, date) longer than this is refused: it is not a title any more. */
export const MAX_ANNEX_LINE = 1000;
/** Lines above the title: the decision's reference and subject take two. */
export const MAX_HEADING_LINES = 10;

const WORDS = catalogue({
  sv: {
    heading: 'Bilaga',
    code: 'Kod',
    region: 'Region',
    population: 'Befolkningsmängd',
    share: 'Andel',
    amount: 'Belopp',
    total: 'Riket',
    title: (kronor: string, tranche: string, agreement: string) =>
      `Fördelning av ${kronor} kronor för ${tranche} i enlighet med överenskommelsen ${agreement}.`,
    withheld: (count: number, tranche: string, names: string, kronor: string) =>
      `${plural('sv', count, { one: '1 region uppfyller', other: `${count} regioner uppfyller` })} inte villkoren för ${tranche} (${names}) och får 0 kronor; ${kronor} kronor hålls inne.`,
    footer: (id: string, hash: string) => `Beräknad med Kvot enligt regeluppsättningen ${id}, SHA-256 ${hash}`,
  },
  en: {
    heading: 'Annex',
    code: 'Code',
    region: 'Region',
    population: 'Population',
    share: 'Share',
    amount: 'Amount',
    total: 'Sweden',
    title: (kronor: string, tranche: string, agreement: string) =>
      `Distribution of SEK ${kronor} for ${tranche} under the agreement ${agreement}.`,
    withheld: (count: number, tranche: string, names: string, kronor: string) =>
      `${plural('en', count, { one: '1 region does', other: `${count} regions do` })} not meet the conditions of ${tranche} (${names}) and get SEK 0; SEK ${kronor} is withheld.`,
    footer: (id: string, hash: string) => `Computed with Kvot under the rule set ${id}, SHA-256 ${hash}`,
  },
});

/** One line of text: runs of spaces, tabs and line breaks become one space (no-break spaces stay), control characters go. */
export function annexLine(text: string): string {
  const spaced = text.replace(/[\t\n\r\v\f ]+/g, ' ');
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return spaced.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

/** "Utbetalning 2" → "utbetalning 2" inside a sentence; "SVF-medel" stays as it is. */
function inSentence(label: string, lang: Language): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase(LOCALES[lang]) + label.slice(1) : label;
}

const problem = (code: AnnexProblemCode, sv: string, en: string): AnnexResult => ({
  ok: false,
  code,
  message: { sv, en },
});

/**
 * The regions a tranche was split among, and the check that the amounts are exactly that split of
 * the population: the annex states the basis, so it must never print one the amounts were not
 * computed by. Redistributed: the qualifying regions; withheld or unconditional: every region.
 */
function listedRegions(tranche: Tranche, result: PayoutResult): { listed: RegionPayout[]; consistent: boolean } {
  const eligible = (r: RegionPayout) => own(r.eligible, tranche.id) === true;
  const amount = (r: RegionPayout) => own(r.payouts, tranche.id) ?? new Decimal(0);
  const redistributed = tranche.conditions !== undefined && tranche.onFailure !== 'withhold';
  const listed = redistributed ? result.regions.filter(eligible) : result.regions;
  const weights = result.regions.map((r) => ({
    key: regionKey(r.region),
    weight: !redistributed || eligible(r) ? r.region.population : new Decimal(0),
  }));
  const expected = apportion(new Decimal(tranche.amount), weights);
  const consistent = result.regions.every((r, i) => amount(r).equals(eligible(r) ? expected[i] : 0));
  return { listed, consistent };
}

/** The lines the user gave, cleaned, or the default; a line over MAX_ANNEX_LINE is a problem. */
function lines(given: readonly string[] | null | undefined, fallback: string[]): string[] | null {
  const cleaned = (given ?? []).map(annexLine).filter((line) => line !== '');
  if (cleaned.length > MAX_HEADING_LINES || cleaned.some((line) => line.length > MAX_ANNEX_LINE)) return null;
  return cleaned.length > 0 ? cleaned : fallback;
}

/**
 * The decision annex for one tranche of a computed payout: the table the government attaches to a
 * payout decision, with the shares as printed (two decimals of the listed regions' share, rounded
 * half-up; they need not add up to 100,00 %, and the "Riket" row says 100% as the decision does).
 */
export function buildAnnex(agreement: Agreement, result: PayoutResult, options: AnnexOptions): AnnexResult {
  const { lang, trancheId } = options;
  const w = WORDS[lang];
  const tranche = agreement.tranches.find((t) => t.id === trancheId);
  const outcome: TrancheResult | undefined = result.tranches.find((t) => t.id === trancheId);
  if (!tranche || !outcome) {
    const ids = agreement.tranches.map((t) => t.id).join(', ');
    return problem(
      'unknown-tranche',
      `Utbetalningen "${trancheId}" finns inte i ${agreement.id} (finns: ${ids}).`,
      `There is no tranche "${trancheId}" in ${agreement.id} (there are: ${ids}).`,
    );
  }
  const label = tranche.label[lang];
  if (outcome.paid.isZero()) {
    return problem(
      'nothing-paid',
      `Inget betalas ut för ${tranche.label.sv}: det finns ingen fördelning att skriva som bilaga.`,
      `Nothing is paid for ${tranche.label.en}: there is no distribution to write as an annex.`,
    );
  }
  const { listed, consistent } = listedRegions(tranche, result);
  if (!consistent) {
    return problem(
      'basis-mismatch',
      `Beloppen för ${tranche.label.sv} är inte fördelade efter befolkningsmängd: bilagan kan inte ange fördelningsgrunden.`,
      `The amounts of ${tranche.label.en} are not split by population: the annex cannot state the basis.`,
    );
  }

  const date = options.populationDate ? annexLine(options.populationDate) : '';
  const heading = lines(options.heading, [w.heading]);
  const given = options.title ? annexLine(options.title) : '';
  if (heading === null || given.length > MAX_ANNEX_LINE || date.length > MAX_ANNEX_LINE) {
    return problem(
      'text-too-long',
      `Bilagans rubrik får ha högst ${MAX_HEADING_LINES} rader ovanför titeln och högst ${MAX_ANNEX_LINE} tecken per rad.`,
      `The annex's heading may have at most ${MAX_HEADING_LINES} lines above the title and ${MAX_ANNEX_LINE} characters a line.`,
    );
  }

  const population = listed.reduce((sum, r) => sum.plus(r.region.population), new Decimal(0));
  const rows = listed.map((r): AnnexRow => {
    const share = population.isZero() ? new Decimal(0) : r.region.population.dividedBy(population);
    const printed = printedShare(r.region.population, population);
    return {
      code: r.region.code,
      name: r.region.name,
      population: r.region.population,
      share,
      printedShare: printed,
      shareText: shareText(printed, lang),
      amount: own(r.payouts, trancheId) ?? new Decimal(0),
    };
  });
  const paid = rows.reduce((sum, r) => sum.plus(r.amount), new Decimal(0));
  const kronor = formatNumber(paid, lang, 0);
  const failing = tranche.onFailure === 'withhold' ? listed.filter((r) => own(r.eligible, trancheId) !== true) : [];
  const notes =
    failing.length > 0
      ? [
          w.withheld(
            failing.length,
            inSentence(label, lang),
            failing.map((r) => r.region.name).join(', '),
            formatNumber(outcome.withheld, lang, 0),
          ),
        ]
      : [];

  const annex: Annex = {
    lang,
    agreementId: agreement.id,
    trancheId,
    trancheLabel: label,
    heading,
    title: given || w.title(kronor, inSentence(label, lang), agreement.title[lang].replace(/\.$/, '')),
    headers: {
      code: rows.some((r) => r.code !== null) ? w.code : null,
      region: w.region,
      basis: date ? `${w.population} (${date})` : w.population,
      share: w.share,
      amount: w.amount,
    },
    rows,
    total: { label: w.total, population, shareText: WHOLE_SHARE_TEXT, amount: paid },
    notes,
    footer: w.footer(agreement.id, options.ruleSetHash),
    ruleSetHash: options.ruleSetHash,
  };
  return { ok: true, annex };
}

/** The annex's table as printed text, one array per row: headers, regions, "Riket" (the code column only when present). */
export function annexTextCells(annex: Annex): string[][] {
  const number = (d: Decimal) => formatNumber(d, annex.lang, 0);
  const withCode = annex.headers.code !== null;
  const row = (code: string | null, cells: string[]) => (withCode ? [code ?? '', ...cells] : cells);
  const h = annex.headers;
  return [
    row(h.code, [h.region, h.basis, h.share, h.amount]),
    ...annex.rows.map((r) => row(r.code, [r.name, number(r.population), r.shareText, number(r.amount)])),
    row(null, [annex.total.label, number(annex.total.population), annex.total.shareText, number(annex.total.amount)]),
  ];
}
