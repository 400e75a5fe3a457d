/**
 * The Kvot functions bound to Office: the rule set saved in the open workbook is read through the
 * Office.js adapter, messages follow Excel's display language, and a change to the saved rules
 * (made in the pane, which shares this runtime) clears the copy and has Excel recalculate.
 */
import type { Language } from '../core/agreement/types';
import { officeExcelHost } from '../excel/host';
import { loadWorkbookRules } from '../excel/ruleStore';
import { onWorkbookRulesChanged } from '../excel/rulesChanged';
import { KvotFunctions } from './engine';
import { languageOf } from './result';

const host = officeExcelHost();
/** Set once a formula has read the workbook's rules: only then is a recalculation worth asking for. */
let readByFormulas = false;

export const kvot = new KvotFunctions(() => {
  readByFormulas = true;
  return loadWorkbookRules(host);
});

/** Excel's UI language decides the language of error messages and reasons. */
export function displayLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return languageOf(office?.context?.displayLanguage);
}

onWorkbookRulesChanged(() => {
  kvot.lookup.forget();
  if (!readByFormulas) return;
  // Formulas do not depend on the custom XML part, so Excel would keep their old results: a full
  // recalculation (asked from the pane's action, never from inside a function) brings them up to date.
  host
    .run(async (context) => {
      context.application.calculate('Full' as Excel.CalculationType.full);
      await context.sync();
    })
    .catch((error: unknown) => console.error('Kvot: could not recalculate after the saved rules changed; press Ctrl+Alt+F9.', error));
});
