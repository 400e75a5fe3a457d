import type { FactDeclaration, Localized } from '../agreement/types';
import type { MissingHeader } from './messages';

/** The facts with a fixed meaning, found by role. */
export interface RoleFacts {
  population: FactDeclaration;
  regionName?: FactDeclaration;
  regionCode?: FactDeclaration;
}

export function roleFacts(facts: FactDeclaration[]): RoleFacts | null {
  const population = facts.find((f) => f.role === 'population');
  const regionName = facts.find((f) => f.role === 'regionName');
  const regionCode = facts.find((f) => f.role === 'regionCode');
  if (!population || (!regionName && !regionCode)) return null;
  return { population, regionName, regionCode };
}

/** A fact and its header synonyms as written in the rules, for messages. */
export function missingHeader(fact: FactDeclaration): MissingHeader {
  return { label: fact.label, synonyms: [...new Set([...fact.headers.sv, ...fact.headers.en])] };
}

/** "Region or code": either identifies a region. */
export function identityHeader(roles: RoleFacts): MissingHeader {
  const facts = [roles.regionName, roles.regionCode].filter((f) => f !== undefined);
  const label: Localized = {
    sv: facts.map((f) => f.label.sv).join(' eller '),
    en: facts.map((f) => f.label.en).join(' or '),
  };
  return { label, synonyms: [...new Set(facts.flatMap((f) => missingHeader(f).synonyms))] };
}
