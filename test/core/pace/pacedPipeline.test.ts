import { describe, expect, it } from 'vitest';
import { agreementParseOptions, parseTable, parseTableSteps } from '../../../src/core/table/parse';
import { computePayouts, computePayoutsSteps } from '../../../src/core/payout/compute';
import { outcomeSummary, outcomeSummarySteps } from '../../../src/core/payout/summary';
import { finishPaced, type Pacing } from '../../../src/core/pace/steps';
import { bundledAgreement } from '../official';
import { grid, HEADER, syntheticRows } from '../table/grids';

/**
 * The task pane reads and computes a large table in slices (finishPaced); the CLI and the functions
 * run the same steps at once. Sliced or not, the outcome is the same, and a large table is in fact
 * sliced: the page gets control back many times.
 */
/** Pauses at every step (a slice of 0 ms) and counts them. */
function counting(): Pacing & { pauses: number } {
  const pacing = { pauses: 0, now: () => 0, sliceMs: 0, pause: async () => void pacing.pauses++ };
  return pacing;
}

describe('reading and computing in slices', () => {
  const agreement = { ...bundledAgreement(2024) };
  delete agreement.regions;
  const cells = grid([HEADER, ...syntheticRows(3000)]);
  const options = agreementParseOptions(agreement, 'ask');

  it('gives exactly what the unsliced run gives, and hands control back between slices', async () => {
    const parsePacing = counting();
    const sliced = await finishPaced(parseTableSteps(cells, agreement.facts, {}, options), parsePacing);
    const whole = parseTable(cells, agreement.facts, {}, options);
    expect(sliced).toEqual(whole);
    if (!sliced.ok || !whole.ok) throw new Error('the table should read');
    // 3000 rows, a checkpoint every 256 rows in each row loop, and one between the phases.
    expect(parsePacing.pauses).toBeGreaterThan(3000 / 256);

    const computePacing = counting();
    const result = await finishPaced(computePayoutsSteps(agreement, sliced.table.regions), computePacing);
    expect(result).toEqual(await computePayouts(agreement, whole.table.regions));
    expect(computePacing.pauses).toBeGreaterThan(2 * (3000 / 256));
    expect(result.totals.paid.plus(result.totals.withheld).equals(agreement.budget)).toBe(true);

    const summary = await finishPaced(outcomeSummarySteps(agreement, result), counting());
    expect(summary).toEqual(outcomeSummary(agreement, result));
  });

  it('stops where a pause says the work is no longer wanted, and nothing after it runs', async () => {
    let pauses = 0;
    const stale = new Error('superseded');
    const run = finishPaced(parseTableSteps(cells, agreement.facts, {}, options), {
      now: () => 0,
      sliceMs: 0,
      pause: async () => {
        if (++pauses === 3) throw stale;
      },
    });
    await expect(run).rejects.toBe(stale);
    expect(pauses).toBe(3);
  });
});
