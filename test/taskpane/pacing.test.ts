import { describe, expect, it } from 'vitest';
import { PANE_PACING, pacingWhile, SupersededError } from '../../src/taskpane/pacing';

describe('the pane’s pacing', () => {
  it('pauses in a later task, so input and painting can come in between', async () => {
    const order: string[] = [];
    const paused = PANE_PACING.pause().then(() => order.push('after the pause'));
    // A microtask queued after the pause still runs before it ends: the pause is a task, not a microtask.
    await Promise.resolve().then(() => order.push('microtask'));
    await paused;
    expect(order).toEqual(['microtask', 'after the pause']);
    expect(PANE_PACING.sliceMs).toBeLessThan(50);
  });

  it('stops work at its next pause once newer work has replaced it', async () => {
    let current = true;
    const pacing = pacingWhile(() => current);
    await expect(pacing.pause()).resolves.toBeUndefined();
    current = false;
    await expect(pacing.pause()).rejects.toBeInstanceOf(SupersededError);
  });
});
