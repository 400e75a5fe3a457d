import type { Pacing } from '../core/pace/steps';

/**
 * A pause that lets the page handle input and paint between slices of work: scheduler.yield where
 * the browser has it (it keeps the work's place in the queue), else a message to itself (setTimeout
 * would wait at least 4 ms per pause once nested).
 */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Slices of work in the pane: well under the 50 ms that count as a long task, so input is never kept waiting. */
export const PANE_PACING: Pacing = { pause, now: () => performance.now(), sliceMs: 30 };

/** Thrown at a pause when newer work has replaced this one: its slices stop there. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by newer work');
  }
}

/** PANE_PACING for work that stops at its next pause once `isCurrent` says it is no longer wanted. */
export const pacingWhile = (isCurrent: () => boolean): Pacing => ({
  ...PANE_PACING,
  pause: async () => {
    await PANE_PACING.pause();
    if (!isCurrent()) throw new SupersededError();
  },
});
