/**
 * "The rule set saved in the workbook changed": told by ruleStore after a save or a removal, heard by
 * whoever keeps a copy (the custom functions read the saved rules once and keep them). Pane and
 * functions share one runtime, so a plain in-memory list is enough.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

/** Calls `listener` after every change; returns a function that stops it. */
export function onWorkbookRulesChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceWorkbookRulesChanged(): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      // One listener's failure must not keep the others from hearing: report it, go on.
      console.error('Kvot: a listener for changed workbook rules failed', error);
    }
  }
}
