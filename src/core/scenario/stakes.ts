import Decimal from 'decimal.js';
import { own } from '../agreement/own';
import type { Agreement, ConditionLeaf, ConditionNode, ConditionTree, Tranche } from '../agreement/types';
import type { RegionEvaluation } from '../evaluation/types';
import { apportionTranches } from '../payout/compute';
import { isLeaf } from '../agreement/types';
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
   * full largest-remainder apportionment with that region flipped would give it. O(n) per region:
   * meant for the rows on screen, not for all of a 10 000-row table.
   */
  exact(indices: readonly number[]): ConditionStake[];
}

type Truth = 'true' | 'false' | 'unknown';
const negate = (t: Truth): Truth => (t === 'unknown' ? t : t === 'true' ? 'false' : 'true');
const allOf = (ts: Truth[]): Truth => (ts.includes('false') ? 'false' : ts.includes('unknown') ? 'unknown' : 'true');
const anyOf = (ts: Truth[]): Truth => (ts.includes('true') ? 'true' : ts.includes('unknown') ? 'unknown' : 'false');

/**
 * The tranche's truth from the outcomes already evaluated (three-valued, as the engine: a blank is
 * unknown and never pays, even under "not"), with one condition's outcome flipped: it then holds
 * where it failed (a blank counts as a value that meets it) and fails where it held.
 */
function truthWith(
  tree: ConditionTree,
  outcomes: ReadonlyMap<string, ConditionOutcome>,
  flipped: string | null,
  /** A missing value the rule file gives a meaning (whenMissing): its outcome is known. */
  meant: (outcome: ConditionOutcome) => boolean = () => false,
): Truth {
  const walk = (node: ConditionNode | ConditionTree, negated: boolean): Truth => {
    if (isLeaf(node as ConditionNode)) {
      const leaf = node as ConditionLeaf;
      const outcome = outcomes.get(leaf.name);
      if (!outcome) return 'false';
      if (leaf.name === flipped) {
        // passed is "holds for the tranche" (negation included); the leaf's own truth is before negation.
        const passed = !outcome.passed;
        return (negated ? !passed : passed) ? 'true' : 'false';
      }
      if (outcome.missing && !meant(outcome)) return 'unknown';
      return (negated ? !outcome.passed : outcome.passed) ? 'true' : 'false';
    }
    if ('all' in node) return allOf(node.all.map((c) => walk(c, negated)));
    if ('any' in node) return anyOf(node.any.map((c) => walk(c, negated)));
    if ('atLeast' in node) return atLeastOf(node.atLeast, node.of.map((c) => walk(c, negated)));
    return negate(walk((node as { not: ConditionNode }).not, !negated));
  };
  return walk(tree, false);
}

function atLeastOf(k: number, ts: Truth[]): Truth {
  const held = ts.filter((t) => t === 'true').length;
  const open = ts.filter((t) => t === 'unknown').length;
  return held >= k ? 'true' : held + open < k ? 'false' : 'unknown';
}

/** Populations as integers of one scale (quotas do not change when all weights are scaled alike). */
function scaledWeights(populations: readonly Decimal[]): bigint[] {
  const places = populations.reduce((most, p) => Math.max(most, p.decimalPlaces()), 0);
  const scale = new Decimal(10).pow(places);
  return populations.map((p) => BigInt(p.times(scale).toFixed(0)));
}

/**
 * The kronor at stake in one condition for every region: what the region would gain or lose in the
 * condition's tranche if only this condition's outcome were the other way round (its other
 * conditions as they are, the other regions unchanged). Uses the outcomes in the result; nothing is
 * evaluated again.
 *
 * Cost O(n) for the whole table plus, under "withhold", one apportionment (O(n log n)): a loss is
 * the region's payout now; a gain under "withhold" is its part of the whole tranche; a gain under
 * "redistribute" is its quota T·p/(W+p) of the tranche among the qualifying regions and itself, to
 * the krona below (exact(…) adds the largest remainder's krona for the rows shown).
 *
 * Throws ScenarioError for an unknown tranche or condition.
 */
export function conditionStakes(agreement: Agreement, result: PayoutResult, trancheId: string, conditionName: string): ConditionStakes {
  const tranche = agreement.tranches.find((t) => t.id === trancheId);
  if (!tranche) {
    throw new ScenarioError([{ pointer: '/tranches', message: scenarioMessages.unknownTranche(trancheId, agreement.tranches.map((t) => t.id)) }]);
  }
  const trees = [tranche.conditions, ...(tranche.parts ?? []).map((p) => p.conditions)];
  const leaves = trees.flatMap((tree) => (tree ? conditionLeaves(tree) : []));
  if (!leaves.some((l) => l.name === conditionName)) {
    const index = agreement.tranches.indexOf(tranche);
    throw new ScenarioError([
      { pointer: `/tranches/${index}/conditions`, message: scenarioMessages.unknownCondition(trancheId, conditionName, leaves.map((l) => l.name)) },
    ]);
  }
  // A tranche in parts, split otherwise than by population, or with base amounts: every stake exact
  // by apportioning again with the one region flipped (O(n) each; these are the small tables of new agreements).
  if (tranche.parts || tranche.basis !== 'population' || tranche.baseAmount !== undefined || !tranche.conditions) {
    return exactStakes(agreement, result, tranche, conditionName);
  }
  const tree = tranche.conditions;
  const regions = result.regions;
  const total = BigInt(tranche.amount);
  const withhold = tranche.onFailure === 'withhold';
  const weights = scaledWeights(regions.map((r) => r.region.population));
  const eligibleWeight = regions.reduce((sum, r, i) => (own(r.eligible, trancheId) ? sum + weights[i] : sum), 0n);

  // Under "withhold" every region's part of the whole tranche, qualifying or not: apportioned once.
  let parts: Decimal[] | null = null;
  const partOf = (i: number): Decimal => {
    parts ??= apportion(new Decimal(tranche.amount), regions.map((r) => ({ key: regionKey(r.region), weight: r.region.population })));
    return parts[i];
  };

  const stakes = regions.map((payout, index): ConditionStake => {
    const outcomes = new Map(payout.outcomes.filter((o) => o.trancheId === trancheId).map((o) => [o.name, o]));
    const eligible = own(payout.eligible, trancheId) ?? false;
    const current = payout.payouts[trancheId] ?? ZERO;
    const passed = outcomes.get(conditionName)?.passed ?? false;
    const base = { index, passed, eligible, payout: current };
    const flipped = truthWith(tree, outcomes, conditionName) === 'true';
    if (flipped === eligible) return { ...base, kind: 'others', change: ZERO, exact: true };
    if (eligible) return { ...base, kind: 'decides', change: current.negated(), exact: true };
    if (withhold) return { ...base, kind: 'decides', change: partOf(index), exact: true };
    const denominator = eligibleWeight + weights[index];
    if (denominator === 0n) return { ...base, kind: 'decides', change: ZERO, exact: true };
    const numerator = total * weights[index];
    return { ...base, kind: 'decides', change: new Decimal((numerator / denominator).toString()), exact: numerator % denominator === 0n };
  });

  /** A region's payout were it to join the qualifying regions: largest remainder over them and it. */
  const joined = (index: number): Decimal => {
    const denominator = eligibleWeight + weights[index];
    const keyOf = (i: number) => regionKey(regions[i].region);
    const remainderOf = (i: number) => (total * weights[i]) % denominator;
    let floors = 0n;
    const members: number[] = [];
    regions.forEach((r, i) => {
      if (i === index || own(r.eligible, trancheId)) {
        members.push(i);
        floors += (total * weights[i]) / denominator;
      }
    });
    const leftOver = total - floors;
    const mine = remainderOf(index);
    const ownKey = keyOf(index);
    // The apportionment's order: larger remainder, then larger weight, then key ascending.
    let ahead = 0n;
    for (const i of members) {
      if (i === index) continue;
      const r = remainderOf(i);
      if (r > mine || (r === mine && (weights[i] > weights[index] || (weights[i] === weights[index] && keyOf(i) < ownKey)))) ahead++;
    }
    const floor = (total * weights[index]) / denominator;
    return new Decimal((floor + (ahead < leftOver ? 1n : 0n)).toString());
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
  };
}

/** A region's evaluation as the result holds it: its own tranche and part verdicts, from the outcomes. */
function evaluationOf(agreement: Agreement, payout: PayoutResult['regions'][number], flip: { trancheId: string; name: string } | null): RegionEvaluation {
  const eligible: Record<string, boolean> = {};
  const parts: Record<string, Record<string, boolean>> = {};
  const meaning = (id: string | undefined) => id !== undefined && agreement.facts.some((f) => f.id === id && f.whenMissing !== undefined);
  const meant = (o: ConditionOutcome) => {
    const sides = [...(o.actual === null ? [o.fact] : []), ...(o.requiredFact !== undefined && (o.required === null || o.required === undefined) ? [o.requiredFact] : [])];
    return sides.length > 0 && sides.every(meaning);
  };
  for (const tranche of agreement.tranches) {
    const verdict = (tree: ConditionTree | undefined, partId: string | undefined) => {
      if (!tree) return true;
      const outcomes = new Map(payout.outcomes.filter((o) => o.trancheId === tranche.id && o.partId === partId).map((o) => [o.name, o]));
      return truthWith(tree, outcomes, flip && flip.trancheId === tranche.id ? flip.name : null, meant) === 'true';
    };
    eligible[tranche.id] = verdict(tranche.conditions, undefined);
    if (tranche.parts) parts[tranche.id] = Object.fromEntries(tranche.parts.map((p) => [p.id, verdict(p.conditions, p.id)]));
  }
  return { eligible, parts, outcomes: payout.outcomes };
}

/** Stakes by apportioning the whole tranche again with one region's condition flipped. */
function exactStakes(agreement: Agreement, result: PayoutResult, tranche: Tranche, conditionName: string): ConditionStakes {
  const regions = result.regions.map((r) => r.region);
  const base = result.regions.map((r) => evaluationOf(agreement, r, null));
  const stakes = result.regions.map((payout, index): ConditionStake => {
    const current = own(payout.payouts, tranche.id) ?? ZERO;
    const eligible = own(payout.eligible, tranche.id) ?? false;
    const passed = payout.outcomes.find((o) => o.trancheId === tranche.id && o.name === conditionName)?.passed ?? false;
    const evaluations = base.slice();
    evaluations[index] = evaluationOf(agreement, payout, { trancheId: tranche.id, name: conditionName });
    const after = own(apportionTranches(agreement, regions, evaluations).regions[index].payouts, tranche.id) ?? ZERO;
    const change = after.minus(current);
    return { index, passed, eligible, kind: change.isZero() ? 'others' : 'decides', payout: current, change, exact: true };
  });
  return { trancheId: tranche.id, conditionName, stakes, exact: (indices) => indices.map((i) => stakes[i]) };
}
