import type { Agreement, FactDeclaration, Localized } from '../../core/agreement/types';
import type { RegionRow } from '../../core/table/types';
import { readAmount } from '../../core/reconcile';
import {
  ScenarioError,
  parseOverrideValue,
  prepareScenario,
  withConditionValue,
  type FactOverride,
  type Scenario,
} from '../../core/scenario';
import { regionKey } from '../../core/table/regionKey';
import { conditionChoices, readThreshold } from './conditionChoices';
import { WHAT_IF_MESSAGES } from './i18n';
import { both } from '../../core/i18n';

/** One override row as typed: which region, which fact, and the value text. */
export interface OverrideDraft {
  key: string;
  /** The region's code, or its name when it has none (as FactOverride.region). */
  region: string;
  fact: string;
  text: string;
}

/** A scenario as the form holds it; turned into a core Scenario by buildScenario. */
export interface ScenarioDraft {
  id: string;
  /** 1, 2, …: the default name "Scenario n", kept when other scenarios are removed. */
  number: number;
  name: string;
  overrides: OverrideDraft[];
  /** Whole kronor as typed; blank keeps the agreement's budget. */
  budgetText: string;
  /** A condition key from conditionChoices ("" for none) and its new value as typed. */
  condition: string;
  conditionText: string;
}

/** Problems shown at the fields they belong to; `other` for anything without a field. */
export interface DraftErrors {
  overrides: Record<string, Localized>;
  budget?: Localized;
  condition?: Localized;
  other: Localized[];
}

export interface BuiltScenario {
  /** Null when any field has an error: such a scenario is left out of the comparison. */
  scenario: Scenario | null;
  errors: DraftErrors;
}

/** A what-if message in both languages, for errors shown in whichever language the pane is in. */
const message = (pick: (m: (typeof WHAT_IF_MESSAGES)['sv']) => string): Localized => both((lang) => pick(WHAT_IF_MESSAGES[lang]));

/** Facts a scenario may change: the condition facts (no role) and the population; never code or name. */
export function overridableFacts(agreement: Agreement): FactDeclaration[] {
  return agreement.facts.filter((f) => f.role === undefined || f.role === 'population');
}

export function newOverride(key: string, agreement: Agreement, regions: readonly RegionRow[]): OverrideDraft {
  return { key, region: regions[0] ? regionKey(regions[0]) : '', fact: overridableFacts(agreement)[0]?.id ?? '', text: '' };
}

/**
 * The core scenario of a draft on the baseline's agreement, or the problems at each field. An
 * override row without a value is not applied yet (the user is still typing); the scenario's
 * problems from core (unknown region, duplicate fact…) are mapped back to the rows by pointer.
 */
export function buildScenario(draft: ScenarioDraft, name: string, agreement: Agreement, regions: readonly RegionRow[]): BuiltScenario {
  const errors: DraftErrors = { overrides: {}, other: [] };
  const facts = new Map(agreement.facts.map((f) => [f.id, f]));

  const overrides: FactOverride[] = [];
  const rowOf: string[] = [];
  for (const row of draft.overrides) {
    if (row.text.trim() === '') continue;
    const fact = facts.get(row.fact);
    // An unknown fact (the agreement changed since) goes to core, which names the known ones.
    const read = fact ? parseOverrideValue(row.text, fact) : { ok: true as const, value: row.text };
    if (!read.ok) errors.overrides[row.key] = read.message;
    else {
      overrides.push({ region: row.region, fact: row.fact, value: read.value });
      rowOf.push(row.key);
    }
  }

  let budget: number | undefined;
  if (draft.budgetText.trim() !== '') {
    // Kronor as an officer writes them ("400 000 000", "400 000 000 kr"); not exponent notation ("1e9").
    const read = /e/i.test(draft.budgetText.replace(/kr(onor)?|sek/gi, '')) ? { ok: false as const } : readAmount(draft.budgetText);
    const amount = read.ok ? read.value : null;
    if (amount && amount.isInteger() && !amount.isNegative() && amount.lte(Number.MAX_SAFE_INTEGER)) budget = amount.toNumber();
    else errors.budget = message((m) => m.badBudget);
  }

  let scenarioAgreement = agreement;
  if (draft.condition !== '') {
    const choice = conditionChoices(agreement).find((c) => c.key === draft.condition);
    const read = choice
      ? readThreshold(
          draft.conditionText,
          choice,
          message((m) => m.emptyValue),
        )
      : null;
    if (!choice) errors.condition = message((m) => m.conditionGone);
    else if (read?.status === 'error') errors.condition = read.message;
    else if (read?.status === 'ok') {
      try {
        scenarioAgreement = withConditionValue(agreement, choice.tranche.id, choice.leaf.name, read.value);
      } catch (error) {
        if (!(error instanceof ScenarioError)) throw error;
        errors.condition = error.problems[0].message;
      }
    }
  }

  if (hasErrors(errors)) return { scenario: null, errors };
  const scenario: Scenario = { id: draft.id, name, agreement: scenarioAgreement, overrides, ...(budget === undefined ? {} : { budget }) };
  const prepared = prepareScenario(scenario, regions);
  if (prepared.ok) return { scenario, errors };

  for (const problem of prepared.problems) {
    const override = /^\/overrides\/(\d+)$/.exec(problem.pointer);
    if (override && rowOf[Number(override[1])] !== undefined) errors.overrides[rowOf[Number(override[1])]] = problem.message;
    else if (problem.pointer === '/budget') errors.budget = problem.message;
    else errors.other.push(problem.message);
  }
  return { scenario: null, errors };
}

function hasErrors(errors: DraftErrors): boolean {
  return (
    Object.keys(errors.overrides).length > 0 || errors.budget !== undefined || errors.condition !== undefined || errors.other.length > 0
  );
}
