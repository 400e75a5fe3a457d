// Installs the CustomFunctions stand-in (test only) and calls the functions it registered.
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

export const CUSTOM_FUNCTIONS_STAND_IN_PATH = fileURLToPath(new URL('./custom-functions-stand-in.js', import.meta.url));

export type CallResult = { ok: true; value: unknown } | { ok: false; code: string; message: string };

type StandInWindow = Window & {
  __KVOT_CF_STANDIN__: { ids(): string[]; call(id: string, args: unknown[], invocation: unknown): Promise<CallResult> };
};

/** Adds the stand-in as an init script; call before page.goto (after injectStandIn, which defines Office). */
export async function injectCustomFunctions(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript({ path: CUSTOM_FUNCTIONS_STAND_IN_PATH });
}

/** The ids registered so far, in order. */
export function registeredIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as StandInWindow).__KVOT_CF_STANDIN__.ids());
}

/** Calls a registered function as Excel would: every parameter (null when left out), then the invocation. */
export function callFunction(
  page: Page,
  id: string,
  args: unknown[],
  invocation: { parameterAddresses?: string[]; address?: string } = {},
): Promise<CallResult> {
  return page.evaluate(([i, a, inv]) => (window as unknown as StandInWindow).__KVOT_CF_STANDIN__.call(i, a, inv), [
    id,
    args,
    invocation,
  ] as const);
}
