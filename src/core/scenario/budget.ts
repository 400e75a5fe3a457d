import Decimal from 'decimal.js';
import type { Agreement } from '../agreement/types';
import { apportion } from '../apportionment/largestRemainder';
import type { ScenarioProblem } from './types';
import { scenarioMessages } from './messages';

export type BudgetResult = { ok: true; agreement: Agreement } | { ok: false; problems: ScenarioProblem[] };

/**
 * The agreement with another budget: the tranche amounts are re-apportioned by largest remainder in
 * proportion to the original amounts (tie-break as for regions, with the tranche id as key), so they
 * still add up exactly to the new budget. Two equal tranches of an odd budget differ by 1 kr.
 */
export function withBudget(agreement: Agreement, budget: number, pointer = '/budget'): BudgetResult {
  if (!Number.isSafeInteger(budget) || budget < 0) {
    return { ok: false, problems: [{ pointer, message: scenarioMessages.badBudget(budget) }] };
  }
  const original = agreement.tranches.reduce((sum, t) => sum + t.amount, 0);
  if (original === 0 && budget > 0) {
    return { ok: false, problems: [{ pointer, message: scenarioMessages.budgetWithoutTranches() }] };
  }
  const amounts = apportion(
    new Decimal(budget),
    agreement.tranches.map((t) => ({ key: t.id, weight: new Decimal(t.amount) })),
  );
  return {
    ok: true,
    agreement: { ...agreement, budget, tranches: agreement.tranches.map((t, i) => ({ ...t, amount: amounts[i].toNumber() })) },
  };
}
