import type { Agreement, ConditionLeaf, ConditionNode, FactDeclaration, FactType, Localized, Tranche, TranchePart } from './types';
import type { RuleProblem } from './problems';
import { OPERATORS, OPERATOR_NAMES } from '../evaluation/operators';
import { own } from './own';
import { comparable, followLabel } from './labelValues';

/**
 * Edits of a rule set being changed in the editor (a "draft"). A draft has the shape of an
 * Agreement but may hold invalid values while the user types; loadAgreement says what is wrong.
 * Every edit returns a new draft and leaves the one given untouched.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether the form can show this JSON: an object with facts and tranches as lists of objects, a
 * title object, and tranche conditions that are objects when present. Anything else the loader
 * reports, but the form cannot lay it out.
 */
export function isEditableDraft(json: unknown): json is Agreement {
  if (!isObject(json) || !isObject(json.title)) return false;
  if (!Array.isArray(json.facts) || !json.facts.every((f) => isObject(f) && isObject(f.label))) return false;
  if (!Array.isArray(json.tranches)) return false;
  return json.tranches.every((t) => isObject(t) && isObject(t.label) && (t.conditions === undefined || isObject(t.conditions)));
}

export type GroupKind = 'all' | 'any' | 'atLeast';

/** The top-level group as the form edits it; `not` (or a malformed tree) is shown read-only. */
export type TopGroup = { kind: GroupKind; children: ConditionNode[]; k?: number } | { kind: 'readOnly' } | null;

/** Whatever holds a condition tree: a tranche or a part. */
type HasConditions = { conditions?: unknown };

export function topGroup(item: HasConditions): TopGroup {
  const tree = item.conditions;
  if (tree === undefined) return null;
  if (!isObject(tree)) return { kind: 'readOnly' };
  // Presentation fields (a label, an assumption) do not change what the group is.
  const keys = Object.keys(tree).filter((k) => k !== 'label' && k !== 'assumed');
  if (keys.length === 1 && (keys[0] === 'all' || keys[0] === 'any') && Array.isArray(tree[keys[0]])) {
    return { kind: keys[0] as GroupKind, children: tree[keys[0]] as ConditionNode[] };
  }
  if (keys.length === 2 && keys.includes('atLeast') && keys.includes('of') && Array.isArray(tree.of)) {
    return { kind: 'atLeast', children: tree.of as ConditionNode[], k: tree.atLeast as number };
  }
  return { kind: 'readOnly' };
}

export const isLeafNode = (node: unknown): node is ConditionLeaf => isObject(node) && 'fact' in node;

/**
 * Which conditions an edit is about: a tranche's (its index), or one of its parts' ({ tranche, part }).
 * The functions below take either, so the form edits a part's conditions as it edits a tranche's.
 */
export type ConditionOwner = number | { tranche: number; part: number };

export const ownerPointer = (owner: ConditionOwner): string =>
  typeof owner === 'number' ? `/tranches/${owner}` : `/tranches/${owner.tranche}/parts/${owner.part}`;

/** The owner's key in a condition pointer: "all", "any", or "of" under atLeast. */
export const groupKey = (kind: GroupKind | 'readOnly'): string => (kind === 'atLeast' ? 'of' : kind);

export function ownerOf(draft: Agreement, owner: ConditionOwner): Tranche | TranchePart {
  const tranche = draft.tranches[typeof owner === 'number' ? owner : owner.tranche];
  return typeof owner === 'number' ? tranche : tranche.parts![owner.part];
}

function withOwner(draft: Agreement, owner: ConditionOwner, change: <T extends Tranche | TranchePart>(item: T) => T): Agreement {
  const index = typeof owner === 'number' ? owner : owner.tranche;
  return {
    ...draft,
    tranches: draft.tranches.map((t, i) => {
      if (i !== index) return t;
      if (typeof owner === 'number') return change(t);
      return { ...t, parts: (t.parts ?? []).map((p, j) => (j === owner.part ? change(p) : p)) };
    }),
  };
}

/**
 * The item with the given top-level conditions. No conditions left makes it unconditional (the
 * loader would reject an empty group); the first condition makes a tranche conditional, with the
 * government's 2025 practice (redistribute) until the user chooses otherwise. A part takes its
 * tranche's policy unless it states its own.
 */
function withChildren<T extends Tranche | TranchePart>(
  item: T,
  kind: GroupKind,
  children: ConditionNode[],
  k?: number,
  inherits = false,
): T {
  const extras = isObject(item.conditions)
    ? Object.fromEntries(Object.entries(item.conditions).filter(([key]) => key === 'label' || key === 'assumed'))
    : {};
  if (children.length === 0) {
    const { conditions: _c, onFailure: _o, ...rest } = item as T & { conditionsAssumed?: boolean };
    if ('conditionsAssumed' in rest) delete (rest as { conditionsAssumed?: boolean }).conditionsAssumed;
    return rest as T;
  }
  const tree =
    kind === 'all'
      ? { all: children }
      : kind === 'any'
        ? { any: children }
        : { atLeast: Math.min(Math.max(1, k ?? children.length), children.length), of: children };
  const next = { ...item, conditions: { ...tree, ...extras } } as T;
  if (!next.onFailure && !inherits) next.onFailure = 'redistribute';
  return next;
}

function editChildren(
  draft: Agreement,
  owner: ConditionOwner,
  edit: (children: ConditionNode[], kind: GroupKind) => ConditionNode[],
): Agreement {
  return withOwner(draft, owner, (item) => {
    const group = topGroup(item);
    if (group?.kind === 'readOnly') return item;
    const kind = group?.kind ?? 'all';
    const before = group?.children.length ?? 0;
    const children = edit([...(group?.children ?? [])], kind);
    // "At least k of n" keeps k as it was while it still fits (removing a condition may lower it).
    const k = group?.k === undefined ? undefined : group.k === before ? children.length : group.k;
    return withChildren(item, kind, children, k, inheritsPolicy(draft, owner));
  });
}

/** A part whose tranche states onFailure takes it from there; any other conditional item needs its own. */
const inheritsPolicy = (draft: Agreement, owner: ConditionOwner) =>
  typeof owner !== 'number' && draft.tranches[owner.tranche]?.onFailure !== undefined;

export function addCondition(draft: Agreement, owner: ConditionOwner, node: ConditionNode, at?: number): Agreement {
  return editChildren(draft, owner, (children) => {
    children.splice(at === undefined ? children.length : Math.min(at, children.length), 0, node);
    return children;
  });
}

export function removeCondition(draft: Agreement, owner: ConditionOwner, childIndex: number): Agreement {
  return editChildren(draft, owner, (children) => children.filter((_, i) => i !== childIndex));
}

/** Moves a condition one step (or more) up or down; out-of-range moves change nothing. */
export function moveCondition(draft: Agreement, owner: ConditionOwner, from: number, to: number): Agreement {
  return editChildren(draft, owner, (children) => {
    if (to < 0 || to >= children.length || from < 0 || from >= children.length) return children;
    const [node] = children.splice(from, 1);
    children.splice(to, 0, node);
    return children;
  });
}

/** All, any, or at least k of the conditions (k defaults to all of them). */
export function setGroupKind(draft: Agreement, owner: ConditionOwner, kind: GroupKind, k?: number): Agreement {
  return withOwner(draft, owner, (item) => {
    const group = topGroup(item);
    if (!group || group.kind === 'readOnly') return item;
    return withChildren(item, kind, group.children, k ?? group.k, inheritsPolicy(draft, owner));
  });
}

/** The k of "at least k of": any whole number is stored as typed, for the loader to check. */
export function setAtLeast(draft: Agreement, owner: ConditionOwner, k: unknown): Agreement {
  return withOwner(draft, owner, (item) => {
    const group = topGroup(item);
    if (!group || group.kind !== 'atLeast' || !isObject(item.conditions)) return item;
    return { ...item, conditions: { ...item.conditions, atLeast: k } as unknown as Tranche['conditions'] };
  });
}

/** The operators that apply to a fact type, in the order the engine declares them. */
export function operatorsFor(type: FactType): string[] {
  return OPERATOR_NAMES.filter((name) => OPERATORS[name].factTypes.includes(type));
}

const PREFERRED: Record<FactType, string> = {
  number: 'greaterThanInclusive',
  percent: 'greaterThanInclusive',
  boolean: 'equal',
  date: 'onOrBefore',
  text: 'equal',
};

/** A value that fits the fact type, for a new condition or after the fact changes. */
export function defaultValue(type: FactType, operator: string, year: number): ConditionLeaf['value'] {
  if (operator === 'in' || operator === 'notIn') return [];
  switch (type) {
    case 'boolean':
      return true;
    case 'date':
      return `${Number.isInteger(year) ? year : new Date().getFullYear()}-12-31`;
    case 'text':
      return '';
    case 'number':
    case 'percent':
      return 0;
  }
}

/** The first free name from the fact id: "premUsed", then "premUsed2", … */
export function freeConditionName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}${n}`)) n++;
  return `${base}${n}`;
}

/** Every leaf name in the draft, so a new condition gets a name no other condition has. */
export function conditionNames(draft: Agreement): string[] {
  const names: string[] = [];
  const visit = (node: unknown): void => {
    if (!isObject(node)) return;
    if (typeof node.name === 'string') names.push(node.name);
    for (const key of ['all', 'any'] as const) if (Array.isArray(node[key])) (node[key] as unknown[]).forEach(visit);
    if ('not' in node) visit(node.not);
  };
  draft.tranches.forEach((t) => visit(t.conditions));
  return names;
}

/** A new condition on a fact: "inclusionRate ≥ 0", "premUsed = Ja", "reportSubmitted by 31 Dec". */
export function newCondition(draft: Agreement, fact: FactDeclaration): ConditionLeaf {
  const operator = PREFERRED[fact.type];
  return {
    name: freeConditionName(fact.id, conditionNames(draft)),
    fact: fact.id,
    operator,
    value: defaultValue(fact.type, operator, draft.year),
    label: { sv: fact.label.sv, en: fact.label.en },
  };
}

/** The name a blank condition gets until its fact is chosen ("condition", "condition2", …). */
const BLANK_NAME = /^condition\d*$/;

/**
 * A new condition for the user to complete ("Lägg til villkor"): no fact, no comparison, no value,
 * so it can neither pass by accident ("Inklusion minst 0 %") nor be applied before all three are
 * chosen: incompleteConditions lists it until then.
 */
export function blankCondition(draft: Agreement): ConditionLeaf {
  return { name: freeConditionName('condition', conditionNames(draft)), fact: '', operator: '', value: '' };
}

/**
 * The leaf on another fact: the operator and value are kept where they still fit its type. A blank
 * condition stays without comparison and value (the user chooses them). A name made from the fact
 * ("inclusionRate", "inclusionRate2") or the blank placeholder follows the new fact.
 */
export function leafWithFact(
  leaf: ConditionLeaf,
  fact: FactDeclaration,
  year: number,
  previous?: FactDeclaration,
  taken: readonly string[] = [],
): ConditionLeaf {
  // A name made from the fact (or the blank placeholder) follows the fact; a name the user gave stays.
  const derived =
    BLANK_NAME.test(leaf.name) ||
    (typeof leaf.fact === 'string' && leaf.fact !== '' && new RegExp(`^${leaf.fact.replace(/[^\w]/g, '\\$&')}\\d*$`).test(leaf.name));
  const name =
    derived && fact.id !== leaf.fact
      ? freeConditionName(
          fact.id,
          taken.filter((n) => n !== leaf.name),
        )
      : leaf.name;
  if (leaf.operator === '') return { ...leaf, name, fact: fact.id, value: '' };
  const operator = own(OPERATORS, leaf.operator)?.factTypes.includes(fact.type) ? leaf.operator : PREFERRED[fact.type];
  const value = previous?.type === fact.type && operator === leaf.operator ? leaf.value : defaultValue(fact.type, operator, year);
  return { ...leaf, name, fact: fact.id, operator, value };
}

/**
 * The leaf with a new value; a label naming the old value names the new one ("Inklusionsmålet om
 * 70 % uppnått" → "… 85 % …"). A label the user wrote naming another value is kept as written, for
 * the editor to flag (labelMismatches). `lastValue` is the last value the field held before the
 * text now being typed: a label naming it follows; one naming another value is the user's own.
 */
export function leafWithValue(leaf: ConditionLeaf, value: unknown, fact: FactDeclaration | undefined, lastValue?: unknown): ConditionLeaf {
  const next = { ...leaf, value: value as ConditionLeaf['value'] };
  if (!leaf.label || !fact) return next;
  // While the field holds text being typed ("", "8,"), the texts are compared with the last value it held.
  const before = comparable(leaf.value, fact.type) === null && lastValue !== undefined ? lastValue : leaf.value;
  return { ...next, label: followLabel(leaf.label, before, value, fact.type) };
}

const NEEDS: Record<'fact' | 'operator' | 'value', Localized> = {
  fact: { sv: 'Välj vilket faktum villkoret gäller.', en: 'Choose the fact the condition checks.' },
  operator: { sv: 'Välj en jämförelse.', en: 'Choose a comparison.' },
  value: { sv: 'Ange värdet villkoret kräver.', en: 'Enter the value the condition requires.' },
};

const isBlankValue = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/**
 * The conditions of the form (top-level leaves) still to be completed: no fact, no comparison, or no
 * value (blank text, an empty list). One problem per condition, at the first missing part; the loader's own
 * problems at those fields say the same less plainly and are left out by withCompleteness.
 */
export function incompleteConditions(draft: Agreement): RuleProblem[] {
  const owners: ConditionOwner[] = draft.tranches.flatMap((tranche, t) => [
    t,
    ...(tranche.parts ?? []).map((_, p) => ({ tranche: t, part: p })),
  ]);
  return owners.flatMap((owner) => {
    const group = topGroup(ownerOf(draft, owner));
    if (!group || group.kind === 'readOnly') return [];
    return group.children.flatMap((node, i) => {
      if (!isLeafNode(node)) return [];
      const at = `${ownerPointer(owner)}/conditions/${groupKey(group.kind)}/${i}`;
      const missing: ('fact' | 'operator' | 'value')[] = [];
      if (typeof node.fact !== 'string' || node.fact === '') missing.push('fact');
      if (typeof node.operator !== 'string' || node.operator === '') missing.push('operator');
      if (isBlankValue(node.value) || (isObject(node.value) && (typeof node.value.fact !== 'string' || node.value.fact === '')))
        missing.push('value');
      // One problem per condition, at the first field to complete (the form shows the next field once it is).
      return missing.slice(0, 1).map((part) => ({ pointer: `${at}/${part}`, message: NEEDS[part] }));
    });
  });
}

/** The loader's problems with the incomplete conditions' own in place of the loader's at those fields. */
export function withCompleteness(draft: Agreement, problems: readonly RuleProblem[]): RuleProblem[] {
  const incomplete = incompleteConditions(draft);
  if (incomplete.length === 0) return [...problems];
  const leaves = new Set(incomplete.map((p) => p.pointer.slice(0, p.pointer.lastIndexOf('/'))));
  const leafOf = (pointer: string) => [...leaves].find((leaf) => pointer === leaf || pointer.startsWith(`${leaf}/`));
  // At an incomplete leaf the loader's words ('Okänt faktum ""', 'Värdet "" passar inte') are replaced.
  return [...problems.filter((p) => leafOf(p.pointer) === undefined || /\/(name|label)(\/|$)/.test(p.pointer)), ...incomplete];
}

/** The leaf with another operator; a list operator (in, notIn) takes a list value and back. */
export function leafWithOperator(leaf: ConditionLeaf, operator: string): ConditionLeaf {
  const listNow = Array.isArray(leaf.value);
  const listNext = operator === 'in' || operator === 'notIn';
  let value = leaf.value;
  if (listNext && !listNow) value = (leaf.value === '' || isObject(leaf.value) ? [] : [leaf.value]) as string[] | number[];
  if (!listNext && listNow) value = (leaf.value as (string | number)[])[0] ?? '';
  return { ...leaf, operator, value };
}

/** Top-level leaves on a fact, by child index (the "PREM required" switch looks for them). */
export function conditionsOnFact(tranche: Tranche, factId: string): number[] {
  const group = topGroup(tranche);
  if (!group || group.kind === 'readOnly') return [];
  return group.children.flatMap((node, i) => (isLeafNode(node) && node.fact === factId ? [i] : []));
}

/**
 * The first top-level leaf on a fact of the given type with one of the given operators: the
 * threshold (a percent fact compared with ≥, >) or the deadline (a date fact with onOrBefore).
 */
export function findShortcut(
  tranche: Tranche,
  facts: readonly FactDeclaration[],
  type: FactType,
  operators: readonly string[],
): number | null {
  const group = topGroup(tranche);
  if (!group || group.kind === 'readOnly') return null;
  const index = group.children.findIndex(
    (node) => isLeafNode(node) && operators.includes(node.operator) && facts.find((f) => f.id === node.fact)?.type === type,
  );
  return index < 0 ? null : index;
}
