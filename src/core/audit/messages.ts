import type { Localized } from '../agreement/types';

export const logMessages = {
  missing(column: Localized, address: string): Localized {
    return { sv: `${column.sv} saknas i ${address}`, en: `${column.en} is missing in ${address}` };
  },
  notTime(address: string, found: string): Localized {
    return { sv: `Tiden i ${address} är ingen ISO-tid: "${found}"`, en: `The time in ${address} is not an ISO time: "${found}"` };
  },
  notHash(column: Localized, address: string, found: string): Localized {
    return {
      sv: `${column.sv} i ${address} är ingen SHA-256 (64 hexadecimala tecken): "${found}"`,
      en: `${column.en} in ${address} is not a SHA-256 (64 hexadecimal characters): "${found}"`,
    };
  },
  notKronor(column: Localized, address: string, found: string): Localized {
    return {
      sv: `${column.sv} i ${address} är inget helt belopp i kronor: "${found}"`,
      en: `${column.en} in ${address} is not a whole amount of kronor: "${found}"`,
    };
  },
  notJson(column: Localized, address: string): Localized {
    return {
      sv: `${column.sv} i ${address} börjar inte med JSON ("{" eller "[")`,
      en: `${column.en} in ${address} does not start with JSON ("{" or "[")`,
    };
  },
  notText(column: Localized, address: string): Localized {
    return { sv: `${column.sv}: fortsättningen i ${address} är inte text`, en: `${column.en}: the continuation in ${address} is not text` };
  },
  cutOff(column: Localized, address: string): Localized {
    return {
      sv: `${column.sv} som börjar i ${address} tar slut mitt i JSON-texten: fortsättningscellerna saknas`,
      en: `${column.en} starting in ${address} ends in the middle of its JSON: continuation cells are missing`,
    };
  },
  trailing(column: Localized, address: string): Localized {
    return { sv: `${column.sv}: text efter JSON-slutet i ${address}`, en: `${column.en}: text after the end of the JSON in ${address}` };
  },
  badJson(column: Localized, address: string, detail: string): Localized {
    return {
      sv: `${column.sv} i ${address} är inte giltig JSON: ${detail}`,
      en: `${column.en} in ${address} is not valid JSON: ${detail}`,
    };
  },
  badShape(column: Localized, address: string, what: Localized): Localized {
    return { sv: `${column.sv} i ${address}: ${what.sv}`, en: `${column.en} in ${address}: ${what.en}` };
  },
  extraCells(address: string): Localized {
    return { sv: `Oväntat innehåll efter sista kolumnen, i ${address}`, en: `Unexpected content after the last column, in ${address}` };
  },
  notBlank(column: Localized, address: string, found: string): Localized {
    return {
      sv: `${column.sv} i ${address} ska vara tom i en sådan rad: "${found}"`,
      en: `${column.en} in ${address} must be blank in such a row: "${found}"`,
    };
  },
  notKind(address: string, found: string, first: string): Localized {
    return {
      sv: `Ingen loggrad: ${address} ska ange "write", "undo" eller "sheet" (eller ${first} en ISO-tid, som i äldre loggrader), men har "${found}"`,
      en: `Not a log row: ${address} must say "write", "undo" or "sheet" (or ${first} an ISO time, as in older log rows), but has "${found}"`,
    };
  },
  notBlock(column: Localized, address: string, found: string): Localized {
    return {
      sv: `${column.sv} i ${address} är ingen områdesadress med blad (t.ex. Blad1!G4:L27): "${found}"`,
      en: `${column.en} in ${address} is not a range address with a sheet (e.g. Blad1!G4:L27): "${found}"`,
    };
  },
};
