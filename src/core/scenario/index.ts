/** What-if scenarios: fact overrides, another budget, comparison with the baseline, sensitivity. */
export { ScenarioError, type FactOverride, type Scenario, type ScenarioProblem } from './types';
export { applyOverrides, type OverrideResult } from './overrides';
export { parseOverrideValue, type OverrideValueResult } from './overrideValue';
export { withBudget, type BudgetResult } from './budget';
export { conditionLeaves, withConditionValue } from './conditions';
export { prepareScenario, runScenario, type PreparedScenario } from './run';
export { compareScenarios, type Comparison, type NamedResult, type RegionComparison, type ScenarioTotals } from './compare';
export { comparisonSheet, DIFFERENCE_FORMAT, type ComparisonSheet } from './sheet';
export {
  sensitivity,
  conditionDistance,
  conditionStakes,
  thresholdFlips,
  type RegionSensitivity,
  type ConditionDistance,
  type ConditionStake,
  type ConditionStakes,
  type StakeKind,
  type ThresholdFlip,
  type ThresholdFlips,
} from './sensitivity';
