import Decimal from 'decimal.js';
import type { Language } from '../../core/agreement/types';
import { describeRequirement } from '../../core/evaluation/phrases';
import { formatFactValue } from '../../core/format/factValue';
import { formatKronor } from '../../core/format/numbers';
import type { Scenario } from '../../core/scenario';
import { conditionLeaves } from '../../core/scenario';
import { regionKey } from '../../core/table/regionKey';
import type { Baseline } from './useBaseline';
import { WHAT_IF_MESSAGES } from './i18n';

/** The baseline's rule set in words: "svf-2024 (inbyggd)", "svf-2024 (redigerad)", "egna-regler.json". */
export function describeRuleSet(baseline: Baseline, lang: Language): string {
  const m = WHAT_IF_MESSAGES[lang];
  const { bundled, label } = baseline.source;
  if (bundled) return m.bundledRuleSet(bundled);
  if (label && label.includes(baseline.agreement.id)) return label;
  return label ? `${baseline.agreement.id} (${label})` : baseline.agreement.id;
}

/**
 * What a scenario changes on the baseline's rules, for the comparison sheet's note: "svf-2024 med
 * Inklusion minst 75 %", "svf-2024 med budget 400 000 000 kr, Halland: PREM-enkäter använda Nej".
 * More than two changed facts are counted rather than listed.
 */
export function describeScenario(scenario: Scenario, baseline: Baseline, lang: Language): string {
  const m = WHAT_IF_MESSAGES[lang];
  const facts = new Map(baseline.agreement.facts.map((f) => [f.id, f]));
  const changes: string[] = [];

  baseline.agreement.tranches.forEach((tranche, t) => {
    const before = tranche.conditions ? conditionLeaves(tranche.conditions) : [];
    const afterTree = scenario.agreement.tranches[t]?.conditions;
    const after = afterTree ? conditionLeaves(afterTree) : [];
    before.forEach((leaf, i) => {
      const moved = after[i];
      const fact = facts.get(leaf.fact);
      if (moved && fact && JSON.stringify(moved.value) !== JSON.stringify(leaf.value)) changes.push(describeRequirement(moved, fact)[lang]);
    });
  });
  if (scenario.budget !== undefined) changes.push(m.budgetChange(formatKronor(new Decimal(scenario.budget), lang)));
  if (scenario.overrides.length > 2) changes.push(m.factChanges(scenario.overrides.length));
  else {
    for (const override of scenario.overrides) {
      const region = baseline.regions.find((r) => regionKey(r) === override.region || r.name === override.region);
      const fact = facts.get(override.fact);
      if (!fact) continue;
      changes.push(`${region?.name ?? override.region}: ${fact.label[lang]} ${formatFactValue(override.value, fact.type, lang)}`);
    }
  }
  const id = baseline.agreement.id;
  return changes.length === 0 ? m.unchangedRuleSet(id) : m.changedRuleSet(id, changes.join(', '));
}
