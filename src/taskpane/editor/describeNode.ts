import type { ConditionLeaf, FactDeclaration, Language } from '../../core/agreement/types';
import { describeCondition } from '../describeCondition';
import type { EditorMessages } from './i18n';

export interface NodeLine {
  text: string;
  children: NodeLine[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A condition tree in words for read-only display (nested groups). Tolerates any shape, since a
 * draft may be invalid: what is not a condition is shown as JSON.
 */
export function describeNode(node: unknown, facts: readonly FactDeclaration[], lang: Language, e: EditorMessages): NodeLine {
  if (!isObject(node)) return { text: JSON.stringify(node) ?? String(node), children: [] };
  if ('fact' in node && typeof node.fact === 'string' && typeof node.operator === 'string') {
    return {
      text: describeCondition(
        { name: String(node.name ?? ''), fact: node.fact, operator: node.operator, value: node.value as ConditionLeaf['value'] },
        facts,
        lang,
      ),
      children: [],
    };
  }
  for (const [key, intro] of [
    ['all', e.groupAllIntro],
    ['any', e.groupAnyIntro],
  ] as const) {
    if (Array.isArray(node[key])) return { text: intro, children: (node[key] as unknown[]).map((n) => describeNode(n, facts, lang, e)) };
  }
  if ('not' in node) return { text: e.groupNotIntro, children: [describeNode(node.not, facts, lang, e)] };
  return { text: JSON.stringify(node), children: [] };
}
