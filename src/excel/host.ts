/**
 * The seam between the adapter and the Office.js globals, so tests can supply office-addin-mock
 * or the end-to-end stand-in instead of the real `Excel` and `Office`.
 */

/** The part of the `Excel` global the adapter calls. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
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
  return {
    supports,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndo?: boolean }): Promise<T> {
      const runner = excel();
      if (!runner) throw new Error('Excel is not available: open Kvot from Excel.');
      let result: { value: T } | undefined;
      const capture = async (context: Excel.RequestContext): Promise<T> => {
        const value = await batch(context);
        result = { value };
        return value;
      };
      if (options?.mergeUndo && supports('1.20')) await runner.run({ mergeUndoGroup: true }, capture);
      else await runner.run(capture);
      if (!result) throw new Error('Excel.run finished without running the batch.');
      return result.value;
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
