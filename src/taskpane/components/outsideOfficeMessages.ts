import { catalogue } from '../../core/i18n';

/**
 * The page shown when the pane is opened outside Excel, for a finance officer: what Kvot is, why it
 * is not working here and how to open it from Excel. Only the developer build adds how to sideload.
 * (Kept apart from i18n.ts, which the Distribute tab shares; a key missing in either language is a compile error.)
 */
export interface OutsideOfficeMessages {
  title: string;
  what: string;
  needsExcel: string;
  reasonOfficeJsMissing: string;
  reasonNoHost: string;
  reasonOtherHost: string;
  howHeading: string;
  steps: string[];
  notListed: string;
  developerHeading: string;
  developerHint: string;
}

const sv: OutsideOfficeMessages = {
  title: 'Öppna Kvot i Excel',
  what: 'Kvot prövar villkoren i överenskommelsen om statsbidrag för varje region och fördelar utbetalningarna efter befolkning, på kronan. Kvot arbetar med regiontabellen i din arbetsbok och skriver beloppen i bladet.',
  needsExcel:
    'Kvot är ett tillägg till Excel och fungerar bara inne i Excel: i Excel för Microsoft 365 (Windows eller Mac) eller Excel på webben.',
  reasonOfficeJsMissing: 'Kvot fick ingen kontakt med Excel. Kontrollera nätverksanslutningen och öppna Kvot igen från Excel.',
  reasonNoHost: 'Den här sidan är öppnad i en vanlig webbläsare, utanför Excel.',
  reasonOtherHost: 'Den här sidan är öppnad i ett annat Office-program än Excel.',
  howHeading: 'Så öppnar du Kvot',
  steps: [
    'Öppna arbetsboken med regiontabellen i Excel.',
    'Välj Start → Tillägg (i vissa versioner Infoga → Tillägg) och välj Kvot.',
    'Klicka på Fördela på fliken Start. Kvot öppnas i ett fönster till höger om bladet.',
  ],
  notListed: 'Finns Kvot inte bland tilläggen? Be den som sköter Excel i er organisation att lägga till det.',
  developerHeading: 'För utvecklare',
  developerHint:
    'Utvecklarversion: kör npm start för att läsa in tillägget i Excel för skrivbordet, eller ladda upp manifest.xml i Excel på webben under Start → Tillägg → Fler tillägg → Mina tillägg → Ladda upp mitt tillägg.',
};

const en: OutsideOfficeMessages = {
  title: 'Open Kvot in Excel',
  what: 'Kvot checks the conditions of the state grant agreement for each region and apportions the payouts by population, to the krona. It works on the region table in your workbook and writes the amounts into the sheet.',
  needsExcel: 'Kvot is an Excel add-in and only works inside Excel: Excel for Microsoft 365 (Windows or Mac) or Excel on the web.',
  reasonOfficeJsMissing: 'Kvot could not reach Excel. Check the network connection and open Kvot again from Excel.',
  reasonNoHost: 'This page is open in a web browser, outside Excel.',
  reasonOtherHost: 'This page is open in an Office application other than Excel.',
  howHeading: 'How to open Kvot',
  steps: [
    'Open the workbook with the region table in Excel.',
    'Choose Home → Add-ins (in some versions Insert → Add-ins) and choose Kvot.',
    'Click Distribute on the Home tab. Kvot opens in a pane to the right of the sheet.',
  ],
  notListed: 'Kvot is not among the add-ins? Ask whoever manages Excel in your organisation to add it.',
  developerHeading: 'For developers',
  developerHint:
    'Development build: run npm start to sideload the add-in in desktop Excel, or upload manifest.xml in Excel on the web under Home → Add-ins → More add-ins → My add-ins → Upload my add-in.',
};

export const OUTSIDE_OFFICE_MESSAGES = catalogue<OutsideOfficeMessages>({ sv, en });
