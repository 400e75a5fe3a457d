import type { ExcelHost } from './host';

/**
 * Runs a write with this add-in's events off (ExcelApi 1.8), so live-mode listeners do not react
 * to Kvot's own writes; turns them back on in one more sync, also when the write fails.
 * `body` must queue its writes and sync them itself.
 */
export async function withEventsOff(context: Excel.RequestContext, host: ExcelHost, body: () => Promise<void>): Promise<void> {
  if (!host.supports('1.8')) {
    await body();
    return;
  }
  context.runtime.enableEvents = false;
  try {
    await body();
  } finally {
    // Kvot is the only code in this add-in that turns events off, so "on" is the state to return to.
    context.runtime.enableEvents = true;
    await context.sync();
  }
}
