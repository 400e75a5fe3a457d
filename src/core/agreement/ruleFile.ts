import type { Agreement } from './types';

/** The key order of rules/*.json (the schema's order), so an exported file reads like the bundled ones. */
const ORDER = {
  agreement: [
    '$schema',
    'id',
    'year',
    'title',
    'description',
    'references',
    'currency',
    'budget',
    'facts',
    'regions',
    'groups',
    'tranches',
    'rounding',
  ],
  region: ['code', 'name'],
  group: ['id', 'name', 'regions', 'assumed', 'description'],
  localized: ['sv', 'en'],
  reference: ['id', 'title', 'date', 'section', 'url'],
  fact: ['id', 'type', 'role', 'label', 'headers', 'required', 'whenMissing', 'description'],
  whenMissing: ['means', 'why'],
  tranche: [
    'id',
    'label',
    'amount',
    'basis',
    'baseAmount',
    'recipients',
    'conditions',
    'onFailure',
    'conditionsAssumed',
    'assumed',
    'parts',
    'description',
  ],
  part: ['id', 'label', 'amount', 'share', 'basis', 'baseAmount', 'conditions', 'onFailure', 'assumed', 'description'],
  basis: ['fact', 'minus', 'clampAtZero', 'label'],
  assumption: ['why', 'source', 'about'],
  condition: ['all', 'any', 'not', 'atLeast', 'of', 'name', 'fact', 'operator', 'value', 'label', 'assumed'],
  rounding: ['unit', 'method', 'tieBreak'],
} as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Known keys in their order first, then any others as they were (the loader reports those). */
function ordered(value: unknown, order: readonly string[], child: (key: string, v: unknown) => unknown = (_, v) => v): unknown {
  if (!isObject(value)) return value;
  const keys = [...order.filter((k) => k in value), ...Object.keys(value).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, child(k, value[k])]));
}

const localized = (v: unknown) => ordered(v, ORDER.localized);
const list = (v: unknown, each: (item: unknown) => unknown) => (Array.isArray(v) ? v.map(each) : v);

const assumption = (v: unknown) => ordered(v, ORDER.assumption, (key, x) => (key === 'why' ? localized(x) : x));
const basis = (v: unknown) => ordered(v, ORDER.basis, (key, x) => (key === 'label' ? localized(x) : x));

function condition(node: unknown): unknown {
  return ordered(node, ORDER.condition, (key, v) => {
    if (key === 'all' || key === 'any' || key === 'of') return list(v, condition);
    if (key === 'not') return condition(v);
    if (key === 'assumed') return assumption(v);
    if (key === 'value') return v;
    return key === 'label' ? localized(v) : v;
  });
}

const whenMissing = (v: unknown) => ordered(v, ORDER.whenMissing, (key, x) => (key === 'why' ? localized(x) : x));

const fact = (v: unknown) =>
  ordered(v, ORDER.fact, (key, x) =>
    key === 'label' || key === 'description' || key === 'headers' ? localized(x) : key === 'whenMissing' ? whenMissing(x) : x,
  );

/** The fields a tranche and a part share, in their order. */
function trancheField(key: string, x: unknown): unknown {
  switch (key) {
    case 'label':
    case 'description':
      return localized(x);
    case 'conditions':
      return condition(x);
    case 'assumed':
      return assumption(x);
    case 'basis':
      return basis(x);
    default:
      return x;
  }
}

const part = (v: unknown) => ordered(v, ORDER.part, trancheField);

const tranche = (v: unknown) => ordered(v, ORDER.tranche, (key, x) => (key === 'parts' ? list(x, part) : trancheField(key, x)));

const group = (v: unknown) =>
  ordered(v, ORDER.group, (key, x) => (key === 'name' || key === 'description' ? localized(x) : key === 'assumed' ? assumption(x) : x));

/**
 * A rule set as a rule file: "$schema": "./schema.json" first, keys in the bundled files' order,
 * two-space indent and a final newline — the same bytes as rules/*.json for the same content.
 */
export function ruleFileText(agreement: Agreement): string {
  const withSchema = { ...agreement, $schema: agreement.$schema ?? './schema.json' };
  const json = ordered(withSchema, ORDER.agreement, (key, v) => {
    switch (key) {
      case 'title':
      case 'description':
        return localized(v);
      case 'references':
        return list(v, (r) => ordered(r, ORDER.reference));
      case 'facts':
        return list(v, fact);
      case 'regions':
        return list(v, (r) => ordered(r, ORDER.region));
      case 'groups':
        return list(v, group);
      case 'tranches':
        return list(v, tranche);
      case 'rounding':
        return ordered(v, ORDER.rounding);
      default:
        return v;
    }
  });
  return `${JSON.stringify(json, null, 2)}\n`;
}
