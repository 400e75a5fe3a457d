import { describe, expect, it } from 'vitest';
import { loadAgreement } from '../../../src/core/agreement/load';
import {
  addCondition,
  conditionsOnFact,
  findShortcut,
  isEditableDraft,
  leafWithFact,
  leafWithOperator,
  moveCondition,
  newCondition,
  operatorsFor,
  removeCondition,
  setGroupKind,
  topGroup,
} from '../../../src/core/agreement/draft';
import { getAt, setAt } from '../../../src/core/agreement/pointer';
import type { ConditionLeaf } from '../../../src/core/agreement/types';
import { OPERATORS } from '../../../src/core/evaluation/operators';
import { bundled } from './bundled';

const names = (a: ReturnType<typeof bundled>, t = 1) => {
  const group = topGroup(a.tranches[t]);
  return group && group.kind !== 'readOnly' ? group.children.map((c) => (c as ConditionLeaf).name) : null;
};
const fact = (a: ReturnType<typeof bundled>, id: string) => a.facts.find((f) => f.id === id)!;

describe('editing conditions', () => {
  it('removes, adds and reorders top-level conditions without touching the original', () => {
    const base = bundled('svf-2024');
    expect(names(base)).toEqual(['inclusion', 'prem', 'report']);
    expect(names(moveCondition(base, 1, 2, 0))).toEqual(['report', 'inclusion', 'prem']);
    expect(names(moveCondition(base, 1, 0, -1))).toEqual(['inclusion', 'prem', 'report']);
    expect(names(removeCondition(base, 1, 1))).toEqual(['inclusion', 'report']);
    const added = addCondition(base, 1, newCondition(base, fact(base, 'premUsed')));
    expect(names(added)).toEqual(['inclusion', 'prem', 'report', 'premUsed']);
    expect(loadAgreement(added).ok).toBe(true);
    expect(names(base)).toEqual(['inclusion', 'prem', 'report']);
  });

  it('makes a tranche unconditional when its last condition goes, and conditional with its first', () => {
    let a = bundled('svf-2024');
    for (let i = 0; i < 3; i++) a = removeCondition(a, 1, 0);
    expect(a.tranches[1]).not.toHaveProperty('conditions');
    expect(a.tranches[1]).not.toHaveProperty('onFailure');
    expect(loadAgreement(a).ok).toBe(true);
    const conditional = addCondition(a, 0, newCondition(a, fact(a, 'inclusionRate')));
    expect(conditional.tranches[0].conditions).toEqual({
      all: [expect.objectContaining({ fact: 'inclusionRate', operator: 'greaterThanInclusive' })],
    });
    expect(conditional.tranches[0].onFailure).toBe('redistribute');
    expect(loadAgreement(conditional).ok).toBe(true);
  });

  it('switches the top group between all and any', () => {
    const any = setGroupKind(bundled('svf-2024'), 1, 'any');
    expect(Object.keys(any.tranches[1].conditions!)).toEqual(['any']);
    expect(names(any)).toEqual(['inclusion', 'prem', 'report']);
  });

  it('offers only the operators that fit a fact type', () => {
    expect(operatorsFor('date')).toEqual(['equal', 'notEqual', 'onOrBefore', 'onOrAfter']);
    expect(operatorsFor('boolean')).toEqual(['equal', 'notEqual']);
    for (const type of ['number', 'percent', 'boolean', 'date', 'text'] as const) {
      for (const op of operatorsFor(type)) expect(OPERATORS[op].factTypes).toContain(type);
    }
  });

  it('keeps operator and value on a fact change where they fit, and resets them where not', () => {
    const a = bundled('svf-2024');
    const inclusion = (a.tranches[1].conditions as { all: ConditionLeaf[] }).all[0];
    const toDate = leafWithFact(inclusion, fact(a, 'reportSubmitted'), 2024, fact(a, 'inclusionRate'));
    expect(toDate).toMatchObject({ fact: 'reportSubmitted', operator: 'onOrBefore', value: '2024-12-31' });
    const toBool = leafWithFact(inclusion, fact(a, 'premUsed'), 2024, fact(a, 'inclusionRate'));
    expect(toBool).toMatchObject({ operator: 'equal', value: true });
    expect(leafWithOperator(inclusion, 'lessThan')).toMatchObject({ operator: 'lessThan', value: 0.7 });
    const list = leafWithOperator({ ...inclusion, fact: 'regionCode', operator: 'equal', value: '01' }, 'in');
    expect(list.value).toEqual(['01']);
    expect(leafWithOperator(list, 'equal').value).toBe('01');
  });

  it('finds the shortcuts: the threshold, the deadline and a yes/no requirement', () => {
    const a = bundled('svf-2024');
    expect(findShortcut(a.tranches[1], a.facts, 'percent', ['greaterThanInclusive', 'greaterThan'])).toBe(0);
    expect(findShortcut(a.tranches[1], a.facts, 'date', ['onOrBefore'])).toBe(2);
    expect(findShortcut(a.tranches[0], a.facts, 'date', ['onOrBefore'])).toBeNull();
    expect(conditionsOnFact(a.tranches[1], 'premUsed')).toEqual([1]);
    expect(conditionsOnFact(bundled('svf-2021').tranches[1], 'premUsed')).toEqual([]);
  });

  it('knows which JSON the form can lay out', () => {
    expect(isEditableDraft(bundled('svf-2024'))).toBe(true);
    expect(isEditableDraft({ id: 'x' })).toBe(false);
    expect(isEditableDraft({ ...bundled('svf-2024'), tranches: [{ id: 'p', label: 'x' }] })).toBe(false);
  });
});

describe('JSON pointers', () => {
  it('sets a value by pointer, copying only the path', () => {
    const a = bundled('svf-2024');
    const b = setAt(a, '/tranches/1/conditions/all/0/value', 0.72);
    expect(getAt(b, '/tranches/1/conditions/all/0/value')).toBe(0.72);
    expect(getAt(a, '/tranches/1/conditions/all/0/value')).toBe(0.7);
    expect(b.facts).toBe(a.facts);
    expect(b.tranches[0]).toBe(a.tranches[0]);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(setAt(a, '/description', undefined)).not.toHaveProperty('description');
    expect(getAt(setAt({}, '/a~1b/c', 1), '/a~1b/c')).toBe(1);
  });
});
