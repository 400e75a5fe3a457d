import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { evaluateRegions } from '../../src/core/evaluation/evaluate';
import { OPERATORS } from '../../src/core/evaluation/operators';
import type { Agreement } from '../../src/core/agreement/types';
import { bundledAgreement, regionRow } from './official';

const agreement = bundledAgreement(2024);
const row = (facts: Parameters<typeof regionRow>[4]) => regionRow(0, '13', 'Halland', 343_989, facts);
const passing = { inclusionRate: new Decimal('0.842'), premUsed: true, reportSubmitted: '2024-09-30' };

describe('evaluating conditions', () => {
  it('passes a region that meets every condition, with a reason for each', async () => {
    const [evaluation] = await evaluateRegions(agreement, [row(passing)]);
    expect(evaluation.eligible).toEqual({ payout1: true, payout2: true });
    expect(evaluation.outcomes.map((o) => [o.name, o.passed, o.decisive])).toEqual([
      ['inclusion', true, false],
      ['prem', true, false],
      ['report', true, false],
    ]);
    expect(evaluation.outcomes[0].reason.sv).toBe('Inklusion 84,2\u00a0% når kravet 70\u00a0%');
  });

  it('explains each failed condition in sv and en', async () => {
    const [evaluation] = await evaluateRegions(agreement, [
      row({ inclusionRate: new Decimal('0.682'), premUsed: false, reportSubmitted: '2024-10-02' }),
    ]);
    expect(evaluation.eligible.payout2).toBe(false);
    const reasons = evaluation.outcomes.map((o) => o.reason);
    expect(reasons.map((r) => r.sv.replace(/\u00a0/g, ' '))).toEqual([
      'Inklusion 68,2 % är under kravet 70 %',
      'PREM-enkäter använda: Nej, krävs Ja',
      'Redovisning inkommen 2024-10-02 är efter sista dag 2024-09-30',
    ]);
    expect(reasons[0].en).toBe('Inclusion 68.2\u00a0% is below the required 70\u00a0%');
    expect(evaluation.outcomes.every((o) => o.decisive && !o.passed)).toBe(true);
    expect(evaluation.outcomes[0]).toMatchObject({ fact: 'inclusionRate', required: 0.7, missing: false });
    expect((evaluation.outcomes[0].actual as Decimal).toString()).toBe('0.682');
  });

  it('compares decimals exactly: 70 % meets 0.7 and 69,99999 % does not', async () => {
    const [exact, below] = await evaluateRegions(agreement, [
      row({ ...passing, inclusionRate: new Decimal('0.70000') }),
      row({ ...passing, inclusionRate: new Decimal('0.6999999') }),
    ]);
    expect(exact.eligible.payout2).toBe(true);
    expect(below.eligible.payout2).toBe(false);
    // The float trap: 0.1 + 0.2 = 0.30000000000000004 in JS, but not here.
    expect(OPERATORS.lessThanInclusive.evaluate(new Decimal('0.1').plus('0.2').toString(), 0.3)).toBe(true);
  });

  it('treats a missing value as failing, with a reason saying it is missing', async () => {
    const [evaluation] = await evaluateRegions(agreement, [row({ ...passing, premUsed: null })]);
    expect(evaluation.eligible.payout2).toBe(false);
    const prem = evaluation.outcomes.find((o) => o.name === 'prem')!;
    expect(prem).toMatchObject({ missing: true, passed: false, decisive: true });
    expect(prem.reason.en).toBe('PREM surveys used is missing (required: Yes)');
  });

  it('accepts Excel serial dates on either side of onOrBefore/onOrAfter', () => {
    expect(OPERATORS.onOrBefore.evaluate(45565, '2024-09-30')).toBe(true); // 45565 = 2024-09-30
    expect(OPERATORS.onOrBefore.evaluate(45566, '2024-09-30')).toBe(false);
    expect(OPERATORS.onOrAfter.evaluate('2024-09-30T23:59:00', 45565)).toBe(true);
    expect(OPERATORS.onOrBefore.evaluate('not a date', 45565)).toBe(false);
  });

  it('reports only the decisive failures of an "any" group', async () => {
    const custom: Agreement = {
      ...agreement,
      tranches: [
        agreement.tranches[0],
        {
          ...agreement.tranches[1],
          conditions: {
            all: [
              { any: [
                { name: 'inclusion', fact: 'inclusionRate', operator: 'greaterThanInclusive', value: 0.7 },
                { name: 'prem', fact: 'premUsed', operator: 'equal', value: true },
              ] },
              { name: 'report', fact: 'reportSubmitted', operator: 'onOrBefore', value: '2024-09-30' },
            ],
          },
        },
      ],
    };
    const [evaluation] = await evaluateRegions(custom, [row({ inclusionRate: new Decimal('0.5'), premUsed: true, reportSubmitted: '2024-12-01' })]);
    expect(evaluation.eligible.payout2).toBe(false);
    expect(evaluation.outcomes.filter((o) => o.decisive).map((o) => o.name)).toEqual(['report']);
  });

  it('explains a failed "not" condition', async () => {
    const custom: Agreement = {
      ...agreement,
      tranches: [
        agreement.tranches[0],
        { ...agreement.tranches[1], conditions: { not: { name: 'late', fact: 'reportSubmitted', operator: 'onOrAfter', value: '2024-10-01' } } },
      ],
    };
    const [late, onTime] = await evaluateRegions(custom, [row({ reportSubmitted: '2024-10-05' }), row({ reportSubmitted: '2024-09-01' })]);
    expect(late.eligible.payout2).toBe(false);
    expect(late.outcomes[0].reason.en).toBe('Must not hold: Report submitted 2024-10-05, on or after 2024-10-01');
    expect(onTime.eligible.payout2).toBe(true);
  });

  it('never pays out on a blank value, not even under "not" (three-valued logic)', async () => {
    const custom: Agreement = {
      ...agreement,
      tranches: [
        agreement.tranches[0],
        { ...agreement.tranches[1], conditions: { all: [{ not: { name: 'noPrem', fact: 'premUsed', operator: 'equal', value: false } }] } },
      ],
    };
    const [blank, yes, no] = await evaluateRegions(custom, [row({ premUsed: null }), row({ premUsed: true }), row({ premUsed: false })]);
    expect([blank.eligible.payout2, yes.eligible.payout2, no.eligible.payout2]).toEqual([false, true, false]);
    expect(blank.outcomes[0]).toMatchObject({ missing: true, passed: false, decisive: true });
    expect(blank.outcomes[0].reason.en).toBe('PREM surveys used is missing (required: No)');
  });

  it('lets an "any" group pass on one known alternative when another is blank', async () => {
    const custom: Agreement = {
      ...agreement,
      tranches: [
        agreement.tranches[0],
        {
          ...agreement.tranches[1],
          conditions: { any: [
            { name: 'inclusion', fact: 'inclusionRate', operator: 'greaterThanInclusive', value: 0.7 },
            { name: 'prem', fact: 'premUsed', operator: 'equal', value: true },
          ] },
        },
      ],
    };
    const [known, unknown] = await evaluateRegions(custom, [row({ inclusionRate: null, premUsed: true }), row({ inclusionRate: null, premUsed: false })]);
    expect(known.eligible.payout2).toBe(true);
    expect(unknown.eligible.payout2).toBe(false);
  });

  it('compares dates with equal/notEqual in any accepted form', () => {
    expect(OPERATORS.equal.evaluate('2024-09-30', 45565)).toBe(true);
    expect(OPERATORS.equal.evaluate('2024-09-30', '30 sep 2024')).toBe(true);
    expect(OPERATORS.notEqual.evaluate('2024-09-30', 45565)).toBe(false);
    expect(OPERATORS.equal.evaluate('2024-10-01', '2024-09-30')).toBe(false);
    expect(OPERATORS.equal.evaluate('Stockholm', 'Stockholm')).toBe(true);
  });

  it('shows enough digits that a failing value never reads as the requirement', async () => {
    const [evaluation] = await evaluateRegions(agreement, [row({ ...passing, inclusionRate: new Decimal('0.69996') })]);
    expect(evaluation.outcomes[0].reason.sv).toBe('Inklusion 69,996\u00a0% är under kravet 70\u00a0%');
  });
});
