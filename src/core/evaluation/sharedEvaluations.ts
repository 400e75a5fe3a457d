import type { ConditionOutcome, RegionEvaluation } from './types';

/** Trie nodes kept at most: enough for the handful of value combinations a table repeats. */
const NODES_KEPT = 4096;

interface Node {
  next: Map<ConditionOutcome, Node>;
  /** The evaluation ending here, by the verdicts of the condition trees (a bit each). */
  ending?: Map<number, RegionEvaluation>;
}

/**
 * Evaluations already made, found by a row's outcomes (the same outcome objects, in order: they are
 * shared by value, see evaluate.ts) and its trees' verdicts. Rows with the same values then share one
 * evaluation, with its eligible record and its list of outcomes, instead of three objects a row: a
 * table of 20 000 rows repeats a few hundred combinations of values. Nothing changes an evaluation
 * (compute copies an eligible record it must change). Bounded: past NODES_KEPT rows get their own.
 */
export class SharedEvaluations {
  readonly #root: Node = { next: new Map() };
  #nodes = 0;

  /** The evaluation kept for the first `count` outcomes and these verdicts, if any. */
  find(outcomes: readonly ConditionOutcome[], count: number, verdicts: number): RegionEvaluation | undefined {
    let node: Node | undefined = this.#root;
    for (let i = 0; i < count && node; i++) node = node.next.get(outcomes[i]);
    return node?.ending?.get(verdicts);
  }

  /** Keeps the evaluation for these outcomes and verdicts while there is room; returns it. */
  keep(outcomes: readonly ConditionOutcome[], verdicts: number, evaluation: RegionEvaluation): RegionEvaluation {
    let node = this.#root;
    for (let i = 0; i < outcomes.length; i++) {
      let next = node.next.get(outcomes[i]);
      if (!next) {
        if (this.#nodes >= NODES_KEPT) return evaluation;
        next = { next: new Map() };
        node.next.set(outcomes[i], next);
        this.#nodes++;
      }
      node = next;
    }
    if (this.#nodes < NODES_KEPT) {
      (node.ending ??= new Map()).set(verdicts, evaluation);
      this.#nodes++;
    }
    return evaluation;
  }
}
