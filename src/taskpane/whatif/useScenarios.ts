import { useEffect, useMemo, useRef, useState } from 'react';
import { compareScenarios, runScenario, type Comparison } from '../../core/scenario';
import type { Language } from '../../core/agreement/types';
import { WHAT_IF_MESSAGES } from './i18n';
import { buildScenario, newOverride, type BuiltScenario, type ScenarioDraft } from './scenarioDraft';
import type { Baseline } from './useBaseline';

export type ComparisonState =
  | { status: 'none' }
  | { status: 'ready'; comparison: Comparison }
  | { status: 'failed'; message: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The scenarios being edited and their comparison with the baseline. The drafts outlive the
 * baseline (a re-read table keeps them); each is rebuilt on the current baseline and the comparison
 * recomputed whenever a draft or the baseline changes. Scenarios with errors are left out.
 */
export function useScenarios(baseline: Baseline | null, lang: Language) {
  const m = WHAT_IF_MESSAGES[lang];
  const [drafts, setDrafts] = useState<ScenarioDraft[]>([]);
  const counter = useRef(0);
  const [comparison, setComparison] = useState<ComparisonState>({ status: 'none' });

  const displayName = (draft: ScenarioDraft) => draft.name.trim() || m.defaultScenarioName(draft.number);

  const built = useMemo<BuiltScenario[]>(
    () => (baseline ? drafts.map((d) => buildScenario(d, d.name.trim() || m.defaultScenarioName(d.number), baseline.agreement, baseline.regions)) : []),
    [drafts, baseline, m],
  );

  useEffect(() => {
    const scenarios = built.flatMap((b) => (b.scenario ? [b.scenario] : []));
    if (!baseline || scenarios.length === 0) {
      setComparison({ status: 'none' });
      return;
    }
    // A slower, older run must not replace a newer comparison.
    let current = true;
    Promise.all(scenarios.map((s) => runScenario(s, baseline.regions))).then(
      (results) => {
        if (!current) return;
        const named = scenarios.map((s, i) => ({ name: s.name, result: results[i] }));
        setComparison({ status: 'ready', comparison: compareScenarios({ name: m.baselineName, result: baseline.result }, named) });
      },
      (error: unknown) => {
        if (current) setComparison({ status: 'failed', message: messageOf(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [built, baseline, m]);

  function add() {
    if (!baseline) return;
    const number = ++counter.current;
    const draft: ScenarioDraft = {
      id: `scenario-${number}`,
      number,
      name: m.defaultScenarioName(number),
      overrides: [],
      budgetText: '',
      condition: '',
      conditionText: '',
    };
    setDrafts((list) => [...list, draft]);
  }

  function addOverride(id: string) {
    if (!baseline) return;
    const key = `override-${++counter.current}`;
    setDrafts((list) =>
      list.map((d) => (d.id === id ? { ...d, overrides: [...d.overrides, newOverride(key, baseline.agreement, baseline.regions)] } : d)),
    );
  }

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
