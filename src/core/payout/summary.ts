import Decimal from 'decimal.js';
import type { Agreement, Language, Localized } from '../agreement/types';
import { apportion } from '../apportionment/largestRemainder';
import { formatKronor } from '../format/numbers';
import { regionKey } from '../table/regionKey';
import type { PayoutResult, RegionPayout } from './types';

/** Failing regions named in a sentence before "and N more". */
const NAMED = 5;

export interface TrancheOutcome {
  trancheId: string;
  label: Localized;
  failing: RegionPayout[];
  /** What the failing regions would have had if every region had qualified. */
  lost: Decimal;
  /** Redistributed to the qualifying regions, or withheld, by the tranche's rule. */
  moved: 'redistributed' | 'withheld';
  qualifying: number;
}

/** Per conditional tranche: who failed, and how much money that moved or withheld. */
export function trancheOutcomes(agreement: Agreement, result: PayoutResult): TrancheOutcome[] {
  return agreement.tranches
    .filter((tranche) => tranche.conditions)
    .map((tranche) => {
      const failing = result.regions.filter((r) => !r.eligible[tranche.id]);
      // Their parts of the tranche had everyone qualified, apportioned exactly as the tranche is.
      const asIfAll = apportion(new Decimal(tranche.amount), result.regions.map((r) => ({ key: regionKey(r.region), weight: r.region.population })));
      const lost = result.regions.reduce((sum, r, i) => (r.eligible[tranche.id] ? sum : sum.plus(asIfAll[i])), new Decimal(0));
      return {
        trancheId: tranche.id,
        label: tranche.label,
        failing,
        lost,
        moved: tranche.onFailure === 'withhold' || failing.length === result.regions.length ? 'withheld' : 'redistributed',
        qualifying: result.regions.length - failing.length,
      };
    });
}

/**
 * The outcome in one or two sentences per conditional tranche, e.g. "3 regioner uppfyller inte
 * villkoren för Utbetalning 2 (Sörmland, Kalmar, Gävleborg). 14 441 720 kr omfördelas till 18 regioner."
 */
export function outcomeSummary(agreement: Agreement, result: PayoutResult): Localized[] {
  const outcomes = trancheOutcomes(agreement, result);
  if (outcomes.length === 0) {
    const all = result.regions.length;
    return [both((lang) => (lang === 'sv'
      ? `Hela ${formatKronor(result.totals.paid, lang)} fördelas efter befolkning mellan ${all} regioner, utan villkor.`
      : `All of ${formatKronor(result.totals.paid, lang)} is split by population between ${all} regions, without conditions.`))];
  }
  return outcomes.map((o) => both((lang) => sentence(o, result.regions.length, lang)));
}

function sentence(o: TrancheOutcome, all: number, lang: Language): string {
  const label = o.label[lang];
  const lost = formatKronor(o.lost, lang);
  if (o.failing.length === 0) {
    return lang === 'sv' ? `Alla ${all} regioner uppfyller villkoren för ${label}.` : `All ${all} regions meet the conditions of ${label}.`;
  }
  if (o.qualifying === 0) {
    return lang === 'sv'
      ? `Ingen region uppfyller villkoren för ${label}: hela ${lost} hålls inne.`
      : `No region meets the conditions of ${label}: all of ${lost} is withheld.`;
  }
  const names = nameList(o.failing.map((r) => r.region.name), lang);
  const who = lang === 'sv'
    ? `${o.failing.length === 1 ? '1 region uppfyller' : `${o.failing.length} regioner uppfyller`} inte villkoren för ${label} (${names}).`
    : `${o.failing.length === 1 ? '1 region does' : `${o.failing.length} regions do`} not meet the conditions of ${label} (${names}).`;
  const money = o.moved === 'withheld'
    ? (lang === 'sv' ? `${lost} hålls inne.` : `${lost} is withheld.`)
    : lang === 'sv'
      ? `${lost} omfördelas till ${o.qualifying === 1 ? '1 region' : `${o.qualifying} regioner`}.`
      : `${lost} is redistributed to ${o.qualifying === 1 ? '1 region' : `${o.qualifying} regions`}.`;
  return `${who} ${money}`;
}

function nameList(names: string[], lang: Language): string {
  if (names.length <= NAMED) return names.join(', ');
  const rest = names.length - NAMED + 1;
  return `${names.slice(0, NAMED - 1).join(', ')} ${lang === 'sv' ? `och ${rest} till` : `and ${rest} more`}`;
}

const both = (make: (lang: Language) => string): Localized => ({ sv: make('sv'), en: make('en') });
