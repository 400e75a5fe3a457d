import type { Basis, FactDeclaration, Language, Localized, Tranche, TranchePart, WeightBasis } from './types';

/** The basis a part is split by: its own, else its tranche's. */
export const partBasis = (tranche: Tranche, part: TranchePart): Basis => part.basis ?? tranche.basis;

export const isWeightBasis = (basis: unknown): basis is WeightBasis =>
  typeof basis === 'object' && basis !== null && !Array.isArray(basis) && typeof (basis as { fact?: unknown }).fact === 'string';

/** The facts a basis reads (the weight, and what is subtracted from it). */
export function basisFacts(basis: Basis): string[] {
  if (!isWeightBasis(basis)) return [];
  return basis.minus === undefined ? [basis.fact] : [basis.fact, basis.minus];
}

/** A stable key for a basis, to tell whether two units are split alike. */
export function basisKey(basis: Basis): string {
  if (!isWeightBasis(basis)) return basis;
  return `fact:${basis.fact}${basis.minus ? `-${basis.minus}` : ''}${basis.clampAtZero ? ':clamp' : ''}`;
}

const WORDS = {
  sv: { population: 'Befolkning', equal: 'Lika delar', clamp: 'minst 0' },
  en: { population: 'Population', equal: 'Equal shares', clamp: 'at least 0' },
} as const;

/**
 * The basis as a column heading: "Befolkning", "Lika delar", the weight fact's label ("Kvinnor
 * 15–44 år"), or the basis's own label; "A − B" for a difference.
 */
export function basisLabel(basis: Basis, facts: readonly FactDeclaration[]): Localized {
  const out = {} as Localized;
  for (const lang of ['sv', 'en'] as const) out[lang] = basisLabelIn(basis, facts, lang);
  return out;
}

function basisLabelIn(basis: Basis, facts: readonly FactDeclaration[], lang: Language): string {
  if (basis === 'population' || basis === 'equal') return WORDS[lang][basis];
  if (!isWeightBasis(basis)) return String(basis);
  if (basis.label) return basis.label[lang];
  const label = (id: string) => facts.find((f) => f.id === id)?.label[lang] ?? id;
  return basis.minus === undefined ? label(basis.fact) : `${label(basis.fact)} − ${label(basis.minus)}`;
}

/** "efter befolkning", "i lika delar", "efter Kvinnor 15–44 år (minst 0)": how a tranche is split, in a sentence. */
export function basisPhrase(basis: Basis, facts: readonly FactDeclaration[]): Localized {
  if (basis === 'population') return { sv: 'efter befolkning', en: 'by population' };
  if (basis === 'equal') return { sv: 'i lika delar', en: 'in equal shares' };
  const label = basisLabel(basis, facts);
  const clamp = isWeightBasis(basis) && basis.clampAtZero;
  return {
    sv: `efter ${label.sv}${clamp ? ` (${WORDS.sv.clamp})` : ''}`,
    en: `by ${label.en}${clamp ? ` (${WORDS.en.clamp})` : ''}`,
  };
}
