// The part of Excel's custom functions runtime (office.js, CustomFunctionsRuntime 1.1–1.3) Kvot uses.
// @types/custom-functions-runtime is not a dependency; these are the declarations it would give.
declare namespace CustomFunctions {
  /** The error values a function can return; #VALUE! and #N/A carry a message to the cell's error menu. */
  type ErrorCodeValue = '#VALUE!' | '#N/A' | '#NUM!' | '#DIV/0!' | '#NULL!';

  class Error {
    constructor(errorCode?: ErrorCodeValue, errorMessage?: string);
    code: ErrorCodeValue;
    message?: string;
  }

  /** Passed as the last argument to every custom function. */
  interface Invocation {
    /** The calling cell, with @requiresAddress. */
    address?: string;
    /** The address of each argument that is a range ("Blad1!A4:F26"), with @requiresParameterAddresses. */
    parameterAddresses?: string[];
    functionName?: string;
  }

  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
}
