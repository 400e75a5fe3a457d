/** Unit words dropped from headers, so "Befolkning, st" and "Belopp (kr)" match their synonyms. */
export const UNITS = new Set(['kr', 'sek', 'tkr', 'mkr', 'msek', 'st', 'pct', 'procent', 'percent']);

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

/**
 * Header matching lives in headerWords.ts (pieces, compounds, inflections), headerMatch.ts (the
 * score of a header for a fact) and columnAssign.ts (one column per fact, or an error).
 */
