import Decimal from 'decimal.js';
import type { Agreement, Tranche } from '../agreement/types';
import { partAmounts } from '../agreement/parts';
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
    agreement: { ...agreement, budget, tranches: agreement.tranches.map((t, i) => rescaled(t, amounts[i])) },
  };
}

/**
 * The tranche with a new amount: its parts re-apportioned in proportion to their amounts now (given
 * as kronor from then on, so they add up to the new amount), and base amounts scaled down to the
 * krona below, so that they still fit.
 */
function rescaled(tranche: Tranche, amount: Decimal): Tranche {
  const next: Tranche = { ...tranche, amount: amount.toNumber() };
  const scale = (base: number | undefined) =>
    base === undefined || tranche.amount === 0 ? base : amount.times(base).dividedToIntegerBy(tranche.amount).toNumber();
  if (tranche.baseAmount !== undefined) next.baseAmount = scale(tranche.baseAmount);
  if (tranche.parts) {
    const before = partAmounts(tranche).amounts;
    const after = apportion(
      amount,
      before.map((a, p) => ({ key: String(p).padStart(6, '0'), weight: a })),
    );
    next.parts = tranche.parts.map((part, p) => {
      const { share: _share, ...rest } = part;
      const base =
        part.baseAmount === undefined || before[p].isZero()
          ? part.baseAmount
          : after[p].times(part.baseAmount).dividedToIntegerBy(before[p]).toNumber();
      return { ...rest, amount: after[p].toNumber(), ...(base === undefined ? {} : { baseAmount: base }) };
    });
  }
  return next;
}
