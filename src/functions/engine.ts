import Decimal from 'decimal.js';
import { own } from '../core/agreement/own';
import type { Agreement, Language, Tranche } from '../core/agreement/types';
import { apportionRange, type ApportionPlaces } from './apportionColumn';
import type { RangePlace } from './ranges';
import { failure, fitLocalized, success, type FunctionResult } from './result';
import { RuleLookup, type ReadWorkbookRules } from './ruleLookup';
import { TableRunner, type TableRun } from './tablePipeline';

/** What a Kvot function puts in a cell; "" is a row that is not a region (a total row, a blank row). */
export type OutputCell = number | boolean | string;

/** Words that mean every tranche: the total, or all conditions together. */
export const ALL_TRANCHES = ['alla', 'all', 'totalt', 'total', '*'] as const;

export type TrancheChoice = { all: true } | { all: false; tranche: Tranche };

const folded = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');

/**
 * The tranche a formula names: its id ("payout2"), its label in either language ("Utbetalning 2"),
 * its number (2), or one of ALL_TRANCHES for all of them. A tranche whose id or label is one of those
 * words is still that tranche.
 */
export function chooseTranche(agreement: Agreement, tranche: unknown, blankMeansAll = false): FunctionResult<TrancheChoice> {
  const list = agreement.tranches;
  const choices = {
    sv: `Välj ${list.map((t) => `${t.id} (${t.label.sv})`).join(', ')} eller "alla".`,
    en: `Choose ${list.map((t) => `${t.id} (${t.label.en})`).join(', ')} or "all".`,
  };
  if (tranche === null || tranche === undefined || (typeof tranche === 'string' && tranche.trim() === '')) {
    if (blankMeansAll) return success({ all: true });
    return failure(fitLocalized({ sv: 'Ange utbetalning.', en: 'Give the tranche.' }, choices));
  }
  if (typeof tranche === 'number') {
    if (Number.isInteger(tranche) && tranche >= 1 && tranche <= list.length) return success({ all: false, tranche: list[tranche - 1] });
    return failure(
      fitLocalized(
        {
          sv: `Det finns ingen utbetalning nummer ${tranche} i ${agreement.id}.`,
          en: `There is no tranche number ${tranche} in ${agreement.id}.`,
        },
        choices,
      ),
    );
  }
  const wanted = folded(String(tranche));
  const found = list.find((t) => folded(t.id) === wanted || folded(t.label.sv) === wanted || folded(t.label.en) === wanted);
  if (found) return success({ all: false, tranche: found });
  if ((ALL_TRANCHES as readonly string[]).includes(wanted)) return success({ all: true });
  return failure(
    fitLocalized(
      {
        sv: `Okänd utbetalning "${String(tranche).trim()}" i ${agreement.id}.`,
        en: `Unknown tranche "${String(tranche).trim()}" in ${agreement.id}.`,
      },
      choices,
    ),
  );
}

/** "sv"/"en" (also "svenska", "engelska", "swedish", "english"); blank gives `fallback`. */
export function chooseLanguage(language: unknown, fallback: Language): FunctionResult<Language> {
  if (language === null || language === undefined || (typeof language === 'string' && language.trim() === '')) return success(fallback);
  const word = folded(String(language));
  if (['sv', 'sv-se', 'svenska', 'swedish'].includes(word)) return success('sv');
  if (['en', 'en-us', 'en-gb', 'engelska', 'english'].includes(word)) return success('en');
  return failure({
    sv: `Okänt språk "${String(language).trim()}": ange "sv" eller "en".`,
    en: `Unknown language "${String(language).trim()}": give "sv" or "en".`,
  });
}

/** One output column over the table's rows: `pick` for region rows, "" for every other row. */
function column(run: TableRun, pick: (regionIndex: number) => OutputCell): OutputCell[][] {
  const rows: OutputCell[][] = Array.from({ length: run.rowCount }, () => ['']);
  run.result.regions.forEach((payout, i) => {
    // gridRow counts from the header row, which is the range's first row.
    rows[payout.region.gridRow - 1] = [pick(i)];
  });
  return rows;
}

const kronor = (amount: Decimal | undefined) => (amount ?? new Decimal(0)).toNumber();

/**
 * The Kvot functions, independent of Excel: every argument as Excel passes it, every answer a value
 * or an error with a message (functions.ts turns it into a cell error). One instance per runtime, so
 * the rule sets and the last tables read are shared by every formula.
 */
export class KvotFunctions {
  readonly lookup: RuleLookup;
  private readonly runner: TableRunner;

  constructor(readWorkbookRules: ReadWorkbookRules) {
    this.lookup = new RuleLookup(readWorkbookRules);
    this.runner = new TableRunner(this.lookup);
  }

  /** KVOT.FORDELA(belopp; vikter; [villkor]). */
  apportion(
    amount: unknown,
    weights: unknown,
    qualifiers: unknown,
    places: ApportionPlaces = { weights: null, qualifiers: null },
  ): FunctionResult<number[][]> {
    return apportionRange(amount, weights, qualifiers, places);
  }

  /** KVOT.VILLKOR(regelId; utbetalning; tabell; [godkänn]): TRUE/FALSE per region row. */
  async eligible(
    ruleId: unknown,
    tranche: unknown,
    table: unknown,
    accept: unknown,
    place: RangePlace | null = null,
  ): Promise<FunctionResult<OutputCell[][]>> {
    return this.withTranche(ruleId, tranche, table, accept, place, (run, choice) =>
      column(run, (i) => {
        const eligible = run.result.regions[i].eligible;
        return choice.all ? Object.values(eligible).every(Boolean) : own(eligible, choice.tranche.id) === true;
      }),
    );
  }

  /** KVOT.SKAL(regelId; utbetalning; tabell; [godkänn]; [språk]): the failed conditions, "; "-separated; "" when met. */
  async reason(
    ruleId: unknown,
    tranche: unknown,
    table: unknown,
    accept: unknown,
    language: unknown,
    fallback: Language,
    place: RangePlace | null = null,
  ): Promise<FunctionResult<OutputCell[][]>> {
    const lang = chooseLanguage(language, fallback);
    if (!lang.ok) return lang;
    return this.withTranche(ruleId, tranche, table, accept, place, (run, choice) =>
      column(run, (i) => {
        const payout = run.result.regions[i];
        const decisive = choice.all
          ? payout.outcomes.filter((o) => o.decisive)
          : payout.outcomes.filter((o) => o.decisive && o.trancheId === choice.tranche.id);
        return decisive.map((o) => o.reason[lang.value]).join('; ');
      }),
    );
  }

  /** KVOT.UTBETALNING(regelId; utbetalning; tabell; [godkänn]): whole kronor per region row ("alla": the total). */
  async payout(
    ruleId: unknown,
    tranche: unknown,
    table: unknown,
    accept: unknown,
    place: RangePlace | null = null,
  ): Promise<FunctionResult<OutputCell[][]>> {
    return this.withTranche(ruleId, tranche, table, accept, place, (run, choice) =>
      column(run, (i) => {
        const payout = run.result.regions[i];
        return kronor(choice.all ? payout.total : own(payout.payouts, choice.tranche.id));
      }),
    );
  }

  /** KVOT.ANDEL(regelId; tabell; [godkänn]): each region's exact population share, as a number. */
  async share(ruleId: unknown, table: unknown, accept: unknown, place: RangePlace | null = null): Promise<FunctionResult<OutputCell[][]>> {
    const run = await this.runner.run({ ruleId, table, accept, place });
    if (!run.ok) return run;
    return success(column(run.value, (i) => run.value.result.regions[i].share.toNumber()));
  }

  /** KVOT.BELOPP(regelId; [utbetalning]): a tranche's amount, or the budget. */
  async amount(ruleId: unknown, tranche: unknown): Promise<FunctionResult<number>> {
    const rules = await this.lookup.resolve(ruleId);
    if (!rules.ok) return rules;
    const agreement = rules.value.agreement;
    const choice = chooseTranche(agreement, tranche, true);
    if (!choice.ok) return choice;
    return success(choice.value.all ? agreement.budget : choice.value.tranche.amount);
  }

  /** The table run and the tranche chosen in its rule set, or the first error of the two. */
  private async withTranche(
    ruleId: unknown,
    tranche: unknown,
    table: unknown,
    accept: unknown,
    place: RangePlace | null,
    shape: (run: TableRun, choice: TrancheChoice) => OutputCell[][],
  ): Promise<FunctionResult<OutputCell[][]>> {
    // The tranche is checked against the rules before the table, so a typo is named first.
    const rules = await this.lookup.resolve(ruleId);
    if (!rules.ok) return rules;
    const choice = chooseTranche(rules.value.agreement, tranche);
    if (!choice.ok) return choice;
    const run = await this.runner.run({ ruleId, table, accept, place });
    if (!run.ok) return run;
    return success(shape(run.value, choice.value));
  }
}
