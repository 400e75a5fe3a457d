import type { Localized } from '../agreement/types';

export const reconcileMessages = {
  columnNotFound(wanted: string, headerRange: string): Localized {
    return {
      sv: `Kolumnen "${wanted}" finns inte i rubrikraden ${headerRange}; ange rubriken eller en kolumnbokstav`,
      en: `Column "${wanted}" is not in the header row ${headerRange}; give the header or a column letter`,
    };
  },
  columnOutside(letters: string, tableRange: string): Localized {
    return {
      sv: `Kolumn ${letters} ligger utanför ${tableRange}`,
      en: `Column ${letters} is outside ${tableRange}`,
    };
  },
  unknownTranche(id: string, known: string[]): Localized {
    return {
      sv: `Det finns ingen utbetalning "${id}" att stämma av mot (finns: total, ${known.join(', ')})`,
      en: `There is no tranche "${id}" to reconcile against (there are: total, ${known.join(', ')})`,
    };
  },
  unreadableAmount(address: string, found: string): Localized {
    return {
      sv: `Beloppet i ${address} går inte att läsa som kronor: "${found}"`,
      en: `The amount in ${address} cannot be read as kronor: "${found}"`,
    };
  },
  duplicateKey(region: string, first: string, second: string): Localized {
    return {
      sv: `Regionen "${region}" står på två rader: ${first} och ${second}; ${first} används`,
      en: `Region "${region}" is on two rows: ${first} and ${second}; ${first} is used`,
    };
  },
  unknownRegion(address: string, found: string): Localized {
    return {
      sv: `"${found}" i ${address} är ingen av regionerna i beräkningen`,
      en: `"${found}" in ${address} is none of the regions computed`,
    };
  },
};
