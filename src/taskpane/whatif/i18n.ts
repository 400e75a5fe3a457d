import Decimal from 'decimal.js';
import { catalogue, plural, type Language } from '../../core/i18n';
import { formatNumber } from '../../core/format/numbers';

const formatCount = (n: number, lang: Language) => formatNumber(new Decimal(n), lang, 0);

/**
 * The what-if tab's strings, Swedish and English. Both dictionaries are typed as WhatIfMessages, so a
 * key missing in either language is a compile error (as in src/taskpane/i18n.ts).
 */
export interface WhatIfMessages {
  tabLabel: string;
  readTableFirst: string;
  tableHasErrors: string;
  computing: string;
  failedTitle: string;

  scenariosHeading: string;
  scenariosIntro: string;
  addScenario: string;
  defaultScenarioName: (n: number) => string;
  scenarioName: string;
  removeScenario: (name: string) => string;
  overridesHeading: string;
  overrideLegend: (n: number) => string;
  overrideRegion: string;
  overrideFact: string;
  overrideValue: string;
  overrideValuePlaceholder: string;
  currentValue: (value: string) => string;
  addOverride: string;
  removeOverride: (n: number) => string;
  budgetLabel: string;
  budgetHint: (current: string) => string;
  badBudget: string;
  conditionLabel: string;
  conditionNone: string;
  conditionValue: string;
  conditionGone: string;
  emptyValue: string;
  scenarioHasErrors: (name: string) => string;

  comparisonHeading: string;
  comparisonEmpty: string;
  baselineName: string;
  bundledRuleSet: (id: string) => string;
  unchangedRuleSet: (id: string) => string;
  changedRuleSet: (id: string, changes: string) => string;
  budgetChange: (amount: string) => string;
  factChanges: (count: number) => string;
  comparisonCaption: string;
  colRegion: string;
  colDifference: string;
  differenceOf: (name: string) => string;
  totalPaid: string;
  withheld: string;
  chartTitle: (unit: string) => string;
  chartAxis: (unit: string) => string;
  chartUnitNote: (unit: string) => string;
  chartLegend: string;
  chartTableNote: string;
  chartNoChange: string;
  chartChanges: (count: number, region: string, amount: string) => string;
  writeSheet: string;
  writingSheet: string;
  sheetWrittenTitle: string;
  sheetWritten: (sheetName: string, address: string) => string;
  sheetFailedTitle: string;
  sheetReviewTitle: string;
  sheetReview: (sheetName: string) => string;
  sheetReviewHolds: (note: string) => string;
  sheetReviewLogged: string;
  sheetCreate: string;
  sheetCancel: string;
  sheetLogged: string;
  sheetLogFailedTitle: string;
  sheetLogFailed: (message: string) => string;

  sensitivityHeading: string;
  sensitivityIntro: string;
  sensitivityCaption: string;
  sensitivityCondition: string;
  colDistance: string;
  noConditions: string;
  atStake: (tranche: string) => string;
  atStakeHint: string;
  decidedByOthers: string;
  sensitivityOrder: string;
  orderTable: string;
  orderStake: string;
  showMore: (shown: number, total: number) => string;
  moveHeading: string;
  moveCondition: string;
  moveValue: string;
  flipsNone: string;
  flipsCount: (count: number) => string;
  flipsCaption: (tranche: string) => string;
  colBefore: string;
  colAfter: string;
  nowQualifies: string;
  noLongerQualifies: string;
  redistributeNote: string;
}

const sv: WhatIfMessages = {
  tabLabel: 'Scenarier',
  readTableFirst: 'Läs tabellen under Fördela först.',
  tableHasErrors: 'Tabellen har fel. Rätta dem under Fördela först.',
  computing: 'Beräknar…',
  failedTitle: 'Beräkningen misslyckades',

  scenariosHeading: 'Scenarier',
  scenariosIntro: 'Ett scenario ändrar uppgifter, budgeten eller ett krav. Cellerna i arbetsboken ändras inte.',
  addScenario: 'Lägg till scenario',
  defaultScenarioName: (n) => `Scenario ${n}`,
  scenarioName: 'Namn',
  removeScenario: (name) => `Ta bort ${name}`,
  overridesHeading: 'Ändrade uppgifter',
  overrideLegend: (n) => `Ändring ${n}`,
  overrideRegion: 'Region',
  overrideFact: 'Uppgift',
  overrideValue: 'Nytt värde',
  overrideValuePlaceholder: 't.ex. 68 %, Nej, 30 sep 2025',
  currentValue: (value) => `Nu: ${value}`,
  addOverride: 'Lägg till ändring',
  removeOverride: (n) => `Ta bort ändring ${n}`,
  budgetLabel: 'Annan budget (kr)',
  budgetHint: (current) => `Nu: ${current}. Tomt = oförändrad.`,
  badBudget: 'Ange budgeten i hela kronor, 0 eller mer, t.ex. 400 000 000',
  conditionLabel: 'Ändra ett krav',
  conditionNone: '(inget)',
  conditionValue: 'Nytt krav',
  conditionGone: 'Kravet finns inte längre i överenskommelsen; välj ett annat',
  emptyValue: 'Ange ett värde',
  scenarioHasErrors: (name) => `${name} har fel och är inte med i jämförelsen.`,

  comparisonHeading: 'Jämförelse',
  comparisonEmpty: 'Lägg till ett scenario för att jämföra det med baslinjen.',
  baselineName: 'Baslinje',
  bundledRuleSet: (id) => `${id} (inbyggd)`,
  unchangedRuleSet: (id) => `${id} utan ändringar`,
  changedRuleSet: (id, changes) => `${id} med ${changes}`,
  budgetChange: (amount) => `budget ${amount}`,
  factChanges: (count) => `${count} ändrade uppgifter`,
  comparisonCaption: 'Utbetalning per region och skillnad mot baslinjen',
  colRegion: 'Region',
  colDifference: 'Skillnad',
  differenceOf: (name) => `Skillnad ${name} mot baslinjen`,
  totalPaid: 'Totalt utbetalt',
  withheld: 'Innehållet',
  chartTitle: () => 'Stapeldiagram: utbetalning per region, baslinjen och varje scenario',
  chartAxis: (unit) => `Utbetalning (${unit})`,
  chartUnitNote: (unit) => (unit === 'kr' ? 'kronor' : unit === 'tkr' ? 'tkr = tusen kronor' : 'mnkr = miljoner kronor'),
  chartLegend: 'Förklaring',
  chartTableNote: 'Beloppen finns också i jämförelsetabellen.',
  chartNoChange: 'Ingen region ändras.',
  chartChanges: (count, region, amount) =>
    `${plural('sv', count, { one: '1 region ändras', other: `${count} regioner ändras` })}; störst skillnad ${region} ${amount}.`,
  writeSheet: 'Skriv jämförelseblad',
  writingSheet: 'Skriver jämförelsebladet…',
  sheetWrittenTitle: 'Jämförelsebladet är skrivet',
  sheetWritten: (sheetName, address) => `Bladet ”${sheetName}” (${address}). Tabellens celler är oförändrade.`,
  sheetFailedTitle: 'Jämförelsebladet kunde inte skrivas',
  sheetReviewTitle: 'Skapa jämförelsebladet?',
  sheetReview: (sheetName) =>
    `Kvot skapar ett nytt blad, ”${sheetName}”, med jämförelsen och ett stapeldiagram. Finns ett blad med det namnet får det nya bladet ”${sheetName} (2)” osv.: inget befintligt blad och ingen befintlig cell skrivs över.`,
  sheetReviewHolds: (note) => `Bladet visar: ${note}`,
  sheetReviewLogged: 'Skrivningen loggas i bladet ”Kvot logg”.',
  sheetCreate: 'Skapa bladet',
  sheetCancel: 'Avbryt',
  sheetLogged: 'Loggad i ”Kvot logg”.',
  sheetLogFailedTitle: 'Bladet skapades men loggades inte',
  sheetLogFailed: (message) => `Loggraden i ”Kvot logg” kunde inte skrivas: ${message}`,

  sensitivityHeading: 'Känslighet',
  sensitivityIntro: 'Hur långt varje region är från kraven i baslinjen, och hur mycket som står på spel.',
  sensitivityCaption: 'Avstånd till kravet per region',
  sensitivityCondition: 'Visa krav',
  colDistance: 'Avstånd till kravet',
  noConditions: 'Överenskommelsen har inga villkor.',
  atStake: (tranche) => `I spel: ${tranche}`,
  atStakeHint: 'Så ändras regionens utbetalning om bara detta krav utföll tvärtom (regionens övriga krav och de andra regionerna som nu).',
  decidedByOthers: 'avgörs av andra krav',
  sensitivityOrder: 'Ordning',
  orderTable: 'Som i tabellen',
  orderStake: 'Mest i spel först',
  showMore: (shown, total) => `Visa fler (${formatCount(shown, 'sv')} av ${formatCount(total, 'sv')} visas)`,
  moveHeading: 'Flytta ett krav',
  moveCondition: 'Krav',
  moveValue: 'Nytt krav',
  flipsNone: 'Ingen region byter utfall.',
  flipsCount: (count) => plural('sv', count, { one: '1 region byter utfall:', other: `${count} regioner byter utfall:` }),
  flipsCaption: (tranche) => `Regioner som byter utfall, ${tranche}`,
  colBefore: 'Före',
  colAfter: 'Efter',
  nowQualifies: 'uppfyller nu',
  noLongerQualifies: 'uppfyller inte längre',
  redistributeNote: 'Vid omfördelning ändras även de övriga regionernas belopp.',
};

const en: WhatIfMessages = {
  tabLabel: 'What-if',
  readTableFirst: 'Read the table under Distribute first.',
  tableHasErrors: 'The table has errors. Fix them under Distribute first.',
  computing: 'Computing…',
  failedTitle: 'The calculation failed',

  scenariosHeading: 'Scenarios',
  scenariosIntro: 'A scenario changes facts, the budget or a requirement. The cells in the workbook are not changed.',
  addScenario: 'Add scenario',
  defaultScenarioName: (n) => `Scenario ${n}`,
  scenarioName: 'Name',
  removeScenario: (name) => `Remove ${name}`,
  overridesHeading: 'Changed facts',
  overrideLegend: (n) => `Change ${n}`,
  overrideRegion: 'Region',
  overrideFact: 'Fact',
  overrideValue: 'New value',
  overrideValuePlaceholder: 'e.g. 68 %, No, 30 Sep 2025',
  currentValue: (value) => `Now: ${value}`,
  addOverride: 'Add change',
  removeOverride: (n) => `Remove change ${n}`,
  budgetLabel: 'Other budget (SEK)',
  budgetHint: (current) => `Now: ${current}. Blank = unchanged.`,
  badBudget: 'Enter the budget in whole kronor, 0 or more, e.g. 400 000 000',
  conditionLabel: 'Change a requirement',
  conditionNone: '(none)',
  conditionValue: 'New requirement',
  conditionGone: 'The requirement is no longer in the agreement; choose another',
  emptyValue: 'Enter a value',
  scenarioHasErrors: (name) => `${name} has errors and is left out of the comparison.`,

  comparisonHeading: 'Comparison',
  comparisonEmpty: 'Add a scenario to compare it with the baseline.',
  baselineName: 'Baseline',
  bundledRuleSet: (id) => `${id} (bundled)`,
  unchangedRuleSet: (id) => `${id} unchanged`,
  changedRuleSet: (id, changes) => `${id} with ${changes}`,
  budgetChange: (amount) => `budget ${amount}`,
  factChanges: (count) => `${count} changed facts`,
  comparisonCaption: 'Payout per region and difference from the baseline',
  colRegion: 'Region',
  colDifference: 'Difference',
  differenceOf: (name) => `Difference ${name} from the baseline`,
  totalPaid: 'Total paid',
  withheld: 'Withheld',
  chartTitle: () => 'Bar chart: payout per region, the baseline and every scenario',
  chartAxis: (unit) => `Payout (${unit === 'mnkr' ? 'SEK m' : unit === 'tkr' ? 'SEK k' : 'SEK'})`,
  chartUnitNote: (unit) => (unit === 'kr' ? 'kronor' : unit === 'tkr' ? 'SEK k = thousand kronor' : 'SEK m = million kronor'),
  chartLegend: 'Legend',
  chartTableNote: 'The amounts are also in the comparison table.',
  chartNoChange: 'No region changes.',
  chartChanges: (count, region, amount) =>
    `${plural('en', count, { one: '1 region changes', other: `${count} regions change` })}; largest difference ${region} ${amount}.`,
  writeSheet: 'Write comparison sheet',
  writingSheet: 'Writing the comparison sheet…',
  sheetWrittenTitle: 'Comparison sheet written',
  sheetWritten: (sheetName, address) => `Sheet “${sheetName}” (${address}). The table's cells are unchanged.`,
  sheetFailedTitle: 'The comparison sheet could not be written',
  sheetReviewTitle: 'Create the comparison sheet?',
  sheetReview: (sheetName) =>
    `Kvot creates a new sheet, “${sheetName}”, with the comparison and a bar chart. If a sheet of that name exists, the new one is called “${sheetName} (2)” etc.: no existing sheet or cell is overwritten.`,
  sheetReviewHolds: (note) => `The sheet shows: ${note}`,
  sheetReviewLogged: 'The write is recorded in the “Kvot logg” sheet.',
  sheetCreate: 'Create the sheet',
  sheetCancel: 'Cancel',
  sheetLogged: 'Recorded in “Kvot logg”.',
  sheetLogFailedTitle: 'The sheet was created but not recorded',
  sheetLogFailed: (message) => `The row in “Kvot logg” could not be written: ${message}`,

  sensitivityHeading: 'Sensitivity',
  sensitivityIntro: 'How far each region is from the requirements in the baseline, and how much is at stake.',
  sensitivityCaption: 'Distance to the requirement per region',
  sensitivityCondition: 'Show requirement',
  colDistance: 'Distance to the requirement',
  noConditions: 'The agreement has no conditions.',
  atStake: (tranche) => `At stake: ${tranche}`,
  atStakeHint:
    "How the region's payout would change if only this requirement's outcome were the other way round (the region's other requirements and the other regions as they are).",
  decidedByOthers: 'other requirements decide',
  sensitivityOrder: 'Order',
  orderTable: 'As in the table',
  orderStake: 'Most at stake first',
  showMore: (shown, total) => `Show more (${formatCount(shown, 'en')} of ${formatCount(total, 'en')} shown)`,
  moveHeading: 'Move a threshold',
  moveCondition: 'Requirement',
  moveValue: 'New requirement',
  flipsNone: 'No region changes outcome.',
  flipsCount: (count) => plural('en', count, { one: '1 region changes outcome:', other: `${count} regions change outcome:` }),
  flipsCaption: (tranche) => `Regions changing outcome, ${tranche}`,
  colBefore: 'Before',
  colAfter: 'After',
  nowQualifies: 'now qualifies',
  noLongerQualifies: 'no longer qualifies',
  redistributeNote: "Under redistribution the other regions' amounts change too.",
};

export const WHAT_IF_MESSAGES = catalogue<WhatIfMessages>({ sv, en });
