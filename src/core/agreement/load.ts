import type { ErrorObject } from 'ajv';
import { validateRuleFile } from './generated/validateRuleFile';
import type { Agreement } from './types';
import type { RuleProblem } from './problems';
import { schemaMessage } from './schemaMessages';
import { checkAgreement } from './checks';
import { checkStructure, RULE_LIMITS } from './structure';
import { numberTexts } from './numberTexts';

export type LoadResult = { ok: true; agreement: Agreement } | { ok: false; problems: RuleProblem[] };

/**
 * rules/schema.json, compiled ahead of time by scripts/build-validator.js (ajv standalone code), so
 * no schema is compiled with `new Function` at run time: the pane runs under a Content-Security-Policy
 * without 'unsafe-eval'.
 */
const validate = validateRuleFile as ((data: unknown) => data is Agreement) & { errors?: ErrorObject[] | null };

/**
 * Loads a rule file's JSON: the limits and numbers first (see structure.ts: nothing recursive sees a
 * document nested too deeply), then JSON Schema, then the checks a schema cannot make. Every problem
 * is listed with its JSON pointer, so a bad file fails here and never first at run time.
 */
export function loadAgreement(json: unknown): LoadResult {
  return loadChecked(json);
}

/** Parses text first, so a syntax error is reported like any other problem. */
export function loadAgreementText(text: string): LoadResult {
  if (text.length > RULE_LIMITS.textLength) {
    return {
      ok: false,
      problems: [
        {
          pointer: '',
          message: {
            sv: `Regelfilen är för stor: ${text.length} tecken, högst ${RULE_LIMITS.textLength}.`,
            en: `The rule file is too large: ${text.length} characters, at most ${RULE_LIMITS.textLength}.`,
          },
        },
      ],
    };
  }
  // Notepad and Excel's "Save as" may put a byte order mark first; it is no part of the JSON.
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ pointer: '', message: { sv: `Filen är inte giltig JSON: ${detail}`, en: `The file is not valid JSON: ${detail}` } }],
    };
  }
  // The numbers as written, so 1e400 or 9007199254740993 is named instead of read as Infinity or rounded.
  return loadChecked(json, numberTexts(body, RULE_LIMITS.jsonDepth));
}

function loadChecked(json: unknown, texts?: ReadonlyMap<string, string>): LoadResult {
  const structure = checkStructure(json, texts);
  if (structure.fatal) return { ok: false, problems: structure.problems };
  const numbers = structure.problems;
  if (!validate(json) || numbers.length > 0) {
    const named = new Set(numbers.map((p) => p.pointer));
    // An "if" error only says its then/else branch failed; that branch's own error names the problem.
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
    const schemaProblems = errors.map(toProblem).filter((p) => !named.has(p.pointer));
    const problems = [...numbers, ...schemaProblems];
    return { ok: false, problems: [...problems, ...checksDespiteSchema(json, problems)] };
  }
  const problems = checkAgreement(json);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, agreement: json };
}

/**
 * The checks a schema cannot make still run on a file that fails the schema, so one typo does not
 * hide the others. They assume the file's shape, so a shape they cannot walk ends them quietly;
 * problems at a place the schema already named are not repeated.
 */
function checksDespiteSchema(json: unknown, schemaProblems: RuleProblem[]): RuleProblem[] {
  try {
    return checkAgreement(json as Agreement).filter((p) => !schemaProblems.some((s) => s.pointer === p.pointer));
  } catch {
    return [];
  }
}

function toProblem(error: ErrorObject): RuleProblem {
  // Point at the offending or missing field itself, not at its parent object.
  const params = error.params as { additionalProperty?: string; missingProperty?: string };
  const field =
    error.keyword === 'additionalProperties'
      ? params.additionalProperty
      : error.keyword === 'required'
        ? params.missingProperty
        : undefined;
  const pointer = field === undefined ? error.instancePath : `${error.instancePath}/${escapePointer(field)}`;
  return { pointer, message: schemaMessage(error) };
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
