import Decimal from 'decimal.js';
import type { Agreement, ConditionLeaf, ConditionTree, FactDeclaration, Localized } from '../agreement/types';
import { isFactReference } from '../agreement/types';
import { own } from '../agreement/own';
import type { FactValue, RegionRow } from '../table/types';
import type { ConditionOutcome, RegionEvaluation } from './types';
import { OPERATORS, toDecimal } from './operators';
import { explainMissingByAgreement, explainOutcome } from './phrases';
import { flattenTree, judgeScratch, judgeTree, type FlatNode, type JudgeScratch, type Truth } from './tree';
import { checkpoint, finish, type Steps } from '../pace/steps';
import { SharedEvaluations } from './sharedEvaluations';

/**
 * A condition (leaf) prepared once per agreement: its declarations and the fact given as its value.
 * The rule files stay json-rules-engine condition trees; Kvot evaluates their leaves itself with the
 * same operators (operators.ts), once each, and test/core/evaluation/engineAgreement.test.ts holds
 * the verdicts against json-rules-engine's own.
 */
interface CompiledLeaf {
  leaf: ConditionLeaf;
  fact: FactDeclaration;
  /** The fact given as the value ({ "fact": … }), if any. */
  reference?: string;
  other?: FactDeclaration;
  /** Reasons already worded, by what they say (see reasonKey): rows with the same values share one. */
  reasons: Map<string, Localized>;
  /** Outcomes already made, by reasonKey and whether decisive: rows with the same values share one (outcomes are never changed). */
  outcomes: Map<string, ConditionOutcome>;
  /**
   * The same outcomes by the value itself (the very Decimal, text or yes/no), for rows where nothing
   * is missing and the leaf's value is the rule file's: the value then decides whether it passed (and
   * the tree whether it is negated), so only decisive and not decisive ([1] and [0]) differ. Repeated
   * cells share one read (table/percent.ts): most rows find theirs without wording a key.
   */
  byValue: [Map<FactValue, ConditionOutcome>, Map<FactValue, ConditionOutcome>];
  /** The rule file's value as the operator takes it, made once (not once per row); unset for a fact given as the value. */
  requiredOperand?: unknown;
}

/** Reasons (and outcomes) kept per condition: enough for yes/no and date columns, bounded for columns of distinct rates. */
const REASONS_KEPT = 512;

/** One condition tree to evaluate: a tranche's, or one of its parts'. */
interface Unit {
  trancheId: string;
  partId?: string;
  nodes: FlatNode[];
  /** By node index; set for leaves. */
  leaves: (CompiledLeaf | undefined)[];
  /** The leaf judgement for judgeTree, made once: it reads the row being judged from `row`. */
  judge: (leaf: ConditionLeaf, index: number) => Truth;
  row: { facts: RegionRow['facts']; missingOf: string[][] };
  /** Lists judgeTree fills again for every row (the verdict is read before the next row is judged). */
  scratch: JudgeScratch;
}

/** A region's value of a fact: blank and absent are both null. */
const valueOf = (facts: RegionRow['facts'], factId: string): FactValue => own(facts, factId) ?? null;

function compileUnit(trancheId: string, partId: string | undefined, tree: ConditionTree, factsById: Map<string, FactDeclaration>): Unit {
  const nodes = flattenTree(tree);
  const leaves = nodes.map((node): CompiledLeaf | undefined => {
    if (!node.leaf) return undefined;
    const leaf = node.leaf;
    if (!Object.hasOwn(OPERATORS, leaf.operator)) throw new Error(`Unknown operator "${leaf.operator}" in condition "${leaf.name}"`);
    const reference = isFactReference(leaf.value) ? leaf.value.fact : undefined;
    return {
      leaf,
      fact: factsById.get(leaf.fact)!,
      reasons: new Map(),
      outcomes: new Map(),
      byValue: [new Map(), new Map()],
      ...(reference === undefined
        ? { requiredOperand: requiredOperand(leaf.value, leaf.operator) }
        : { reference, other: factsById.get(reference) }),
    };
  });
  const row: Unit['row'] = { facts: {}, missingOf: [] };
  // Kleene logic: a blank cell is unknown, and "not unknown" is still unknown, so a missing value
  // never pays out, even under "not" — unless the rule file says what a missing value of that fact
  // means (whenMissing). A fact given as the value is read the same way: either side blank is unknown.
  const judge = (leaf: ConditionLeaf, i: number): Truth => {
    const compiled = leaves[i]!;
    const missing = missingSides(compiled, row.facts);
    // The missing sides of each leaf, found while judging and reused for its explanation.
    row.missingOf[i] = missing;
    if (missing.length === 0) {
      const required =
        compiled.reference === undefined ? compiled.requiredOperand : operand(valueOf(row.facts, compiled.reference), leaf.operator);
      // Looked up per call, not captured: the operator table is the one source of each operator.
      const holds = OPERATORS[leaf.operator].evaluate(operand(valueOf(row.facts, leaf.fact), leaf.operator), required);
      return holds ? 'true' : 'false';
    }
    const meanings = missing.map((id) => (id === compiled.fact.id ? compiled.fact : compiled.other)?.whenMissing?.means);
    if (meanings.some((m) => m === undefined)) return 'unknown';
    return meanings.includes('notMet') ? 'false' : 'true';
  };
  return { trancheId, ...(partId === undefined ? {} : { partId }), nodes, leaves, judge, row, scratch: judgeScratch(nodes) };
}

/**
 * The value an operator sees, as json-rules-engine was given it: a decimal as its exact string.
 * The decimal comparisons take the Decimal itself (the same number, without a parse per leaf).
 */
function operand(value: FactValue | unknown, operator: string): unknown {
  return value instanceof Decimal && !DECIMAL_OPERATORS.has(operator) ? value.toString() : value;
}
const DECIMAL_OPERATORS = new Set(['greaterThanInclusive', 'greaterThan', 'lessThanInclusive', 'lessThan']);

/**
 * A rule file's value for a decimal comparison as the Decimal the operator would make of it (the
 * same toDecimal), so 20 000 rows compare with one Decimal; other values as operand() gives them.
 */
function requiredOperand(value: unknown, operator: string): unknown {
  if (!DECIMAL_OPERATORS.has(operator)) return operand(value, operator);
  return toDecimal(value) ?? value;
}

/**
 * Evaluates every conditional tranche and part for every region, and explains each condition:
 * fact value, required value, outcome and a one-line reason in sv and en. Each leaf's operator runs
 * once per region and the tree is judged in two passes (tree.ts): linear in the size of the tree.
 */
export async function evaluateRegions(agreement: Agreement, regions: readonly RegionRow[]): Promise<RegionEvaluation[]> {
  return evaluateRegionsNow(agreement, regions);
}

/** evaluateRegions without the promise: nothing in it waits. */
export function evaluateRegionsNow(agreement: Agreement, regions: readonly RegionRow[]): RegionEvaluation[] {
  return finish(evaluateRegionsSteps(agreement, regions));
}

/** evaluateRegions in steps (see pace/steps.ts). */
export function* evaluateRegionsSteps(agreement: Agreement, regions: readonly RegionRow[]): Steps<RegionEvaluation[]> {
  const factsById = new Map(agreement.facts.map((f) => [f.id, f]));
  const units: Unit[] = [];
  for (const tranche of agreement.tranches) {
    if (tranche.conditions) units.push(compileUnit(tranche.id, undefined, tranche.conditions, factsById));
    for (const part of tranche.parts ?? []) {
      if (part.conditions) units.push(compileUnit(tranche.id, part.id, part.conditions, factsById));
    }
  }
  const hasParts = agreement.tranches.some((t) => t.parts);
  // Rows with the same values share an evaluation. The outcomes (each says passed and missing) already
  // decide the verdicts; the verdicts, a bit a tree (up to 30 trees), are in the key all the same, so
  // a shared evaluation never rests on that.
  const shared = units.length <= 30 ? new SharedEvaluations() : null;
  const row: RowScratch = { outcomes: [], count: 0, holds: new Array<boolean>(units.length) };
  const evaluations: RegionEvaluation[] = new Array(regions.length);
  for (let r = 0; r < regions.length; r++) {
    if (checkpoint(r)) yield;
    judgeRow(units, regions[r], row);
    const verdicts = shared ? verdictBits(row.holds) : 0;
    const known = shared?.find(row.outcomes, row.count, verdicts);
    if (known) evaluations[r] = known;
    else {
      const made = evaluationOf(agreement, units, row, hasParts);
      evaluations[r] = shared ? shared.keep(made.outcomes, verdicts, made) : made;
    }
  }
  return evaluations;
}

/** What judging one row gives, in lists reused from row to row. */
interface RowScratch {
  /** The row's outcomes are the first `count`. */
  outcomes: ConditionOutcome[];
  count: number;
  /** Per unit: its tree holds. */
  holds: boolean[];
}

const verdictBits = (holds: readonly boolean[]): number => {
  let bits = 0;
  for (let u = 0; u < holds.length; u++) if (holds[u]) bits |= 1 << u;
  return bits;
};

/** The row's evaluation, with lists of its own: eligible per tranche, parts where the agreement has them. */
function evaluationOf(agreement: Agreement, units: readonly Unit[], row: RowScratch, hasParts: boolean): RegionEvaluation {
  const eligible: Record<string, boolean> = {};
  const tranches = agreement.tranches;
  for (let t = 0; t < tranches.length; t++) eligible[tranches[t].id] = true;
  // A record of parts only where the agreement has parts (an object less per row otherwise).
  const parts: Record<string, Record<string, boolean>> = hasParts ? {} : NO_PARTS;
  if (hasParts) {
    for (const t of agreement.tranches) if (t.parts) parts[t.id] = Object.fromEntries(t.parts.map((p) => [p.id, true]));
  }
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    if (unit.partId === undefined) eligible[unit.trancheId] = row.holds[u];
    else parts[unit.trancheId][unit.partId] = row.holds[u];
  }
  const outcomes = row.outcomes.slice(0, row.count);
  return hasParts ? { eligible, parts, outcomes } : { eligible, outcomes };
}

/** Judges every tree for the region: whether each holds, and each leaf's outcome (shared by value). */
function judgeRow(units: readonly Unit[], region: RegionRow, row: RowScratch): void {
  // Written over from the start (setting length to 0 would drop the list's storage, to be made again per row).
  const outcomes = row.outcomes;
  let count = 0;
  const facts = region.facts;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    unit.row.facts = facts;
    const verdict = judgeTree(unit.nodes, unit.judge, unit.scratch);
    const ok = verdict.truth === 'true';
    row.holds[u] = ok;
    for (let v = 0; v < verdict.leaves.length; v++) {
      const { index, leaf, passed, negated, decisive } = verdict.leaves[v];
      const compiled = unit.leaves[index]!;
      const { reference } = compiled;
      const actual = valueOf(facts, leaf.fact);
      const required = reference === undefined ? leaf.value : valueOf(facts, reference);
      const missing = unit.row.missingOf[index];
      const same = reference === undefined && missing.length === 0 ? compiled.byValue[decisive && !ok ? 1 : 0] : undefined;
      const shared = same?.get(actual);
      if (shared) {
        outcomes[count++] = shared;
        continue;
      }
      const reasonAt = reasonKey(actual, reference === undefined ? null : (required as FactValue), missing, passed, negated);
      const key = `${decisive && !ok ? 1 : 0}${reasonAt}`;
      const known = compiled.outcomes.get(key);
      if (known) {
        if (same && same.size < REASONS_KEPT) same.set(actual, known);
        outcomes[count++] = known;
        continue;
      }
      // Optional fields set only when present (no spreads: this runs for every leaf of every row).
      const outcome: ConditionOutcome = {
        trancheId: unit.trancheId,
        name: leaf.name,
        fact: leaf.fact,
        operator: leaf.operator,
        actual,
        required,
        passed,
        missing: missing.length > 0,
        decisive: decisive && !ok,
        reason: sharedReason(compiled, reasonAt, actual, required, missing, passed, negated),
      };
      if (unit.partId !== undefined) outcome.partId = unit.partId;
      if (reference !== undefined) outcome.requiredFact = reference;
      if (compiled.outcomes.size < REASONS_KEPT) compiled.outcomes.set(key, outcome);
      if (same && same.size < REASONS_KEPT) same.set(actual, outcome);
      outcomes[count++] = outcome;
    }
  }
  row.count = count;
}

/** The parts record of a region when the agreement has none: never written (only unit.partId writes it). */
const NO_PARTS: Record<string, Record<string, boolean>> = Object.freeze({});

/** The facts of a leaf without a value for this region: the fact compared, and a fact given as the value. */
function missingSides(compiled: CompiledLeaf, facts: RegionRow['facts']): string[] {
  const factMissing = valueOf(facts, compiled.leaf.fact) === null;
  const referenceMissing = compiled.reference !== undefined && valueOf(facts, compiled.reference) === null;
  if (!factMissing && !referenceMissing) return NONE_MISSING;
  return [...(factMissing ? [compiled.leaf.fact] : []), ...(referenceMissing ? [compiled.reference!] : [])];
}
const NONE_MISSING: string[] = [];

/**
 * The reason for these values, worded once per condition: a yes/no or a date column has a handful of
 * distinct values, and 20 000 rows need not word (and keep) 20 000 copies of each.
 */
function sharedReason(
  compiled: CompiledLeaf,
  key: string,
  actual: FactValue,
  required: unknown,
  missing: string[],
  passed: boolean,
  negated: boolean,
): Localized {
  const known = compiled.reasons.get(key);
  if (known) return known;
  const reason = reasonFor(compiled.leaf, compiled.fact, compiled.other, actual, required, missing, passed, negated);
  if (compiled.reasons.size < REASONS_KEPT) compiled.reasons.set(key, reason);
  return reason;
}

/** Everything a reason depends on for one condition (its leaf fixed): the values, what is missing, the verdict. */
function reasonKey(actual: FactValue, required: FactValue, missing: string[], passed: boolean, negated: boolean): string {
  // Most rows: a value compared with the rule file's. Two flags of one character each, then the
  // value: the prefix has a fixed length, so no text in a cell can make two keys one.
  if (required === null && missing.length === 0) return `${passed ? 'p' : 'f'}${negated ? 'n' : 'o'}${valueKey(actual)}`;
  // Otherwise JSON, for the same reason (and never starting with p or f).
  return JSON.stringify([passed, negated, missing, valueKey(actual), valueKey(required)]);
}

/** A value with its type: the Decimal 1 and the text "1" word differently. */
const valueKey = (value: FactValue): string => (value instanceof Decimal ? `d${value.toString()}` : `${typeof value}:${String(value)}`);

function reasonFor(
  leaf: ConditionLeaf,
  fact: FactDeclaration,
  other: FactDeclaration | undefined,
  actual: FactValue,
  required: unknown,
  missing: string[],
  passed: boolean,
  negated: boolean,
) {
  // Missing values the file gives a meaning: the (first) missing fact's meaning explains the outcome.
  const meant = missing.map((id) => (id === fact.id ? fact : other)).find((f) => f?.whenMissing);
  if (missing.length > 0 && meant?.whenMissing && missing.every((id) => (id === fact.id ? fact : other)?.whenMissing)) {
    return explainMissingByAgreement(meant, meant.whenMissing, passed, negated);
  }
  return explainOutcome(leaf, fact, actual, passed, negated, other ? { fact: other, value: required } : undefined);
}
