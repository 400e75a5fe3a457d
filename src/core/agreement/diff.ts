import type { Agreement, Localized } from './types';
import { escapeSegment, getAt, pointerSegments } from './pointer';
import { isLanguage, pick } from '../i18n';

/** One difference between two rule sets, located by JSON pointer. */
export interface AgreementChange {
  /** Where, in the changed rule set (in the original one for a removed item). */
  pointer: string;
  kind: 'changed' | 'added' | 'removed' | 'reordered';
  before?: unknown;
  after?: unknown;
  /** The place in words, e.g. "Utbetalning 2 › Inklusion: värde". */
  label: Localized;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Items of a list are matched by their id or name (tranches, facts, references, conditions), else by place. */
function itemKey(item: unknown): string | null {
  if (!isObject(item)) return null;
  if (typeof item.id === 'string') return `id:${item.id}`;
  if (typeof item.name === 'string') return `name:${item.name}`;
  return null;
}

function keyed(items: unknown[]): string[] | null {
  const keys = items.map(itemKey);
  if (keys.some((k) => k === null) || new Set(keys).size !== keys.length) return null;
  return keys as string[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const primitiveList = (v: unknown[]) => v.every((x) => !isObject(x) && !Array.isArray(x));

/**
 * What differs between a bundled rule set and an edited (or saved) one: every changed value with
 * its old and new value. Lists of named items are compared item by item, so removing one condition
 * reads as "removed", not as every later condition changing; a changed order is one "reordered" entry.
 */
export function diffAgreements(before: Agreement, after: Agreement): AgreementChange[] {
  const raw: Omit<AgreementChange, 'label'>[] = [];

  const visit = (a: unknown, b: unknown, at: string, removedAt: string): void => {
    if (same(a, b)) return;
    if (Array.isArray(a) && Array.isArray(b) && !(primitiveList(a) && primitiveList(b))) {
      const ka = keyed(a);
      const kb = keyed(b);
      if (ka && kb) {
        ka.forEach((k, i) => {
          if (!kb.includes(k)) raw.push({ pointer: `${removedAt}/${i}`, kind: 'removed', before: a[i] });
        });
        kb.forEach((k, j) => {
          const i = ka.indexOf(k);
          if (i < 0) raw.push({ pointer: `${at}/${j}`, kind: 'added', after: b[j] });
          else visit(a[i], b[j], `${at}/${j}`, `${removedAt}/${i}`);
        });
        const common = (keys: string[], other: string[]) => keys.filter((k) => other.includes(k));
        if (!same(common(ka, kb), common(kb, ka))) raw.push({ pointer: at, kind: 'reordered', before: ka, after: kb });
        return;
      }
      const length = Math.max(a.length, b.length);
      for (let i = 0; i < length; i++) {
        if (i >= b.length) raw.push({ pointer: `${removedAt}/${i}`, kind: 'removed', before: a[i] });
        else if (i >= a.length) raw.push({ pointer: `${at}/${i}`, kind: 'added', after: b[i] });
        else visit(a[i], b[i], `${at}/${i}`, `${removedAt}/${i}`);
      }
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const key of Object.keys(a)) {
        if (!(key in b)) raw.push({ pointer: `${removedAt}/${escapeSegment(key)}`, kind: 'removed', before: a[key] });
      }
      for (const key of Object.keys(b)) {
        const k = `/${escapeSegment(key)}`;
        if (!(key in a)) raw.push({ pointer: `${at}${k}`, kind: 'added', after: b[key] });
        else visit(a[key], b[key], `${at}${k}`, `${removedAt}${k}`);
      }
      return;
    }
    raw.push({ pointer: at, kind: 'changed', before: a, after: b });
  };

  visit(before, after, '', '');
  // $schema is where the file sits, not a rule.
  return raw
    .filter((c) => c.pointer !== '/$schema')
    .map((c) => ({ ...c, label: describePointer(c.kind === 'removed' ? before : after, c.pointer) }));
}

const FIELDS: Record<string, Localized> = {
  id: { sv: 'id', en: 'id' },
  year: { sv: 'år', en: 'year' },
  title: { sv: 'titel', en: 'title' },
  description: { sv: 'beskrivning', en: 'description' },
  references: { sv: 'källor', en: 'sources' },
  budget: { sv: 'budget', en: 'budget' },
  currency: { sv: 'valuta', en: 'currency' },
  facts: { sv: 'fakta', en: 'facts' },
  tranches: { sv: 'utbetalningar', en: 'payouts' },
  rounding: { sv: 'avrundning', en: 'rounding' },
  label: { sv: 'etikett', en: 'label' },
  amount: { sv: 'belopp', en: 'amount' },
  onFailure: { sv: 'om villkoren inte uppfylls', en: 'if the conditions are not met' },
  conditionsAssumed: { sv: 'antagna villkor', en: 'conditions assumed' },
  conditions: { sv: 'villkor', en: 'conditions' },
  all: { sv: 'alla villkor', en: 'all conditions' },
  any: { sv: 'minst ett villkor', en: 'any condition' },
  not: { sv: 'inte', en: 'not' },
  name: { sv: 'namn', en: 'name' },
  fact: { sv: 'faktum', en: 'fact' },
  operator: { sv: 'jämförelse', en: 'comparison' },
  value: { sv: 'värde', en: 'value' },
  headers: { sv: 'kolumnrubriker', en: 'column headers' },
  type: { sv: 'typ', en: 'type' },
  required: { sv: 'obligatorisk', en: 'required' },
  whenMissing: { sv: 'om värdet saknas', en: 'when missing' },
  means: { sv: 'räknas som', en: 'counts as' },
  why: { sv: 'varför', en: 'why' },
  basis: { sv: 'fördelningsgrund', en: 'basis' },
  baseAmount: { sv: 'grundbelopp', en: 'base amount' },
  recipients: { sv: 'mottagare', en: 'recipients' },
  parts: { sv: 'delar', en: 'parts' },
  share: { sv: 'andel', en: 'share' },
  groups: { sv: 'grupper', en: 'groups' },
  regions: { sv: 'regioner', en: 'regions' },
  assumed: { sv: 'antagande', en: 'assumption' },
  source: { sv: 'källa', en: 'source' },
  about: { sv: 'gäller', en: 'about' },
  atLeast: { sv: 'minst', en: 'at least' },
  of: { sv: 'av villkoren', en: 'of the conditions' },
  minus: { sv: 'minus', en: 'minus' },
  clampAtZero: { sv: 'minst 0', en: 'at least 0' },
};

/**
 * A pointer in words, named by what the rule set calls things: "Utbetalning 2 › Inklusion: värde"
 * for /tranches/1/conditions/all/0/value.
 */
export function describePointer(agreement: Agreement, pointer: string): Localized {
  const segments = pointerSegments(pointer);
  const names: Localized[] = [];
  const rest: string[] = [];
  let at = '';
  segments.forEach((segment, i) => {
    at += `/${escapeSegment(segment)}`;
    const node = getAt(agreement, at);
    const parent = segments[i - 1];
    if (/^\d+$/.test(segment) && isObject(node)) {
      // A condition is named by its fact ("Inklusion"): its own label may still speak of the old value.
      const fact = typeof node.fact === 'string' ? agreement.facts?.find((f) => f.id === node.fact) : undefined;
      const label = fact ? fact.label : isObject(node.label) ? (node.label as unknown as Localized) : null;
      if (parent === 'references')
        names.push({
          sv: `Källa ${typeof node.id === 'string' ? node.id : Number(segment) + 1}`,
          en: `Source ${typeof node.id === 'string' ? node.id : Number(segment) + 1}`,
        });
      else if (label && typeof label.sv === 'string' && typeof label.en === 'string') names.push(label);
      else if (typeof node.name === 'string' || typeof node.id === 'string') {
        const name = String(node.name ?? node.id);
        names.push({ sv: name, en: name });
      }
      rest.length = 0;
    } else if (/^\d+$/.test(segment)) {
      rest.push(`${Number(segment) + 1}`);
    } else if (isLanguage(segment)) {
      rest.push(`(${segment})`);
    } else if (!['all', 'any', 'of', 'conditions', 'tranches', 'parts', 'facts', 'groups'].includes(segment) || i === segments.length - 1) {
      rest.push(segment);
    }
  });
  const field = (lang: keyof Localized) => rest.map((s) => FIELDS[s]?.[lang] ?? s).join(' ');
  const build = (lang: keyof Localized) => {
    const path = names.map((n) => n[lang]).join(' › ');
    const tail = field(lang);
    if (!path) return capitalize(tail || pick(lang, { sv: 'hela regelfilen', en: 'the whole rule file' }));
    return tail ? `${path}: ${tail}` : path;
  };
  return { sv: build('sv'), en: build('en') };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
