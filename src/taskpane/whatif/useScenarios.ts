import { useEffect, useMemo, useRef, useState } from 'react';
import { compareScenarios, runScenario, type Comparison } from '../../core/scenario';
import type { Language } from '../../core/agreement/types';
import { WHAT_IF_MESSAGES } from './i18n';
import { describeRuleSet, describeScenario } from './describe';
import { buildScenario, newOverride, type BuiltScenario, type ScenarioDraft } from './scenarioDraft';
import type { Baseline } from './useBaseline';

export type ComparisonState = { status: 'none' } | { status: 'ready'; comparison: Comparison } | { status: 'failed'; message: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The scenarios being edited and their comparison with the baseline. The drafts outlive the
 * baseline (a re-read table keeps them); each is rebuilt on the current baseline and the comparison
 * recomputed whenever a draft or the baseline changes. Scenarios with errors are left out.
 */
export function useScenarios(baseline: Baseline | null, lang: Language) {
  const m = WHAT_IF_MESSAGES[lang];
  const [drafts, setDrafts] = useState<ScenarioDraft[]>([]);
  // Override rows only: scenario numbers come from the scenarios there are (see add).
  const overrideCounter = useRef(0);
  // The comparison with the baseline it was computed on: one of an older baseline (a new table read,
  // while the new run is under way) is never shown. After an edit the last one stays until replaced.
  const [computed, setComputed] = useState<{ baseline: Baseline; state: ComparisonState } | null>(null);

  const displayName = (draft: ScenarioDraft) => draft.name.trim() || m.defaultScenarioName(draft.number);

  const built = useMemo<BuiltScenario[]>(
    () =>
      baseline
        ? drafts.map((d) => buildScenario(d, d.name.trim() || m.defaultScenarioName(d.number), baseline.agreement, baseline.regions))
        : [],
    [drafts, baseline, m],
  );

  useEffect(() => {
    const scenarios = built.flatMap((b) => (b.scenario ? [b.scenario] : []));
    if (!baseline || scenarios.length === 0) return;
    // A slower, older run must not replace a newer comparison.
    let current = true;
    Promise.all(scenarios.map((s) => runScenario(s, baseline.regions))).then(
      (results) => {
        if (!current) return;
        const named = scenarios.map((s, i) => ({ name: s.name, description: describeScenario(s, baseline, lang), result: results[i] }));
        const base = { name: m.baselineName, description: describeRuleSet(baseline, lang), result: baseline.result };
        setComputed({ baseline, state: { status: 'ready', comparison: compareScenarios(base, named) } });
      },
      (error: unknown) => {
        if (current) setComputed({ baseline, state: { status: 'failed', message: messageOf(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [built, baseline, m, lang]);

  /**
   * A new scenario numbered one past the highest number in the list: "Scenario 1", "Scenario 2", …
   * with no gaps from override rows added meanwhile; a removed last scenario's number is used again.
   */
  function add() {
    if (!baseline) return;
    setDrafts((list) => {
      const number = list.reduce((most, d) => Math.max(most, d.number), 0) + 1;
      const draft: ScenarioDraft = {
        id: `scenario-${number}`,
        number,
        name: m.defaultScenarioName(number),
        overrides: [],
        budgetText: '',
        condition: '',
        conditionText: '',
      };
      return [...list, draft];
    });
  }

  function addOverride(id: string) {
    if (!baseline) return;
    const key = `override-${++overrideCounter.current}`;
    setDrafts((list) =>
      list.map((d) => (d.id === id ? { ...d, overrides: [...d.overrides, newOverride(key, baseline.agreement, baseline.regions)] } : d)),
    );
  }

  const comparison: ComparisonState =
    computed && computed.baseline === baseline && built.some((b) => b.scenario) ? computed.state : { status: 'none' };

  return {
    drafts,
    built,
    comparison,
    displayName,
    add,
    addOverride,
    update: (draft: ScenarioDraft) => setDrafts((list) => list.map((d) => (d.id === draft.id ? draft : d))),
    remove: (id: string) => setDrafts((list) => list.filter((d) => d.id !== id)),
  };
}

export type Scenarios = ReturnType<typeof useScenarios>;
