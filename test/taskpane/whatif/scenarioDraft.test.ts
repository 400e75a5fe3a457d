import { describe, expect, it } from 'vitest';
import svf2024 from '../../../rules/svf-2024.json';
import { loadAgreement } from '../../../src/core/agreement/load';
import { parseTable } from '../../../src/core/table/parse';
import { buildScenario, type ScenarioDraft } from '../../../src/taskpane/whatif/scenarioDraft';
import { regionGrid } from '../fixtures';

const loaded = loadAgreement(svf2024);
if (!loaded.ok) throw new Error('svf-2024.json does not load');
const agreement = loaded.agreement;
const parsed = parseTable(regionGrid(), agreement.facts);
if (!parsed.ok) throw new Error('the 2024 grid does not parse');
const regions = parsed.table.regions;

const draft = (changes: Partial<ScenarioDraft>): ScenarioDraft => ({
  id: 's1',
  number: 1,
  name: 'Scenario 1',
  overrides: [],
  budgetText: '',
  condition: '',
  conditionText: '',
  ...changes,
});

describe('buildScenario', () => {
  it('turns typed values into overrides, a budget and a moved requirement', () => {
    const built = buildScenario(
      draft({
        overrides: [
          { key: 'a', region: '13', fact: 'premUsed', text: 'Nej' },
          { key: 'b', region: 'Gävleborg', fact: 'inclusionRate', text: '68 %' },
          { key: 'c', region: '01', fact: 'reportSubmitted', text: '' },
        ],
        budgetText: '400 000 000 kr',
        condition: 'payout2/inclusion',
        conditionText: '72,5 %',
      }),
      'Scenario 1',
      agreement,
      regions,
    );
    expect(built.errors).toEqual({ overrides: {}, other: [] });
    const scenario = built.scenario!;
    // The row without a value is not applied yet.
    expect(scenario.overrides.map((o) => [o.region, o.fact, String(o.value)])).toEqual([
      ['13', 'premUsed', 'false'],
      ['Gävleborg', 'inclusionRate', '0.68'],
    ]);
    expect(scenario.budget).toBe(400_000_000);
    const inclusion = JSON.stringify(scenario.agreement.tranches[1].conditions);
    expect(inclusion).toContain('"name":"inclusion","fact":"inclusionRate","operator":"greaterThanInclusive","value":0.725');
    // The baseline's agreement is not changed.
    expect(JSON.stringify(agreement.tranches[1].conditions)).toContain('"value":0.7,');
  });

  it('puts each problem at its field, core problems mapped back to their rows', () => {
    const built = buildScenario(
      draft({
        overrides: [
          { key: 'a', region: '13', fact: 'premUsed', text: 'Nej' },
          { key: 'b', region: '', fact: 'inclusionRate', text: 'hög' },
          { key: 'c', region: 'Halland', fact: 'premUsed', text: 'Ja' },
        ],
        budgetText: '12,5',
        condition: 'payout2/report',
        conditionText: 'snart',
      }),
      'Scenario 1',
      agreement,
      regions,
    );
    expect(built.scenario).toBeNull();
    expect(built.errors.overrides.b.sv).toContain('"hög" går inte att läsa som Inklusion');
    expect(built.errors.budget?.sv).toContain('hela kronor');
    expect(built.errors.condition?.sv).toContain('"snart" går inte att läsa som Redovisning inkommen');

    // With the field errors fixed, core finds the duplicate (Halland is code 13) and names row c.
    const fixed = buildScenario(
      draft({
        overrides: [
          { key: 'a', region: '13', fact: 'premUsed', text: 'Nej' },
          { key: 'c', region: 'Halland', fact: 'premUsed', text: 'Ja' },
        ],
      }),
      'Scenario 1',
      agreement,
      regions,
    );
    expect(fixed.scenario).toBeNull();
    expect(Object.keys(fixed.errors.overrides)).toEqual(['c']);
    expect(fixed.errors.overrides.c.sv).toContain('samma uppgift som ändring 1');
  });
});
