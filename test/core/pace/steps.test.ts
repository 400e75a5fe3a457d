import { describe, expect, it } from 'vitest';
import { checkpoint, finish, finishPaced, type Steps } from '../../../src/core/pace/steps';

function* counting(log: string[], n: number): Steps<number> {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += i;
    log.push(`row ${i}`);
    if (checkpoint(i)) yield;
  }
  yield;
  return sum;
}

describe('steps', () => {
  it('finish runs every step at once and returns the result', () => {
    const log: string[] = [];
    expect(finish(counting(log, 1000))).toBe(499_500);
    expect(log).toHaveLength(1000);
  });

  it('checkpoint marks one row in every 256, never the first', () => {
    const marked = Array.from({ length: 1024 }, (_, i) => i).filter(checkpoint);
    expect(marked).toEqual([255, 511, 767, 1023]);
  });

  it('finishPaced pauses only when a slice has run its time, and gives the same result', async () => {
    const log: string[] = [];
    let clock = 0;
    let pauses = 0;
    // Each step "takes" 10 ms: with 25 ms slices there is a pause after every third step.
    function* timed(): Steps<string> {
      for (let i = 0; i < 9; i++) {
        clock += 10;
        log.push(`step ${i}`);
        yield;
      }
      return 'done';
    }
    const result = await finishPaced(timed(), {
      pause: async () => {
        pauses++;
        log.push('pause');
      },
      now: () => clock,
      sliceMs: 25,
    });
    expect(result).toBe('done');
    expect(pauses).toBe(3);
    expect(log.filter((l) => l === 'pause')).toHaveLength(3);
    expect(log.indexOf('pause')).toBe(3);
  });

  it('finishPaced and finish agree on real work', async () => {
    const paced = await finishPaced(counting([], 5000), { pause: () => Promise.resolve(), now: () => performance.now(), sliceMs: 0 });
    expect(paced).toBe(finish(counting([], 5000)));
  });
});
