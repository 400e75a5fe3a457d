import type { ErrorObject } from 'ajv';
import type { Localized } from './types';

/** ajv's errors in plain Swedish and English. */
export function schemaMessage(error: ErrorObject): Localized {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { sv: `Fältet "${p.missingProperty}" saknas.`, en: `The field "${p.missingProperty}" is missing.` };
    case 'additionalProperties':
      return {
        sv: `Okänt fält "${p.additionalProperty}".`,
        en: `Unknown field "${p.additionalProperty}".`,
      };
    case 'type':
      return { sv: `Ska vara av typen ${p.type}.`, en: `Must be of type ${p.type}.` };
    case 'enum':
      return {
        sv: `Ska vara ett av: ${(p.allowedValues as unknown[]).join(', ')}.`,
        en: `Must be one of: ${(p.allowedValues as unknown[]).join(', ')}.`,
      };
    case 'const':
      return { sv: `Ska vara ${JSON.stringify(p.allowedValue)}.`, en: `Must be ${JSON.stringify(p.allowedValue)}.` };
    case 'minimum':
      return { sv: `Får inte vara mindre än ${p.limit}.`, en: `Must not be less than ${p.limit}.` };
    case 'maximum':
      return { sv: `Får inte vara större än ${p.limit}.`, en: `Must not be greater than ${p.limit}.` };
    case 'exclusiveMinimum':
      return { sv: `Ska vara större än ${p.limit}.`, en: `Must be greater than ${p.limit}.` };
    case 'uniqueItems':
      return { sv: 'Samma värde står två gånger i listan.', en: 'The same value is listed twice.' };
    case 'minItems':
      return { sv: `Ska ha minst ${p.limit} element.`, en: `Must have at least ${p.limit} item(s).` };
    case 'minLength':
      return { sv: 'Får inte vara tomt.', en: 'Must not be empty.' };
    case 'pattern':
      return { sv: `Har fel form (mönster ${p.pattern}).`, en: `Has the wrong form (pattern ${p.pattern}).` };
    default:
      return { sv: `Ogiltigt värde (${error.message ?? error.keyword}).`, en: `Invalid value (${error.message ?? error.keyword}).` };
  }
}
