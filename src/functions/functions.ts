/**
 * Kvot's Excel custom functions, namespace KVOT (see README "Kvot as formulas"). This file is the
 * input of custom-functions-metadata-plugin: the JSDoc below becomes dist/functions.json (English,
 * the default locale) and, with src/functions/localization.json, dist/functions-sv.json. The plugin's
 * loader appends `CustomFunctions.associate("ID", fn)` for every function to this module when it is
 * bundled; those calls use the `CustomFunctions` constant below.
 *
 * Every function is a thin wrapper: the arithmetic, reading and checks are the core's, through
 * ./engine, which is fetched on first use so the pane starts as fast as before.
 */
import type { Language } from '../core/agreement/types';
import { parseRangeAddress } from './ranges';
import type { FunctionResult } from './result';

type Engine = typeof import('./engine');
type Runtime = typeof import('./runtime');

/**
 * The runtime's CustomFunctions where Excel provides it; elsewhere (the pane opened in a plain
 * browser, unit tests without a stand-in) a stand-down that registers nothing, so loading this module
 * never throws. The associate calls the build appends resolve to this binding.
 */
const CustomFunctions = {
  associate(id: string, fn: (...args: never[]) => unknown): void {
    const runtime = (globalThis as { CustomFunctions?: { associate?: (id: string, fn: unknown) => void } }).CustomFunctions;
    if (typeof runtime?.associate === 'function') runtime.associate(id, fn);
  },
};

let loading: Promise<Runtime> | null = null;
/** The engine and its Office glue, loaded once. */
function runtime(): Promise<Runtime> {
  loading ??= import(/* webpackChunkName: "functions-engine" */ './runtime');
  return loading;
}

/** A value for the cell, or the error Excel shows (#VALUE! or #N/A with its message). */
function settle<T>(result: FunctionResult<T>, lang: Language): T {
  if (result.ok) return result.value;
  const ErrorClass = (
    globalThis as { CustomFunctions?: { Error?: new (code: CustomFunctions.ErrorCodeValue, message?: string) => unknown } }
  ).CustomFunctions?.Error;
  const code = result.error.code === 'notAvailable' ? '#N/A' : '#VALUE!';
  const message = result.error.message[lang];
  if (typeof ErrorClass === 'function') throw new ErrorClass(code, message);
  throw new Error(`${code} ${message}`);
}

/** Runs one function with the engine, in Excel's display language. */
async function call<T>(
  work: (engine: Engine['KvotFunctions']['prototype'], lang: Language) => FunctionResult<T> | Promise<FunctionResult<T>>,
): Promise<T> {
  const { kvot, displayLanguage } = await runtime();
  const lang = displayLanguage();
  return settle(await work(kvot, lang), lang);
}

/** The place of argument `index` in the workbook, from Excel's parameter addresses. */
const place = (invocation: CustomFunctions.Invocation | undefined, index: number) =>
  parseRangeAddress(invocation?.parameterAddresses?.[index]);

/**
 * Splits a whole-krona amount by weights, to the krona, with largest remainder: the parts always add up to the amount. Ties go to the larger weight, then the earlier row.
 * @customfunction APPORTION APPORTION
 * @param amount Whole kronor to split, e.g. 182500000.
 * @param weights One column (or one row) of weights, e.g. the populations. A blank weight is an error, not 0.
 * @param [qualifiers] Optional. TRUE/FALSE per row, same size as weights: the amount is split among the TRUE rows and the FALSE rows get 0. A blank is an error, never FALSE.
 * @param invocation Invocation.
 * @returns The parts, in the shape of weights.
 * @requiresParameterAddresses
 */
export async function apportion(
  amount: unknown,
  weights: unknown[][],
  qualifiers?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Promise<number[][]> {
  const weightsAt = place(invocation, 1);
  const qualifiersAt = place(invocation, 2);
  return call((kvot) => kvot.apportion(amount, weights, qualifiers ?? null, { weights: weightsAt, qualifiers: qualifiersAt }));
}

/**
 * Whether each region row meets the conditions of a tranche under a rule set: TRUE or FALSE, blank for rows that are not regions.
 * @customfunction ELIGIBLE ELIGIBLE
 * @param ruleId The rule set: a bundled one such as "svf-2024", or the one saved in this workbook.
 * @param tranche The tranche: its id ("payout2"), label ("Payout 2") or number, or "all" for every tranche.
 * @param table The region table, its header row first (as Kvot's pane reads it).
 * @param [accept] Optional. Warning kinds you have checked and accept, e.g. "blanks"; without it any warning is an error naming it.
 * @param invocation Invocation.
 * @returns TRUE/FALSE per row under the header.
 * @requiresParameterAddresses
 */
export async function eligible(
  ruleId: string,
  tranche: unknown,
  table: unknown[][],
  accept?: string,
  invocation?: CustomFunctions.Invocation,
): Promise<unknown[][]> {
  const tableAt = place(invocation, 2);
  return call((kvot) => kvot.eligible(ruleId, tranche, table, accept ?? null, tableAt));
}

/**
 * Why each region row does not meet the conditions of a tranche: one line per row, blank where they are met.
 * @customfunction REASON REASON
 * @param ruleId The rule set: a bundled one such as "svf-2024", or the one saved in this workbook.
 * @param tranche The tranche: its id ("payout2"), label ("Payout 2") or number, or "all" for every tranche.
 * @param table The region table, its header row first (as Kvot's pane reads it).
 * @param [accept] Optional. Warning kinds you have checked and accept, e.g. "blanks"; without it any warning is an error naming it.
 * @param [language] Optional. "sv" or "en"; Excel's language if left out.
 * @param invocation Invocation.
 * @returns The reason per row under the header.
 * @requiresParameterAddresses
 */
export async function reason(
  ruleId: string,
  tranche: unknown,
  table: unknown[][],
  accept?: string,
  language?: string,
  invocation?: CustomFunctions.Invocation,
): Promise<unknown[][]> {
  const tableAt = place(invocation, 2);
  return call((kvot, lang) => kvot.reason(ruleId, tranche, table, accept ?? null, language ?? null, lang, tableAt));
}

/**
 * Each region row's payout for a tranche, in whole kronor, as Kvot's pane computes it; "all" gives the total of every tranche.
 * @customfunction PAYOUT PAYOUT
 * @param ruleId The rule set: a bundled one such as "svf-2024", or the one saved in this workbook.
 * @param tranche The tranche: its id ("payout2"), label ("Payout 2") or number, or "all" for the total.
 * @param table The region table, its header row first (as Kvot's pane reads it).
 * @param [accept] Optional. Warning kinds you have checked and accept, e.g. "blanks"; without it any warning is an error naming it.
 * @param invocation Invocation.
 * @returns Kronor per row under the header.
 * @requiresParameterAddresses
 */
export async function payout(
  ruleId: string,
  tranche: unknown,
  table: unknown[][],
  accept?: string,
  invocation?: CustomFunctions.Invocation,
): Promise<unknown[][]> {
  const tableAt = place(invocation, 2);
  return call((kvot) => kvot.payout(ruleId, tranche, table, accept ?? null, tableAt));
}

/**
 * Each region row's share of the population, exact, as Kvot's pane computes it.
 * @customfunction SHARE SHARE
 * @param ruleId The rule set: a bundled one such as "svf-2024", or the one saved in this workbook.
 * @param table The region table, its header row first (as Kvot's pane reads it).
 * @param [accept] Optional. Warning kinds you have checked and accept, e.g. "blanks"; without it any warning is an error naming it.
 * @param invocation Invocation.
 * @returns The share per row under the header.
 * @requiresParameterAddresses
 */
export async function share(
  ruleId: string,
  table: unknown[][],
  accept?: string,
  invocation?: CustomFunctions.Invocation,
): Promise<unknown[][]> {
  const tableAt = place(invocation, 1);
  return call((kvot) => kvot.share(ruleId, table, accept ?? null, tableAt));
}

/**
 * A tranche's amount in a rule set, or the whole budget.
 * @customfunction AMOUNT AMOUNT
 * @param ruleId The rule set: a bundled one such as "svf-2024", or the one saved in this workbook.
 * @param [tranche] Optional. The tranche (id, label or number); left out or "all", the budget.
 * @returns Whole kronor.
 */
export async function amount(ruleId: string, tranche?: unknown): Promise<number> {
  return call((kvot) => kvot.amount(ruleId, tranche ?? null));
}
