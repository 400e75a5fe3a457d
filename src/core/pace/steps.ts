/**
 * Work that can stop between steps: a generator that yields now and then (between phases, and every
 * few hundred rows). The same code runs to the end at once in the CLI and the functions, or in
 * slices in the task pane, so a 20 000-row table never holds the page's main thread for long.
 */
export type Steps<T> = Generator<void, T, void>;

/** Rows between two checkpoints of a row loop: a few milliseconds of work at the slowest. */
const ROWS_PER_STEP = 256;

/** True at every ROWS_PER_STEP-th row: where a row loop yields (`if (checkpoint(i)) yield;`). */
export const checkpoint = (row: number): boolean => row % ROWS_PER_STEP === ROWS_PER_STEP - 1;

/** Runs steps to the end without stopping. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface Pacing {
  /** Lets the page handle input and paint; resolves when the work may go on. */
  pause: () => Promise<void>;
  /** Milliseconds, monotonic (performance.now). */
  now: () => number;
  /** Longest stretch of work between two pauses. */
  sliceMs: number;
}

/** Runs steps in slices of about pacing.sliceMs, pausing between slices. */
export async function finishPaced<T>(steps: Steps<T>, pacing: Pacing): Promise<T> {
  let sliceStart = pacing.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (pacing.now() - sliceStart >= pacing.sliceMs) {
      await pacing.pause();
      sliceStart = pacing.now();
    }
  }
}
