import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { computePayouts } from '../../../src/core/payout/compute';
import { reconcile } from '../../../src/core/reconcile/reconcile';
import { readAmount } from '../../../src/core/reconcile/amount';
import type { CellGrid, CellValue } from '../../../src/core/table/types';
import type { PayoutResult } from '../../../src/core/payout/types';
import { bundledAgreement, officialTable } from '../official';
import { csvGrid, readTable } from '../scenario/tables';

const agreement2021 = bundledAgreement(2021);

/**
 * The official 2021 table as pasted into a sheet, and the payouts Kvot computes from its populations.
 * The decision's annex has no condition columns; two are added (inclusion 50 %, report in December)
 * so that no region meets the assumed payout 2 conditions and the total is payout 1 alone.
 */
async function official2021(): Promise<{ grid: CellGrid; headerRow: number; result: PayoutResult }> {
  const official = csvGrid('test/fixtures/official-2021-payout.csv');
  const grid = {
    ...official,
    values: official.values.map((row, i) => [...row, ...(i === 0 ? ['Inklusion', 'Redovisning'] : ['50 %', '2021-12-01'])]),
  };
  const table = readTable(grid, agreement2021);
  return { grid, headerRow: table.headerRow, result: await computePayouts(agreement2021, table.regions) };
}

describe('reconciling computed payouts with existing amounts', () => {
  it('finds exactly the two regions of the 2021 table that are 1 kr off largest remainder (worked example)', async () => {
    const { grid, headerRow, result } = await official2021();
    expect(agreement2021.tranches[0]).toMatchObject({ id: 'payout1', amount: 185_000_000 });
    const outcome = reconcile(result, { grid, headerRow, column: 'belopp', compare: 'payout1' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const r = outcome.reconciliation;
    expect(r.column).toEqual({ index: 4, letter: 'E', header: 'belopp' });
    expect(r.rows).toHaveLength(21);
    expect(r.errors).toEqual([]);
    const differing = r.rows.filter((row) => row.flags.includes('differs'));
    expect(
      differing.map((row) => ({
        name: row.name,
        computed: row.computed.toNumber(),
        existing: row.existing!.toNumber(),
        difference: row.difference!.toNumber(),
        address: row.address,
      })),
    ).toEqual([
      { name: 'Region Sörmland', computed: 5_327_429, existing: 5_327_430, difference: -1, address: 'Blad1!E10' },
      { name: 'Region Västerbotten', computed: 4_869_424, existing: 4_869_423, difference: 1, address: 'Blad1!E15' },
    ]);
    expect(r.differing).toBe(2);
    expect(r.sumOfDifferences.toNumber()).toBe(0);
    expect(r.computedTotal.toNumber()).toBe(185_000_000);
    expect(r.existingTotal.toNumber()).toBe(officialTable(2021).reduce((s, x) => s + x.amount, 0));
    expect(r.rows.filter((row) => row.flags.length === 0)).toHaveLength(19);
  });

  it('compares the total by default and finds the column by letter', async () => {
    const { grid, headerRow, result } = await official2021();
    // No region meets the assumed 2021 conditions (inclusion 50 %), so the total is payout 1.
    expect(result.tranches[1].paid.toNumber()).toBe(0);
    const outcome = reconcile(result, { grid, headerRow, column: 'e' });
    expect(outcome.ok && outcome.reconciliation.compared).toBe('total');
    expect(outcome.ok && outcome.reconciliation.differing).toBe(2);
  });

  it('matches a pasted table in another order by its region column, reading "kr" amounts', async () => {
    const { result } = await official2021();
    const official = officialTable(2021);
    const pasted: CellValue[][] = [
      ['Officiell fördelning 2021'],
      [],
      ['Län', 'Belopp (kr)'],
      ...[...official].reverse().map((r) => [r.name, `${r.amount.toLocaleString('sv-SE')} kr`]),
      ['Summa', '185 000 000 kr'],
      ['Region Atlantis', '1 kr'],
    ];
    const grid: CellGrid = { sheetName: 'Officiellt', origin: { row: 3, column: 7 }, values: pasted };
    const outcome = reconcile(result, { grid, headerRow: 2, column: 'Belopp', keyColumn: 'Län', compare: 'payout1' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const r = outcome.reconciliation;
    expect(r.rows.filter((row) => row.flags.includes('differs')).map((row) => [row.name, row.difference!.toNumber(), row.address])).toEqual(
      [
        ['Region Sörmland', -1, 'Officiellt!I19'],
        ['Region Västerbotten', 1, 'Officiellt!I14'],
      ],
    );
    expect(r.column.letter).toBe('I');
    expect(r.warnings.map((w) => [w.address, w.message.en])).toEqual([
      ['Officiellt!H29', '"Region Atlantis" in Officiellt!H29 is none of the regions computed'],
    ]);
  });

  it('names the cell of an amount it cannot read, flags blanks, and still compares the rest', async () => {
    const { grid, headerRow, result } = await official2021();
    const values = grid.values.map((row) => [...row]);
    values[3][4] = 'ca 8,3 milj';
    values[5][4] = '';
    values[6][4] = '6513892,50';
    const outcome = reconcile(result, { grid: { ...grid, values }, headerRow, column: 'belopp', compare: 'payout1' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const r = outcome.reconciliation;
    expect(r.errors.map((e) => [e.address, e.message.sv, e.found])).toEqual([
      ['Blad1!E4', 'Beloppet i Blad1!E4 går inte att läsa som kronor: "ca 8,3 milj"', 'ca 8,3 milj'],
    ]);
    expect(r.rows[2]).toMatchObject({ existing: null, difference: null, flags: ['unreadable'], address: 'Blad1!E4' });
    expect(r.rows[4]).toMatchObject({ existing: null, flags: ['missing'] });
    expect(r.rows[5].flags).toEqual(['differs', 'notWhole']);
    expect(r.rows[5].difference!.toString()).toBe('-0.5');
    expect(r.differing).toBe(3);
    // The totals add up over the rows compared; the unreadable and the blank row are counted apart.
    expect(r.comparedComputedTotal.minus(r.existingTotal).toString()).toBe(r.sumOfDifferences.toString());
    expect(r.notCompared.unreadable).toEqual({ count: 1, computed: r.rows[2].computed });
    expect(r.notCompared.missing).toEqual({ count: 1, computed: r.rows[4].computed });
    expect(r.comparedComputedTotal.plus(r.rows[2].computed).plus(r.rows[4].computed).toNumber()).toBe(r.computedTotal.toNumber());
    expect(r.computedTotal.toNumber()).toBe(185_000_000);
  });

  it('totals add up for any mix of readable, unreadable and blank amounts', async () => {
    const { grid, headerRow, result } = await official2021();
    const junk: CellValue[] = ['x', '', null, '12 kr', 5_000_000, '1,5', 'okänt', '4 869 423'];
    for (let seed = 0; seed < 30; seed++) {
      const values = grid.values.map((row, i) =>
        i === 0 ? [...row] : row.map((c, j) => (j === 4 ? junk[(i * 7 + seed * 3) % junk.length] : c)),
      );
      const outcome = reconcile(result, { grid: { ...grid, values }, headerRow, column: 'belopp', compare: 'payout1' });
      if (!outcome.ok) throw new Error('not ok');
      const r = outcome.reconciliation;
      expect(r.comparedComputedTotal.minus(r.existingTotal).equals(r.sumOfDifferences)).toBe(true);
      const apart = r.notCompared.unreadable.computed.plus(r.notCompared.missing.computed);
      expect(r.comparedComputedTotal.plus(apart).equals(r.computedTotal)).toBe(true);
      expect(r.notCompared.unreadable.count + r.notCompared.missing.count + r.rows.filter((x) => x.existing !== null).length).toBe(21);
    }
  });

  it('refuses a column or tranche that is not there, naming the header row', async () => {
    const { grid, headerRow, result } = await official2021();
    const outcome = reconcile(result, { grid, headerRow, column: 'Utbetalt', compare: 'payout3' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => e.message.en)).toEqual([
      'There is no tranche "payout3" to reconcile against (there are: total, payout1, payout2)',
      'Column "Utbetalt" is not in the header row Blad1!A1:G1; give the header or a column letter',
    ]);
    const outside = reconcile(result, { grid, headerRow, column: 'Q' });
    expect(!outside.ok && outside.errors[0].message.sv).toBe('Kolumn Q ligger utanför Blad1!A1:G22');
  });
});

describe('reading existing amounts', () => {
  it('accepts numbers and Swedish amount texts', () => {
    const read = (cell: CellValue) => {
      const r = readAmount(cell);
      return r.ok ? (r.value === null ? null : r.value.toString()) : `invalid: ${r.found}`;
    };
    expect(read(5327430)).toBe('5327430');
    expect(read('5 327 430 kr')).toBe('5327430');
    expect(read('5\u00a0327\u00a0430')).toBe('5327430');
    expect(read('5 327 430:-')).toBe('5327430');
    expect(read('5327430 SEK')).toBe('5327430');
    expect(read('−1 kr')).toBe('-1');
    expect(read(' ')).toBe(null);
    expect(read('kr')).toBe('invalid: kr');
  });

  it('matches 20 000 pasted rows by code in one pass (a map, not a scan per row)', () => {
    const n = 20_000;
    const regions = Array.from({ length: n }, (_, i) => ({
      region: { code: `R${i + 1}`, name: `Region ${i + 1}`, gridRow: i + 1 },
      total: new Decimal(1000 + i),
      payouts: {},
    }));
    const result = { regions, tranches: [] } as unknown as PayoutResult;
    // In reverse order, one amount 1 kr off.
    const values: CellValue[][] = [
      ['Kod', 'Belopp'],
      ...regions.map((_, k) => {
        const i = n - 1 - k;
        return [`R${i + 1}`, 1000 + i + (i === 7 ? 1 : 0)];
      }),
    ];
    const started = performance.now();
    const outcome = reconcile(result, {
      grid: { sheetName: 'Blad2', origin: { row: 0, column: 0 }, values },
      headerRow: 0,
      column: 'Belopp',
      keyColumn: 'Kod',
    });
    const elapsed = performance.now() - started;
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.reconciliation.rows.filter((r) => r.flags.length > 0).map((r) => [r.code, r.address])).toEqual([
      ['R8', `Blad2!B${n - 7 + 1}`],
    ]);
    // A scan of the regions per row is 2·10^8 name comparisons at this size; the bound is generous for a loaded machine.
    expect(elapsed).toBeLessThan(20_000);
  }, 60_000);
});
