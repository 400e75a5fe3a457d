import { describe, expect, it } from 'vitest';
import { describePointer, diffAgreements } from '../../../src/core/agreement/diff';
import { addCondition, moveCondition, removeCondition } from '../../../src/core/agreement/draft';
import { setAt } from '../../../src/core/agreement/pointer';
import { withConditionValue } from '../../../src/core/scenario/conditions';
import { bundled } from './bundled';

describe('differences from the bundled rule file', () => {
  it('finds nothing between a file and itself', () => {
    expect(diffAgreements(bundled('svf-2024'), bundled('svf-2024'))).toEqual([]);
  });

  it('lists a changed threshold and budget with old and new values and a label in words', () => {
    const base = bundled('svf-2024');
    let edited = withConditionValue(base, 'payout2', 'inclusion', 0.72);
    edited = setAt(edited, '/budget', 365_000_001);
    const changes = diffAgreements(base, edited);
    expect(changes).toEqual([
      { pointer: '/budget', kind: 'changed', before: 365_000_000, after: 365_000_001, label: { sv: 'Budget', en: 'Budget' } },
      {
        pointer: '/tranches/1/conditions/all/0/value',
        kind: 'changed',
        before: 0.7,
        after: 0.72,
        label: { sv: 'Utbetalning 2 › Inklusion: värde', en: 'Payout 2 › Inclusion: value' },
      },
    ]);
  });

  it('reads a removed condition as removed, not as every later one changing', () => {
    const base = bundled('svf-2024');
    const changes = diffAgreements(base, removeCondition(base, 1, 1));
    expect(changes).toEqual([
      {
        pointer: '/tranches/1/conditions/all/1',
        kind: 'removed',
        before: (base.tranches[1].conditions as { all: unknown[] }).all[1],
        label: { sv: 'Utbetalning 2 › PREM-enkäter använda', en: 'Payout 2 › PREM surveys used' },
      },
    ]);
    const readded = addCondition(removeCondition(base, 1, 1), 1, (base.tranches[1].conditions as { all: never[] }).all[1]);
    expect(diffAgreements(base, readded).map((c) => [c.pointer, c.kind])).toEqual([['/tranches/1/conditions/all', 'reordered']]);
    expect(diffAgreements(base, moveCondition(base, 1, 0, 1))[0].label.sv).toBe('Utbetalning 2: alla villkor');
  });

  it('sees the differences between the 2024 and 2025 files', () => {
    const changes = diffAgreements(bundled('svf-2024'), bundled('svf-2025'));
    const at = new Map(changes.map((c) => [c.pointer, c]));
    expect(at.get('/id')).toMatchObject({ before: 'svf-2024', after: 'svf-2025' });
    expect(at.get('/tranches/1/conditions/all/2/value')).toMatchObject({ before: '2024-09-30', after: '2025-09-30' });
    expect(at.get('/tranches/0/description')).toMatchObject({ kind: 'removed' });
    expect(changes.some((c) => c.pointer === '/$schema')).toBe(false);
  });

  it('names places in words', () => {
    const a = bundled('svf-2024');
    expect(describePointer(a, '/title/sv')).toEqual({ sv: 'Titel (sv)', en: 'Title (sv)' });
    expect(describePointer(a, '/tranches/0/amount')).toEqual({ sv: 'Utbetalning 1: belopp', en: 'Payout 1: amount' });
    expect(describePointer(a, '/facts/3/headers/sv').sv).toBe('Inklusion: kolumnrubriker (sv)');
    expect(describePointer(a, '').sv).toBe('Hela regelfilen');
  });
});
