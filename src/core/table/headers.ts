import type { FactDeclaration } from '../agreement/types';

/** Unit words dropped from headers, so "Befolkning, st" and "Belopp (kr)" match their synonyms. */
const UNITS = new Set(['kr', 'sek', 'tkr', 'mkr', 'msek', 'st', 'pct', 'procent', 'percent']);

/**
 * A header reduced to what matters for matching: lowercase, accents stripped ("mängd" → "mangd"),
 * parenthetical parts removed ("(%)", "(nov 2024)", "[kr]"), punctuation and unit words dropped,
 * spaces collapsed. "Befolkningsmängd (nov 2024)" → "befolkningsmangd"; "PREM-enkät använd" → "prem enkat anvand".
 */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !UNITS.has(word))
    .join(' ');
}

/** How well a header matches a fact: exact equality beats a synonym followed by more words. */
export interface HeaderMatch {
  exact: boolean;
  /** Length of the matching synonym; a longer synonym is the more specific match. */
  length: number;
}

/** The fact's synonyms (sv and en), normalised, without empties and repeats. */
export function factSynonyms(fact: FactDeclaration): string[] {
  return [...new Set([...fact.headers.sv, ...fact.headers.en].map(normaliseHeader).filter((s) => s !== ''))];
}

export function matchHeader(normalisedHeader: string, synonyms: string[]): HeaderMatch | null {
  if (normalisedHeader === '') return null;
  let best: HeaderMatch | null = null;
  for (const synonym of synonyms) {
    const exact = normalisedHeader === synonym;
    if (!exact && !normalisedHeader.startsWith(`${synonym} `)) continue;
    const match = { exact, length: synonym.length };
    if (!best || rank(match) > rank(best)) best = match;
  }
  return best;
}

/** Orders matches: exact first, then the longer synonym. */
export const rank = (m: HeaderMatch): number => (m.exact ? 1_000_000 : 0) + m.length;
