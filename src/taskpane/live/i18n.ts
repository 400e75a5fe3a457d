import { catalogue } from '../../core/i18n';

/** Live mode's strings, Swedish and English; a key missing in either is a compile error. */
export interface LiveMessages {
  switchLabel: string;
  hintOff: string;
  waitingForTable: string;
  watching: (address: string) => string;
  updated: (time: string) => string;
  failed: (detail: string) => string;
}

const sv: LiveMessages = {
  switchLabel: 'Direktläge',
  hintOff: 'Uppdatera förhandsgranskningen när tabellens celler ändras. Inget skrivs förrän du väljer Skriv till bladet.',
  waitingForTable: 'Läs tabellen för att följa ändringar i den.',
  watching: (address) => `Följer ändringar i ${address}. Inget skrivs förrän du väljer Skriv till bladet.`,
  updated: (time) => `Uppdaterad ${time}`,
  failed: (detail) => `Ändringar i tabellen kan inte följas: ${detail}`,
};

const en: LiveMessages = {
  switchLabel: 'Live mode',
  hintOff: "Update the preview when the table's cells change. Nothing is written until you choose Write to sheet.",
  waitingForTable: 'Read the table to follow changes in it.',
  watching: (address) => `Following changes in ${address}. Nothing is written until you choose Write to sheet.`,
  updated: (time) => `Updated ${time}`,
  failed: (detail) => `Changes in the table cannot be followed: ${detail}`,
};

export const LIVE_MESSAGES = catalogue<LiveMessages>({ sv, en });
