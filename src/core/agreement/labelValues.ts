import Decimal from 'decimal.js';
import type { ConditionLeaf, FactDeclaration, Language, Localized } from './types';
import { toIsoDate } from '../table/dates';
import { DECIMAL_SEPARATOR } from '../i18n';

/**
 * A condition's label is free text ("Inklusionsmålet om 70 % uppnått") that often names the value the
 * condition checks. These functions find such mentions, so that the text can follow an edited value
 * and a text that names another value than the condition checks can be flagged.
 */

/** A value named in a label: where it stands, the text as written and the value it reads as. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Comparable form: a fraction as a decimal string for percent, ISO for dates, a decimal string for numbers. */
  value: string;
  /** How the value was written, so a new value is written the same way. */
  style:
    | { kind: 'percent'; space: string; suffix: string; comma: boolean }
    | { kind: 'iso' }
    | { kind: 'dayMonthYear'; lang: Language }
    | { kind: 'monthDayYear' }
    | { kind: 'number'; grouped: boolean; comma: boolean };
}

const MONTHS: Record<Language, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const monthIndex = (name: string): { index: number; lang: Language } | null => {
  for (const lang of ['sv', 'en'] as const) {
    const index = MONTHS[lang].findIndex((m) => m.toLowerCase() === name.toLowerCase());
    if (index >= 0) return { index, lang };
  }
  return null;
};
const pad = (n: number) => String(n).padStart(2, '0');
const decimal = (text: string): Decimal | null => {
  try {
    return new Decimal(text);
  } catch {
    return null;
  }
};

/** The mentions in a text of values of the fact's type (percent, date or number); none for other types. */
export function findMentions(text: string, type: FactDeclaration['type']): Mention[] {
  const found: Mention[] = [];
  const push = (match: RegExpExecArray, value: string | null, style: Mention['style']) => {
    if (value !== null) found.push({ start: match.index, end: match.index + match[0].length, text: match[0], value, style });
  };
  if (type === 'percent') {
    const re = /(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)([ \u00a0\u202f]?)(%|procent\b|percent\b)/gi;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const points = decimal(m[1].replace(',', '.'));
      push(m, points ? points.dividedBy(100).toString() : null, { kind: 'percent', space: m[2], suffix: m[3], comma: m[1].includes(',') });
    }
  } else if (type === 'date') {
    const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
    for (let m = iso.exec(text); m; m = iso.exec(text)) push(m, toIsoDate(m[0]), { kind: 'iso' });
    const names = [...MONTHS.sv, ...MONTHS.en].join('|');
    const dmy = new RegExp(`\\b(\\d{1,2})\\.?[ \\u00a0](${names})[ \\u00a0](\\d{4})\\b`, 'gi');
    for (let m = dmy.exec(text); m; m = dmy.exec(text)) {
      const month = monthIndex(m[2]);
      if (month) push(m, toIsoDate(`${m[3]}-${pad(month.index + 1)}-${pad(Number(m[1]))}`), { kind: 'dayMonthYear', lang: month.lang });
    }
    const mdy = new RegExp(`\\b(${MONTHS.en.join('|')})[ \\u00a0](\\d{1,2}),?[ \\u00a0](\\d{4})\\b`, 'g');
    for (let m = mdy.exec(text); m; m = mdy.exec(text)) {
      const month = monthIndex(m[1])!;
      push(m, toIsoDate(`${m[3]}-${pad(month.index + 1)}-${pad(Number(m[2]))}`), { kind: 'monthDayYear' });
    }
  } else if (type === 'number') {
    const re = /(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)(?![\d%])/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const compact = m[1].replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
      const value = decimal(compact);
      push(m, value ? value.toString() : null, { kind: 'number', grouped: compact.length !== m[1].length, comma: m[1].includes(',') });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The value as mentions compare it, or null when it is not a value of the type (text being typed). */
export function comparable(value: unknown, type: FactDeclaration['type']): string | null {
  if (type === 'percent' || type === 'number')
    return typeof value === 'number' && Number.isFinite(value) ? new Decimal(value).toString() : null;
  if (type === 'date') return toIsoDate(value);
  return null;
}

/** The value written as the mention was: "85 %", "85,5 %", "15 oktober 2024", "2024-10-15", "1 500". */
export function writeLike(mention: Mention, value: string, lang: Language): string {
  const style = mention.style;
  switch (style.kind) {
    case 'percent': {
      const points = new Decimal(value).times(100).toString();
      return `${points.replace('.', style.comma ? ',' : DECIMAL_SEPARATOR[lang])}${style.space}${style.suffix}`;
    }
    case 'iso':
      return value;
    case 'dayMonthYear': {
      const [y, mo, d] = value.split('-');
      // The text's language, not the month name's ("september" is both).
      const month = MONTHS[lang][Number(mo) - 1];
      const written = /^[A-ZÅÄÖ]/.test(mention.text.replace(/^[\d. \u00a0]+/, ''))
        ? month[0].toUpperCase() + month.slice(1)
        : month.toLowerCase();
      return `${Number(d)} ${written} ${y}`;
    }
    case 'monthDayYear': {
      const [y, mo, d] = value.split('-');
      return `${MONTHS.en[Number(mo) - 1]} ${Number(d)}, ${y}`;
    }
    case 'number': {
      const [whole, fraction] = value.split('.');
      const grouped = style.grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : whole;
      return fraction === undefined ? grouped : `${grouped}${style.comma ? ',' : DECIMAL_SEPARATOR[lang]}${fraction}`;
    }
  }
}

function replaceMentions(text: string, mentions: readonly Mention[], value: string, lang: Language): string {
  let out = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start))
    out = out.slice(0, m.start) + writeLike(m, value, lang) + out.slice(m.end);
  return out;
}

/**
 * The label after the condition's value changed from `before` to `after`: each text that names the
 * old value names the new one instead, written the same way ("70 %" → "85 %", "30 september 2024"
 * → "15 oktober 2024"). While the old value was no value (the user was typing), a text naming one
 * value only follows too. A text naming another value than the old one is the user's own and is
 * kept: labelMismatches flags it.
 */
export function followLabel(label: Localized, before: unknown, after: unknown, type: FactDeclaration['type']): Localized {
  const next = comparable(after, type);
  if (next === null) return label;
  const old = comparable(before, type);
  const follow = (text: string, lang: Language): string => {
    const mentions = findMentions(text, type);
    if (mentions.length === 0) return text;
    const matching =
      old !== null ? mentions.filter((m) => m.value === old) : new Set(mentions.map((m) => m.value)).size === 1 ? mentions : [];
    return matching.length === 0 ? text : replaceMentions(text, matching, next, lang);
  };
  return {
    sv: typeof label.sv === 'string' ? follow(label.sv, 'sv') : label.sv,
    en: typeof label.en === 'string' ? follow(label.en, 'en') : label.en,
  };
}

/** A label text naming another value than its condition checks: "Texten nämner 70 % men villkoret kräver 85 %". */
export interface LabelMismatch {
  lang: Language;
  /** As written in the text, e.g. "70 %". */
  mentioned: string;
  /** The condition's value, written as the text writes values. */
  required: string;
}

/** The label texts of a leaf that name a value other than the leaf's own (none for yes/no and text facts). */
export function labelMismatches(leaf: Pick<ConditionLeaf, 'value' | 'label' | 'operator'>, type: FactDeclaration['type']): LabelMismatch[] {
  if (!leaf.label || Array.isArray(leaf.value)) return [];
  const value = comparable(leaf.value, type);
  if (value === null) return [];
  return (['sv', 'en'] as const).flatMap((lang) => {
    const text = leaf.label?.[lang];
    if (typeof text !== 'string') return [];
    const mentions = findMentions(text, type);
    // A text naming the value somewhere is taken to agree (e.g. "70 %, or 60 % for small regions").
    if (mentions.length === 0 || mentions.some((m) => m.value === value)) return [];
    return [{ lang, mentioned: mentions[0].text, required: writeLike(mentions[0], value, lang) }];
  });
}

/** The label with its mismatched mentions rewritten to the leaf's value (the editor's "fix the text"). */
export function labelWithValue(leaf: Pick<ConditionLeaf, 'value' | 'label'>, type: FactDeclaration['type']): Localized | undefined {
  const value = comparable(leaf.value, type);
  if (!leaf.label || value === null) return leaf.label;
  const fix = (text: string, lang: Language) => {
    if (typeof text !== 'string') return text;
    const mentions = findMentions(text, type);
    return mentions.some((m) => m.value === value) ? text : replaceMentions(text, mentions, value, lang);
  };
  return { sv: fix(leaf.label.sv, 'sv'), en: fix(leaf.label.en, 'en') };
}
