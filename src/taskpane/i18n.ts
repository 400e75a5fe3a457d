import { catalogue, counted, plural, type Language } from '../core/i18n';

/**
 * Every UI string, Swedish and English. Both dictionaries are typed as Messages, so a key
 * missing in either language is a compile error.
 */
export interface Messages {
  appTitle: string;
  loading: string;
  switchLanguage: string;
  switchLanguageLabel: string;

  outsideTitle: string;
  outsideIntro: string;
  outsideOfficeJsMissing: string;
  outsideNoHost: string;
  outsideOtherHost: string;
  outsideSideloadHeading: string;
  outsideSideloadWeb: string;
  outsideSideloadDesktop: string;
  connectFailed: string;

  tabDistribute: string;
  tabsLabel: string;

  agreementHeading: string;
  agreementLabel: string;
  agreementPlaceholder: string;
  bundledOption: (year: string, kind?: string) => string;
  agreementFromFile: (fileName: string) => string;
  openRuleFile: string;
  openRuleFileInput: string;
  ruleFileProblemsTitle: (source: string) => string;
  ruleFileUnreadable: (detail: string) => string;
  rootPointer: string;
  year: string;
  budget: string;
  references: string;
  aboutAgreement: string;
  tranches: string;
  unconditional: string;
  conditionsAssumed: string;
  conditionsAssumedHint: string;
  onFailureRedistribute: string;
  onFailureWithhold: string;
  /** "Villkorslös, fördelas efter befolkning." with the basis in words. */
  unconditionalBy: (phrase: string) => string;
  basisLine: (phrase: string) => string;
  baseAmountLine: (amount: string) => string;
  toGroups: (names: string) => string;
  partsHeading: string;
  partShare: (fraction: string) => string;
  partConditions: string;
  assumed: string;
  assumedAbout: (fields: string) => string;
  assumedHint: (why: string, source: string) => string;
  groupsHeading: string;
  groupsCaption: (year: number) => string;
  colGroup: string;
  colMembers: string;

  condAll: string;
  condAny: string;
  condNot: string;
  condAtLeast: (k: number, n: number) => string;
  yes: string;
  no: string;

  tableHeading: string;
  readTable: string;
  readTableHint: string;
  chooseAgreementFirst: string;
  foundTable: string;
  foundKindTable: (name: string) => string;
  foundKindRegion: string;
  foundKindUsedRange: string;
  regionsRead: (count: number) => string;
  totalsSkipped: (count: number) => string;
  mappingHeading: string;
  mappingNone: string;
  mappingDetected: (header: string) => string;
  mappingNotFound: string;
  mappingReset: string;
  tableErrorsTitle: (count: number) => string;
  tableWarningsTitle: (count: number) => string;
  tableNotesTitle: (count: number) => string;
  excludeHiddenRows: string;
  reviewTitle: (count: number) => string;
  reviewDialogTitle: string;
  reviewDialogBody: (count: number) => string;
  writeAnyway: string;
  moreCells: (count: number) => string;
  goToCell: (address: string) => string;

  previewHeading: string;
  previewCaption: (year: number) => string;
  colRegion: string;
  colPopulation: string;
  colShare: string;
  colTotal: string;
  colEligible: string;
  colReason: string;
  meetsConditions: string;
  failsConditions: string;
  mappingSummary: (count: number) => string;
  mappingChange: string;
  mappingHide: string;
  useSuggestion: (letter: string, header: string, fact: string) => string;
  totalsRow: string;
  budgetLine: (paid: string, budget: string) => string;

  writeHeading: string;
  write: string;
  writtenTitle: string;
  writtenTo: string;
  writeFormulas: string;
  writeFormulasHint: string;
  formulasWrittenTitle: string;
  formulasWrittenTo: string;
  undo: string;
  showLog: string;
  hideLog: string;
  noLog: string;
  logHint: string;
  undone: string;
  nothingToUndo: string;
  confirmTitle: string;
  confirmBody: (count: number) => string;
  andMore: (count: number) => string;
  overwrite: string;
  cancel: string;

  annex: string;
  annexDialogTitle: string;
  annexIntro: string;
  annexTranche: string;
  annexTrancheOption: (label: string, paid: string) => string;
  annexHeadingLabel: string;
  annexHeadingHint: string;
  annexTitleLabel: string;
  annexTitleHint: string;
  annexDateLabel: string;
  annexDateHint: string;
  annexReview: (count: number) => string;
  annexCreate: string;
  annexCreateReviewed: string;
  annexWrittenTitle: string;
  annexWrittenTo: (sheetName: string) => string;
  annexNoPageSetup: string;

  busyReading: string;
  busyComputing: string;
  busyWriting: string;
  busyUndoing: string;
  busyRules: string;
  failureTitle: string;
  failureRead: string;
  failureCompute: string;
  failureWrite: string;
  failureLog: string;
  tableChangedBeforeWrite: string;
  undoRefused: (address: string) => string;
  failureUndo: string;
  failureSelect: string;
  busyAnnex: string;
  failureAnnex: string;
  dismiss: string;
}

const sv: Messages = {
  appTitle: 'Kvot',
  loading: 'Startar Kvot…',
  switchLanguage: 'In English',
  switchLanguageLabel: 'Byt språk till engelska',

  outsideTitle: 'Öppna Kvot i Excel',
  outsideIntro: 'Kvot är ett tillägg för Excel. Sidan fungerar bara i Excels aktivitetsfönster.',
  outsideOfficeJsMissing: 'Office.js kunde inte läsas in (ingen anslutning till Microsofts server?).',
  outsideNoHost: 'Sidan är öppnad i en vanlig webbläsare, inte i Office.',
  outsideOtherHost: 'Sidan är öppnad i ett annat Office-program än Excel.',
  outsideSideloadHeading: 'Så läser du in tillägget',
  outsideSideloadWeb: 'Excel på webben: Start → Tillägg → Fler tillägg → Mina tillägg → Ladda upp mitt tillägg, välj manifest.xml.',
  connectFailed: 'Kvot kunde inte ansluta till arbetsboken.',
  outsideSideloadDesktop:
    'Excel för Windows eller Mac: kör npm start, eller lägg manifest.xml i en betrodd delad mapp och välj Start → Tillägg.',

  tabDistribute: 'Fördela',
  tabsLabel: 'Kvots vyer',

  agreementHeading: 'Överenskommelse',
  agreementLabel: 'Välj överenskommelse',
  agreementPlaceholder: 'Välj…',
  bundledOption: (year, kind = 'SVF') => `${kind} ${year} (inbyggd)`,
  agreementFromFile: (fileName) => `Fil: ${fileName}`,
  openRuleFile: 'Öppna regelfil…',
  openRuleFileInput: 'Regelfil (JSON)',
  ruleFileProblemsTitle: (source) => `Regelfilen ${source} kunde inte läsas in`,
  ruleFileUnreadable: (detail) => `Filen kunde inte läsas: ${detail}`,
  rootPointer: '(hela filen)',
  year: 'År',
  budget: 'Budget till regionerna',
  references: 'Källor',
  aboutAgreement: 'Beskrivning och källor',
  tranches: 'Utbetalningar',
  unconditional: 'Villkorslös, fördelas efter befolkning.',
  conditionsAssumed: 'Villkoren är antagna',
  conditionsAssumedHint: 'Källdokumenten anger inte villkoren för den här utbetalningen; regelfilen antar dem.',
  onFailureRedistribute: 'Regioner som inte uppfyller villkoren får inget; hela beloppet fördelas mellan de övriga.',
  onFailureWithhold: 'Regioner som inte uppfyller villkoren får inget; deras andel hålls inne.',
  unconditionalBy: (phrase) => `Villkorslös, fördelas ${phrase}.`,
  basisLine: (phrase) => `Fördelas ${phrase}.`,
  baseAmountLine: (amount) => `Först ${amount} till varje mottagare som får del; resten efter fördelningsgrunden.`,
  toGroups: (names) => `Till grupperna: ${names}.`,
  partsHeading: 'Delar',
  partShare: (fraction) => `${fraction} av utbetalningen`,
  partConditions: 'Villkor utöver utbetalningens:',
  assumed: 'Antaget',
  assumedAbout: (fields) => `Antaget: ${fields}`,
  assumedHint: (why, source) => `${why} Källa: ${source}.`,
  groupsHeading: 'Till grupperna',
  groupsCaption: (year) => `Utbetalningar till grupper av regioner enligt ${year} års regler`,
  colGroup: 'Grupp',
  colMembers: 'Regioner',

  condAll: 'Alla villkor ska vara uppfyllda:',
  condAny: 'Minst ett villkor ska vara uppfyllt:',
  condNot: 'Följande får inte gälla:',
  condAtLeast: (k, n) => `Minst ${k} av ${n} villkor ska vara uppfyllda:`,
  yes: 'Ja',
  no: 'Nej',

  tableHeading: 'Tabell',
  readTable: 'Läs tabell',
  readTableHint: 'Markera en cell i tabellen med regionerna och välj Läs tabell.',
  chooseAgreementFirst: 'Välj först en överenskommelse.',
  foundTable: 'Hittad tabell:',
  foundKindTable: (name) => `Excel-tabell ${name} under markeringen`,
  foundKindRegion: 'Området runt markeringen',
  foundKindUsedRange: 'Bladets använda område',
  regionsRead: (count) => plural('sv', count, { one: '1 region läst.', other: `${count} regioner lästa.` }),
  totalsSkipped: (count) => plural('sv', count, { one: '1 summarad hoppades över.', other: `${count} summarader hoppades över.` }),
  mappingHeading: 'Kolumner',
  mappingNone: '(ingen)',
  mappingDetected: (header) => `Hittad: ${header}`,
  mappingNotFound: 'Ingen kolumn hittad',
  mappingReset: 'Återställ hittade kolumner',
  tableErrorsTitle: (count) =>
    plural('sv', count, { one: 'Ett fel i tabellen – inget beräknas', other: `${count} fel i tabellen – inget beräknas` }),
  tableWarningsTitle: (count) => plural('sv', count, { one: 'En varning', other: `${count} varningar` }),
  tableNotesTitle: (count) => plural('sv', count, { one: 'Att känna till', other: `Att känna till (${count})` }),
  excludeHiddenRows: 'Räkna inte med dolda och bortfiltrerade rader',
  reviewTitle: (count) => plural('sv', count, { one: 'Granska innan du skriver', other: `Granska innan du skriver (${count})` }),
  reviewDialogTitle: 'Skriva trots varningarna?',
  reviewDialogBody: (count) =>
    plural('sv', count, {
      one: 'Kontrollera det här innan utbetalningen skrivs till bladet:',
      other: `Kontrollera de här ${count} sakerna innan utbetalningen skrivs till bladet:`,
    }),
  writeAnyway: 'Jag har granskat – skriv',
  moreCells: (count) => `+${counted('sv', count, { one: 'cell', other: 'celler' })} till`,
  goToCell: (address) => `Gå till ${address}`,

  previewHeading: 'Förhandsgranskning',
  previewCaption: (year) => `Utbetalning per region, överenskommelsen ${year}`,
  colRegion: 'Region',
  colPopulation: 'Befolkning',
  colShare: 'Andel',
  colTotal: 'Totalt',
  colEligible: 'Uppfyller villkor',
  colReason: 'Skäl',
  meetsConditions: 'uppfyller villkoren',
  failsConditions: 'uppfyller inte villkoren',
  mappingSummary: (count) => plural('sv', count, { one: '1 kolumn kopplad', other: `${count} kolumner kopplade` }),
  mappingChange: 'ändra',
  mappingHide: 'dölj',
  useSuggestion: (letter, header, fact) => `Använd kolumn ${letter} ("${header}") för ${fact}`,
  totalsRow: 'Summa',
  budgetLine: (paid, budget) => `Utbetalt ${paid} av budgeten ${budget}.`,

  writeHeading: 'Skriv till bladet',
  write: 'Skriv till bladet',
  writtenTitle: 'Skrivet',
  writtenTo: 'Kolumnerna skrevs till',
  writeFormulas: 'Infoga som formler',
  writeFormulasHint: 'Skriver samma kolumner som formler (KVOT.UTBETALNING …) som räknas om när tabellen ändras.',
  formulasWrittenTitle: 'Formler infogade',
  formulasWrittenTo: 'Formlerna skrevs till',
  undo: 'Ångra senaste skrivning',
  showLog: 'Visa logg',
  hideLog: 'Dölj logg',
  noLog: 'Det finns ingen logg än: den skapas vid första skrivningen.',
  logHint: 'Varje skrivning loggas i det dolda bladet Kvot logg, så att beräkningen kan göras om och kontrolleras (kvot verify).',
  undone: 'Senaste skrivningen är ångrad.',
  nothingToUndo: 'Det finns ingen skrivning att ångra.',
  confirmTitle: 'Skriva över celler?',
  confirmBody: (count) =>
    plural('sv', count, {
      one: 'En cell som Kvot inte har skrivit innehåller data och skulle skrivas över:',
      other: `${count} celler som Kvot inte har skrivit innehåller data och skulle skrivas över:`,
    }),
  andMore: (count) => `… och ${count} till`,
  overwrite: 'Skriv över',
  cancel: 'Avbryt',

  annex: 'Skapa bilaga',
  annexDialogTitle: 'Skapa beslutsbilaga',
  annexIntro:
    'Bilagan skrivs på ett nytt blad, klar att skriva ut på A4: kod, region, befolkningsmängd, andel och belopp för varje region som får medel, och raden Riket.',
  annexTranche: 'Utbetalning',
  annexTrancheOption: (label, paid) => `${label} (${paid})`,
  annexHeadingLabel: 'Rader ovanför titeln',
  annexHeadingHint:
    'Varje rad här blir en rad i bilagan, t.ex. "Bilaga till beslut vid regeringssammanträde 2024-12-12 nr II:5". Tomt ger "Bilaga".',
  annexTitleLabel: 'Titel',
  annexTitleHint: 'Tomt ger titeln som visas i fältet; skriv regeringens egen formulering här.',
  annexDateLabel: 'Befolkningsmängdens datum',
  annexDateHint: 'Står inom parentes i rubriken, t.ex. "nov 2024". Hämtas ur tabellens rubrik när den anger ett datum.',
  annexReview: (count) =>
    plural('sv', count, { one: 'Granska det här innan bilagan skapas:', other: `Granska de här ${count} sakerna innan bilagan skapas:` }),
  annexCreate: 'Skapa bilaga',
  annexCreateReviewed: 'Jag har granskat – skapa bilaga',
  annexWrittenTitle: 'Bilagan är skapad',
  annexWrittenTo: (sheetName) => `Bilagan står på det nya bladet "${sheetName}":`,
  annexNoPageSetup:
    'Utskriftsinställningarna kunde inte sättas i den här versionen av Excel. Välj själv A4, stående och "Anpassa alla kolumner till en sida" under Arkiv → Skriv ut.',

  busyReading: 'Läser tabellen…',
  busyComputing: 'Beräknar…',
  busyWriting: 'Skriver till bladet…',
  busyUndoing: 'Ångrar…',
  busyRules: 'Läser regelfilen…',
  failureTitle: 'Något gick fel',
  failureRead: 'Tabellen kunde inte läsas.',
  failureCompute: 'Utbetalningen kunde inte beräknas.',
  failureWrite: 'Inget skrevs till bladet.',
  failureLog: 'Kolumnerna skrevs, men raden i bladet Kvot logg kunde inte läggas till.',
  undoRefused: (address) =>
    `Kvots celler i ${address} har ändrats efter skrivningen; att ångra skulle skriva över ändringarna, så inget ändrades.`,
  tableChangedBeforeWrite:
    'Tabellen i bladet har ändrats sedan förhandsgranskningen (värden, dolda rader eller talformat). Inget skrevs. Förhandsgranskningen är nu uppdaterad: kontrollera den och skriv igen.',
  failureUndo: 'Skrivningen kunde inte ångras.',
  failureSelect: 'Cellen kunde inte markeras.',
  busyAnnex: 'Skapar bilagan…',
  failureAnnex: 'Ingen bilaga skapades.',
  dismiss: 'Stäng',
};

const en: Messages = {
  appTitle: 'Kvot',
  loading: 'Starting Kvot…',
  switchLanguage: 'På svenska',
  switchLanguageLabel: 'Switch language to Swedish',

  outsideTitle: 'Open Kvot in Excel',
  outsideIntro: 'Kvot is an Excel add-in. This page only works in the Excel task pane.',
  outsideOfficeJsMissing: "Office.js could not be loaded (no connection to Microsoft's server?).",
  outsideNoHost: 'This page is open in a plain browser, not in Office.',
  outsideOtherHost: 'This page is open in an Office application other than Excel.',
  outsideSideloadHeading: 'How to load the add-in',
  outsideSideloadWeb: 'Excel on the web: Home → Add-ins → More add-ins → My add-ins → Upload my add-in, choose manifest.xml.',
  connectFailed: 'Kvot could not connect to the workbook.',
  outsideSideloadDesktop:
    'Excel for Windows or Mac: run npm start, or put manifest.xml in a trusted shared folder and choose Home → Add-ins.',

  tabDistribute: 'Distribute',
  tabsLabel: 'Kvot views',

  agreementHeading: 'Agreement',
  agreementLabel: 'Choose agreement',
  agreementPlaceholder: 'Choose…',
  bundledOption: (year, kind = 'SVF') => `${kind} ${year} (bundled)`,
  agreementFromFile: (fileName) => `File: ${fileName}`,
  openRuleFile: 'Open rule file…',
  openRuleFileInput: 'Rule file (JSON)',
  ruleFileProblemsTitle: (source) => `The rule file ${source} could not be loaded`,
  ruleFileUnreadable: (detail) => `The file could not be read: ${detail}`,
  rootPointer: '(whole file)',
  year: 'Year',
  budget: 'Budget for the regions',
  references: 'Sources',
  aboutAgreement: 'Description and sources',
  tranches: 'Payouts',
  unconditional: 'Unconditional, split by population.',
  conditionsAssumed: 'Conditions assumed',
  conditionsAssumedHint: 'The source documents do not state the conditions for this payout; the rule file assumes them.',
  onFailureRedistribute: 'Regions that fail get nothing; the whole amount is split among the others.',
  onFailureWithhold: 'Regions that fail get nothing; their share is withheld.',
  unconditionalBy: (phrase) => `Unconditional, split ${phrase}.`,
  basisLine: (phrase) => `Split ${phrase}.`,
  baseAmountLine: (amount) => `First ${amount} to every recipient paid; the rest by the basis.`,
  toGroups: (names) => `To the groups: ${names}.`,
  partsHeading: 'Parts',
  partShare: (fraction) => `${fraction} of the tranche`,
  partConditions: "Conditions besides the tranche's:",
  assumed: 'Assumed',
  assumedAbout: (fields) => `Assumed: ${fields}`,
  assumedHint: (why, source) => `${why} Source: ${source}.`,
  groupsHeading: 'To the groups',
  groupsCaption: (year) => `Payouts to groups of regions under the ${year} rules`,
  colGroup: 'Group',
  colMembers: 'Regions',

  condAll: 'All conditions must be met:',
  condAny: 'At least one condition must be met:',
  condNot: 'The following must not hold:',
  condAtLeast: (k, n) => `At least ${k} of ${n} conditions must be met:`,
  yes: 'Yes',
  no: 'No',

  tableHeading: 'Table',
  readTable: 'Read table',
  readTableHint: 'Select a cell in the table of regions and choose Read table.',
  chooseAgreementFirst: 'Choose an agreement first.',
  foundTable: 'Table found:',
  foundKindTable: (name) => `Excel table ${name} under the selection`,
  foundKindRegion: 'The region around the selection',
  foundKindUsedRange: "The sheet's used range",
  regionsRead: (count) => `${counted('en', count, { one: 'region', other: 'regions' })} read.`,
  totalsSkipped: (count) => plural('en', count, { one: '1 total row skipped.', other: `${count} total rows skipped.` }),
  mappingHeading: 'Columns',
  mappingNone: '(none)',
  mappingDetected: (header) => `Detected: ${header}`,
  mappingNotFound: 'No column detected',
  mappingReset: 'Reset detected columns',
  tableErrorsTitle: (count) =>
    plural('en', count, {
      one: 'One error in the table – nothing is computed',
      other: `${count} errors in the table – nothing is computed`,
    }),
  tableWarningsTitle: (count) => plural('en', count, { one: 'One warning', other: `${count} warnings` }),
  tableNotesTitle: (count) => plural('en', count, { one: 'Good to know', other: `Good to know (${count})` }),
  excludeHiddenRows: 'Leave hidden and filtered rows out',
  reviewTitle: (count) => plural('en', count, { one: 'Review before you write', other: `Review before you write (${count})` }),
  reviewDialogTitle: 'Write despite the warnings?',
  reviewDialogBody: (count) =>
    plural('en', count, {
      one: 'Check this before the payout is written to the sheet:',
      other: `Check these ${count} things before the payout is written to the sheet:`,
    }),
  writeAnyway: 'I have reviewed – write',
  moreCells: (count) => `+${count} more ${plural('en', count, { one: 'cell', other: 'cells' })}`,
  goToCell: (address) => `Go to ${address}`,

  previewHeading: 'Preview',
  previewCaption: (year) => `Payout per region, agreement ${year}`,
  colRegion: 'Region',
  colPopulation: 'Population',
  colShare: 'Share',
  colTotal: 'Total',
  colEligible: 'Meets conditions',
  colReason: 'Reason',
  meetsConditions: 'meets the conditions',
  failsConditions: 'does not meet the conditions',
  mappingSummary: (count) => plural('en', count, { one: '1 column mapped', other: `${count} columns mapped` }),
  mappingChange: 'change',
  mappingHide: 'hide',
  useSuggestion: (letter, header, fact) => `Use column ${letter} ("${header}") for ${fact}`,
  totalsRow: 'Total',
  budgetLine: (paid, budget) => `Paid ${paid} of the budget ${budget}.`,

  writeHeading: 'Write to sheet',
  write: 'Write to sheet',
  writtenTitle: 'Written',
  writtenTo: 'The columns were written to',
  writeFormulas: 'Insert as formulas',
  writeFormulasHint: 'Writes the same columns as formulas (KVOT.PAYOUT …) that recalculate when the table changes.',
  formulasWrittenTitle: 'Formulas inserted',
  formulasWrittenTo: 'The formulas were written to',
  undo: 'Undo last write',
  showLog: 'Show log',
  hideLog: 'Hide log',
  noLog: 'There is no log yet: it is created by the first write.',
  logHint: 'Every write is logged in the hidden sheet Kvot logg, so the calculation can be re-run and checked (kvot verify).',
  undone: 'The last write was undone.',
  nothingToUndo: 'There is no write to undo.',
  confirmTitle: 'Overwrite cells?',
  confirmBody: (count) =>
    plural('en', count, {
      one: 'A cell that Kvot did not write holds data and would be overwritten:',
      other: `${count} cells that Kvot did not write hold data and would be overwritten:`,
    }),
  andMore: (count) => `… and ${count} more`,
  overwrite: 'Overwrite',
  cancel: 'Cancel',

  annex: 'Create annex',
  annexDialogTitle: 'Create the decision annex',
  annexIntro:
    'The annex is written to a new sheet, ready to print on A4: code, region, population, share and amount of every region that receives money, and the total row.',
  annexTranche: 'Payout',
  annexTrancheOption: (label, paid) => `${label} (${paid})`,
  annexHeadingLabel: 'Lines above the title',
  annexHeadingHint: 'Each line here becomes a line of the annex, e.g. "Annex to the decision of 2024-12-12 no. II:5". Blank gives "Annex".',
  annexTitleLabel: 'Title',
  annexTitleHint: "Blank gives the title shown in the field; type the government's own wording here.",
  annexDateLabel: "The population's date",
  annexDateHint: 'Shown in brackets in the header, e.g. "Nov 2024". Taken from the table\'s header when it names a date.',
  annexReview: (count) =>
    plural('en', count, {
      one: 'Review this before the annex is created:',
      other: `Review these ${count} things before the annex is created:`,
    }),
  annexCreate: 'Create annex',
  annexCreateReviewed: 'I have reviewed – create annex',
  annexWrittenTitle: 'Annex created',
  annexWrittenTo: (sheetName) => `The annex is on the new sheet "${sheetName}":`,
  annexNoPageSetup:
    'The print settings could not be set in this version of Excel. Choose A4, portrait and "Fit all columns on one page" under File → Print yourself.',

  busyReading: 'Reading the table…',
  busyComputing: 'Computing…',
  busyWriting: 'Writing to the sheet…',
  busyUndoing: 'Undoing…',
  busyRules: 'Reading the rule file…',
  failureTitle: 'Something went wrong',
  failureRead: 'The table could not be read.',
  failureCompute: 'The payouts could not be computed.',
  failureWrite: 'Nothing was written to the sheet.',
  failureLog: 'The columns were written, but the row in the Kvot logg sheet could not be added.',
  undoRefused: (address) =>
    `Kvot's cells in ${address} have changed since the write; undoing would overwrite those changes, so nothing was changed.`,
  tableChangedBeforeWrite:
    'The table in the sheet has changed since the preview (values, hidden rows or number formats). Nothing was written. The preview is now up to date: check it and write again.',
  failureUndo: 'The write could not be undone.',
  failureSelect: 'The cell could not be selected.',
  busyAnnex: 'Creating the annex…',
  failureAnnex: 'No annex was created.',
  dismiss: 'Dismiss',
};

export const MESSAGES = catalogue<Messages>({ sv, en });

/** Office display language "en-US" → en; anything else → Swedish, the product's default. */
export function languageFromDisplay(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}
