import { useMemo, useState } from 'react';
import { loadAgreement, type LoadResult } from '../../core/agreement/load';
import { ruleFileText } from '../../core/agreement/ruleFile';
import type { Agreement } from '../../core/agreement/types';
import type { Distribution } from '../state/useDistribution';
import { isLeafNode, withCompleteness } from '../../core/agreement/draft';
import { labelMismatches } from '../../core/agreement/labelValues';

/** How many condition texts, at any depth, name another value than their condition. */
function countMismatches(draft: Agreement): number {
  let count = 0;
  const visit = (node: unknown): void => {
    if (isLeafNode(node)) {
      const fact = draft.facts.find((f) => f.id === node.fact);
      if (fact && labelMismatches(node, fact.type).length > 0) count++;
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const group = node as Record<string, unknown>;
    for (const key of ['all', 'any'] as const) if (Array.isArray(group[key])) (group[key] as unknown[]).forEach(visit);
    if ('not' in group) visit(group.not);
  };
  draft.tranches.forEach((t) => visit(t.conditions));
  return count;
}

/** Same rules, whatever the objects: an edit typed and typed back is no change. */
function sameRules(a: Agreement | null, b: Agreement | null): boolean {
  return a === b || (a !== null && b !== null && ruleFileText(a) === ruleFileText(b));
}

/**
 * The rule set being edited. It follows the agreement the pane uses (flow.state.agreement) until
 * the user edits it; every draft is checked live with the same loader as the rule files.
 */
export function useRuleDraft(flow: Distribution) {
  const current = flow.state.agreement;
  const [draft, setDraft] = useState<Agreement | null>(current);
  // The pane's agreement the draft last followed; a change to it is seen during render.
  const [followed, setFollowed] = useState<Agreement | null>(current);
  const [flowMoved, setFlowMoved] = useState(false);

  if (current !== followed) {
    setFollowed(current);
    const clean = draft === null || sameRules(draft, followed) || draft === current;
    if (current !== null && clean) {
      setDraft(current);
      setFlowMoved(false);
    } else if (current !== null) {
      setFlowMoved(true);
    }
  }

  const validation: LoadResult | null = useMemo(() => (draft ? loadAgreement(draft) : null), [draft]);
  // The loader's problems, and a condition still to be completed (no fact, comparison or value).
  const problems = useMemo(
    () => (draft ? withCompleteness(draft, validation && !validation.ok ? validation.problems : []) : []),
    [draft, validation],
  );
  const mismatches = useMemo(() => (draft ? countMismatches(draft) : 0), [draft]);
  const dirty = useMemo(() => draft !== null && !sameRules(draft, current), [draft, current]);

  return {
    draft,
    current,
    validation,
    problems,
    /** The draft loads and every condition is complete: it can be applied, saved and exported. */
    ready: validation?.ok === true && problems.length === 0,
    /** Condition texts naming another value than their condition (a warning, shown at the texts). */
    mismatches,
    /** The draft holds changes the pane does not use yet. */
    dirty,
    /** The pane switched to another agreement while the draft had changes. */
    flowMoved: flowMoved && dirty,
    edit: (change: (draft: Agreement) => Agreement) => setDraft((d) => (d ? change(d) : d)),
    /** A new draft from elsewhere (an import, a new year); applied only on Apply. */
    replace: (next: Agreement) => setDraft(next),
    /** Back to the agreement the pane uses. */
    reset: () => {
      if (current) setDraft(current);
      setFlowMoved(false);
    },
    /** Makes the (valid) draft the pane's agreement; the preview recomputes. */
    apply: async (label: string) => {
      if (!validation?.ok || problems.length > 0) return;
      setFlowMoved(false);
      await flow.adoptAgreement(validation.agreement, label);
    },
  };
}

export type RuleDraft = ReturnType<typeof useRuleDraft>;
