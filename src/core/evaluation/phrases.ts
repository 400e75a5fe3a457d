import Decimal from 'decimal.js';
import { OPERATORS } from './operators';
import type { ConditionLeaf, FactDeclaration, Localized, WhenMissing } from '../agreement/types';
import { isFactReference } from '../agreement/types';
import { formatFactValue } from '../format/factValue';
import { own } from '../agreement/own';
import { pick } from '../i18n';

type Phrase = (fact: string, actual: string, required: string) => string;
interface OperatorPhrases {
  requirement: Record<'sv' | 'en', (required: string) => string>;
  failed: Record<'sv' | 'en', Phrase>;
  passed: Record<'sv' | 'en', Phrase>;
}

const PHRASES: Record<string, OperatorPhrases> = {
  greaterThanInclusive: {
    requirement: { sv: (r) => `minst ${r}`, en: (r) => `at least ${r}` },
    failed: { sv: (f, a, r) => `${f} ${a} är under kravet ${r}`, en: (f, a, r) => `${f} ${a} is below the required ${r}` },
    passed: { sv: (f, a, r) => `${f} ${a} når kravet ${r}`, en: (f, a, r) => `${f} ${a} meets the required ${r}` },
  },
  greaterThan: {
    requirement: { sv: (r) => `över ${r}`, en: (r) => `above ${r}` },
    failed: { sv: (f, a, r) => `${f} ${a} är inte över ${r}`, en: (f, a, r) => `${f} ${a} is not above ${r}` },
    passed: { sv: (f, a, r) => `${f} ${a} är över ${r}`, en: (f, a, r) => `${f} ${a} is above ${r}` },
  },
  lessThanInclusive: {
    requirement: { sv: (r) => `högst ${r}`, en: (r) => `at most ${r}` },
    failed: { sv: (f, a, r) => `${f} ${a} är över gränsen ${r}`, en: (f, a, r) => `${f} ${a} is above the limit ${r}` },
    passed: { sv: (f, a, r) => `${f} ${a} håller gränsen ${r}`, en: (f, a, r) => `${f} ${a} is within the limit ${r}` },
  },
  lessThan: {
    requirement: { sv: (r) => `under ${r}`, en: (r) => `below ${r}` },
    failed: { sv: (f, a, r) => `${f} ${a} är inte under ${r}`, en: (f, a, r) => `${f} ${a} is not below ${r}` },
    passed: { sv: (f, a, r) => `${f} ${a} är under ${r}`, en: (f, a, r) => `${f} ${a} is below ${r}` },
  },
  equal: {
    requirement: { sv: (r) => `${r}`, en: (r) => `${r}` },
    failed: { sv: (f, a, r) => `${f}: ${a}, krävs ${r}`, en: (f, a, r) => `${f}: ${a}, ${r} required` },
    passed: { sv: (f, a) => `${f}: ${a}`, en: (f, a) => `${f}: ${a}` },
  },
  notEqual: {
    requirement: { sv: (r) => `inte ${r}`, en: (r) => `not ${r}` },
    failed: { sv: (f, a) => `${f} får inte vara ${a}`, en: (f, a) => `${f} must not be ${a}` },
    passed: { sv: (f, a) => `${f}: ${a}`, en: (f, a) => `${f}: ${a}` },
  },
  onOrBefore: {
    requirement: { sv: (r) => `senast ${r}`, en: (r) => `by ${r}` },
    failed: { sv: (f, a, r) => `${f} ${a} är efter sista dag ${r}`, en: (f, a, r) => `${f} ${a} is after the deadline ${r}` },
    passed: { sv: (f, a, r) => `${f} ${a}, senast ${r}`, en: (f, a, r) => `${f} ${a}, by ${r}` },
  },
  onOrAfter: {
    requirement: { sv: (r) => `tidigast ${r}`, en: (r) => `on or after ${r}` },
    failed: { sv: (f, a, r) => `${f} ${a} är före ${r}`, en: (f, a, r) => `${f} ${a} is before ${r}` },
    passed: { sv: (f, a, r) => `${f} ${a}, tidigast ${r}`, en: (f, a, r) => `${f} ${a}, on or after ${r}` },
  },
  in: {
    requirement: { sv: (r) => `en av ${r}`, en: (r) => `one of ${r}` },
    failed: { sv: (f, a, r) => `${f} ${a} är inte en av ${r}`, en: (f, a, r) => `${f} ${a} is not one of ${r}` },
    passed: { sv: (f, a) => `${f}: ${a}`, en: (f, a) => `${f}: ${a}` },
  },
  notIn: {
    requirement: { sv: (r) => `inte någon av ${r}`, en: (r) => `none of ${r}` },
    failed: { sv: (f, a) => `${f} ${a} är uteslutet`, en: (f, a) => `${f} ${a} is excluded` },
    passed: { sv: (f, a) => `${f}: ${a}`, en: (f, a) => `${f}: ${a}` },
  },
};

const LANGS = ['sv', 'en'] as const;

/**
 * The required side in words: the value ("70 %", "2024-09-30"), or for a fact given as the value its
 * label ("Andel inom ledtid 2025"), found in `facts` (the fact's id when it is not declared).
 */
function requiredText(leaf: ConditionLeaf, fact: FactDeclaration, lang: 'sv' | 'en', facts?: readonly FactDeclaration[]): string {
  if (!isFactReference(leaf.value)) return formatFactValue(leaf.value, fact.type, lang);
  const id = leaf.value.fact;
  return facts?.find((f) => f.id === id)?.label[lang] ?? id;
}

/**
 * "Inklusion minst 70 %", "Andel inom ledtid 2026 över Andel inom ledtid 2025" — the condition in
 * plain language, for the pane and the README. `facts` names a fact given as the value.
 */
export function describeRequirement(leaf: ConditionLeaf, fact: FactDeclaration, facts?: readonly FactDeclaration[]): Localized {
  const phrases = own(PHRASES, leaf.operator);
  const out = {} as Localized;
  for (const lang of LANGS) {
    const required = requiredText(leaf, fact, lang, facts);
    // An operator the loader rejects ("atLeast", "constructor") in a draft: shown as written.
    if (!phrases) {
      out[lang] = `${fact.label[lang]} ${leaf.operator} ${required}`;
      continue;
    }
    const separator = leaf.operator === 'equal' ? ': ' : ' ';
    out[lang] = `${fact.label[lang]}${separator}${phrases.requirement[lang](required)}`;
  }
  return out;
}

/**
 * A leaf's literal value in words, kept per leaf: it is the same for every region, and a table of
 * 100 000 rows would otherwise format it 200 000 times. Checked against the value and type it was
 * made from, so an edited condition is never explained with its old value.
 */
const literalTexts = new WeakMap<ConditionLeaf, { value: unknown; type: FactDeclaration['type']; text: Localized }>();
function literalText(leaf: ConditionLeaf, type: FactDeclaration['type'], lang: 'sv' | 'en'): string {
  let kept = literalTexts.get(leaf);
  if (!kept || kept.value !== leaf.value || kept.type !== type) {
    kept = { value: leaf.value, type, text: { sv: formatFactValue(leaf.value, type, 'sv'), en: formatFactValue(leaf.value, type, 'en') } };
    literalTexts.set(leaf, kept);
  }
  return kept.text[lang];
}

/**
 * The region's value as shown in a reason: rounded like the requirement, unless rounding would make
 * it look equal to a requirement it differs from ("69,996 % är under kravet 70 %", not "70 %").
 */
function shownValue(actual: unknown, leaf: ConditionLeaf, fact: FactDeclaration, lang: 'sv' | 'en'): string {
  const shown = formatFactValue(actual, fact.type, lang);
  const numeric = fact.type === 'percent' || fact.type === 'number';
  if (!numeric || shown !== literalText(leaf, fact.type, lang)) return shown;
  const plain = actual instanceof Decimal ? actual.toString() : actual;
  return OPERATORS.equal.evaluate(plain, leaf.value) ? shown : formatFactValue(actual, fact.type, lang, 10);
}

/** The other side of a comparison between two facts of the region: that fact and its value here. */
export interface ComparedFact {
  fact: FactDeclaration;
  value: unknown;
}

/**
 * One line on one region's outcome, e.g. "Inklusion 68,2 % är under kravet 70 %", or for two facts
 * "Andel inom ledtid 2026 72 % är inte över Andel inom ledtid 2025 75 %".
 */
export function explainOutcome(
  leaf: ConditionLeaf,
  fact: FactDeclaration,
  actual: unknown,
  passed: boolean,
  negated: boolean,
  compared?: ComparedFact,
): Localized {
  const out = {} as Localized;
  for (const lang of LANGS) {
    const label = fact.label[lang];
    const phrases = PHRASES[leaf.operator];
    const otherMissing = compared !== undefined && (compared.value === null || compared.value === undefined);
    const required = compared
      ? `${compared.fact.label[lang]}${otherMissing ? '' : ` ${formatFactValue(compared.value, compared.fact.type, lang)}`}`
      : literalText(leaf, fact.type, lang);
    if (actual === null || actual === undefined) {
      const requirement = phrases.requirement[lang](required);
      out[lang] = pick(lang, { sv: `${label} saknas (krav: ${requirement})`, en: `${label} is missing (required: ${requirement})` });
      continue;
    }
    if (compared && otherMissing) {
      // The value compared with is blank: the condition is unknown, so it is not met.
      const other = compared.fact.label[lang];
      const shownActual = formatFactValue(actual, fact.type, lang);
      out[lang] = pick(lang, {
        sv: `${other} saknas (jämförs med ${label} ${shownActual})`,
        en: `${other} is missing (compared with ${label} ${shownActual})`,
      });
      continue;
    }
    const shown = compared ? formatFactValue(actual, fact.type, lang) : shownValue(actual, leaf, fact, lang);
    // Inside "not" the leaf holding is what fails the tranche.
    const leafHeld = negated ? !passed : passed;
    const line = (leafHeld ? phrases.passed : phrases.failed)[lang](label, shown, required);
    out[lang] = negated && !passed ? pick(lang, { sv: `Får inte gälla: ${line}`, en: `Must not hold: ${line}` }) : line;
  }
  return out;
}

/**
 * A missing value the rule file gives a meaning (whenMissing): "PREM-enkäter använda saknas – räknas
 * som uppfyllt enligt avtalet: <why>". Inside "not" a leaf counted as met is what fails the tranche.
 */
export function explainMissingByAgreement(fact: FactDeclaration, whenMissing: WhenMissing, passed: boolean, negated: boolean): Localized {
  const met = whenMissing.means === 'met';
  const line: Localized = {
    sv: `${fact.label.sv} saknas – räknas som ${met ? 'uppfyllt' : 'ej uppfyllt'} enligt avtalet: ${whenMissing.why.sv}`,
    en: `${fact.label.en} is missing – counted as ${met ? 'met' : 'not met'} under the agreement: ${whenMissing.why.en}`,
  };
  if (!(negated && !passed)) return line;
  return { sv: `Får inte gälla: ${line.sv}`, en: `Must not hold: ${line.en}` };
}
