import type { Agreement, ConditionLeaf, ConditionNode, FactDeclaration, Localized, Tranche } from './types';
import { isFactReference } from './types';
import { isoDate, toIsoDate } from '../table/dates';
import { counted, pick } from '../i18n';

/**
 * "New agreement year from…": a copy of one year's rule set for another year. Condition dates
 * move by whole years; the year in the id, the title and the labels follows. Amounts, conditions
 * and references stay as they were, and the description says the copy must be checked: a new
 * agreement's terms are not known until it is signed.
 */
export function agreementForYear(source: Agreement, year: number): Agreement {
  const delta = year - source.year;
  const copy = structuredClone(source);
  const text = (s: string) => shiftYearsInText(s, source.year, delta);
  const localized = (l: Localized): Localized => ({ sv: text(l.sv), en: text(l.en) });

  return {
    ...copy,
    id: idForYear(source.id, source.year, year),
    year,
    title: localized(copy.title),
    description: {
      sv: `Kopierad från ${source.id} med datumen flyttade ${yearsText(delta, 'sv')}; kontrollera belopp, villkor och källor mot ${year} års överenskommelse.`,
      en: `Copied from ${source.id} with the dates moved ${yearsText(delta, 'en')}; check the amounts, conditions and sources against the ${year} agreement.`,
    },
    references: [
      ...copy.references,
      { id: source.id, title: `Kvots regelfil ${source.id}, som ${year} års regler kopierades från; ersätt med källorna för ${year}` },
    ],
    tranches: copy.tranches.map((tranche): Tranche => ({
      ...tranche,
      label: localized(tranche.label),
      ...(tranche.description ? { description: localized(tranche.description) } : {}),
      ...(tranche.conditions ? { conditions: shiftNode(tranche.conditions, copy.facts, delta, localized) as Tranche['conditions'] } : {}),
      ...(tranche.parts
        ? {
            parts: tranche.parts.map((part) => ({
              ...part,
              label: localized(part.label),
              ...(part.description ? { description: localized(part.description) } : {}),
              ...(part.conditions ? { conditions: shiftNode(part.conditions, copy.facts, delta, localized) as Tranche['conditions'] } : {}),
            })),
          }
        : {}),
    })),
  };
}

/** "svf-2025" → "svf-2026"; an id without the year gets it appended: "svf" → "svf-2026". */
export function idForYear(id: string, from: number, to: number): string {
  const pattern = new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g');
  return pattern.test(id) ? id.replace(pattern, String(to)) : `${id}-${to}`;
}

/**
 * Moves an ISO date by whole years; 29 February becomes 28 February in a year without it.
 * Returns null for text that is not a date.
 */
export function shiftIsoDate(date: string, years: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, month, day] = [Number(m[1]) + years, Number(m[2]), Number(m[3])];
  return isoDate(y, month, day) ?? isoDate(y, month, day - 1);
}

/**
 * Moves the years written in a text: the agreement's year and its neighbours ("senast 31 januari
 * 2025" in a 2024 agreement). Digits glued to letters, as in a diarienummer "S2025/01089", are left alone.
 */
export function shiftYearsInText(text: string, around: number, delta: number): string {
  if (delta === 0) return text;
  return text.replace(/(?<![\p{L}\p{N}])(\d{4})(?![\p{L}\p{N}])/gu, (whole, digits: string) => {
    const y = Number(digits);
    return Math.abs(y - around) <= 1 ? String(y + delta) : whole;
  });
}

function shiftNode(
  node: ConditionNode,
  facts: readonly FactDeclaration[],
  delta: number,
  localized: (l: Localized) => Localized,
): ConditionNode {
  const shift = (n: ConditionNode) => shiftNode(n, facts, delta, localized);
  const label = node.label ? { label: localized(node.label) } : {};
  if ('all' in node) return { ...node, ...label, all: node.all.map(shift) };
  if ('any' in node) return { ...node, ...label, any: node.any.map(shift) };
  if ('atLeast' in node) return { ...node, ...label, of: node.of.map(shift) };
  if ('not' in node) return { ...node, ...label, not: shift(node.not) };
  const fact = facts.find((f) => f.id === node.fact);
  const shifted = { ...node, ...label };
  // A date compared with another date of the region ({ "fact": … }) has no date of its own to move.
  if (fact?.type !== 'date' || isFactReference(node.value)) return shifted;
  const shiftDate = (v: string | number): string | number => {
    const iso = toIsoDate(v);
    return (iso && shiftIsoDate(iso, delta)) ?? v;
  };
  const value = Array.isArray(node.value)
    ? (node.value as (string | number)[]).map(shiftDate)
    : typeof node.value === 'boolean'
      ? node.value
      : shiftDate(node.value as string | number);
  return { ...shifted, value: value as ConditionLeaf['value'] };
}

function yearsText(delta: number, lang: 'sv' | 'en'): string {
  const n = Math.abs(delta);
  return pick(lang, {
    sv: `${n} år ${delta >= 0 ? 'framåt' : 'bakåt'}`,
    en: `${counted('en', n, { one: 'year', other: 'years' })} ${delta >= 0 ? 'forward' : 'back'}`,
  });
}
