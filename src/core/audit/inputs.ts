import type { Localized } from '../agreement/types';
import type { LoggedRegion, LoggedValue } from './types';

/**
 * The "Indata" column of a log row, compactly: one list of fact ids, then one row per region
 * [address, code, name, population, ...facts in that order], instead of an object per region that
 * repeats every key. It is less than half the size, which matters at tens of thousands of regions
 * (Excel on the web takes at most 5 MB per request). Rows written before hold the list of objects;
 * both read as the same LoggedRegion[].
 */
export interface PackedInputs {
  facts: string[];
  rows: LoggedValue[][];
}

const FIXED = 4;

/** The compact form, or the inputs as they are when the regions do not all have the same facts. */
export function packInputs(inputs: readonly LoggedRegion[]): PackedInputs | readonly LoggedRegion[] {
  const facts = Object.keys(inputs[0]?.facts ?? {}).sort();
  const sameFacts = inputs.every((input) => {
    const keys = Object.keys(input.facts);
    return keys.length === facts.length && facts.every((id) => Object.prototype.hasOwnProperty.call(input.facts, id));
  });
  if (!sameFacts) return inputs;
  return {
    facts,
    rows: inputs.map((input) => [input.address, input.code, input.name, input.population, ...facts.map((id) => input.facts[id])]),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFactValue = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'boolean';

export type UnpackedInputs = { ok: true; inputs: LoggedRegion[] } | { ok: false; problem: Localized };

/** The regions of an "Indata" value of either form, or what is wrong with it. */
export function unpackInputs(value: unknown): UnpackedInputs {
  if (Array.isArray(value)) return listProblem(value) ?? { ok: true, inputs: value as LoggedRegion[] };
  const shape: Localized = {
    sv: 'ska vara { facts: [uppgifter], rows: [[adress, kod, namn, befolkning, värden…]] } eller en lista av regionrader',
    en: 'must be { facts: [fact ids], rows: [[address, code, name, population, values…]] } or a list of region rows',
  };
  if (!isObject(value) || !Array.isArray(value.facts) || !Array.isArray(value.rows) || !value.facts.every((id) => typeof id === 'string')) {
    return { ok: false, problem: shape };
  }
  const facts = value.facts as string[];
  if (new Set(facts).size !== facts.length) return { ok: false, problem: shape };
  const inputs: LoggedRegion[] = [];
  for (const [i, row] of (value.rows as unknown[]).entries()) {
    const ok =
      Array.isArray(row) &&
      row.length === FIXED + facts.length &&
      typeof row[0] === 'string' &&
      (row[1] === null || typeof row[1] === 'string') &&
      typeof row[2] === 'string' &&
      typeof row[3] === 'string' &&
      row.slice(FIXED).every(isFactValue);
    if (!ok) {
      return {
        ok: false,
        problem: {
          sv: `rad ${i + 1} ska vara [adress, kod, namn, befolkning (text)] och ett värde (text, ja/nej eller null) per uppgift`,
          en: `row ${i + 1} must be [address, code, name, population (text)] and a value (text, yes/no or null) per fact`,
        },
      };
    }
    const values = row as LoggedValue[];
    const factValues: Record<string, LoggedValue> = {};
    facts.forEach((id, f) =>
      Object.defineProperty(factValues, id, { value: values[FIXED + f], enumerable: true, writable: true, configurable: true }),
    );
    inputs.push({
      address: values[0] as string,
      code: values[1] as string | null,
      name: values[2] as string,
      population: values[3] as string,
      facts: factValues,
    });
  }
  return { ok: true, inputs };
}

/** The older form: a list of { address, code, name, population, facts }. */
function listProblem(value: unknown[]): UnpackedInputs | null {
  const bad = value.findIndex(
    (r) =>
      !isObject(r) ||
      typeof r.address !== 'string' ||
      !(r.code === null || typeof r.code === 'string') ||
      typeof r.name !== 'string' ||
      typeof r.population !== 'string' ||
      !isObject(r.facts) ||
      !Object.values(r.facts).every(isFactValue),
  );
  return bad < 0
    ? null
    : {
        ok: false,
        problem: {
          sv: `rad ${bad + 1} ska ha address, code, name, population (text) och facts (text, ja/nej eller null)`,
          en: `row ${bad + 1} must have address, code, name, population (text) and facts (text, yes/no or null)`,
        },
      };
}
