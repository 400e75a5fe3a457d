import type { Agreement, Localized } from '../agreement/types';
import type { FactValue } from '../table/types';

/** One changed fact for one region, e.g. Halland: premUsed = false. Never written to the sheet. */
export interface FactOverride {
  /** The region's code, or its name when it has no code (a name is accepted for either). */
  region: string;
  /** Fact id as declared in the rule set, e.g. "inclusionRate". */
  fact: string;
  value: FactValue;
}

/** A what-if: a rule set (possibly edited), fact overrides and optionally another budget. */
export interface Scenario {
  id: string;
  name: string;
  agreement: Agreement;
  overrides: FactOverride[];
  /** Whole kronor; the tranche amounts are re-apportioned to add up to it. */
  budget?: number;
}

/** A problem with a scenario, located by JSON pointer into the scenario (e.g. "/overrides/2"). */
export interface ScenarioProblem {
  pointer: string;
  message: Localized;
}

/** Thrown by runScenario and thresholdFlips; the problems say what and where. */
export class ScenarioError extends Error {
  readonly problems: ScenarioProblem[];
  constructor(problems: ScenarioProblem[]) {
    super(problems.map((p) => `${p.pointer}: ${p.message.en}`).join('\n'));
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}
