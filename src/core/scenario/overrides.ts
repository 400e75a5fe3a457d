import Decimal from 'decimal.js';
import type { FactDeclaration } from '../agreement/types';
import type { FactValue, RegionRow } from '../table/types';
import { toIsoDate } from '../table/dates';
import type { FactOverride, ScenarioProblem } from './types';
import { scenarioMessages } from './messages';
import { namesRegion } from '../table/regionName';

export type OverrideResult = { ok: true; regions: RegionRow[] } | { ok: false; problems: ScenarioProblem[] };

/**
 * The region rows with the overrides applied, as new objects: the rows given (and so the source
 * cells they were read from) are never touched. Every override is checked first: an unknown region
 * or fact, a value of the wrong type, a change to a region's identity or two overrides of the same
 * fact are problems naming the override; with any problem there are no rows.
 * `pointerBase` locates the overrides in the caller's document (a scenario: "/overrides").
 */
export function applyOverrides(
  regions: readonly RegionRow[],
  overrides: readonly FactOverride[],
  facts: readonly FactDeclaration[],
  pointerBase = '/overrides',
): OverrideResult {
  const problems: ScenarioProblem[] = [];
  const factsById = new Map(facts.map((f) => [f.id, f]));
  const changes = new Map<number, { fact: FactDeclaration; value: FactValue }[]>();
  const seen = new Map<string, number>();

  overrides.forEach((override, i) => {
    const pointer = `${pointerBase}/${i}`;
    const fact = factsById.get(override.fact);
    if (!fact) return void problems.push({ pointer, message: scenarioMessages.unknownFact(override, [...factsById.keys()]) });
    const index = regions.findIndex((r) => namesRegion(override.region, r));
    if (index < 0) return void problems.push({ pointer, message: scenarioMessages.unknownRegion(override, fact.type) });
    if (fact.role === 'regionCode' || fact.role === 'regionName') {
      return void problems.push({ pointer, message: scenarioMessages.identityFact(override) });
    }
    const key = `${index}|${fact.id}`;
    const first = seen.get(key);
    if (first !== undefined) return void problems.push({ pointer, message: scenarioMessages.duplicate(override, first) });
    seen.set(key, i);

    const checked = checkValue(override, fact);
    if (!checked.ok) return void problems.push({ pointer, message: checked.message });
    changes.set(index, [...(changes.get(index) ?? []), { fact, value: checked.value }]);
  });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, regions: regions.map((region, i) => withChanges(region, changes.get(i) ?? [])) };
}

/** A copy of the row (facts and cells copied too) with the changes made. */
function withChanges(region: RegionRow, changes: { fact: FactDeclaration; value: FactValue }[]): RegionRow {
  const copy: RegionRow = { ...region, facts: { ...region.facts }, cells: { ...region.cells } };
  for (const { fact, value } of changes) {
    copy.facts[fact.id] = value;
    if (fact.role === 'population') copy.population = value as Decimal;
  }
  return copy;
}

type Checked = { ok: true; value: FactValue } | { ok: false; message: ReturnType<typeof scenarioMessages.wrongType> };

/** The override's value if it fits the fact's type (dates normalised to ISO), else why not. */
function checkValue(override: FactOverride, fact: FactDeclaration): Checked {
  const { value } = override;
  if (fact.role === 'population') {
    return value instanceof Decimal && value.isFinite() && !value.isNegative()
      ? { ok: true, value }
      : { ok: false, message: scenarioMessages.badPopulation(override) };
  }
  if (value === null) return { ok: true, value: null };
  const wrong = { ok: false, message: scenarioMessages.wrongType(override, fact.type) } as const;
  switch (fact.type) {
    case 'number':
      return value instanceof Decimal && value.isFinite() ? { ok: true, value } : wrong;
    case 'percent':
      return value instanceof Decimal && value.gte(0) && value.lte(1) ? { ok: true, value } : wrong;
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : wrong;
    case 'date': {
      const iso = typeof value === 'string' ? toIsoDate(value) : null;
      return iso ? { ok: true, value: iso } : wrong;
    }
    case 'text':
      return typeof value === 'string' ? { ok: true, value } : wrong;
  }
}
