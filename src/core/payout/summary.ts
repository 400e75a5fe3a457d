import Decimal from 'decimal.js';
import type { Agreement, FailurePolicy, Language, Localized, Tranche } from '../agreement/types';
import { formatKronor } from '../format/numbers';
import { regionKey } from '../table/regionKey';
import { own } from '../agreement/own';
import { basisKey, partBasis } from '../agreement/basis';
import { partAmounts } from '../agreement/parts';
import { apportionUnit, payoutColumn, regionWeight } from './compute';
import type { KronorColumn } from './kronorColumn';
import type { PayoutResult, RegionPayout } from './types';
import { both, counted, pick, plural } from '../i18n';
import { finish, type Steps } from '../pace/steps';

/** Failing regions named in a sentence before "and N more". */
const NAMED = 5;

export interface TrancheOutcome {
  trancheId: string;
  /** Set for a part of the tranche with conditions of its own (or under the tranche's). */
  partId?: string;
  /** The tranche's label, or "tranche › part". */
  label: Localized;
  failing: RegionPayout[];
  /** What the failing regions would have had if every region had qualified. */
  lost: Decimal;
  /** Redistributed to the qualifying regions, or withheld, by the tranche's rule. */
  moved: 'redistributed' | 'withheld';
  qualifying: number;
}

/**
 * Per conditional tranche (per part, for a tranche in parts): who failed, and how much money that
 * moved or withheld. A region fails where it is not paid: a condition not met, or a weight missing.
 */
export function trancheOutcomes(agreement: Agreement, result: PayoutResult): TrancheOutcome[] {
  return finish(trancheOutcomesSteps(agreement, result));
}

/** trancheOutcomes in steps (see pace/steps.ts): one apportionment per step. */
export function* trancheOutcomesSteps(agreement: Agreement, result: PayoutResult): Steps<TrancheOutcome[]> {
  const regions = result.regions.map((r) => r.region);
  // Keys only for a split made afresh (most summaries reuse one: see paidToAll).
  let keys: string[] | null = null;
  const outcomes: TrancheOutcome[] = [];
  for (const tranche of agreement.tranches) {
    if (tranche.recipients === 'groups') continue;
    const units = tranche.parts
      ? (() => {
          const { amounts } = partAmounts(tranche);
          return tranche.parts.map((part, p) => ({
            partId: part.id,
            label: { sv: `${tranche.label.sv} › ${part.label.sv}`, en: `${tranche.label.en} › ${part.label.en}` },
            amount: amounts[p],
            basis: partBasis(tranche, part),
            baseAmount: new Decimal(part.baseAmount ?? 0),
            policy: part.onFailure ?? tranche.onFailure ?? 'redistribute',
            conditional: tranche.conditions !== undefined || part.conditions !== undefined,
            paid: (r: RegionPayout) => own(own(r.partEligible, tranche.id), part.id) === true,
          }));
        })()
      : [
          {
            partId: undefined,
            label: tranche.label,
            amount: new Decimal(tranche.amount),
            basis: tranche.basis,
            baseAmount: new Decimal(tranche.baseAmount ?? 0),
            policy: tranche.onFailure ?? 'redistribute',
            conditional: tranche.conditions !== undefined,
            paid: (r: RegionPayout) => own(r.eligible, tranche.id) === true,
          },
        ];
    for (const unit of units.filter((u) => u.conditional)) {
      yield;
      const failing = result.regions.filter((r) => !unit.paid(r));
      // Their parts had everyone qualified, apportioned exactly as the tranche (or part) is.
      const asIfAll =
        paidToAll(agreement, result, unit) ??
        apportionUnit(
          unit.amount,
          regions.map((r) => regionWeight(unit.basis, r, agreement.facts)),
          regions.map(() => true),
          unit.policy,
          unit.baseAmount,
          (keys ??= regions.map(regionKey)),
          unit.basis,
          agreement.facts,
          unit.label,
        ).amounts;
      const lost = asIfAll.sumWhere((i) => !unit.paid(result.regions[i]));
      outcomes.push({
        trancheId: tranche.id,
        ...(unit.partId === undefined ? {} : { partId: unit.partId }),
        label: unit.label,
        failing,
        lost,
        moved: unit.policy === 'withhold' || failing.length === result.regions.length ? 'withheld' : 'redistributed',
        qualifying: result.regions.length - failing.length,
      });
    }
  }
  return outcomes;
}

/** What the summary needs of a split to find one already made: amount, basis, base amount and rule. */
interface Split {
  amount: Decimal;
  basis: Tranche['basis'];
  baseAmount: Decimal;
  policy: FailurePolicy;
}

/**
 * The payouts of another tranche split exactly as `unit` would be with every region qualified: the
 * same amount, basis, base amount and rule, without parts, and paid to every region (no condition
 * failed, no weight missing). Then it is that split, already made (the SVF agreements' payout 1 for
 * payout 2): at 20 000 rows one exact apportionment less. Null when there is none.
 */
function paidToAll(agreement: Agreement, result: PayoutResult, unit: Split): KronorColumn | null {
  const n = result.regions.length;
  const twin = agreement.tranches.find((tranche) => {
    if (tranche.recipients === 'groups' || tranche.parts) return false;
    const made = result.tranches.find((t) => t.id === tranche.id);
    return (
      made !== undefined &&
      made.qualifying === n &&
      new Decimal(tranche.amount).equals(unit.amount) &&
      new Decimal(tranche.baseAmount ?? 0).equals(unit.baseAmount) &&
      (tranche.onFailure ?? 'redistribute') === unit.policy &&
      basisKey(tranche.basis) === basisKey(unit.basis)
    );
  });
  return twin ? payoutColumn(result, twin.id) : null;
}

/**
 * The outcome in one or two sentences per conditional tranche, e.g. "3 regioner uppfyller inte
 * villkoren för Utbetalning 2 (Sörmland, Kalmar, Gävleborg). 14 441 720 kr omfördelas till 18 regioner."
 */
export function outcomeSummary(agreement: Agreement, result: PayoutResult): Localized[] {
  return finish(outcomeSummarySteps(agreement, result));
}

/** outcomeSummary in steps (see pace/steps.ts): the pane works it out with the result, not while rendering. */
export function* outcomeSummarySteps(agreement: Agreement, result: PayoutResult): Steps<Localized[]> {
  const outcomes = yield* trancheOutcomesSteps(agreement, result);
  if (outcomes.length === 0) {
    const all = result.regions.length;
    const regionTranches = result.tranches.filter((t) => t.recipients !== 'groups');
    const paid = regionTranches.reduce((s, t) => s.plus(t.paid), new Decimal(0));
    // The basis in words, when every region tranche and part is split alike ("efter befolkning").
    const phrases = new Set(regionTranches.flatMap((t) => (t.parts ? t.parts.map((p) => p.basis.key) : [t.basis?.key ?? 'population'])));
    const phrase = phrases.size === 1 ? (result.shareBasis?.phrase ?? { sv: 'efter befolkning', en: 'by population' }) : null;
    return [
      both((lang) =>
        pick(lang, {
          sv: `Hela ${formatKronor(paid, lang)} fördelas ${phrase ? `${phrase.sv} ` : ''}mellan ${counted('sv', all, { one: 'region', other: 'regioner' })}, utan villkor.`,
          en: `All of ${formatKronor(paid, lang)} is split ${phrase ? `${phrase.en} ` : ''}between ${counted('en', all, { one: 'region', other: 'regions' })}, without conditions.`,
        }),
      ),
    ];
  }
  return outcomes.map((o) => both((lang) => sentence(o, result.regions.length, lang)));
}

function sentence(o: TrancheOutcome, all: number, lang: Language): string {
  const label = o.label[lang];
  const lost = formatKronor(o.lost, lang);
  if (o.failing.length === 0) {
    return pick(lang, {
      sv: plural('sv', all, {
        one: `Regionen uppfyller villkoren för ${label}.`,
        other: `Alla ${all} regioner uppfyller villkoren för ${label}.`,
      }),
      en: plural('en', all, {
        one: `The region meets the conditions of ${label}.`,
        other: `All ${all} regions meet the conditions of ${label}.`,
      }),
    });
  }
  if (o.qualifying === 0) {
    return pick(lang, {
      sv: `Ingen region uppfyller villkoren för ${label}: hela ${lost} hålls inne.`,
      en: `No region meets the conditions of ${label}: all of ${lost} is withheld.`,
    });
  }
  const names = nameList(
    o.failing.map((r) => r.region.name),
    lang,
  );
  const failing = o.failing.length;
  const who = pick(lang, {
    sv: `${plural('sv', failing, { one: '1 region uppfyller', other: `${failing} regioner uppfyller` })} inte villkoren för ${label} (${names}).`,
    en: `${plural('en', failing, { one: '1 region does', other: `${failing} regions do` })} not meet the conditions of ${label} (${names}).`,
  });
  const money =
    o.moved === 'withheld'
      ? pick(lang, { sv: `${lost} hålls inne.`, en: `${lost} is withheld.` })
      : pick(lang, {
          sv: `${lost} omfördelas till ${counted('sv', o.qualifying, { one: 'region', other: 'regioner' })}.`,
          en: `${lost} is redistributed to ${counted('en', o.qualifying, { one: 'region', other: 'regions' })}.`,
        });
  return `${who} ${money}`;
}

function nameList(names: string[], lang: Language): string {
  if (names.length <= NAMED) return names.join(', ');
  const rest = names.length - NAMED + 1;
  return `${names.slice(0, NAMED - 1).join(', ')} ${pick(lang, { sv: `och ${rest} till`, en: `and ${rest} more` })}`;
}
