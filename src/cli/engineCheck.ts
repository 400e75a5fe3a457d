import { Engine, type RuleProperties } from 'json-rules-engine';
import type { Agreement, Localized } from '../core/agreement/types';
import { engineRules } from '../core/evaluation/engineRules';
import { OPERATORS } from '../core/evaluation/operators';

/** One Engine for the agreement: Kvot's operators added, every tranche and part a rule. */
export function engineFor(agreement: Agreement, rules = engineRules(agreement)): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [operator, spec] of Object.entries(OPERATORS)) engine.addOperator(operator, spec.evaluate);
  for (const rule of rules) engine.addRule(rule as RuleProperties);
  return engine;
}

/**
 * Whether json-rules-engine itself takes the file's conditions and runs them (it checks a rule's
 * shape as it is added and its operators when run; one run without facts, all unknown), said in
 * words: a rule editor learns that the file also runs outside Kvot.
 */
export async function engineCheckLine(agreement: Agreement): Promise<{ ok: boolean; text: Localized }> {
  const rules = engineRules(agreement);
  const count = rules.length;
  try {
    await engineFor(agreement, rules).run({});
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      text: { sv: `json-rules-engine tar inte villkoren: ${detail}`, en: `json-rules-engine does not take the conditions: ${detail}` },
    };
  }
  if (count === 0)
    return { ok: true, text: { sv: 'Inga villkor att köra i json-rules-engine.', en: 'No conditions to run in json-rules-engine.' } };
  return {
    ok: true,
    text: {
      sv: `json-rules-engine tar villkoren (${count} regler med Kvots operatorer; "minst k av n" skrivs ut som any av all).`,
      en: `json-rules-engine takes the conditions (${count} rules with Kvot's operators; "at least k of n" written out as any of all).`,
    },
  };
}
