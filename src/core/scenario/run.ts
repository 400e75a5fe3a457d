import type { Agreement } from '../agreement/types';
import type { RegionRow } from '../table/types';
import type { PayoutResult } from '../payout/types';
import { computePayouts } from '../payout/compute';
import { applyOverrides } from './overrides';
import { withBudget } from './budget';
import { ScenarioError, type Scenario, type ScenarioProblem } from './types';

export type PreparedScenario = { ok: true; agreement: Agreement; regions: RegionRow[] } | { ok: false; problems: ScenarioProblem[] };

/**
 * The rule set (with the scenario's budget, if any) and the region rows (with its overrides) the
 * scenario computes on. All problems are listed, for the pane to show at the fields.
 */
export function prepareScenario(scenario: Scenario, regions: readonly RegionRow[]): PreparedScenario {
  const problems: ScenarioProblem[] = [];
  let agreement = scenario.agreement;
  if (scenario.budget !== undefined) {
    const budgeted = withBudget(agreement, scenario.budget);
    if (budgeted.ok) agreement = budgeted.agreement;
    else problems.push(...budgeted.problems);
  }
  const overridden = applyOverrides(regions, scenario.overrides, agreement.facts);
  if (!overridden.ok) problems.push(...overridden.problems);
  if (problems.length > 0 || !overridden.ok) return { ok: false, problems };
  return { ok: true, agreement, regions: overridden.regions };
}

/** The payouts under a scenario; the rows given are not changed. Throws ScenarioError on a bad scenario. */
export async function runScenario(scenario: Scenario, regions: readonly RegionRow[]): Promise<PayoutResult> {
  const prepared = prepareScenario(scenario, regions);
  if (!prepared.ok) throw new ScenarioError(prepared.problems);
  return computePayouts(prepared.agreement, prepared.regions);
}
