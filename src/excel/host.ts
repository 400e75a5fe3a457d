/**
 * The seam between the adapter and the Office.js globals, so tests can supply the fake Excel
 * (test/fake-excel) instead of the real `Excel` and `Office`.
 */

/** The part of the `Excel` global the adapter calls. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The part of the `Office` global the adapter reads. */
export interface RequirementsProbe {
  context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export interface ExcelHost {
  /**
   * Runs one batch function. With mergeUndo, and where ExcelApi 1.20 exists, Excel keeps the
   * whole run as one native undo step. Returns the batch's result even when a test double's
   * `run` does not pass it through.
   */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndo?: boolean }): Promise<T>;
  /**
   * Runs a batch in an existing request context: an event handler must be removed in the context
   * it was added in (Excel.run(eventResult.context, ...)).
   */
  runIn<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Whether ExcelApi `version` (e.g. "1.9") is available; false outside Office. */
  supports(version: string): boolean;
}

interface OfficeGlobals {
  Excel?: ExcelRunner;
  Office?: RequirementsProbe;
}

/** Builds a host from an Excel runner and an Office object, read lazily on each call. */
export function createExcelHost(excel: () => ExcelRunner | undefined, office: () => RequirementsProbe | undefined): ExcelHost {
  const supports = (version: string): boolean => {
    try {
      return office()?.context?.requirements?.isSetSupported('ExcelApi', version) === true;
    } catch {
      return false;
    }
  };
  const runner = (): ExcelRunner => {
    const found = excel();
    if (!found) throw new Error('Excel is not available: open Kvot from Excel.');
    return found;
  };
  /** Calls `start` with a batch that records its result, so a test double's run need not pass it through. */
  async function captured<T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    start: (capture: (context: Excel.RequestContext) => Promise<T>) => Promise<unknown>,
  ): Promise<T> {
    let result: { value: T } | undefined;
    await start(async (context) => {
      const value = await batch(context);
      result = { value };
      return value;
    });
    if (!result) throw new Error('Excel.run finished without running the batch.');
    return result.value;
  }
  return {
    supports,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndo?: boolean }): Promise<T> {
      const excelRunner = runner();
      if (options?.mergeUndo && supports('1.20')) return captured(batch, (capture) => excelRunner.run({ mergeUndoGroup: true }, capture));
      return captured(batch, (capture) => excelRunner.run(capture));
    },
    async runIn<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const excelRunner = runner();
      return captured(batch, (capture) => excelRunner.run(context, capture));
    },
  };
}

/** The host backed by the real globals that office.js defines. */
export function officeExcelHost(): ExcelHost {
  const globals = globalThis as unknown as OfficeGlobals;
  return createExcelHost(
    () => globals.Excel,
    () => globals.Office,
  );
}
