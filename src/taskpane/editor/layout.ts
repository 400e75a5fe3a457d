import type { RuleProblem } from '../../core/agreement/problems';
import type { Agreement } from '../../core/agreement/types';
import { isLeafNode, topGroup } from '../../core/agreement/draft';

/**
 * Where the form shows what: the JSON pointers of its fields (a problem there is shown at the
 * field) and of its containers (a tranche, a condition, a condition list: a problem inside one
 * without a field of its own is shown there, with its pointer). This mirrors the components; a test
 * checks that every pointer listed here is on screen.
 */
export interface EditorLayout {
  fields: Set<string>;
  containers: Set<string>;
}

export const LEAF_FIELDS = ['fact', 'operator', 'value', 'name', 'label/sv', 'label/en'] as const;

export const conditionPointer = (trancheIndex: number, kind: string, childIndex: number) => `/tranches/${trancheIndex}/conditions/${kind}/${childIndex}`;

export function editorLayout(draft: Agreement): EditorLayout {
  const fields = new Set(['/id', '/year', '/title/sv', '/title/en', '/description/sv', '/description/en', '/budget']);
  const containers = new Set<string>();
  draft.tranches.forEach((tranche, i) => {
    const at = `/tranches/${i}`;
    containers.add(at);
    ['label/sv', 'label/en', 'amount'].forEach((f) => fields.add(`${at}/${f}`));
    const group = topGroup(tranche);
    if (!group) return;
    fields.add(`${at}/onFailure`);
    fields.add(`${at}/conditionsAssumed`);
    containers.add(`${at}/conditions`);
    if (group.kind === 'readOnly') return;
    containers.add(`${at}/conditions/${group.kind}`);
    group.children.forEach((node, j) => {
      const leafAt = conditionPointer(i, group.kind, j);
      containers.add(leafAt);
      if (isLeafNode(node)) LEAF_FIELDS.forEach((f) => fields.add(`${leafAt}/${f}`));
    });
  });
  return { fields, containers };
}

export interface PlacedProblems {
  fields: Map<string, RuleProblem[]>;
  containers: Map<string, RuleProblem[]>;
  /** Problems the form has no place for (facts, references, the whole file): listed on their own. */
  unplaced: RuleProblem[];
}

const within = (pointer: string, container: string) => pointer === container || pointer.startsWith(`${container}/`);

/** Each problem at its field, else in the innermost container around it, else among the unplaced. */
export function placeProblems(problems: readonly RuleProblem[], layout: EditorLayout): PlacedProblems {
  const placed: PlacedProblems = { fields: new Map(), containers: new Map(), unplaced: [] };
  const push = (map: Map<string, RuleProblem[]>, key: string, problem: RuleProblem) => map.set(key, [...(map.get(key) ?? []), problem]);
  for (const problem of problems) {
    if (layout.fields.has(problem.pointer)) {
      push(placed.fields, problem.pointer, problem);
      continue;
    }
    const container = [...layout.containers].filter((c) => within(problem.pointer, c)).sort((a, b) => b.length - a.length)[0];
    if (container) push(placed.containers, container, problem);
    else placed.unplaced.push(problem);
  }
  return placed;
}

/** How many problems lie in or under a pointer (for a tranche's header badge). */
export function countWithin(problems: readonly RuleProblem[], pointer: string): number {
  return problems.filter((p) => within(p.pointer, pointer)).length;
}
