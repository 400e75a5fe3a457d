import Decimal from 'decimal.js';
import type { Localized } from './types';
import type { RuleProblem } from './problems';
import { escapeSegment } from './pointer';

/**
 * The limits on a rule file, checked before JSON Schema sees it: the schema validator and the
 * condition checks recurse, so a deep enough document would overflow the stack, and the number of
 * conditions bounds the work per region.
 */
export const RULE_LIMITS = {
  /** Levels of all/any/not/atLeast groups in one tranche's (or part's) conditions; the tree itself is level 1. */
  conditionDepth: 32,
  /** Condition nodes (groups and leaves together) in the whole file. */
  conditionNodes: 1000,
  /** Nested objects and arrays anywhere in the file (the conditions at their deepest need about 70). */
  jsonDepth: 100,
  /** Characters of rule file text (1 MiB; the bundled files are about 8 KiB). */
  textLength: 1_048_576,
} as const;

export interface StructureCheck {
  problems: RuleProblem[];
  /** A limit was exceeded: nothing else may walk the document. */
  fatal: boolean;
}

interface Entry {
  value: unknown;
  pointer: string;
  depth: number;
  /** 0 outside conditions; the level of the condition node this value is. */
  level: number;
  /** The value is an all/any list of a condition node at this level (0 if not). */
  groupOf: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One iterative pass over the document: the nesting limits (JSON depth, condition depth, number
 * of conditions) and every number (finite, not -0, whole kronor within 2^53 − 1; with the file's
 * text, also read exactly as written). Problems carry the pointer of the first offending value.
 */
export function checkStructure(json: unknown, texts?: ReadonlyMap<string, string>): StructureCheck {
  const problems: RuleProblem[] = [];
  let fatal = false;
  let conditionNodes = 0;
  const deepTranches = new Set<string>();
  const stack: Entry[] = [{ value: json, pointer: '', depth: 0, level: 0, groupOf: 0 }];

  while (stack.length > 0) {
    const { value, pointer, depth, level, groupOf } = stack.pop()!;
    if (typeof value === 'number') {
      const message = numberProblem(value, pointer, texts?.get(pointer));
      if (message) problems.push({ pointer, message });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;

    if (level > 0) {
      const tranche = conditionsRoot(pointer);
      if (level > RULE_LIMITS.conditionDepth) {
        fatal = true;
        if (!deepTranches.has(tranche)) {
          deepTranches.add(tranche);
          problems.push({ pointer, message: messages.tooDeepConditions() });
        }
        continue;
      }
      conditionNodes++;
      if (conditionNodes === RULE_LIMITS.conditionNodes + 1) {
        fatal = true;
        problems.push({ pointer, message: messages.tooManyConditions() });
      }
    }
    if (depth >= RULE_LIMITS.jsonDepth) {
      fatal = true;
      problems.push({ pointer, message: messages.tooDeepJson() });
      // One report is enough: a deep document would otherwise give one per branch.
      return { problems, fatal };
    }

    const children: Entry[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, i) =>
        children.push({ value: item, pointer: `${pointer}/${i}`, depth: depth + 1, level: groupOf > 0 ? groupOf + 1 : 0, groupOf: 0 }),
      );
    } else {
      for (const key of Object.keys(value)) {
        const child = (value as Record<string, unknown>)[key];
        const at = `${pointer}/${escapeSegment(key)}`;
        const entry: Entry = { value: child, pointer: at, depth: depth + 1, level: 0, groupOf: 0 };
        if (level > 0 && (key === 'all' || key === 'any' || key === 'of') && Array.isArray(child)) entry.groupOf = level;
        else if (level > 0 && key === 'not') entry.level = level + 1;
        else if (key === 'conditions' && CONDITION_OWNER.test(pointer) && isObject(child)) entry.level = 1;
        children.push(entry);
      }
    }
    // Reversed, so values are visited in document order and the first offender is reported.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { problems, fatal };
}

/** A tranche or one of its parts: what holds a condition tree. */
const CONDITION_OWNER = /^\/tranches\/\d+(\/parts\/\d+)?$/;
/** Whole kronor: the budget, and every amount and base amount of a tranche or part. */
const KRONOR = /^\/budget$|^\/tranches\/\d+(\/parts\/\d+)?\/(amount|baseAmount)$/;

/** "/tranches/1" or "/tranches/1/parts/0": the tree a condition node belongs to (one report per tree). */
function conditionsRoot(pointer: string): string {
  const match = /^\/tranches\/\d+(\/parts\/\d+)?/.exec(pointer);
  return match ? match[0] : pointer;
}

function numberProblem(value: number, pointer: string, text: string | undefined): Localized | null {
  if (Number.isNaN(value)) return messages.notANumber();
  if (!Number.isFinite(value)) return messages.tooLarge(text ?? String(value));
  if (text !== undefined) {
    if (value === 0 && /[1-9]/.test(text.split(/[eE]/)[0])) return messages.underflow(text);
    if (!readsAsWritten(text, value)) return messages.inexact(text, value);
  }
  if (Object.is(value, -0)) return messages.negativeZero();
  if (KRONOR.test(pointer) && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return messages.tooManyKronor(value);
  }
  return null;
}

/** The number JSON.parse made of the text is the number written (every digit kept). */
function readsAsWritten(text: string, value: number): boolean {
  try {
    return new Decimal(text).equals(new Decimal(value));
  } catch {
    return false;
  }
}

const messages = {
  tooDeepConditions: (): Localized => ({
    sv: `Villkoren är nästlade för djupt: högst ${RULE_LIMITS.conditionDepth} nivåer av "all", "any" och "not" inuti varandra. Skriv om villkoren med färre nivåer.`,
    en: `The conditions are nested too deeply: at most ${RULE_LIMITS.conditionDepth} levels of "all", "any" and "not" inside one another. Rewrite the conditions with fewer levels.`,
  }),
  tooManyConditions: (): Localized => ({
    sv: `Regelfilen har fler än ${RULE_LIMITS.conditionNodes} villkor (enskilda villkor och grupper räknade tillsammans); det här är det första för många.`,
    en: `The rule file has more than ${RULE_LIMITS.conditionNodes} conditions (single conditions and groups counted together); this is the first one too many.`,
  }),
  tooDeepJson: (): Localized => ({
    sv: `Regelfilen är nästlad för djupt: mer än ${RULE_LIMITS.jsonDepth} nivåer av objekt och listor inuti varandra.`,
    en: `The rule file is nested too deeply: more than ${RULE_LIMITS.jsonDepth} levels of objects and lists inside one another.`,
  }),
  notANumber: (): Localized => ({ sv: 'Värdet är inget tal (NaN).', en: 'The value is not a number (NaN).' }),
  tooLarge: (text: string): Localized => ({
    sv: `Talet ${text} är för stort för att läsas (det blir oändligt).`,
    en: `The number ${text} is too large to be read (it becomes infinite).`,
  }),
  underflow: (text: string): Localized => ({
    sv: `Talet ${text} är för litet för att läsas: det skulle bli 0.`,
    en: `The number ${text} is too small to be read: it would become 0.`,
  }),
  inexact: (text: string, value: number): Localized =>
    /^-?\d+$/.test(text)
      ? {
          sv: `Heltalet ${text} är större än 9 007 199 254 740 991, det största heltal som kan läsas exakt: det skulle läsas som ${value}.`,
          en: `The whole number ${text} is larger than 9,007,199,254,740,991, the largest whole number that can be read exactly: it would be read as ${value}.`,
        }
      : {
          sv: `Talet ${text} har fler siffror än som kan läsas exakt: det skulle läsas som ${value}. Skriv högst 15 värdesiffror.`,
          en: `The number ${text} has more digits than can be read exactly: it would be read as ${value}. Write at most 15 significant digits.`,
        },
  negativeZero: (): Localized => ({ sv: 'Skriv 0, inte -0.', en: 'Write 0, not -0.' }),
  tooManyKronor: (value: number): Localized => ({
    sv: `Beloppet ${value} kr är större än 9 007 199 254 740 991 kr, det största hela belopp som räknas exakt.`,
    en: `The amount ${value} kr is larger than 9,007,199,254,740,991 kr, the largest whole amount that is counted exactly.`,
  }),
};
