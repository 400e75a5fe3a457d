import type Decimal from 'decimal.js';
import type { FactType, Localized } from '../agreement/types';
import type { TableProblem } from './types';
import { counted, plural } from '../i18n';

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

/** Up to eight cells by address, then "and N more". */
function listCells(cells: string[]): string {
  const shown = cells.slice(0, 8).join(', ');
  return cells.length > 8 ? `${shown} … +${cells.length - 8}` : shown;
}

/** How a column mixing fractions and points was read: counts of each side and an example value. */
export interface MixedScale {
  above: number;
  upTo: number;
  /** True when most values are above 1, so values up to 1 are read as points too. */
  inPoints: boolean;
  example: { above: Decimal; upTo: Decimal };
}

export interface MissingHeader {
  label: Localized;
  synonyms: string[];
}

export const messages = {
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
  mixedPercentScale(label: Localized, column: MixedScale, check: string[]): Localized {
    const { above, upTo, inPoints, example } = column;
    const hi = { sv: svDecimal(example.above), en: example.above.toString() };
    const lo = { sv: svDecimal(example.upTo), en: example.upTo.toString() };
    const loAs = inPoints ? lo : { sv: svDecimal(example.upTo.times(100)), en: example.upTo.times(100).toString() };
    const n = (count: number, sv: [string, string], en: [string, string]) => ({
      sv: counted('sv', count, { one: sv[0], other: sv[1] }),
      en: counted('en', count, { one: en[0], other: en[1] }),
    });
    const aboveCount = n(above, ['värde', 'värden'], ['value', 'values']);
    const upToCount = n(upTo, ['värde', 'värden'], ['value', 'values']);
    const upToReading = inPoints ? { sv: 'som procentenheter', en: 'as percentage points' } : { sv: 'som andelar', en: 'as fractions' };
    return {
      sv: `${label.sv} blandar andelar och procentenheter: ${aboveCount.sv} över 1 läses som procentenheter (${hi.sv} = ${hi.sv} %) och ${upToCount.sv} upp till 1 ${upToReading.sv} (${lo.sv} = ${loAs.sv} %). Kontrollera ${listCells(check)}; skrivs värdena med %-tecken blir de entydiga`,
      en: `${label.en} mixes fractions and percentage points: ${aboveCount.en} above 1 read as points (${hi.en} = ${hi.en} %) and ${upToCount.en} up to 1 ${upToReading.en} (${lo.en} = ${loAs.en} %). Check ${listCells(check)}; values written with a % sign are unambiguous`,
    };
  },
  cellError(label: Localized, address: string, error: string): Localized {
    return {
      sv: `${label.sv} i ${address} är felvärdet ${error}: rätta formeln eller värdet i Excel`,
      en: `${label.en} in ${address} is the error ${error}: correct the formula or value in Excel`,
    };
  },
  formulaWithoutValue(label: Localized, address: string, formula: string): Localized {
    return {
      sv: `${label.sv} i ${address} är en formel (${formula}) utan sparat värde: öppna och spara arbetsboken i Excel så att värdet räknas ut`,
      en: `${label.en} in ${address} is a formula (${formula}) without a saved value: open and save the workbook in Excel so that the value is calculated`,
    };
  },
  populationNotWhole(label: Localized, address: string, found: string): Localized {
    const thousands = /^\d{1,3}[.,]\d{3}$/.test(found.trim());
    const hint = thousands
      ? {
          sv: ` Menas ${found.trim().replace(/[.,]/, ' ')} invånare, skriv det utan komma eller punkt.`,
          en: ` If ${found.trim().replace(/[.,]/, ',')} people are meant, write the number without a separator.`,
        }
      : { sv: '', en: '' };
    return {
      sv: `${label.sv} i ${address} är inget helt antal: "${found}".${hint.sv}`,
      en: `${label.en} in ${address} is not a whole number: "${found}".${hint.en}`,
    };
  },
  populationScientific(label: Localized, address: string, found: string): Localized {
    return {
      sv: `${label.sv} i ${address} är skriven i exponentform ("${found}") och är därmed avrundad: ge kolumnen talformat i Excel och spara igen`,
      en: `${label.en} in ${address} is written in scientific notation ("${found}") and so is rounded: give the column a number format in Excel and save again`,
    };
  },
  columnEmpty(label: Localized, range: string): Localized {
    return {
      sv: `Kolumnen för ${label.sv} (${range}) är tom: fyll i den eller välj en annan kolumn`,
      en: `The column for ${label.en} (${range}) is empty: fill it in or choose another column`,
    };
  },
  blanks(label: Localized, count: number, cells: string[]): Localized {
    const list = listCells(cells);
    return {
      sv: `${label.sv} är tom i ${plural('sv', count, { one: 'en cell', other: `${count} celler` })} (${list}). En tom cell är inget "Nej": om du bekräftar räknas villkoret som ej uppfyllt för ${plural('sv', count, { one: 'den regionen', other: 'de regionerna' })}`,
      en: `${label.en} is blank in ${plural('en', count, { one: 'one cell', other: `${count} cells` })} (${list}). A blank is not a "No": if you confirm, the condition counts as not met for ${plural('en', count, { one: 'that region', other: 'those regions' })}`,
    };
  },
  blanksWhenMissing(label: Localized, count: number, cells: string[], means: 'met' | 'notMet', why: Localized): Localized {
    const list = listCells(cells);
    return means === 'met'
      ? {
          sv: `${label.sv} är tom i ${count} ${plural('sv', count, { one: 'cell', other: 'celler' })} (${list}); enligt reglerna räknas det som uppfyllt: ${why.sv}`,
          en: `${label.en} is blank in ${count} ${plural('en', count, { one: 'cell', other: 'cells' })} (${list}); by the rules that counts as met: ${why.en}`,
        }
      : {
          sv: `${label.sv} är tom i ${count} ${plural('sv', count, { one: 'cell', other: 'celler' })} (${list}); enligt reglerna räknas det som ej uppfyllt: ${why.sv}`,
          en: `${label.en} is blank in ${count} ${plural('en', count, { one: 'cell', other: 'cells' })} (${list}); by the rules that counts as not met: ${why.en}`,
        };
  },
  optionalColumnAbsent(label: Localized, means: 'met' | 'notMet', why: Localized): Localized {
    return means === 'met'
      ? {
          sv: `Ingen kolumn för ${label.sv}; enligt reglerna räknas villkoret då som uppfyllt: ${why.sv}`,
          en: `No column for ${label.en}; by the rules the condition then counts as met: ${why.en}`,
        }
      : {
          sv: `Ingen kolumn för ${label.sv}; enligt reglerna räknas villkoret då som ej uppfyllt: ${why.sv}`,
          en: `No column for ${label.en}; by the rules the condition then counts as not met: ${why.en}`,
        };
  },
  otherYear(label: Localized, address: string, header: string, years: number[], year: number): Localized {
    const named = years.join(', ');
    return {
      sv: `Rubriken "${header}" (${address}) för ${label.sv} nämner ${named}, men reglerna gäller ${year}: är det rätt års uppgifter?`,
      en: `The header "${header}" (${address}) for ${label.en} names ${named}, but the rules are for ${year}: is this the right year's data?`,
    };
  },
  datesInOtherYear(label: Localized, count: number, cells: string[], example: string, year: number): Localized {
    const list = listCells(cells);
    return {
      sv: `${label.sv} ligger i ett annat år än ${year} i ${plural('sv', count, { one: 'en cell', other: `${count} celler` })} (${list}, t.ex. ${example}): är det rätt års tabell, och rätt år i datumen?`,
      en: `${label.en} falls in another year than ${year} in ${plural('en', count, { one: 'one cell', other: `${count} cells` })} (${list}, e.g. ${example}): is this the right year's table, and the right year in the dates?`,
    };
  },
  totalSkipped(address: string, label: string): Localized {
    return {
      sv: `Raden ${address} ("${label}") är en summarad och räknas inte som region`,
      en: `Row ${address} ("${label}") is a total row and is not counted as a region`,
    };
  },
  totalMismatch(address: string, label: string, population: { sv: string; en: string }, sum: { sv: string; en: string }): Localized {
    return {
      sv: `Summaraden ${address} ("${label}") räknas inte som region, men dess befolkning ${population.sv} skiljer sig från summan av regionerna ${sum.sv}: saknas en region, eller är den räknad två gånger?`,
      en: `The total row ${address} ("${label}") is not counted as a region, but its population ${population.en} differs from the sum of the regions ${sum.en}: is a region missing, or counted twice?`,
    };
  },
  looksLikeTotal(address: string, label: string): Localized {
    return {
      sv: `Raden ${address} ("${label}") ser ut som en summarad: dess befolkning är summan av alla andra rader. Ta bort raden eller döp den till "Summa"`,
      en: `Row ${address} ("${label}") looks like a total row: its population is the sum of all the other rows. Remove the row or label it "Total"`,
    };
  },
  populationOutlier(label: Localized, address: string, found: Localized, median: Localized, low: boolean): Localized {
    return low
      ? {
          sv: `${label.sv} i ${address} är ${found.sv}, långt under de andra regionernas (median ${median.sv}): är den angiven i tusental, eller saknas siffror?`,
          en: `${label.en} in ${address} is ${found.en}, far below the other regions (median ${median.en}): is it in thousands, or are digits missing?`,
        }
      : {
          sv: `${label.sv} i ${address} är ${found.sv}, långt över de andra regionernas (median ${median.sv}): är det en summa, eller har siffror kommit till?`,
          en: `${label.en} in ${address} is ${found.en}, far above the other regions (median ${median.en}): is it a total, or were digits added?`,
        };
  },
  populationZero(label: Localized, address: string): Localized {
    return {
      sv: `${label.sv} i ${address} är 0: regionen får ingenting av någon utbetalning`,
      en: `${label.en} in ${address} is 0: the region gets nothing from any payout`,
    };
  },
  hiddenRows(count: number, cells: string[]): Localized {
    const list = listCells(cells);
    return {
      sv: `${plural('sv', count, { one: 'En rad i tabellen är dold eller bortfiltrerad', other: `${count} rader i tabellen är dolda eller bortfiltrerade` })} (${list}) men räknas med: bekräfta, eller välj att utesluta dolda rader`,
      en: `${plural('en', count, { one: 'One row of the table is', other: `${count} rows of the table are` })} hidden or filtered out (${list}) but counted: confirm, or choose to leave hidden rows out`,
    };
  },
  hiddenColumn(label: Localized, address: string, header: string): Localized {
    return {
      sv: `${label.sv} läses ur kolumnen "${header}" (${address}), som är dold i bladet: är det rätt kolumn?`,
      en: `${label.en} is read from the column "${header}" (${address}), which is hidden in the sheet: is it the right column?`,
    };
  },
  hiddenUnknown(rows: boolean, columns: boolean, range: string): Localized {
    const sv = rows && columns ? 'rader och kolumner' : rows ? 'rader' : 'kolumner';
    const en = rows && columns ? 'rows and columns' : rows ? 'rows' : 'columns';
    return {
      sv: `Dolda ${sv} kunde inte kontrolleras i den här Excel-versionen (${range}): kontrollera själv att inga dolda eller bortfiltrerade ${sv} räknas med av misstag, och bekräfta`,
      en: `Hidden ${en} could not be checked in this Excel version (${range}): check yourself that no hidden or filtered-out ${en} are counted by mistake, and confirm`,
    };
  },
  hiddenRowsExcluded(count: number, cells: string[]): Localized {
    const list = listCells(cells);
    return {
      sv: `${plural('sv', count, { one: 'En dold rad', other: `${count} dolda rader` })} (${list}) räknas inte med, som du valt`,
      en: `${plural('en', count, { one: 'One hidden row', other: `${count} hidden rows` })} (${list}) ${plural('en', count, { one: 'is', other: 'are' })} left out, as chosen`,
    };
  },
  hiddenRowsIncluded(count: number, cells: string[]): Localized {
    const list = listCells(cells);
    return {
      sv: `${plural('sv', count, { one: 'En dold rad', other: `${count} dolda rader` })} (${list}) räknas med, som du valt`,
      en: `${plural('en', count, { one: 'One hidden row', other: `${count} hidden rows` })} (${list}) ${plural('en', count, { one: 'is', other: 'are' })} counted, as chosen`,
    };
  },
  regionMissing(address: string): Localized {
    return {
      sv: `Regionnamn eller kod saknas i ${address}`,
      en: `Region name or code is missing in ${address}`,
    };
  },
  regionNameMissing(address: string, code: string): Localized {
    return {
      sv: `Regionnamnet saknas i ${address} (raden har koden ${code}): fyll i namnet`,
      en: `The region name is missing in ${address} (the row has the code ${code}): fill in the name`,
    };
  },
  unknownRegion(address: string, code: string | null, name: string, listed: number): Localized {
    const what = code === null ? `"${name}"` : `"${name}" (${code})`;
    return {
      sv: `Raden ${address} ${what} är inte en av överenskommelsens ${listed} regioner: ta bort raden (en delsumma som "varav …"?) eller rätta namnet eller koden`,
      en: `Row ${address} ${what} is none of the agreement's ${listed} regions: remove the row (a subtotal such as "of which …"?) or correct the name or code`,
    };
  },
  codeNameMismatch(
    address: string,
    region: { code: string | null; name: string },
    byCode: { code: string; name: string },
    byName: { code: string; name: string },
  ): Localized {
    return {
      sv: `Raden ${address} har koden ${region.code} (${byCode.name}) men namnet "${region.name}" (${byName.code}): har kolumnerna förskjutits, eller är koden fel?`,
      en: `Row ${address} has the code ${region.code} (${byCode.name}) but the name "${region.name}" (${byName.code}): have the columns shifted, or is the code wrong?`,
    };
  },
  missingRegions(names: string[], listed: number): Localized {
    const list = names.length > 8 ? `${names.slice(0, 8).join(', ')} … +${names.length - 8}` : names.join(', ');
    return {
      sv: `${plural('sv', names.length, { one: 'En', other: `${names.length}` })} av överenskommelsens ${listed} regioner saknas i tabellen: ${list}. Deras andel går då till de andra regionerna`,
      en: `${names.length} of the agreement's ${listed} regions ${plural('en', names.length, { one: 'is', other: 'are' })} missing from the table: ${list}. Their share then goes to the other regions`,
    };
  },
  sameRegion(first: { label: string; address: string }, second: { label: string; address: string }, by: 'code' | 'name'): Localized {
    return by === 'code'
      ? {
          sv: `"${second.label}" (${second.address}) har samma regionkod som "${first.label}" (${first.address}): en region får bara betalas en gång`,
          en: `"${second.label}" (${second.address}) has the same region code as "${first.label}" (${first.address}): a region is paid only once`,
        }
      : {
          sv: `"${second.label}" (${second.address}) är samma region som "${first.label}" (${first.address}): en region får bara betalas en gång`,
          en: `"${second.label}" (${second.address}) is the same region as "${first.label}" (${first.address}): a region is paid only once`,
        };
  },
};
