import Decimal from 'decimal.js';
import { own } from '../agreement/own';
import type { Agreement, ConditionTree, Tranche } from '../agreement/types';
import type { RegionEvaluation } from '../evaluation/types';
import { apportionTranches } from '../payout/compute';
import { flattenTree, judgeTree, type FlatNode, type Truth } from '../evaluation/tree';
import type { ConditionOutcome } from '../evaluation/types';
import type { PayoutResult } from '../payout/types';
import { apportion } from '../apportionment/largestRemainder';
import { regionKey } from '../table/regionKey';
import { ScenarioError } from './types';
import { scenarioMessages } from './messages';
import { conditionLeaves } from './conditions';

const ZERO = new Decimal(0);

/**
 * Why a region's stake in one condition is what it is:
 * - decides: flipping only this condition flips the tranche (the region gains or loses);
 * - others: the tranche's outcome stays, other conditions decide it (e.g. a region failing two
 *   conditions of an "all" gains nothing from meeting one of them).
 */
export type StakeKind = 'decides' | 'others';

/** What one region gains or loses if only one condition's outcome were the other way round. */
export interface ConditionStake {
  /** Index in result.regions. */
  index: number;
  /** The condition holds for the region now (a blank value never holds). */
  passed: boolean;
  /** The region qualifies for the tranche now. */
  eligible: boolean;
  kind: StakeKind;
  /** The region's payout in the tranche now. */
  payout: Decimal;
  /**
   * How the region's payout would change, in whole kronor: negative for what it would lose,
   * positive for what it would gain, 0 when other conditions decide. Exact when `exact` is true;
   * otherwise (a gain under "redistribute") the whole kronor of the region's exact quota, which
   * the largest remainder may raise by 1 kr: see {@link ConditionStakes.exact}.
   */
  change: Decimal;
  exact: boolean;
}

export interface ConditionStakes {
  trancheId: string;
  conditionName: string;
  /** In result order. */
  stakes: ConditionStake[];
  /**
   * The stakes of the given regions (indices into result.regions) with every change exact, as a
   * full largest-remainder apportionment with that region flipped would give it. O(n) per region
   * (one pass over the qualifying regions' remainders): meant for the rows on screen, not for all
   * of a 10 000-row table.
   */
  exact(indices: readonly number[]): ConditionStake[];
  /**
   * Indices into result.regions, most at stake first (by the size of `change`, then table order).
   * O(n log n), worked out once.
   */
  byStake(): readonly number[];
}

/** Indices most at stake first; amounts are whole kronor under 2^53 (the loader's limit), exact as numbers. */
function orderByStake(stakes: readonly ConditionStake[]): () => readonly number[] {
  let order: number[] | null = null;
  return () => {
    if (!order) {
      const size = stakes.map((s) => Math.abs(s.change.toNumber()));
      order = stakes.map((_, i) => i).sort((a, b) => size[b] - size[a] || a - b);
    }
    return order;
  };
}

/**
 * The tranche's truth from the outcomes already evaluated, with one condition's outcome flipped: it
 * then holds where it failed (a blank counts as a value that meets it) and fails where it held.
 * Kleene logic as the engine's (evaluation/tree.ts): a blank is unknown and never pays, even under "not".
 */
function truthWith(
  nodes: readonly FlatNode[],
  outcomes: ReadonlyMap<string, ConditionOutcome>,
  flipped: string | null,
  /** A missing value the rule file gives a meaning (whenMissing): its outcome is known. */
  meant: (outcome: ConditionOutcome) => boolean,
): Truth {
  return judgeTree(nodes, (leaf, i) => {
    const outcome = outcomes.get(leaf.name);
    if (!outcome) return 'false';
    // passed is "holds for the tranche" (negation included); the leaf's own truth is before negation.
    const passed = leaf.name === flipped ? !outcome.passed : outcome.passed;
    if (leaf.name !== flipped && outcome.missing && !meant(outcome)) return 'unknown';
    return (nodes[i].negated ? !passed : passed) ? 'true' : 'false';
  }).truth;
}

/** Whether a missing value has a meaning the rule file gives it (whenMissing), on every side that is blank. */
function meaningOf(agreement: Agreement): (outcome: ConditionOutcome) => boolean {
  const meaning = new Set(agreement.facts.filter((f) => f.whenMissing !== undefined).map((f) => f.id));
  return (o) => {
    const sides = [
      ...(o.actual === null ? [o.fact] : []),
      ...(o.requiredFact !== undefined && (o.required === null || o.required === undefined) ? [o.requiredFact] : []),
    ];
    return sides.length > 0 && sides.every((id) => meaning.has(id));
  };
}

/**
 * truthWith for every region of a tranche without parts: the truth depends only on each leaf's
 * outcome (held or not, unknown or not), so it is judged once per pattern of outcomes, keyed by a
 * number (a digit in base 5 per leaf); a few conditions give a handful of patterns.
 */
function memoisedTruth(nodes: readonly FlatNode[], trancheId: string, flipped: string, meant: (outcome: ConditionOutcome) => boolean) {
  const slots = new Map<string, number>();
  for (const node of nodes) if (node.leaf && !slots.has(node.leaf.name)) slots.set(node.leaf.name, 5 ** slots.size);
  const memo = new Map<number, Truth>();
  return (outcomes: readonly ConditionOutcome[]): Truth => {
    let key = 0;
    for (const o of outcomes) {
      const place = o.trancheId === trancheId && o.partId === undefined ? slots.get(o.name) : undefined;
      if (place !== undefined) key += place * (1 + (o.passed ? 1 : 0) + (o.missing && !meant(o) ? 2 : 0));
    }
    let truth = memo.get(key);
    if (truth === undefined) {
      truth = truthWith(nodes, outcomesOf(outcomes, trancheId), flipped, meant);
      // Past 22 leaves the key is no longer exact: judge every region on its own.
      if (slots.size <= 22) memo.set(key, truth);
    }
    return truth;
  };
}

/** A tranche's outcomes of one region by condition name. */
const outcomesOf = (outcomes: readonly ConditionOutcome[], trancheId: string, partId?: string) =>
  new Map(outcomes.filter((o) => o.trancheId === trancheId && o.partId === partId).map((o) => [o.name, o]));

/** Populations as integers of one scale (quotas do not change when all weights are scaled alike). */
function scaledWeights(populations: readonly Decimal[]): bigint[] {
  const places = populations.reduce((most, p) => Math.max(most, p.decimalPlaces()), 0);
  if (places === 0) return populations.map((p) => (Number.isSafeInteger(p.toNumber()) ? BigInt(p.toNumber()) : BigInt(p.toFixed(0))));
  const scale = new Decimal(10).pow(places);
  return populations.map((p) => BigInt(p.times(scale).toFixed(0)));
}

/**
 * The kronor at stake in one condition for every region: what the region would gain or lose in the
 * condition's tranche if only this condition's outcome were the other way round (its other
 * conditions as they are, the other regions unchanged). Uses the outcomes in the result; nothing is
 * evaluated again.
 *
 * Cost O(n) for the whole table (the tranche's truth is judged once per pattern of outcomes, not
 * per region) plus, under "withhold", one apportionment (O(n log n)): a loss is
 * the region's payout now; a gain under "withhold" is its part of the whole tranche; a gain under
 * "redistribute" is its quota T·p/(W+p) of the tranche among the qualifying regions and itself, to
 * the krona below (exact(…) adds the largest remainder's krona for the rows shown).
 *
 * Throws ScenarioError for an unknown tranche or condition.
 */
export function conditionStakes(agreement: Agreement, result: PayoutResult, trancheId: string, conditionName: string): ConditionStakes {
  const tranche = agreement.tranches.find((t) => t.id === trancheId);
  if (!tranche) {
    throw new ScenarioError([
      {
        pointer: '/tranches',
        message: scenarioMessages.unknownTranche(
          trancheId,
          agreement.tranches.map((t) => t.id),
        ),
      },
    ]);
  }
  const trees = [tranche.conditions, ...(tranche.parts ?? []).map((p) => p.conditions)];
  const leaves = trees.flatMap((tree) => (tree ? conditionLeaves(tree) : []));
  if (!leaves.some((l) => l.name === conditionName)) {
    const index = agreement.tranches.indexOf(tranche);
    throw new ScenarioError([
      {
        pointer: `/tranches/${index}/conditions`,
        message: scenarioMessages.unknownCondition(
          trancheId,
          conditionName,
          leaves.map((l) => l.name),
        ),
      },
    ]);
  }
  // A tranche in parts, split otherwise than by population, or with base amounts: every stake exact
  // by apportioning again with the one region flipped (O(n) each; these are the small tables of new agreements).
  if (tranche.parts || tranche.basis !== 'population' || tranche.baseAmount !== undefined || !tranche.conditions) {
    return exactStakes(agreement, result, tranche, conditionName);
  }
  const nodes = flattenTree(tranche.conditions);
  const meant = meaningOf(agreement);
  const regions = result.regions;
  const total = BigInt(tranche.amount);
  const withhold = tranche.onFailure === 'withhold';
  const weights = scaledWeights(regions.map((r) => r.region.population));
  const qualifies = regions.map((r) => own(r.eligible, trancheId) === true);
  const eligibleWeight = weights.reduce((sum, w, i) => (qualifies[i] ? sum + w : sum), 0n);

  // Under "withhold" every region's part of the whole tranche, qualifying or not: apportioned once.
  let parts: Decimal[] | null = null;
  const partOf = (i: number): Decimal => {
    parts ??= apportion(
      new Decimal(tranche.amount),
      regions.map((r) => ({ key: regionKey(r.region), weight: r.region.population })),
    );
    return parts[i];
  };

  const truthFlipped = memoisedTruth(nodes, trancheId, conditionName, meant);
  const stakes = regions.map((payout, index): ConditionStake => {
    const eligible = qualifies[index];
    const current = payout.payouts[trancheId] ?? ZERO;
    const passed = payout.outcomes.find((o) => o.trancheId === trancheId && o.name === conditionName)?.passed ?? false;
    const base = { index, passed, eligible, payout: current };
    const flipped = truthFlipped(payout.outcomes) === 'true';
    if (flipped === eligible) return { ...base, kind: 'others', change: ZERO, exact: true };
    if (eligible) return { ...base, kind: 'decides', change: current.negated(), exact: true };
    if (withhold) return { ...base, kind: 'decides', change: partOf(index), exact: true };
    const denominator = eligibleWeight + weights[index];
    if (denominator === 0n) return { ...base, kind: 'decides', change: ZERO, exact: true };
    const numerator = total * weights[index];
    return { ...base, kind: 'decides', change: new Decimal((numerator / denominator).toString()), exact: numerator % denominator === 0n };
  });

  // For exact(…): the qualifying regions and their numerators, worked out once for all rows asked.
  let members: { index: number; numerator: bigint; weight: bigint; key: string }[] | null = null;
  /** A region's payout were it to join the qualifying regions: largest remainder over them and it. O(n). */
  const joined = (index: number): Decimal => {
    members ??= regions.flatMap((r, i) =>
      qualifies[i] ? [{ index: i, numerator: total * weights[i], weight: weights[i], key: regionKey(r.region) }] : [],
    );
    const denominator = eligibleWeight + weights[index];
    const numerator = total * weights[index];
    const floor = numerator / denominator;
    const mine = numerator % denominator;
    const ownKey = regionKey(regions[index].region);
    const ownWeight = weights[index];
    let floors = floor;
    // The apportionment's order: larger remainder, then larger weight, then key ascending.
    let ahead = 0n;
    for (const m of members) {
      const q = m.numerator / denominator;
      floors += q;
      const r = m.numerator - q * denominator;
      if (r > mine || (r === mine && (m.weight > ownWeight || (m.weight === ownWeight && m.key < ownKey)))) ahead++;
    }
    return new Decimal((floor + (ahead < total - floors ? 1n : 0n)).toString());
  };

  return {
    trancheId,
    conditionName,
    stakes,
    exact: (indices) =>
      indices.map((i) => {
        const stake = stakes[i];
        if (stake.exact) return stake;
        return { ...stake, change: joined(i), exact: true };
      }),
    byStake: orderByStake(stakes),
  };
}

/** A region's evaluation as the result holds it: its own tranche and part verdicts, from the outcomes. */
function evaluationOf(
  agreement: Agreement,
  payout: PayoutResult['regions'][number],
  flip: { trancheId: string; name: string } | null,
  meant: (outcome: ConditionOutcome) => boolean,
): RegionEvaluation {
  const eligible: Record<string, boolean> = {};
  const parts: Record<string, Record<string, boolean>> = {};
  for (const tranche of agreement.tranches) {
    const verdict = (tree: ConditionTree | undefined, partId: string | undefined) => {
      if (!tree) return true;
      return (
        truthWith(
          flattenTree(tree),
          outcomesOf(payout.outcomes, tranche.id, partId),
          flip && flip.trancheId === tranche.id ? flip.name : null,
          meant,
        ) === 'true'
      );
    };
    eligible[tranche.id] = verdict(tranche.conditions, undefined);
    if (tranche.parts) parts[tranche.id] = Object.fromEntries(tranche.parts.map((p) => [p.id, verdict(p.conditions, p.id)]));
  }
  return { eligible, parts, outcomes: payout.outcomes };
}

/** Stakes by apportioning the whole tranche again with one region's condition flipped. */
function exactStakes(agreement: Agreement, result: PayoutResult, tranche: Tranche, conditionName: string): ConditionStakes {
  const regions = result.regions.map((r) => r.region);
  const meant = meaningOf(agreement);
  const base = result.regions.map((r) => evaluationOf(agreement, r, null, meant));
  const stakes = result.regions.map((payout, index): ConditionStake => {
    const current = own(payout.payouts, tranche.id) ?? ZERO;
    const eligible = own(payout.eligible, tranche.id) ?? false;
    const passed = payout.outcomes.find((o) => o.trancheId === tranche.id && o.name === conditionName)?.passed ?? false;
    const evaluations = base.slice();
    evaluations[index] = evaluationOf(agreement, payout, { trancheId: tranche.id, name: conditionName }, meant);
    const after = own(apportionTranches(agreement, regions, evaluations).regions[index].payouts, tranche.id) ?? ZERO;
    const change = after.minus(current);
    return { index, passed, eligible, kind: change.isZero() ? 'others' : 'decides', payout: current, change, exact: true };
  });
  return { trancheId: tranche.id, conditionName, stakes, exact: (indices) => indices.map((i) => stakes[i]), byStake: orderByStake(stakes) };
}
