import { catalogue, counted } from '../core/i18n';

/** What the command line says, in Swedish and English. */
export interface CliText {
  nothingWritten: string;
  mapHint: string;
  inputNeverOverwritten: (input: string) => string;
  readSheet: (file: string, sheet: string, regions: number) => string;
  warningsTitle: string;
  acceptHint: (codes: string[]) => string;
  accepted: string;
  wrote: (file: string) => string;
  cellsInTheWay: (cells: string[]) => string;
}

export const cliText = catalogue<CliText>({
  sv: {
    nothingWritten: 'Inget skrevs.',
    mapHint: 'Tips: koppla en kolumn själv med --map, t.ex. --map population=Folkmängd eller --map population=C.',
    inputNeverOverwritten: (input) => `Indatafilen skrivs aldrig över: välj en annan --out än ${input}.`,
    readSheet: (file, sheet, regions) =>
      `Läste bladet "${sheet}" i ${file}: ${counted('sv', regions, { one: 'region', other: 'regioner' })}.`,
    warningsTitle: 'Granska innan något skrivs:',
    acceptHint: (codes) =>
      `Stämmer det? Kör igen med --accept ${codes.join(',')} för att skriva ändå.` +
      (codes.includes('hidden-rows') ? ' Dolda rader kan också lämnas utanför med --hidden-rows exclude.' : ''),
    accepted: 'Godkänt:',
    wrote: (file) => `Skrev ${file}`,
    cellsInTheWay: (cells) =>
      `Kvots kolumner skulle skriva över celler som Kvot inte har skrivit: ${cells.join(', ')}. Flytta dem, eller kör på originalfilen i stället för ett tidigare resultat.`,
  },
  en: {
    nothingWritten: 'Nothing was written.',
    mapHint: 'Hint: map a column yourself with --map, e.g. --map population=Inhabitants or --map population=C.',
    inputNeverOverwritten: (input) => `The input file is never overwritten: choose an --out other than ${input}.`,
    readSheet: (file, sheet, regions) =>
      `Read sheet "${sheet}" of ${file}: ${counted('en', regions, { one: 'region', other: 'regions' })}.`,
    warningsTitle: 'Review before anything is written:',
    acceptHint: (codes) =>
      `Is that right? Run again with --accept ${codes.join(',')} to write anyway.` +
      (codes.includes('hidden-rows') ? ' Hidden rows can also be left out with --hidden-rows exclude.' : ''),
    accepted: 'Accepted:',
    wrote: (file) => `Wrote ${file}`,
    cellsInTheWay: (cells) =>
      `Kvot's columns would overwrite cells Kvot did not write: ${cells.join(', ')}. Move them, or run on the original file instead of an earlier result.`,
  },
});
