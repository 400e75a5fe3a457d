import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_TIMEOUT_MS, watchHost, type HostInfo } from '../../src/taskpane/officeHost';

const global = globalThis as { Office?: unknown };

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('watchHost', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    delete global.Office;
  });

  it('answers at once when office.js is missing', async () => {
    const seen: HostInfo[] = [];
    watchHost((info) => seen.push(info));
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([{ kind: 'outside', reason: 'officeJsMissing' }]);
  });

  it('times out within the 2 s the issue allows when onReady never resolves', async () => {
    global.Office = { onReady: () => new Promise(() => undefined) };
    const seen: HostInfo[] = [];
    watchHost((info) => seen.push(info));
    expect(HOST_TIMEOUT_MS).toBeLessThanOrEqual(1500);
    await vi.advanceTimersByTimeAsync(HOST_TIMEOUT_MS - 1);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual([{ kind: 'outside', reason: 'timeout' }]);
  });

  it('reads language and theme from Office inside Excel, and no timeout follows', async () => {
    global.Office = {
      onReady: () => Promise.resolve({ host: 'Excel' }),
      context: { displayLanguage: 'en-US', officeTheme: { isDarkTheme: true } },
    };
    const seen: HostInfo[] = [];
    watchHost((info) => seen.push(info));
    await vi.advanceTimersByTimeAsync(HOST_TIMEOUT_MS * 2);
    expect(seen).toEqual([{ kind: 'excel', displayLanguage: 'en-US', isDarkTheme: true }]);
  });

  it('recovers when Excel reports ready after the timeout', async () => {
    const ready = deferred<{ host: string }>();
    global.Office = { onReady: () => ready.promise, context: {} };
    const seen: HostInfo[] = [];
    watchHost((info) => seen.push(info));
    await vi.advanceTimersByTimeAsync(HOST_TIMEOUT_MS);
    ready.resolve({ host: 'Excel' });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.map((s) => s.kind)).toEqual(['outside', 'excel']);
  });

  it('stays silent after being stopped', async () => {
    const ready = deferred<{ host: string | null }>();
    global.Office = { onReady: () => ready.promise };
    const seen: HostInfo[] = [];
    const stop = watchHost((info) => seen.push(info));
    stop();
    ready.resolve({ host: null });
    await vi.advanceTimersByTimeAsync(HOST_TIMEOUT_MS * 2);
    expect(seen).toEqual([]);
  });
});
