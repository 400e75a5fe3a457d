import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { loadAgreement } from '../../../src/core/agreement/load';
import type { Agreement } from '../../../src/core/agreement/types';
import { parseTable } from '../../../src/core/table/parse';
import { computePayouts } from '../../../src/core/payout/compute';
import { buildOutputColumns } from '../../../src/core/payout/columns';
import { createLogEntry, verifyLogEntry } from '../../../src/core/audit';
import { sensitivity, thresholdFlips } from '../../../src/core/scenario/sensitivity';
import { conditionStakes } from '../../../src/core/scenario/stakes';
import { compareScenarios } from '../../../src/core/scenario/compare';
import { comparisonSheet } from '../../../src/core/scenario/sheet';
import { runScenario } from '../../../src/core/scenario/run';
import { describeRequirement } from '../../../src/core/evaluation/phrases';
import { leafWithFact } from '../../../src/core/agreement/draft';
import { payoutJson, payoutText } from '../../../src/cli/report';
import { parseApplyArgs } from '../../../src/cli/args';
import { bundled } from './bundled';

/** Names Object.prototype already has: a plain-object lookup by id would find its functions. */
const HOSTILE = [
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toJSON',
];
const L = (text: string) => ({ sv: text, en: text });

/** Every hostile name as a fact, as a condition name and (some) as tranche ids. */
function hostileRules(): unknown {
  return {
    id: 'hostile',
    year: 2024,
    title: L('Hostile ids'),
    references: [{ id: 'x', title: 'y' }],
    currency: 'SEK',
    budget: 3_000_001,
    facts: [
      {
        id: 'regionName',
        type: 'text',
        role: 'regionName',
        label: L('Region'),
        headers: { sv: ['Region'], en: ['Region'] },
        required: true,
      },
      {
        id: 'population',
        type: 'number',
        role: 'population',
        label: L('Befolkning'),
        headers: { sv: ['Befolkning'], en: ['Population'] },
        required: true,
      },
      ...HOSTILE.map((id) => ({
        id,
        type: 'number',
        label: L(`Fact ${id}`),
        headers: { sv: [`Kolumn ${id}`], en: [`Column ${id}`] },
        required: true,
      })),
    ],
    tranches: [
      { id: 'toString', label: L('Unconditional'), amount: 1_000_000, basis: 'population' },
      {
        id: 'constructor',
        label: L('All of them'),
        amount: 1_000_000,
        basis: 'population',
        conditions: { all: HOSTILE.map((id) => ({ name: id, fact: id, operator: 'greaterThan', value: 0 })) },
        onFailure: 'redistribute',
      },
      {
        id: 'hasOwnProperty',
        label: L('Any of them'),
        amount: 1_000_001,
        basis: 'population',
        conditions: {
          any: [
            { not: { name: 'valueOf', fact: 'valueOf', operator: 'lessThanInclusive', value: 0 } },
            { name: 'toJSON', fact: 'toJSON', operator: 'greaterThan', value: 5 },
          ],
        },
        onFailure: 'withhold',
      },
    ],
    rounding: { unit: 1, method: 'largestRemainder', tieBreak: 'largerPopulationThenCode' },
  };
}

function loaded(): Agreement {
  const result = loadAgreement(hostileRules());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.agreement;
}

const grid = () => ({
  sheetName: 'Blad1',
  origin: { row: 0, column: 0 },
  values: [
    ['Region', 'Befolkning', ...HOSTILE.map((id) => `Kolumn ${id}`)],
    ['Alfa', 100, ...HOSTILE.map(() => 1)],
    ['Beta', 300, ...HOSTILE.map(() => 0)],
  ],
});

describe('rule ids that Object.prototype also has', () => {
  it('load, read from a table, evaluate and apportion end to end', async () => {
    const agreement = loaded();
    const parsed = parseTable(grid(), agreement.facts);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const columns = Object.fromEntries(Object.entries(parsed.table.mapping).map(([id, m]) => [id, m.column]));
    expect(columns).toEqual(Object.fromEntries(['regionName', 'population', ...HOSTILE].map((id, i) => [id, i])));
    expect((parsed.table.regions[0].facts['constructor'] as unknown as Decimal).toNumber()).toBe(1);

    const result = await computePayouts(agreement, parsed.table.regions);
    const [alfa, beta] = result.regions;
    expect(alfa.eligible).toEqual({ toString: true, constructor: true, hasOwnProperty: true });
    expect(beta.eligible).toEqual({ toString: true, constructor: false, hasOwnProperty: false });
    expect(Object.fromEntries(Object.entries(alfa.payouts).map(([id, d]) => [id, d.toNumber()]))).toEqual({
      toString: 250_000,
      constructor: 1_000_000,
      hasOwnProperty: 250_000,
    });
    expect(result.tranches.map((t) => [t.id, t.paid.toNumber(), t.withheld.toNumber()])).toEqual([
      ['toString', 1_000_000, 0],
      ['constructor', 1_000_000, 0],
      ['hasOwnProperty', 250_000, 750_001],
    ]);
    expect(beta.reasons.map((r) => r.en)).toContain('Fact constructor 0 is not above 0');
    expect(alfa.outcomes.map((o) => o.name)).toEqual([...HOSTILE, 'valueOf', 'toJSON']);

    // Everything downstream of a result: output columns, CLI report, audit log and its verification.
    const output = buildOutputColumns(result, 'en', { headerRow: 0, rowCount: 2 });
    expect(output.rows[0].slice(1, 4)).toEqual([250_000, 1_000_000, 250_000]);
    expect(payoutJson(result).regions[1].payouts).toEqual({ toString: 750_000, constructor: 0, hasOwnProperty: 0 });
    expect(payoutText(agreement, result, 'en')).toContain('Alfa');
    const entry = await createLogEntry(agreement, parsed.table, result, '2024-12-01T10:00:00Z', {
      address: 'Blad1!F1:K4',
      lang: 'en',
      by: { kind: 'addin' },
    });
    const verification = await verifyLogEntry(entry);
    expect(verification.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('work in scenarios, sensitivity and comparisons', async () => {
    const agreement = loaded();
    const parsed = parseTable(grid(), agreement.facts);
    if (!parsed.ok) throw new Error('table');
    const regions = parsed.table.regions;
    const baseline = await computePayouts(agreement, regions);
    const scenario = await runScenario(
      { id: 's', name: 'S', agreement, overrides: [{ region: 'Beta', fact: 'toString', value: new Decimal(7) }] },
      regions,
    );
    expect(scenario.regions[1].eligible.constructor).toBe(false);

    const flips = await thresholdFlips(agreement, regions, 'constructor', 'hasOwnProperty', -1);
    expect(flips.flips).toEqual([]);
    const moved = await thresholdFlips(agreement, regions, 'hasOwnProperty', 'toJSON', -1);
    expect(moved.flips.map((f) => [f.name, f.eligibleBefore, f.eligibleAfter])).toEqual([['Beta', false, true]]);

    const distances = sensitivity(agreement, baseline);
    expect([...new Set(distances[1].conditions.map((c) => c.trancheId))]).toEqual(['constructor', 'hasOwnProperty']);
    expect(distances[1].conditions).toHaveLength(HOSTILE.length + 2);
    for (const condition of distances[1].conditions) {
      const atStake = conditionStakes(agreement, baseline, condition.trancheId, condition.name);
      expect(atStake.stakes).toHaveLength(baseline.regions.length);
      expect(atStake.exact([0, 1]).every((s) => s.exact)).toBe(true);
    }

    const comparison = compareScenarios({ name: 'Baseline', result: baseline }, [{ name: 'S', result: scenario }]);
    expect(comparison.tranches.map((t) => t.id)).toEqual(['toString', 'constructor', 'hasOwnProperty']);
    expect(comparisonSheet(comparison, 'sv').values.length).toBeGreaterThan(4);
  });

  it('are unknown operators and unknown facts where they are not declared, never a crash', () => {
    for (const id of [...HOSTILE, '__proto__']) {
      const json = JSON.parse(JSON.stringify(bundled('svf-2024')));
      json.tranches[1].conditions.all[0].operator = id;
      json.tranches[1].conditions.all[1].fact = id;
      const result = loadAgreement(json);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const at = (pointer: string) => result.problems.find((p) => p.pointer === pointer)?.message.en;
      expect(at('/tranches/1/conditions/all/0/operator')).toBe(`Unknown operator "${id}".`);
      expect(at('/tranches/1/conditions/all/1/fact')).toMatch(new RegExp(`^Unknown fact "${id}"\\.`));
    }
  });

  it('rejects "__proto__" as a fact, tranche or condition name by the id pattern', () => {
    const json = JSON.parse(JSON.stringify(bundled('svf-2024')));
    json.facts[4].id = '__proto__';
    json.tranches[1].id = '__proto__';
    json.tranches[1].conditions.all[1].name = '__proto__';
    const result = loadAgreement(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const pointer of ['/facts/4/id', '/tranches/1/id', '/tranches/1/conditions/all/1/name']) {
      expect(result.problems.find((p) => p.pointer === pointer)?.message.en).toBe('Has the wrong form (pattern ^[A-Za-z][A-Za-z0-9_]*$).');
    }
  });

  it('describes and edits a draft condition with such an operator without a crash', () => {
    const agreement = bundled('svf-2024');
    const fact = agreement.facts.find((f) => f.id === 'inclusionRate')!;
    const leaf = { name: 'x', fact: 'inclusionRate', operator: 'constructor', value: 0.7 };
    expect(describeRequirement(leaf, fact).en).toBe('Inclusion constructor 70\u00a0%');
    expect(leafWithFact(leaf, fact, 2024).operator).toBe('greaterThanInclusive');
  });

  it('reads --map __proto__=… and --map constructor=… as mappings of unknown facts', () => {
    const options = parseApplyArgs(['in.csv', '--rules', 'r.json', '--map', '__proto__=B', '--map', 'constructor=C']);
    expect(Object.keys(options.map)).toEqual(['__proto__', 'constructor']);
    const parsed = parseTable(grid(), bundled('svf-2024').facts, options.map);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.filter((e) => e.code === 'override-unknown-fact').map((e) => e.found)).toEqual(['__proto__', 'constructor']);
  });
});
