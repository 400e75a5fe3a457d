import Decimal from 'decimal.js';
import type { Agreement, Basis, FactDeclaration, FailurePolicy, Localized, RecipientGroup, Tranche } from '../agreement/types';
import type { FactValue, RegionRow } from '../table/types';
import type { ConditionOutcome, RegionEvaluation } from '../evaluation/types';
import { evaluateRegionsSteps } from '../evaluation/evaluate';
import { checkpoint, finish, type Steps } from '../pace/steps';
import { apportionScaled, apportionScaledExact, scaledWeights } from '../apportionment/largestRemainder';
import type { BasisInfo, GroupPayout, PartResult, PayoutResult, RegionPayout, TrancheResult } from './types';
import { ComputedPayout, Shares, type PayoutColumns } from './shares';
import { KronorColumn } from './kronorColumn';
import { safeInteger } from '../decimal/safeInteger';
import { regionKey } from '../table/regionKey';
import { regionIdentity, sameRegionCode } from '../table/regionName';
import { own, record } from '../agreement/own';
import { basisKey, basisLabel, basisPhrase, isWeightBasis, partBasis } from '../agreement/basis';
import { partAmounts } from '../agreement/parts';
import { formatNumber } from '../format/numbers';
import { sumDecimals } from '../decimal/sum';

const ZERO = new Decimal(0);

/** Evaluates the conditions and apportions every tranche to the krona. */
export async function computePayouts(agreement: Agreement, regions: readonly RegionRow[]): Promise<PayoutResult> {
  return finish(computePayoutsSteps(agreement, regions));
}

/** computePayouts in steps (see pace/steps.ts): the task pane computes a large table in slices. */
export function* computePayoutsSteps(agreement: Agreement, regions: readonly RegionRow[]): Steps<PayoutResult> {
  const evaluations = yield* evaluateRegionsSteps(agreement, regions);
  yield;
  return yield* apportionTranchesSteps(agreement, regions, evaluations);
}

/** A recipient's weight under a basis: a value, or why it cannot be used (missing, negative). */
type Weight = { ok: true; value: Decimal } | { ok: false; reason: Localized };

/** What one apportionment (a tranche without parts, or one part) pays, per recipient. */
interface UnitPay {
  amounts: KronorColumn;
  paid: Decimal;
  qualifying: number;
  note?: Localized;
}

export function basisInfo(basis: Basis, facts: readonly FactDeclaration[]): BasisInfo {
  return {
    key: basisKey(basis),
    kind: basis === 'population' || basis === 'equal' ? basis : 'fact',
    label: basisLabel(basis, facts),
    phrase: basisPhrase(basis, facts),
  };
}

/**
 * The apportionment alone, given evaluations (what-if scenarios reuse it with overridden outcomes).
 * Every tranche, and every part of a tranche, is split by its basis (population, equal shares or a
 * weight fact) among the recipients that qualify, a base amount each first; see apportionUnit.
 */
export function apportionTranches(
  agreement: Agreement,
  regions: readonly RegionRow[],
  evaluations: readonly RegionEvaluation[],
): PayoutResult {
  return finish(apportionTranchesSteps(agreement, regions, evaluations));
}

/** apportionTranches in steps (see pace/steps.ts). */
export function* apportionTranchesSteps(
  agreement: Agreement,
  regions: readonly RegionRow[],
  evaluations: readonly RegionEvaluation[],
): Steps<PayoutResult> {
  const facts = agreement.facts;
  const population = sumDecimals(regions.map((r) => r.population));
  // Each tranche's kronor per region, as a column (see KronorColumn): a region's record of them is made when asked.
  const columns: PayoutColumns['tranches'][number][] = [];
  // Without parts in the agreement the part records stay empty: one shared (frozen) for every region.
  const hasParts = agreement.tranches.some((t) => t.parts !== undefined && t.recipients !== 'groups');
  const partPayouts = regions.map(() => (hasParts ? record<Record<string, Decimal>>() : NO_PARTS));
  const partEligible = regions.map(() => (hasParts ? record<Record<string, boolean>>() : NO_PART_ELIGIBILITY));
  // The evaluation's own record while nothing changes it (most regions); a copy once a tranche is
  // not paid for want of a weight (the evaluations are the caller's: never written to).
  const eligible = evaluations.map((e) => e.eligible);
  const markUnpaid = (i: number, trancheId: string) => {
    if (own(eligible[i], trancheId) === false) return;
    if (eligible[i] === evaluations[i].eligible) eligible[i] = { ...eligible[i] };
    eligible[i][trancheId] = false;
  };
  // Why a weight could not be used, per region: most regions have none, so a list only where needed.
  const reasons: (Localized[] | undefined)[] = new Array(regions.length);
  const bases = new Map<string, { info: BasisInfo; basis: Basis }>();
  const groupRows = groupMembers(agreement, regions);
  const groupState = (agreement.groups ?? []).map(() => ({
    payouts: record<Decimal>(),
    parts: record<Record<string, Decimal>>(),
    reasons: [] as Localized[],
  }));
  const groupBases = new Map<string, { info: BasisInfo; basis: Basis }>();

  // The regions' weights under each basis, and their keys, once: tranches and parts mostly share a basis.
  const weightsByBasis = new Map<string, Weight[]>();
  const weightsOf = (basis: Basis): Weight[] => {
    // The label too: a weight's reason names the basis, and two bases on one fact may be labelled apart.
    const key = `${basisKey(basis)}\u0000${JSON.stringify(basisLabel(basis, facts))}`;
    let weights = weightsByBasis.get(key);
    if (!weights) {
      weights = regions.map((r) => regionWeight(basis, r, facts));
      weightsByBasis.set(key, weights);
    }
    return weights;
  };
  const keys = regions.map(regionKey);
  const tranches: TrancheResult[] = [];
  for (const tranche of agreement.tranches) {
    const toGroups = tranche.recipients === 'groups';
    const info = basisInfo(tranche.basis, facts);
    const amount = new Decimal(tranche.amount);
    const base: Pick<TrancheResult, 'id' | 'label' | 'amount' | 'recipients' | 'basis'> = {
      id: tranche.id,
      label: tranche.label,
      amount,
      recipients: toGroups ? 'groups' : 'regions',
      basis: info,
    };

    if (toGroups) {
      const groups = agreement.groups ?? [];
      const units = unitsOf(tranche);
      const results = units.map((unit) => {
        groupBases.set(basisKey(unit.basis), { info: basisInfo(unit.basis, facts), basis: unit.basis });
        const weights = groups.map((group, g) => groupWeight(unit.basis, group, groupRows[g], facts));
        const pay = apportionUnit(
          unit.amount,
          weights,
          groups.map(() => true),
          'redistribute',
          unit.baseAmount,
          groups.map((g) => g.id),
          unit.basis,
          facts,
          unit.label,
        );
        groups.forEach((_, g) => {
          if (!weights[g].ok) groupState[g].reasons.push(prefixed(unit.label, (weights[g] as { reason: Localized }).reason));
          if (unit.partId === undefined) groupState[g].payouts[tranche.id] = pay.amounts.at(g);
          else {
            groupState[g].parts[tranche.id] ??= record<Decimal>();
            groupState[g].parts[tranche.id][unit.partId] = pay.amounts.at(g);
            groupState[g].payouts[tranche.id] = (groupState[g].payouts[tranche.id] ?? ZERO).plus(pay.amounts.at(g));
          }
        });
        return { unit, pay };
      });
      columns.push({ id: tranche.id, amounts: KronorColumn.ofNumbers(new Float64Array(regions.length)) });
      tranches.push(trancheResult(base, tranche, results, facts));
      continue;
    }

    const results: { unit: Unit; pay: UnitPay }[] = [];
    for (const unit of unitsOf(tranche)) {
      yield;
      const info = basisInfo(unit.basis, facts);
      if (!bases.has(info.key)) bases.set(info.key, { info, basis: unit.basis });
      const weights = weightsOf(unit.basis);
      const qualifies = evaluations.map(
        (e) => own(e.eligible, tranche.id) === true && (unit.partId === undefined || own(own(e.parts, tranche.id), unit.partId) !== false),
      );
      const pay = apportionUnit(unit.amount, weights, qualifies, unit.policy, unit.baseAmount, keys, unit.basis, facts, unit.label);
      for (let i = 0; i < regions.length; i++) {
        const weight = weights[i];
        const paid = qualifies[i] && weight.ok;
        if (!weight.ok && qualifies[i]) (reasons[i] ??= []).push(prefixed(unit.label, weight.reason));
        if (unit.partId !== undefined) {
          partPayouts[i][tranche.id] ??= record<Decimal>();
          partEligible[i][tranche.id] ??= record<boolean>();
          partPayouts[i][tranche.id][unit.partId] = pay.amounts.at(i);
          partEligible[i][tranche.id][unit.partId] = paid;
        }
        if (!paid) markUnpaid(i, tranche.id);
      }
      results.push({ unit, pay });
    }
    // A tranche with parts pays each region the sum of its parts.
    const amounts = tranche.parts
      ? KronorColumn.sum(
          results.map((r) => r.pay.amounts),
          regions.length,
        )
      : results[0].pay.amounts;
    columns.push({ id: tranche.id, amounts });
    tranches.push(trancheResult(base, tranche, results, facts));
  }
  yield;

  const basisList = [...bases.values()];
  const shareBasis = basisList[0] ?? { info: basisInfo('population', facts), basis: 'population' as Basis };
  const shareWeights = weightsOf(shareBasis.basis);
  // By population every region has a weight: their total is the population's, already added up.
  const shareTotal = shareBasis.basis === 'population' ? population : sumDecimals(usableValues(shareWeights));
  const shares = new Shares(
    shareWeights.map((w) => (w.ok ? w.value : null)),
    shareTotal,
  );

  const resultColumns: PayoutColumns = {
    shares,
    tranches: columns,
    basisValuesAt: (i) => {
      const values: Record<string, Decimal | null> = {};
      for (const { info, basis } of basisList) values[info.key] = rawWeight(basis, regions[i], facts);
      return values;
    },
  };
  // Rows sharing an evaluation (see SharedEvaluations) share its list of reasons too, unless a weight adds one.
  const reasonsByOutcomes = new Map<readonly ConditionOutcome[], Localized[]>();
  const conditionReasons = (outcomes: readonly ConditionOutcome[]): Localized[] => {
    let why = reasonsByOutcomes.get(outcomes);
    if (!why) {
      why = reasonsOf(outcomes, undefined);
      if (reasonsByOutcomes.size < REASONS_KEPT) reasonsByOutcomes.set(outcomes, why);
    }
    return why;
  };
  // Plain loops here: this runs once per row, and tables may have 100 000 of them.
  const regionPayouts: RegionPayout[] = new Array(regions.length);
  for (let i = 0; i < regions.length; i++) {
    if (checkpoint(i)) yield;
    const outcomes = evaluations[i].outcomes;
    regionPayouts[i] = new ComputedPayout(
      regions[i],
      eligible[i],
      partPayouts[i],
      partEligible[i],
      outcomes,
      reasons[i] ? reasonsOf(outcomes, reasons[i]) : conditionReasons(outcomes),
      resultColumns,
      i,
    );
  }

  const groups = (agreement.groups ?? []).map((group, g): GroupPayout => ({
    id: group.id,
    name: group.name,
    codes: group.regions,
    members: groupRows[g].map((r) => r.name),
    payouts: groupState[g].payouts,
    parts: groupState[g].parts,
    basisValues: Object.fromEntries(
      [...groupBases.values()].map(({ info, basis }) => {
        const w = groupWeight(basis, group, groupRows[g], facts);
        return [info.key, w.ok ? w.value : null];
      }),
    ),
    total: Object.values(groupState[g].payouts).reduce((s, a) => s.plus(a), ZERO),
    reasons: groupState[g].reasons,
  }));

  const paid = tranches.reduce((s, t) => s.plus(t.paid), ZERO);
  const withheld = tranches.reduce((s, t) => s.plus(t.withheld), ZERO);
  const result: PayoutResult = {
    agreementId: agreement.id,
    tranches,
    regions: regionPayouts,
    groups: agreement.tranches.some((t) => t.recipients === 'groups') ? groups : [],
    bases: basisList.map((b) => b.info),
    shareBasis: shareBasis.info,
    // The shares add up to the whole when any region has a weight: Σ w/Σw = 1 exactly.
    totals: { population, paid, withheld, budget: new Decimal(agreement.budget), shares: shareTotal.isZero() ? ZERO : new Decimal(1) },
  };
  columnsOf.set(result, resultColumns);
  return result;
}

/** The columns of each result computed here (a result is never changed: see PayoutColumns). */
const columnsOf = new WeakMap<PayoutResult, PayoutColumns>();

/**
 * A tranche's kronor per region of a result, as a column: the one it was computed in, or (a result
 * made elsewhere) read from its regions' payouts.
 */
export function payoutColumn(result: PayoutResult, trancheId: string): KronorColumn {
  const computed = columnsOf.get(result)?.tranches.find((t) => t.id === trancheId);
  return computed?.amounts ?? KronorColumn.ofDecimals(result.regions.map((r) => own(r.payouts, trancheId) ?? ZERO));
}

/** The values of the weights that can be used. */
function usableValues(weights: readonly Weight[]): Decimal[] {
  const values: Decimal[] = [];
  for (const w of weights) if (w.ok) values.push(w.value);
  return values;
}

/** A region's reasons: its decisive conditions' (failed), then why a weight could not be used. */
function reasonsOf(outcomes: readonly ConditionOutcome[], weightReasons: readonly Localized[] | undefined): Localized[] {
  let why: Localized[] | null = null;
  for (let o = 0; o < outcomes.length; o++) if (outcomes[o].decisive) (why ??= []).push(outcomes[o].reason);
  if (weightReasons) for (let r = 0; r < weightReasons.length; r++) (why ??= []).push(weightReasons[r]);
  return why ?? NO_REASONS;
}

/** The reasons of a region paid everything: none, one shared (frozen) list for all such regions. */
const NO_REASONS: Localized[] = Object.freeze([]) as unknown as Localized[];
/** Lists of reasons kept for rows to share. */
const REASONS_KEPT = 4096;
const NO_PARTS: Record<string, Record<string, Decimal>> = Object.freeze(record<Record<string, Decimal>>());
const NO_PART_ELIGIBILITY: Record<string, Record<string, boolean>> = Object.freeze(record<Record<string, boolean>>());

/** One apportionment: a tranche without parts, or one part, with its amount, basis, base amount and policy. */
interface Unit {
  partId?: string;
  label: Localized;
  amount: Decimal;
  basis: Basis;
  baseAmount: Decimal;
  policy: FailurePolicy;
  conditional: boolean;
}

function unitsOf(tranche: Tranche): Unit[] {
  const policy = tranche.onFailure ?? 'redistribute';
  if (!tranche.parts) {
    return [
      {
        label: tranche.label,
        amount: new Decimal(tranche.amount),
        basis: tranche.basis,
        baseAmount: new Decimal(tranche.baseAmount ?? 0),
        policy,
        conditional: tranche.conditions !== undefined,
      },
    ];
  }
  const { amounts } = partAmounts(tranche);
  return tranche.parts.map((part, p) => ({
    partId: part.id,
    label: part.label,
    amount: amounts[p],
    basis: partBasis(tranche, part),
    baseAmount: new Decimal(part.baseAmount ?? 0),
    policy: part.onFailure ?? policy,
    conditional: tranche.conditions !== undefined || part.conditions !== undefined,
  }));
}

function trancheResult(
  base: Pick<TrancheResult, 'id' | 'label' | 'amount' | 'recipients' | 'basis'>,
  tranche: Tranche,
  results: { unit: Unit; pay: UnitPay }[],
  facts: readonly FactDeclaration[],
): TrancheResult {
  const paid = results.reduce((s, r) => s.plus(r.pay.paid), ZERO);
  if (!tranche.parts) {
    const { pay } = results[0];
    return { ...base, paid, withheld: base.amount.minus(paid), qualifying: pay.qualifying, ...(pay.note ? { note: pay.note } : {}) };
  }
  const parts = results.map(({ unit, pay }): PartResult => ({
    id: unit.partId!,
    label: unit.label,
    amount: unit.amount,
    paid: pay.paid,
    withheld: unit.amount.minus(pay.paid),
    qualifying: pay.qualifying,
    basis: basisInfo(unit.basis, facts),
    ...(pay.note ? { note: pay.note } : {}),
  }));
  // Qualifying for the tranche: paid every part (the parts' own counts say who was paid each).
  const qualifying = Math.min(...results.map((r) => r.pay.qualifying));
  const note =
    paid.isZero() && !base.amount.isZero()
      ? {
          sv: `Inget betalas ut för ${tranche.label.sv}: ingen del har någon kvalificerad mottagare.`,
          en: `Nothing is paid for ${tranche.label.en}: no part has a qualifying recipient.`,
        }
      : undefined;
  return { ...base, paid, withheld: base.amount.minus(paid), qualifying, parts, ...(note ? { note } : {}) };
}

/** Weights scaled to integers (scaledWeights), kept per list of weights; a weight that cannot be used counts 0. */
const scaledCache = new WeakMap<readonly Weight[], bigint[]>();
function scaledOf(weights: readonly Weight[]): bigint[] {
  let scaled = scaledCache.get(weights);
  if (!scaled) {
    scaled = scaledWeights(weights.map((w) => (w.ok ? w.value : ZERO)));
    scaledCache.set(weights, scaled);
  }
  return scaled;
}

/**
 * Splits one amount among recipients: each qualifying recipient with a usable weight first gets the
 * base amount, then the rest goes by weight with largest remainder.
 * - redistribute: the rest of the whole amount among the qualifying recipients;
 * - withhold: the rest after a base amount for every recipient is split among all of them, and the
 *   parts (and base amounts) of those that do not qualify are withheld.
 * A recipient without a usable weight (missing, negative) does not qualify.
 */
export function apportionUnit(
  total: Decimal,
  weights: readonly Weight[],
  qualifies: readonly boolean[],
  policy: FailurePolicy,
  baseAmount: Decimal,
  keys: readonly string[],
  basis: Basis,
  facts: readonly FactDeclaration[],
  label: Localized,
): UnitPay {
  const paidTo = qualifies.map((q, i) => q && weights[i].ok);
  const qualifying = paidTo.filter(Boolean).length;
  // Scaled once per list of weights: the tranches (and the summary) mostly share a basis.
  const scaled = scaledOf(weights);
  // Decimals are immutable: without a base amount a share is the payout itself, no copy per recipient.
  const withBase = (s: Decimal) => (baseAmount.isZero() ? s : s.plus(baseAmount));
  // withhold: split among all, then the shares of those not paid are kept; redistribute: among the paid.
  const rest =
    policy === 'withhold'
      ? Decimal.max(ZERO, total.minus(baseAmount.times(weights.length)))
      : Decimal.max(ZERO, total.minus(baseAmount.times(qualifying)));
  const weightsSplit = policy === 'withhold' ? scaled : scaled.map((w, i) => (paidTo[i] ? w : 0n));
  const amounts =
    amountsAsNumbers(apportionScaledExact(rest, weightsSplit, keys), paidTo, baseAmount) ??
    KronorColumn.ofDecimals(apportionScaled(rest, weightsSplit, keys).map((s, i) => (paidTo[i] ? withBase(s) : ZERO)));
  const paid = amounts.sumWhere(() => true);
  return { amounts, paid, qualifying, note: noteFor(label, qualifying, paid, total, basis, facts) };
}

/**
 * The shares as kronor paid, as numbers: the base amount added for those paid, 0 for the others;
 * null where the split needed BigInt, or a base amount or an amount is not an exact number.
 */
function amountsAsNumbers(shares: Float64Array | null, paidTo: readonly boolean[], baseAmount: Decimal): KronorColumn | null {
  const base = safeInteger(baseAmount);
  if (shares === null || base === null) return null;
  const amounts = new Float64Array(shares.length);
  for (let i = 0; i < shares.length; i++) {
    const amount = paidTo[i] ? shares[i] + base : 0;
    if (!Number.isSafeInteger(amount)) return null;
    amounts[i] = amount;
  }
  return KronorColumn.ofNumbers(amounts);
}

function noteFor(
  label: Localized,
  qualifying: number,
  paid: Decimal,
  total: Decimal,
  basis: Basis,
  facts: readonly FactDeclaration[],
): Localized | undefined {
  if (qualifying === 0) {
    return {
      sv: `Ingen region uppfyller villkoren för ${label.sv}: inget betalas ut, hela beloppet hålls inne.`,
      en: `No region meets the conditions of ${label.en}: nothing is paid, the whole amount is withheld.`,
    };
  }
  if (paid.isZero() && !total.isZero()) {
    if (basis === 'population') {
      return {
        sv: `De kvalificerade regionerna har ingen befolkning: inget betalas ut för ${label.sv}.`,
        en: `The qualifying regions have no population: nothing is paid for ${label.en}.`,
      };
    }
    const name = basisLabel(basis, facts);
    return {
      sv: `De kvalificerade mottagarna har ingen vikt (${name.sv}): inget betalas ut för ${label.sv}.`,
      en: `The qualifying recipients have no weight (${name.en}): nothing is paid for ${label.en}.`,
    };
  }
  return undefined;
}

const prefixed = (label: Localized, line: Localized): Localized => ({ sv: `${label.sv}: ${line.sv}`, en: `${label.en}: ${line.en}` });

const asDecimal = (value: FactValue | undefined): Decimal | null => (value instanceof Decimal ? value : null);

/** The basis value of a region as read (before clamping), or null when it is missing. */
function rawWeight(basis: Basis, region: RegionRow, _facts: readonly FactDeclaration[]): Decimal | null {
  if (basis === 'population') return region.population;
  if (basis === 'equal') return new Decimal(1);
  if (!isWeightBasis(basis)) return null;
  const value = asDecimal(own(region.facts, basis.fact));
  if (value === null) return null;
  if (basis.minus === undefined) return value;
  const minus = asDecimal(own(region.facts, basis.minus));
  return minus === null ? null : value.minus(minus);
}

/** A region's weight: its population, 1 for equal shares, or its (clamped) weight fact. */
export function regionWeight(basis: Basis, region: RegionRow, facts: readonly FactDeclaration[]): Weight {
  if (basis === 'population') return { ok: true, value: region.population };
  if (basis === 'equal') return { ok: true, value: new Decimal(1) };
  if (!isWeightBasis(basis)) return { ok: false, reason: { sv: 'Okänd fördelningsgrund.', en: 'Unknown basis.' } };
  const label = basisLabel(basis, facts);
  const value = rawWeight(basis, region, facts);
  if (value === null) {
    return { ok: false, reason: { sv: `${label.sv} saknas: ingen andel`, en: `${label.en} is missing: no share` } };
  }
  if (value.isNegative() && !value.isZero()) {
    if (basis.clampAtZero) return { ok: true, value: ZERO };
    return {
      ok: false,
      reason: {
        sv: `${label.sv} är negativ (${formatNumber(value, 'sv')}): ingen andel`,
        en: `${label.en} is negative (${formatNumber(value, 'en')}): no share`,
      },
    };
  }
  return { ok: true, value };
}

/** A group's weight: the sum of its members' (their population, their weight fact), or 1 for equal shares. */
function groupWeight(basis: Basis, group: RecipientGroup, members: readonly RegionRow[], facts: readonly FactDeclaration[]): Weight {
  if (basis === 'equal') return { ok: true, value: new Decimal(1) };
  let sum = ZERO;
  for (const member of members) {
    const w = regionWeight(basis, member, facts);
    if (!w.ok) return { ok: false, reason: { sv: `${member.name}: ${w.reason.sv}`, en: `${member.name}: ${w.reason.en}` } };
    sum = sum.plus(w.value);
  }
  return { ok: true, value: sum };
}

/** The table's rows of each group, by region code (or, without a code, by the listed region's name). */
function groupMembers(agreement: Agreement, regions: readonly RegionRow[]): RegionRow[][] {
  const groups = agreement.groups ?? [];
  if (groups.length === 0) return [];
  const listing = agreement.regions ?? [];
  const codeOf = (row: RegionRow): string | null => {
    if (row.code !== null) return row.code;
    const listed = listing.find((l) => regionIdentity(l.name) === regionIdentity(row.name));
    return listed ? listed.code : null;
  };
  return groups.map((group) =>
    regions.filter((row) => {
      const code = codeOf(row);
      return code !== null && group.regions.some((c) => sameRegionCode(c, code));
    }),
  );
}
