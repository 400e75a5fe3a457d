import type { Agreement } from './types';

/** A condition (leaf) that reads a fact. */
export interface ConditionReader {
  trancheIndex: number;
  trancheId: string;
  /** The condition's name in the rule file. */
  name: string;
  /** JSON pointer of the condition, e.g. "/tranches/1/conditions/all/0". */
  pointer: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The conditions reading each fact, by fact id, in file order: every tranche and part, at any depth,
 * the fact compared and a fact given as the value. A
 * malformed tree (a draft being typed) is walked as far as it has the shape of one. Iterative, so
 * it holds for any depth the loader lets through.
 */
export function factReaders(agreement: Agreement): Map<string, ConditionReader[]> {
  const readers = new Map<string, ConditionReader[]>();
  const tranches: unknown[] = Array.isArray(agreement.tranches) ? agreement.tranches : [];
  tranches.forEach((tranche, trancheIndex) => {
    if (!isObject(tranche)) return;
    const trancheId = typeof tranche.id === 'string' ? tranche.id : `#${trancheIndex + 1}`;
    const roots: { node: unknown; pointer: string }[] = [{ node: tranche.conditions, pointer: `/tranches/${trancheIndex}/conditions` }];
    if (Array.isArray(tranche.parts)) {
      tranche.parts.forEach((part, p) => {
        if (isObject(part)) roots.push({ node: part.conditions, pointer: `/tranches/${trancheIndex}/parts/${p}/conditions` });
      });
    }
    for (const root of roots) {
      for (const { node, pointer } of leavesOf(root)) {
        const name = typeof node.name === 'string' ? node.name : pointer;
        // The fact compared, and a fact given as the value ({ "fact": "leadTime2025" }): both are read.
        const facts = [node.fact as string, ...(isObject(node.value) && typeof node.value.fact === 'string' ? [node.value.fact] : [])];
        for (const fact of new Set(facts)) {
          const list = readers.get(fact) ?? [];
          list.push({ trancheIndex, trancheId, name, pointer });
          readers.set(fact, list);
        }
      }
    }
  });
  return readers;
}

/** The leaves of one tree in document order, iteratively. */
function leavesOf(root: { node: unknown; pointer: string }): { node: Json; pointer: string }[] {
  const stack = [root];
  const found: { node: Json; pointer: string }[] = [];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!;
    if (!isObject(node)) continue;
    if (typeof node.fact === 'string') found.push({ node, pointer });
    const children: { node: unknown; pointer: string }[] = [];
    for (const group of ['all', 'any', 'of'] as const) {
      const list = node[group];
      if (Array.isArray(list)) list.forEach((child, i) => children.push({ node: child, pointer: `${pointer}/${group}/${i}` }));
    }
    if ('not' in node) children.push({ node: node.not, pointer: `${pointer}/not` });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}
