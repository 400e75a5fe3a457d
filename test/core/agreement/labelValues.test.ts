import { describe, expect, it } from 'vitest';
import { findMentions, followLabel, labelMismatches, labelWithValue } from '../../../src/core/agreement/labelValues';
import { blankCondition, incompleteConditions, leafWithFact, leafWithValue, withCompleteness } from '../../../src/core/agreement/draft';
import type { ConditionLeaf } from '../../../src/core/agreement/types';
import { bundledAgreement } from '../official';

const inclusion = { sv: 'Inklusionsmålet om 70 % uppnått', en: 'Inclusion goal of 70 % met' };
const report = { sv: 'Redovisning inkommen senast 30 september 2024', en: 'Report submitted by 30 September 2024' };

describe('values named in condition texts', () => {
  it('finds percentages, dates and numbers as written', () => {
    expect(findMentions('Inklusionsmålet om 70 % uppnått', 'percent').map((m) => [m.text, m.value])).toEqual([['70 %', '0.7']]);
    expect(findMentions('minst 70,5% eller 60 procent', 'percent').map((m) => m.value)).toEqual(['0.705', '0.6']);
    expect(findMentions('senast 30 september 2024 (2024-09-30)', 'date').map((m) => m.value)).toEqual(['2024-09-30', '2024-09-30']);
    expect(findMentions('by September 30, 2024', 'date').map((m) => m.value)).toEqual(['2024-09-30']);
    expect(findMentions('minst 1 500 invånare', 'number').map((m) => m.value)).toEqual(['1500']);
    expect(findMentions('PREM-enkäter används', 'boolean')).toEqual([]);
  });

  it('follows a new value where the text names the old one, written the same way', () => {
    expect(followLabel(inclusion, 0.7, 0.85, 'percent')).toEqual({
      sv: 'Inklusionsmålet om 85 % uppnått',
      en: 'Inclusion goal of 85 % met',
    });
    expect(followLabel(inclusion, 0.7, 0.755, 'percent')).toEqual({
      sv: 'Inklusionsmålet om 75,5 % uppnått',
      en: 'Inclusion goal of 75.5 % met',
    });
    expect(followLabel(report, '2024-09-30', '2024-10-15', 'date')).toEqual({
      sv: 'Redovisning inkommen senast 15 oktober 2024',
      en: 'Report submitted by 15 October 2024',
    });
    // While the value is being typed (no value), the text waits; then follows from the one value it names.
    expect(followLabel(inclusion, 0.7, '8', 'percent')).toEqual(inclusion);
    expect(followLabel(inclusion, '', 0.08, 'percent')).toEqual({ sv: 'Inklusionsmålet om 8 % uppnått', en: 'Inclusion goal of 8 % met' });
    // A text the user wrote with another value is kept as written (and flagged).
    const own = { sv: 'Minst 80 % av patienterna', en: 'At least 80 % of patients' };
    expect(followLabel(own, 0.7, 0.85, 'percent')).toEqual(own);
  });

  it('flags a text naming another value than the condition, and can write the value in', () => {
    const leaf: ConditionLeaf = {
      name: 'inclusion',
      fact: 'inclusionRate',
      operator: 'greaterThanInclusive',
      value: 0.85,
      label: inclusion,
    };
    expect(labelMismatches(leaf, 'percent')).toEqual([
      { lang: 'sv', mentioned: '70 %', required: '85 %' },
      { lang: 'en', mentioned: '70 %', required: '85 %' },
    ]);
    expect(labelWithValue(leaf, 'percent')).toEqual({ sv: 'Inklusionsmålet om 85 % uppnått', en: 'Inclusion goal of 85 % met' });
    expect(labelMismatches({ ...leaf, value: 0.7 }, 'percent')).toEqual([]);
    expect(labelMismatches({ ...leaf, value: '8,' }, 'percent')).toEqual([]); // no value yet: nothing to compare
    expect(labelMismatches({ ...leaf, label: { sv: 'Inklusionsmålet uppnått', en: 'Inclusion goal met' } }, 'percent')).toEqual([]);
  });
});

describe('new conditions must be completed', () => {
  const agreement = bundledAgreement(2024);
  const withLeaf = (leaf: ConditionLeaf) => ({
    ...agreement,
    tranches: agreement.tranches.map((t, i) =>
      i === 1 ? { ...t, conditions: { all: [...(t.conditions as { all: ConditionLeaf[] }).all, leaf] } } : t,
    ),
  });

  it('starts blank and is listed at the first field to choose until fact, comparison and value are given', () => {
    const blank = blankCondition(agreement);
    expect(blank).toEqual({ name: 'condition', fact: '', operator: '', value: '' });
    expect(incompleteConditions(withLeaf(blank))).toEqual([
      { pointer: '/tranches/1/conditions/all/3/fact', message: expect.objectContaining({ sv: 'Välj vilket faktum villkoret gäller.' }) },
    ]);
    const fact = agreement.facts.find((f) => f.id === 'inclusionRate')!;
    const chosen = leafWithFact(blank, fact, 2024, undefined, ['inclusion', 'prem', 'report', 'condition']);
    expect(chosen).toEqual({ name: 'inclusionRate', fact: 'inclusionRate', operator: '', value: '' });
    expect(incompleteConditions(withLeaf(chosen)).map((p) => p.pointer)).toEqual(['/tranches/1/conditions/all/3/operator']);
    const compared = { ...chosen, operator: 'greaterThanInclusive' };
    expect(incompleteConditions(withLeaf(compared)).map((p) => p.pointer)).toEqual(['/tranches/1/conditions/all/3/value']);
    expect(incompleteConditions(withLeaf({ ...compared, value: 0.7 }))).toEqual([]);
    // The loader's wording for the blank fields gives way to the plain one.
    const problems = withCompleteness(withLeaf(blank), [
      { pointer: '/tranches/1/conditions/all/3/fact', message: { sv: 'Okänt faktum ""', en: 'Unknown fact ""' } },
    ]);
    expect(problems.map((p) => p.message.sv)).toEqual(['Välj vilket faktum villkoret gäller.']);
  });

  it('keeps the label following through leafWithValue', () => {
    const leaf: ConditionLeaf = {
      name: 'inclusion',
      fact: 'inclusionRate',
      operator: 'greaterThanInclusive',
      value: 0.7,
      label: inclusion,
    };
    const fact = agreement.facts.find((f) => f.id === 'inclusionRate')!;
    expect(leafWithValue(leaf, 0.85, fact).label).toEqual({ sv: 'Inklusionsmålet om 85 % uppnått', en: 'Inclusion goal of 85 % met' });
    expect(leafWithValue(leaf, 0.85, fact).value).toBe(0.85);
  });
});
