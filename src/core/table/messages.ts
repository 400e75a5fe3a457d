import type Decimal from 'decimal.js';
import type { FactType, Localized } from '../agreement/types';
import type { TableProblem } from './types';

/** Every problem the table reader reports, in Swedish and English; each names its place. */

export function problem(address: string, code: string, message: Localized, found?: string): TableProblem {
  return found === undefined ? { address, code, message } : { address, code, message, found };
}

const TYPE_NAMES: Record<FactType, Localized> = {
  number: { sv: 'ett tal', en: 'a number' },
  percent: { sv: 'en procentsats', en: 'a percentage' },
  boolean: { sv: 'ja/nej', en: 'yes/no' },
  date: { sv: 'ett datum', en: 'a date' },
  text: { sv: 'text', en: 'text' },
};

const svDecimal = (d: Decimal): string => d.toString().replace('.', ',');

export interface MissingHeader {
  label: Localized;
  synonyms: string[];
}

export const messages = {
  headerRowNotFound(range: string, missing: MissingHeader[]): Localized {
    const list = (lang: 'sv' | 'en') =>
      missing.map((m) => `${m.label[lang]} (${m.synonyms.map((s) => `"${s}"`).join(', ')})`).join('; ');
    return {
      sv: `Hittar ingen rubrikrad i ${range}. Kolumner som saknas: ${list('sv')}`,
      en: `No header row found in ${range}. Columns not found: ${list('en')}`,
    };
  },
  missingRoleFacts(): Localized {
    return {
      sv: 'Regelfilen måste ange en uppgift med rollen befolkning och en med rollen regionnamn eller regionkod',
      en: 'The rules must declare a fact with the population role and one with the region name or region code role',
    };
  },
  overrideUnknownFact(id: string, known: string[]): Localized {
    return {
      sv: `Okänd uppgift "${id}" i kolumnmappningen; kända uppgifter: ${known.join(', ')}`,
      en: `Unknown fact "${id}" in the column mapping; known facts: ${known.join(', ')}`,
    };
  },
  overrideHeaderNotFound(label: Localized, header: string, headerRange: string): Localized {
    return {
      sv: `Rubriken "${header}" för ${label.sv} finns inte i rubrikraden ${headerRange}`,
      en: `Header "${header}" for ${label.en} is not in the header row ${headerRange}`,
    };
  },
  overrideColumnOutside(label: Localized, letters: string, tableRange: string): Localized {
    return {
      sv: `Kolumn ${letters} för ${label.sv} ligger utanför tabellen ${tableRange}`,
      en: `Column ${letters} for ${label.en} is outside the table ${tableRange}`,
    };
  },
  columnMatchedTwice(label: Localized, used: string, ignored: string): Localized {
    return {
      sv: `Både ${used} och ${ignored} passar som ${label.sv}; ${used} används`,
      en: `Both ${used} and ${ignored} match ${label.en}; ${used} is used`,
    };
  },
  requiredColumnMissing(missing: MissingHeader, headerRange: string): Localized {
    const list = missing.synonyms.map((s) => `"${s}"`).join(', ');
    return {
      sv: `Kolumnen ${missing.label.sv} saknas i rubrikraden ${headerRange} (sökte efter ${list})`,
      en: `Column ${missing.label.en} is missing from the header row ${headerRange} (looked for ${list})`,
    };
  },
  noRegions(range: string): Localized {
    return {
      sv: `Inga regionrader under rubrikraden i ${range}`,
      en: `No region rows below the header row in ${range}`,
    };
  },
  invalidValue(label: Localized, address: string, type: FactType, found: string, hint?: Localized): Localized {
    return {
      sv: `${label.sv} i ${address} går inte att läsa som ${TYPE_NAMES[type].sv}: "${found}"${hint ? ` (${hint.sv})` : ''}`,
      en: `${label.en} in ${address} cannot be read as ${TYPE_NAMES[type].en}: "${found}"${hint ? ` (${hint.en})` : ''}`,
    };
  },
  valueMissing(label: Localized, address: string): Localized {
    return { sv: `${label.sv} saknas i ${address}`, en: `${label.en} is missing in ${address}` };
  },
  negative(label: Localized, address: string, found: string): Localized {
    return {
      sv: `${label.sv} i ${address} är negativ: "${found}"`,
      en: `${label.en} in ${address} is negative: "${found}"`,
    };
  },
  percentOutOfRange(label: Localized, address: string, found: string): Localized {
    return {
      sv: `${label.sv} i ${address} ligger utanför 0–100 %: "${found}"`,
      en: `${label.en} in ${address} is outside 0–100 %: "${found}"`,
    };
  },
  percentSmallInPoints(label: Localized, address: string, plain: Decimal): Localized {
    const asFraction = plain.times(100);
    return {
      sv:
        `${label.sv} i ${address} är ${svDecimal(plain)} och läses som ${svDecimal(plain)} % eftersom kolumnen ` +
        `anges i procentenheter; om en andel menades är det ${svDecimal(asFraction)} %`,
      en:
        `${label.en} in ${address} is ${plain.toString()} and is read as ${plain.toString()} % because the column ` +
        `is in percentage points; if a fraction was meant it is ${asFraction.toString()} %`,
    };
  },
  regionMissing(address: string): Localized {
    return {
      sv: `Regionnamn eller kod saknas i ${address}`,
      en: `Region name or code is missing in ${address}`,
    };
  },
  duplicateRegion(region: string, first: string, second: string): Localized {
    return {
      sv: `Regionen "${region}" förekommer två gånger: ${first} och ${second}`,
      en: `Region "${region}" appears twice: ${first} and ${second}`,
    };
  },
};
