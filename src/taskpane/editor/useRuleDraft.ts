import { useMemo, useState } from 'react';
import { loadAgreement, type LoadResult } from '../../core/agreement/load';
import { ruleFileText } from '../../core/agreement/ruleFile';
import type { Agreement } from '../../core/agreement/types';
import type { Distribution } from '../state/useDistribution';

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
  const problems = validation && !validation.ok ? validation.problems : [];
  const dirty = useMemo(() => draft !== null && !sameRules(draft, current), [draft, current]);

  return {
    draft,
    current,
    validation,
    problems,
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
      if (!validation?.ok) return;
      setFlowMoved(false);
      await flow.adoptAgreement(validation.agreement, label);
    },
  };
}

export type RuleDraft = ReturnType<typeof useRuleDraft>;
