import Decimal from 'decimal.js';
import type { Agreement, Localized } from '../agreement/types';
import type { FactValue, RegionRow } from '../table/types';
import type { LoggedRegion } from './types';
import { own, record } from '../agreement/own';

export type Rebuilt = { ok: true; regions: RegionRow[] } | { ok: false; problems: Localized[] };

/** Region rows from logged inputs, typed by the rule set's facts (number and percent facts as decimals). */
export function rebuildRegions(agreement: Agreement, inputs: readonly LoggedRegion[]): Rebuilt {
  const problems: Localized[] = [];
  const factsById = new Map(agreement.facts.map((f) => [f.id, f]));
  const population = agreement.facts.find((f) => f.role === 'population');

  const regions = inputs.map((input, i): RegionRow => {
    const where = `${input.name} (${input.address || `#${i + 1}`})`;
    const decimal = (text: string | boolean | null, what: string): Decimal | null => {
      if (text === null) return null;
      if (typeof text === 'string' && /^-?\d+(\.\d+)?$/.test(text)) return new Decimal(text);
      problems.push({
        sv: `${where}: ${what} är inget tal: "${String(text)}"`,
        en: `${where}: ${what} is not a number: "${String(text)}"`,
      });
      return null;
    };
    for (const id of Object.keys(input.facts)) {
      if (!factsById.has(id))
        problems.push({ sv: `${where}: uppgiften "${id}" finns inte i reglerna`, en: `${where}: fact "${id}" is not in the rules` });
    }
    const facts = record<FactValue>();
    for (const fact of agreement.facts) {
      const value = own(input.facts, fact.id) ?? null;
      facts[fact.id] = fact.type === 'number' || fact.type === 'percent' ? decimal(value, fact.id) : value;
    }
    const pop = decimal(input.population, 'population') ?? new Decimal(0);
    const logged = population ? facts[population.id] : null;
    if (logged instanceof Decimal && !logged.equals(pop)) {
      problems.push({
        sv: `${where}: befolkningen står olika i loggen (${pop.toFixed()} och ${logged.toFixed()})`,
        en: `${where}: the population differs within the log (${pop.toFixed()} and ${logged.toFixed()})`,
      });
    }
    return { gridRow: i, address: input.address, code: input.code, name: input.name, population: pop, facts, cells: {} };
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, regions };
}
