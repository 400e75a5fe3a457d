import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { computePayouts } from '../../../src/core/payout/compute';
import { reviewPayouts } from '../../../src/core/payout/review';
import { bundledAgreement, regionRow } from '../official';

const agreement = { ...bundledAgreement(2024), regions: undefined };
/** n regions, those at `failing` below the 70 % inclusion target; each with its inclusion cell in D. */
function rows(n: number, failing: (i: number) => boolean) {
  return Array.from({ length: n }, (_, i) => ({
    ...regionRow(i, `R${i}`, `Region ${i}`, 1000 + i, {
      inclusionRate: new Decimal(failing(i) ? '0.6' : '0.8'),
      premUsed: true,
      reportSubmitted: '2024-09-15',
    }),
    cells: { inclusionRate: `Blad1!D${i + 2}` },
  }));
}
const widespread = async (n: number, failing: (i: number) => boolean) =>
  reviewPayouts(agreement, await computePayouts(agreement, rows(n, failing))).filter((w) => w.code === 'widespread-failure');

describe('a condition most regions fail', () => {
  it('is asked about, naming each failing region’s own cell in row order', async () => {
    const [warning] = await widespread(7, (i) => i % 2 === 0 || i === 5);
    expect(warning.cells).toEqual(['Blad1!D2', 'Blad1!D4', 'Blad1!D6', 'Blad1!D7', 'Blad1!D8']);
    expect(warning.address).toBe('Blad1!D2');
    expect(warning.message.en).toContain('not met by 5 of 7 regions');
  });

  it('is not, when half of the regions or fewer fail it', async () => {
    expect(await widespread(8, (i) => i < 4)).toEqual([]);
  });
});
