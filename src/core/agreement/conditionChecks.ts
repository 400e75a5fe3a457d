import type { FactDeclaration, Localized } from './types';
import type { RuleProblem } from './problems';
import { OPERATORS, OPERATOR_NAMES } from '../evaluation/operators';
import { toIsoDate } from '../table/dates';
import { suggest } from './suggest';

type Json = Record<string, unknown>;
const GROUPS = ['all', 'any', 'not', 'atLeast'] as const;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a tranche's (or part's) condition tree against the declared facts and the known operators.
 * `names` holds the condition names already used (by the tranche when checking a part), so a name
 * is unique across a tranche and its parts.
 */
export function checkConditionTree(
  tree: unknown,
  pointer: string,
  facts: FactDeclaration[],
  names = new Map<string, string>(),
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (at: string, message: Localized): void => void problems.push({ pointer: at, message });

  const visit = (node: unknown, at: string, topLevel: boolean): void => {
    if (!isObject(node)) return add(at, { sv: 'Ett villkor ska vara ett objekt.', en: 'A condition must be an object.' });
    const groups = GROUPS.filter((g) => g in node);
    if (groups.length > 1 || (groups.length === 1 && 'fact' in node)) {
      return add(at, {
        sv: 'Ett villkor ska ha exakt ett av "all", "any", "not" eller "fact".',
        en: 'A condition must have exactly one of "all", "any", "not" or "fact".',
      });
    }
    if ('of' in node && !('atLeast' in node)) {
      return add(`${at}/of`, {
        sv: '"of" hör till "atLeast": ange hur många av villkoren som ska vara uppfyllda, t.ex. "atLeast": 2.',
        en: '"of" belongs to "atLeast": state how many of the conditions must hold, e.g. "atLeast": 2.',
      });
    }
    if (groups.length === 1 && isObject(node.assumed) && Array.isArray(node.assumed.about)) {
      add(`${at}/assumed/about`, {
        sv: '"about" gäller här inget fält: en grupp av villkor antas som helhet. Ta bort "about".',
        en: '"about" names no field here: a group of conditions is assumed as a whole. Remove "about".',
      });
    }
    if (groups.length === 1) {
      const group = groups[0];
      if (group === 'atLeast') return visitAtLeast(node, at);
      const children = node[group];
      if (group === 'not') return visit(children, `${at}/not`, false);
      if (!Array.isArray(children) || children.length === 0) {
        return add(`${at}/${group}`, {
          sv: `Villkor saknas: "${group}" ska innehålla minst ett villkor.`,
          en: `Missing conditions: "${group}" must hold at least one condition.`,
        });
      }
      return children.forEach((child, i) => visit(child, `${at}/${group}/${i}`, false));
    }
    if (topLevel || !('fact' in node)) {
      return add(at, {
        sv: 'Villkor saknas: ange "all", "any" eller "not" med villkor.',
        en: 'Missing conditions: give "all", "any" or "not" with conditions.',
      });
    }
    checkLeaf(node, at);
  };

  /** "At least k of": k a whole number from 1 to the number of conditions in "of". */
  const visitAtLeast = (node: Json, at: string): void => {
    const children = node.of;
    if (!Array.isArray(children) || children.length === 0) {
      return add(`${at}/of`, {
        sv: 'Villkor saknas: "atLeast" ska ha en lista "of" med minst ett villkor.',
        en: 'Missing conditions: "atLeast" needs a list "of" with at least one condition.',
      });
    }
    const k = node.atLeast;
    if (typeof k === 'number' && Number.isInteger(k) && k > children.length) {
      add(`${at}/atLeast`, {
        sv: `Minst ${k} av ${children.length} villkor kan aldrig uppfyllas: "of" har bara ${children.length}.`,
        en: `At least ${k} of ${children.length} conditions can never hold: "of" has only ${children.length}.`,
      });
    }
    children.forEach((child, i) => visit(child, `${at}/of/${i}`, false));
  };

  const checkLeaf = (leaf: Json, at: string): void => {
    for (const key of ['name', 'operator', 'value'] as const) {
      if (!(key in leaf)) add(at, { sv: `Villkoret saknar "${key}".`, en: `The condition lacks "${key}".` });
    }
    if (typeof leaf.name === 'string') {
      const earlier = names.get(leaf.name);
      if (earlier) {
        add(`${at}/name`, {
          sv: `Namnet "${leaf.name}" används redan av villkoret i ${earlier}.`,
          en: `The name "${leaf.name}" is already used by the condition at ${earlier}.`,
        });
      } else names.set(leaf.name, at);
    }
    const fact = facts.find((f) => f.id === leaf.fact);
    if (!fact) {
      const hint = suggest(
        String(leaf.fact),
        facts.map((f) => f.id),
      );
      return add(`${at}/fact`, {
        sv: `Okänt faktum "${String(leaf.fact)}".${hint ? ` Menade du "${hint}"?` : ''} Deklarerade: ${facts.map((f) => f.id).join(', ')}.`,
        en: `Unknown fact "${String(leaf.fact)}".${hint ? ` Did you mean "${hint}"?` : ''} Declared: ${facts.map((f) => f.id).join(', ')}.`,
      });
    }
    const operator = String(leaf.operator ?? '');
    const spec = Object.hasOwn(OPERATORS, operator) ? OPERATORS[operator] : undefined;
    if (!spec) {
      const hint = suggest(operator, OPERATOR_NAMES);
      return add(`${at}/operator`, {
        sv: `Okänd operator "${operator}".${hint ? ` Menade du "${hint}"?` : ''}`,
        en: `Unknown operator "${operator}".${hint ? ` Did you mean "${hint}"?` : ''}`,
      });
    }
    if (!spec.factTypes.includes(fact.type)) {
      return add(`${at}/operator`, {
        sv: `Operatorn "${operator}" passar inte faktumet "${fact.id}" av typen ${fact.type}.`,
        en: `The operator "${operator}" does not apply to the fact "${fact.id}" of type ${fact.type}.`,
      });
    }
    if (isObject(leaf.assumed) && Array.isArray(leaf.assumed.about) && leaf.assumed.about.some((f) => f !== 'value')) {
      add(`${at}/assumed/about`, {
        sv: 'Ett villkors antagande gäller villkoret som helhet eller dess värde: "about" kan bara vara ["value"].',
        en: 'A condition\'s assumption covers the condition as a whole or its value: "about" can only be ["value"].',
      });
    }
    if (!('value' in leaf)) return;
    if (isObject(leaf.value)) checkFactValue(leaf.value, fact, operator, `${at}/value`);
    else checkValue(leaf.value, fact, operator, `${at}/value`);
  };

  /** `{ "fact": "other" }`: another declared fact of the same type, compared by a comparison (not a list). */
  const checkFactValue = (value: Json, fact: FactDeclaration, operator: string, at: string): void => {
    const other = facts.find((f) => f.id === value.fact);
    if (!other) {
      const hint = suggest(
        String(value.fact),
        facts.map((f) => f.id),
      );
      return add(`${at}/fact`, {
        sv: `Okänt faktum "${String(value.fact)}".${hint ? ` Menade du "${hint}"?` : ''} Deklarerade: ${facts.map((f) => f.id).join(', ')}.`,
        en: `Unknown fact "${String(value.fact)}".${hint ? ` Did you mean "${hint}"?` : ''} Declared: ${facts.map((f) => f.id).join(', ')}.`,
      });
    }
    if (operator === 'in' || operator === 'notIn') {
      return add(at, {
        sv: `"${operator}" jämför med en lista, inte med ett annat faktum. Använd t.ex. "equal".`,
        en: `"${operator}" compares with a list, not with another fact. Use e.g. "equal".`,
      });
    }
    if (other.id === fact.id) {
      return add(`${at}/fact`, {
        sv: `Villkoret jämför "${fact.id}" med sig själv.`,
        en: `The condition compares "${fact.id}" with itself.`,
      });
    }
    if (other.type !== fact.type) {
      add(`${at}/fact`, {
        sv: `"${other.id}" är av typen ${other.type} och kan inte jämföras med "${fact.id}" av typen ${fact.type}.`,
        en: `"${other.id}" is of type ${other.type} and cannot be compared with "${fact.id}" of type ${fact.type}.`,
      });
    }
  };

  const checkValue = (value: unknown, fact: FactDeclaration, operator: string, at: string): void => {
    if (operator === 'in' || operator === 'notIn') {
      if (!Array.isArray(value)) add(at, { sv: 'Värdet ska vara en lista.', en: 'The value must be a list.' });
      // Each item as a value of its own: an item of another type would silently never match.
      else value.forEach((item, i) => checkValue(item, fact, 'equal', `${at}/${i}`));
      return;
    }
    const ok =
      fact.type === 'boolean'
        ? typeof value === 'boolean'
        : fact.type === 'date'
          ? toIsoDate(value) !== null
          : fact.type === 'text'
            ? typeof value === 'string'
            : typeof value === 'number';
    if (!ok) {
      const expected: Record<FactDeclaration['type'], Localized> = {
        boolean: { sv: 'true eller false', en: 'true or false' },
        date: { sv: 'ett datum ÅÅÅÅ-MM-DD eller ett Excel-serienummer', en: 'a date YYYY-MM-DD or an Excel serial number' },
        text: { sv: 'en text', en: 'a text' },
        number: { sv: 'ett tal', en: 'a number' },
        percent: { sv: 'en andel som tal, t.ex. 0.7 för 70 %', en: 'a fraction as a number, e.g. 0.7 for 70 %' },
      };
      add(at, {
        sv: `Värdet ${JSON.stringify(value)} passar inte "${fact.id}": ange ${expected[fact.type].sv}.`,
        en: `The value ${JSON.stringify(value)} does not fit "${fact.id}": give ${expected[fact.type].en}.`,
      });
    } else if (fact.type === 'percent' && typeof value === 'number' && (value < 0 || value > 1)) {
      add(at, {
        sv: `Andelen ${value} ligger utanför 0–1: procent anges som andel (0.7 = 70 %).`,
        en: `The fraction ${value} is outside 0–1: percentages are given as fractions (0.7 = 70 %).`,
      });
    }
  };

  visit(tree, pointer, true);
  return problems;
}
