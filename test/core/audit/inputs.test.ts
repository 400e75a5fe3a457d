import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/audit/canonical';
import { packInputs, unpackInputs } from '../../../src/core/audit/inputs';
import type { LoggedRegion } from '../../../src/core/audit/types';

/** The "Indata" column's compact form (src/core/audit/inputs.ts). */

const region = (i: number, facts: Record<string, string | boolean | null> = {}): LoggedRegion => ({
  address: `Blad1!A${i + 2}`,
  code: i === 3 ? null : String(i).padStart(2, '0'),
  name: `Region ${i}`,
  population: String(100_000 + i),
  facts: {
    inclusionRate: `0.${70 + (i % 20)}`,
    premUsed: i % 5 !== 0,
    reportSubmitted: i % 7 ? '2024-09-30' : null,
    population: String(100_000 + i),
    ...facts,
  },
});

describe('the compact inputs of a log row', () => {
  it('packs regions as rows under one list of facts and unpacks them exactly', () => {
    const inputs = Array.from({ length: 30 }, (_, i) => region(i));
    const packed = packInputs(inputs);
    expect(packed).toMatchObject({ facts: ['inclusionRate', 'population', 'premUsed', 'reportSubmitted'] });
    expect((packed as { rows: unknown[][] }).rows[0]).toEqual(['Blad1!A2', '00', 'Region 0', '100000', '0.70', '100000', false, null]);
    expect(unpackInputs(JSON.parse(canonicalJson(packed)))).toEqual({ ok: true, inputs });
  });

  it('takes less than half the space of the list of objects', () => {
    const inputs = Array.from({ length: 20_000 }, (_, i) => region(i));
    const compact = canonicalJson(packInputs(inputs)).length;
    const objects = canonicalJson(inputs).length;
    expect(compact / objects).toBeLessThan(0.5);
  });

  it('keeps the list of objects when the regions do not all have the same facts', () => {
    const inputs = [region(1), region(2, { extra: 'x' })];
    expect(packInputs(inputs)).toBe(inputs);
    expect(unpackInputs(JSON.parse(canonicalJson(inputs)))).toEqual({ ok: true, inputs });
  });

  it('reads the list of objects that earlier versions wrote', () => {
    const inputs = [region(1), region(2)];
    expect(unpackInputs(JSON.parse(JSON.stringify(inputs)))).toEqual({ ok: true, inputs });
  });

  it('keeps fact ids such as __proto__ and constructor as ordinary keys', () => {
    const hostile: LoggedRegion = {
      ...region(1),
      facts: JSON.parse('{"__proto__":"a","constructor":"b","premUsed":true}') as LoggedRegion['facts'],
    };
    const unpacked = unpackInputs(JSON.parse(canonicalJson(packInputs([hostile]))));
    expect(unpacked.ok).toBe(true);
    if (unpacked.ok) {
      expect(Object.keys(unpacked.inputs[0].facts).sort()).toEqual(['__proto__', 'constructor', 'premUsed']);
      expect(Object.getPrototypeOf(unpacked.inputs[0].facts)).toBe(Object.prototype);
    }
  });

  it('names what is wrong with a damaged value', () => {
    const bad = [
      { facts: ['a'], rows: [['Blad1!A2', '01', 'Region', '1']] },
      { facts: ['a'], rows: [['Blad1!A2', '01', 'Region', 1, 'x']] },
      { facts: ['a', 'a'], rows: [] },
      { facts: 'a', rows: [] },
      [{ address: 'Blad1!A2', code: '01', name: 'R', population: 1, facts: {} }],
      'text',
    ];
    for (const value of bad) {
      const unpacked = unpackInputs(value);
      expect(unpacked.ok, JSON.stringify(value)).toBe(false);
      if (!unpacked.ok) expect(unpacked.problem.en).toMatch(/must/);
    }
  });
});
