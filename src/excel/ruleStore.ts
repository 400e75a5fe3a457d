import type { ExcelHost } from './host';
import { RULES_NAMESPACE, rulesFromXml, rulesToXml } from './rulesXml';
import { announceWorkbookRulesChanged } from './rulesChanged';

/**
 * The rule set kept in the workbook as a custom XML part (ExcelApi 1.5): it is saved with the file
 * and read by whoever opens it next, whatever add-in id their manifest has. Two syncs per action.
 */

/** The saved rule JSON, or null when the workbook holds none (or, after a foreign edit, more than one). */
export async function loadWorkbookRules(host: ExcelHost): Promise<string | null> {
  return host.run(async (context) => {
    const part = context.workbook.customXmlParts.getByNamespace(RULES_NAMESPACE).getOnlyItemOrNullObject();
    await context.sync();
    if (part.isNullObject) return null;
    const xml = part.getXml();
    await context.sync();
    // A ClientResult has no load(): its value is set by the sync above (the rule cannot tell it from a proxy).
    // eslint-disable-next-line office-addins/load-object-before-read
    return rulesFromXml(xml.value);
  });
}

/** Queues the deletion of every part in Kvot's namespace; the caller syncs. */
async function deleteRuleParts(context: Excel.RequestContext): Promise<void> {
  const parts = context.workbook.customXmlParts.getByNamespace(RULES_NAMESPACE);
  parts.load('items/id');
  await context.sync();
  // Loading each item's id is the lightest load that fills `items` (the rule wants "items" itself,
  // which no-navigational-load forbids).
  // eslint-disable-next-line office-addins/load-object-before-read
  for (const part of parts.items) part.delete();
}

/** Replaces the saved rule set. Throws before touching the workbook when `json` is not JSON. */
export async function saveWorkbookRules(host: ExcelHost, json: string): Promise<void> {
  const xml = rulesToXml(json);
  await host.run(async (context) => {
    await deleteRuleParts(context);
    context.workbook.customXmlParts.add(xml);
    await context.sync();
  });
  announceWorkbookRulesChanged();
}

export async function clearWorkbookRules(host: ExcelHost): Promise<void> {
  await host.run(async (context) => {
    await deleteRuleParts(context);
    await context.sync();
  });
  announceWorkbookRulesChanged();
}
