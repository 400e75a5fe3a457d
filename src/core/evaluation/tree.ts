import type { ConditionLeaf, ConditionNode, ConditionTree } from '../agreement/types';
import { isLeaf, nodeChildren } from '../agreement/types';

/** Kleene's three values: a blank fact (without whenMissing) is unknown. */
export type Truth = 'true' | 'false' | 'unknown';

/** One node of a condition tree, in a flat list in document order (pre-order). */
export interface FlatNode {
  kind: 'leaf' | 'all' | 'any' | 'not' | 'atLeast';
  /** For atLeast: how many children must hold. */
  k?: number;
  /** Set for leaves. */
  leaf?: ConditionLeaf;
  /** Indexes into the list, in order. */
  children: number[];
  /** Under an odd number of "not": the leaf holding is what fails the tranche. */
  negated: boolean;
}

/**
 * The tree as a flat list, parents before children and leaves in document order. Iterative, so no
 * depth of nesting can overflow the stack; built once per tranche, not per region.
 */
export function flattenTree(tree: ConditionTree | ConditionNode): FlatNode[] {
  const nodes: FlatNode[] = [];
  const stack: { node: ConditionNode | ConditionTree; negated: boolean; parent: number }[] = [{ node: tree, negated: false, parent: -1 }];
  while (stack.length > 0) {
    const { node, negated, parent } = stack.pop()!;
    const index = nodes.length;
    if (parent >= 0) nodes[parent].children.push(index);
    if (isLeaf(node as ConditionNode)) {
      nodes.push({ kind: 'leaf', leaf: node as ConditionLeaf, children: [], negated });
      continue;
    }
    const kind = 'all' in node ? 'all' : 'any' in node ? 'any' : 'atLeast' in node ? 'atLeast' : 'not';
    nodes.push(
      kind === 'atLeast' ? { kind, k: (node as { atLeast: number }).atLeast, children: [], negated } : { kind, children: [], negated },
    );
    const children = nodeChildren(node);
    const childNegated = kind === 'not' ? !negated : negated;
    // Pushed in reverse, so children are numbered in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], negated: childNegated, parent: index });
  }
  return nodes;
}

export interface LeafVerdict {
  /** Index of the leaf in the flat list. */
  index: number;
  leaf: ConditionLeaf;
  truth: Truth;
  /** The leaf held for the tranche (failed, under "not"); never for an unknown value. */
  passed: boolean;
  negated: boolean;
  /** A reason the tranche failed, if it did: not inside a group that held anyway. */
  decisive: boolean;
}

export interface TreeVerdict {
  truth: Truth;
  /** Every leaf, in document order. */
  leaves: LeafVerdict[];
  /** Nodes looked at: twice the node count (once up, once down), for the tests that keep this linear. */
  visits: number;
}

const negate = (t: Truth): Truth => (t === 'unknown' ? t : t === 'true' ? 'false' : 'true');

/**
 * The tree's truth from its leaves' truths in two passes over the flat list: bottom-up (each
 * node's truth from its children's, Kleene logic) and top-down (which leaves are decisive). A
 * group failed when it is unknown or — outside "not" false, inside "not" true; its failed leaves
 * are then decisive, unless an enclosing group held anyway.
 */
export function judgeTree(
  nodes: readonly FlatNode[],
  leafTruth: (leaf: ConditionLeaf, index: number) => Truth,
  scratch?: JudgeScratch,
): TreeVerdict {
  const truth: Truth[] = scratch ? scratch.truth : new Array(nodes.length);
  let visits = 0;
  for (let i = nodes.length - 1; i >= 0; i--) {
    visits++;
    const node = nodes[i];
    if (node.kind === 'leaf') {
      truth[i] = leafTruth(node.leaf!, i);
    } else if (node.kind === 'not') {
      truth[i] = negate(truth[node.children[0]]);
    } else if (node.kind === 'atLeast') {
      // k of n: met once k hold; not met once too few can still hold; unknown in between.
      let held = 0;
      let open = 0;
      for (let c = 0; c < node.children.length; c++) {
        const child = node.children[c];
        if (truth[child] === 'true') held++;
        else if (truth[child] === 'unknown') open++;
      }
      const k = node.k ?? node.children.length;
      truth[i] = held >= k ? 'true' : held + open < k ? 'false' : 'unknown';
    } else {
      const decides: Truth = node.kind === 'all' ? 'false' : 'true';
      let result: Truth = node.kind === 'all' ? 'true' : 'false';
      for (let c = 0; c < node.children.length; c++) {
        const child = node.children[c];
        if (truth[child] === decides) {
          result = decides;
          break;
        }
        if (truth[child] === 'unknown') result = 'unknown';
      }
      truth[i] = result;
    }
  }

  const decisiveIfFailed: boolean[] = scratch ? scratch.decisive : new Array(nodes.length);
  decisiveIfFailed[0] = true;
  const leaves: LeafVerdict[] = scratch ? scratch.leaves : [];
  let leafCount = 0;
  for (let i = 0; i < nodes.length; i++) {
    visits++;
    const node = nodes[i];
    const decisive = decisiveIfFailed[i];
    if (node.kind === 'leaf') {
      const t = truth[i];
      const passed = t !== 'unknown' && (node.negated ? t === 'false' : t === 'true');
      const verdict = leaves[leafCount];
      if (scratch && verdict) {
        verdict.index = i;
        verdict.leaf = node.leaf!;
        verdict.truth = t;
        verdict.passed = passed;
        verdict.negated = node.negated;
        verdict.decisive = decisive && !passed;
      } else leaves[leafCount] = { index: i, leaf: node.leaf!, truth: t, passed, negated: node.negated, decisive: decisive && !passed };
      leafCount++;
    } else if (node.kind === 'not') {
      decisiveIfFailed[node.children[0]] = decisive;
    } else {
      const t = truth[i];
      const failed = t === 'unknown' || (node.negated ? t === 'true' : t === 'false');
      for (let c = 0; c < node.children.length; c++) decisiveIfFailed[node.children[c]] = decisive && failed;
    }
  }
  if (!scratch) return { truth: truth[0], leaves, visits };
  scratch.verdict.truth = truth[0];
  scratch.verdict.visits = visits;
  return scratch.verdict;
}

/**
 * Lists (and a verdict) judgeTree may fill again instead of making new ones: one per tree, for
 * judging it once per row of a large table. The verdict is then the same object, holding them until
 * the next judgement: read it before.
 */
export interface JudgeScratch {
  truth: Truth[];
  decisive: boolean[];
  leaves: LeafVerdict[];
  verdict: TreeVerdict;
}

export const judgeScratch = (nodes: readonly FlatNode[]): JudgeScratch => {
  const leaves: LeafVerdict[] = [];
  return {
    truth: new Array<Truth>(nodes.length),
    decisive: new Array<boolean>(nodes.length),
    leaves,
    verdict: { truth: 'unknown', leaves, visits: 0 },
  };
};
