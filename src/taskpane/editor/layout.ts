import type { RuleProblem } from '../../core/agreement/problems';
import type { Agreement } from '../../core/agreement/types';
import { groupKey, isLeafNode, ownerOf, ownerPointer, topGroup, type ConditionOwner, type GroupKind } from '../../core/agreement/draft';
import { isWeightBasis } from '../../core/agreement/basis';
import { isFactReference } from '../../core/agreement/types';

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

export const conditionPointer = (owner: ConditionOwner, kind: string, childIndex: number) =>
  `${ownerPointer(owner)}/conditions/${groupKey(kind as GroupKind)}/${childIndex}`;

/** The fields of an assumption: the switch, and when on its texts and (where the item has fields) what it is about. */
function assumptionFields(fields: Set<string>, at: string, value: unknown, about: boolean): void {
  fields.add(`${at}/assumed`);
  if (value === undefined) return;
  ['why/sv', 'why/en', 'source'].forEach((f) => fields.add(`${at}/assumed/${f}`));
  if (about) fields.add(`${at}/assumed/about`);
}

function basisFields(fields: Set<string>, at: string, basis: unknown): void {
  fields.add(at);
  if (isWeightBasis(basis)) ['fact', 'minus', 'clampAtZero'].forEach((f) => fields.add(`${at}/${f}`));
}

/** A condition list as ConditionsEditor lays it out: the group, its k, and each condition's fields. */
function conditionFields(layout: EditorLayout, draft: Agreement, owner: ConditionOwner): void {
  const { fields, containers } = layout;
  const item = ownerOf(draft, owner);
  const group = topGroup(item);
  if (!group) return;
  const at = ownerPointer(owner);
  containers.add(`${at}/conditions`);
  if (group.kind === 'readOnly') return;
  containers.add(`${at}/conditions/${groupKey(group.kind)}`);
  if (group.kind === 'atLeast') fields.add(`${at}/conditions/atLeast`);
  group.children.forEach((node, j) => {
    const leafAt = conditionPointer(owner, group.kind, j);
    containers.add(leafAt);
    if (!isLeafNode(node)) return;
    LEAF_FIELDS.forEach((f) => fields.add(`${leafAt}/${f}`));
    if (isFactReference(node.value)) fields.add(`${leafAt}/value/fact`);
    assumptionFields(fields, leafAt, node.assumed, true);
  });
}

export function editorLayout(draft: Agreement): EditorLayout {
  const fields = new Set(['/id', '/year', '/title/sv', '/title/en', '/description/sv', '/description/en', '/budget']);
  const containers = new Set<string>(['/groups']);
  const layout = { fields, containers };
  (draft.groups ?? []).forEach((group, g) => {
    const at = `/groups/${g}`;
    containers.add(at);
    ['id', 'name/sv', 'name/en', 'regions'].forEach((f) => fields.add(`${at}/${f}`));
    assumptionFields(fields, at, group.assumed, true);
  });
  draft.tranches.forEach((tranche, i) => {
    const at = `/tranches/${i}`;
    containers.add(at);
    ['label/sv', 'label/en', 'amount', 'baseAmount'].forEach((f) => fields.add(`${at}/${f}`));
    if (draft.groups !== undefined || tranche.recipients === 'groups') fields.add(`${at}/recipients`);
    basisFields(fields, `${at}/basis`, tranche.basis);
    assumptionFields(fields, at, tranche.assumed, true);
    containers.add(`${at}/parts`);
    (tranche.parts ?? []).forEach((part, p) => {
      const partAt = `${at}/parts/${p}`;
      containers.add(partAt);
      ['id', 'label/sv', 'label/en', part.amount === undefined ? 'share' : 'amount'].forEach((f) => fields.add(`${partAt}/${f}`));
      basisFields(fields, `${partAt}/basis`, part.basis);
      if (part.conditions !== undefined) fields.add(`${partAt}/onFailure`);
      assumptionFields(fields, partAt, part.assumed, true);
      conditionFields(layout, draft, { tranche: i, part: p });
    });
    if (!topGroup(tranche)) return;
    fields.add(`${at}/onFailure`);
    fields.add(`${at}/conditionsAssumed`);
    conditionFields(layout, draft, i);
  });
  return layout;
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
