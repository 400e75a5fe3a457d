import { catalogue, plural, type Language } from '../../core/i18n';

/**
 * The rule editor's strings, Swedish and English, kept apart from the pane's i18n.ts in the same
 * pattern: both dictionaries are typed as EditorMessages, so a key missing in either is a compile error.
 */
export interface EditorMessages {
  tabLabel: string;
  heading: string;
  editing: (id: string) => string;
  noDraftTitle: string;
  noDraftBody: string;
  startFrom: string;
  startEditing: string;

  apply: string;
  reset: string;
  statusInUse: string;
  statusUnapplied: string;
  statusInvalid: (count: number) => string;
  appliedLabel: (id: string) => string;
  workbookLabel: (id: string) => string;
  otherProblemsTitle: (count: number) => string;
  rootPointer: string;
  flowMovedTitle: string;
  flowMovedBody: (current: string, draft: string) => string;
  editCurrentInstead: string;

  sectionAgreement: string;
  id: string;
  year: string;
  titleSv: string;
  titleEn: string;
  descriptionSv: string;
  descriptionEn: string;
  budget: string;
  kronorHint: (formatted: string) => string;
  kronorInvalid: string;
  yearInvalid: string;
  percentInvalid: string;
  percentRequired: string;
  percentOutOfRange: (percent: string) => string;
  percentUnreadable: (text: string) => string;
  percentTiny: (read: string, meant: string) => string;
  numberInvalid: string;
  problemsBadge: (count: number) => string;

  trancheHeader: (label: string, amount: string) => string;
  labelSv: string;
  labelEn: string;
  amount: string;
  unconditional: string;
  onFailure: string;
  onFailureRedistribute: string;
  onFailureWithhold: string;
  conditionsAssumed: string;
  shortcutsHeading: string;
  thresholdShortcut: (fact: string) => string;
  deadlineShortcut: (fact: string) => string;
  requirementShortcut: (fact: string) => string;

  conditionsHeading: string;
  groupKind: string;
  groupAll: string;
  groupAny: string;
  conditionHeading: (n: number, text: string) => string;
  fact: string;
  operator: string;
  value: string;
  conditionName: string;
  conditionLabelSv: string;
  conditionLabelEn: string;
  labelMismatch: (mentioned: string, required: string) => string;
  fixLabel: string;
  newConditionTitle: string;
  completeCondition: string;
  choose: string;
  statusMismatches: (count: number) => string;
  exportMismatches: (count: number) => string;
  actionsLabel: string;
  moveUp: (n: number) => string;
  moveDown: (n: number) => string;
  remove: (n: number) => string;
  addCondition: string;
  listHint: string;
  nestedGroup: (n: number) => string;
  nestedNote: string;
  readOnlyTree: string;
  groupAllIntro: string;
  groupAnyIntro: string;
  groupNotIntro: string;
  yes: string;
  no: string;
  operators: Record<string, string>;
  invalidOption: (value: string) => string;

  diffTitle: (id: string, count: number) => string;
  sameAsBundled: (id: string) => string;
  diffChanged: (before: string, after: string) => string;
  diffAdded: string;
  diffRemoved: string;
  diffReordered: string;
  andMore: (count: number) => string;

  newYearOpen: string;
  newYearHeading: string;
  newYearSource: string;
  newYearFromDraft: (id: string) => string;
  newYearFromBundled: (year: string, kind?: string) => string;
  newYearTarget: string;
  newYearCreate: string;
  newYearCancel: string;
  newYearCreated: (id: string, source: string) => string;
  newYearCreatedBody: string;

  fileHeading: string;
  saveToWorkbook: string;
  saveHint: string;
  clearWorkbook: string;
  exportJson: string;
  importJson: string;
  importInput: string;
  imported: (fileName: string) => string;
  importedBody: string;
  importFailed: (fileName: string) => string;
  savedTitle: string;
  clearedTitle: string;
  workbookOwnRules: (id: string) => string;
  workbookOwnRulesInUse: string;
  workbookOwnRulesNotInUse: string;
  workbookDiffers: (count: number, id: string) => string;
  useBundledInstead: (id: string) => string;
  useWorkbookRules: string;
  workbookBroken: string;
  workbookFailed: string;
  dismiss: string;
  /** Bases, base amounts, parts, groups, comparisons with another fact and assumptions. */
  basis: string;
  basisPopulation: string;
  basisEqual: string;
  basisFact: string;
  basisWeight: string;
  basisMinus: string;
  basisNoMinus: string;
  basisClamp: string;
  basisInherit: string;
  baseAmount: string;
  baseAmountHint: string;
  recipients: string;
  recipientsRegions: string;
  recipientsGroups: string;
  partsHeading: string;
  partHeading: (n: number, label: string) => string;
  addPart: string;
  removePart: (n: number) => string;
  partId: string;
  partAmountKind: string;
  partAmountKronor: string;
  partAmountShare: string;
  share: string;
  shareHint: string;
  shareInvalid: string;
  partOnFailureInherit: string;
  groupAtLeast: string;
  atLeastK: string;
  compareWith: string;
  compareValue: string;
  compareFact: string;
  assumedSwitch: string;
  assumedWhySv: string;
  assumedWhyEn: string;
  assumedSource: string;
  assumedAbout: string;
  assumedFields: Record<string, string>;
  groupsHeading: string;
  addGroup: string;
  removeGroup: (n: number) => string;
  groupHeading: (n: number, name: string) => string;
  groupId: string;
  groupNameSv: string;
  groupNameEn: string;
  groupMembers: string;
  groupsNeedRegions: string;
}

const OPERATORS_SV: Record<string, string> = {
  greaterThanInclusive: 'minst (≥)',
  greaterThan: 'över (>)',
  lessThanInclusive: 'högst (≤)',
  lessThan: 'under (<)',
  equal: 'lika med (=)',
  notEqual: 'inte (≠)',
  onOrBefore: 'senast',
  onOrAfter: 'tidigast',
  in: 'en av',
  notIn: 'inte någon av',
};

const OPERATORS_EN: Record<string, string> = {
  greaterThanInclusive: 'at least (≥)',
  greaterThan: 'above (>)',
  lessThanInclusive: 'at most (≤)',
  lessThan: 'below (<)',
  equal: 'equal to (=)',
  notEqual: 'not (≠)',
  onOrBefore: 'on or before',
  onOrAfter: 'on or after',
  in: 'one of',
  notIn: 'none of',
};

const sv: EditorMessages = {
  tabLabel: 'Regler',
  heading: 'Regler',
  editing: (id) => `Redigerar ${id}`,
  noDraftTitle: 'Inga regler att redigera än',
  noDraftBody: 'Välj en överenskommelse under Fördela, börja från en inbyggd fil eller importera en regelfil.',
  startFrom: 'Börja från',
  startEditing: 'Redigera',

  apply: 'Använd',
  reset: 'Ångra ändringar',
  statusInUse: 'Reglerna används i förhandsgranskningen.',
  statusUnapplied: 'Ändringarna är inte använda än: välj Använd.',
  statusInvalid: (count) =>
    plural('sv', count, {
      one: 'Ett problem – rätta det innan reglerna kan användas.',
      other: `${count} problem – rätta dem innan reglerna kan användas.`,
    }),
  appliedLabel: (id) => `${id} (redigerad)`,
  workbookLabel: (id) => `${id} (arbetsboken)`,
  otherProblemsTitle: (count) => plural('sv', count, { one: 'Ett problem utan eget fält', other: `${count} problem utan eget fält` }),
  rootPointer: '(hela regelfilen)',
  flowMovedTitle: 'Annan överenskommelse vald',
  flowMovedBody: (current, draft) => `Fördela använder nu ${current}. Utkastet här bygger fortfarande på ${draft}.`,
  editCurrentInstead: 'Redigera den i stället',

  sectionAgreement: 'Överenskommelse',
  id: 'Id',
  year: 'År',
  titleSv: 'Titel (svenska)',
  titleEn: 'Titel (engelska)',
  descriptionSv: 'Beskrivning (svenska)',
  descriptionEn: 'Beskrivning (engelska)',
  budget: 'Budget till regionerna',
  kronorHint: (formatted) => formatted,
  kronorInvalid: 'Ange ett helt belopp i kronor, t.ex. 182 500 000.',
  yearInvalid: 'Ange ett år med fyra siffror, t.ex. 2026.',
  percentInvalid: 'Ange procent som ett tal, t.ex. 70.',
  percentRequired: 'Ange ett värde i procent, t.ex. 70.',
  percentOutOfRange: (percent) => `${percent} % ligger utanför 0–100 %. Ange procent, t.ex. 70 för 70 %.`,
  percentUnreadable: (text) => `”${text}” går inte att läsa som procent. Ange ett tal, t.ex. 70 eller 70,5.`,
  percentTiny: (read, meant) => `Läses som ${read} %. Menade du ${meant} %? Skriv då ${meant}.`,
  numberInvalid: 'Ange ett tal, t.ex. 1 000.',
  problemsBadge: (count) => plural('sv', count, { one: '1 problem', other: `${count} problem` }),

  trancheHeader: (label, amount) => `${label}: ${amount}`,
  labelSv: 'Namn (svenska)',
  labelEn: 'Namn (engelska)',
  amount: 'Belopp',
  unconditional: 'Villkorslös: fördelas efter befolkning till alla regioner.',
  onFailure: 'Regioner som inte uppfyller villkoren',
  onFailureRedistribute: 'Omfördela: hela beloppet delas mellan de övriga',
  onFailureWithhold: 'Håll inne: deras andel betalas inte ut',
  conditionsAssumed: 'Villkoren är antagna (står inte i källdokumenten)',
  shortcutsHeading: 'Huvudvillkor',
  thresholdShortcut: (fact) => `${fact} – gräns`,
  deadlineShortcut: (fact) => `${fact} – sista dag`,
  requirementShortcut: (fact) => `Krav: ${fact}`,

  conditionsHeading: 'Villkor',
  groupKind: 'Villkoren gäller',
  groupAll: 'Alla ska vara uppfyllda',
  groupAny: 'Minst ett ska vara uppfyllt',
  conditionHeading: (n, text) => `Villkor ${n}: ${text}`,
  fact: 'Faktum',
  operator: 'Jämförelse',
  value: 'Värde',
  conditionName: 'Id (används i förklaringar)',
  conditionLabelSv: 'Text (svenska)',
  conditionLabelEn: 'Text (engelska)',
  labelMismatch: (mentioned, required) => `Texten nämner ${mentioned} men villkoret kräver ${required}.`,
  fixLabel: 'Skriv villkorets värde i texten',
  newConditionTitle: 'nytt villkor',
  completeCondition: 'Välj faktum, jämförelse och värde. Villkoret kan inte användas förrän alla tre är valda.',
  choose: 'Välj…',
  statusMismatches: (count) =>
    plural('sv', count, {
      one: 'En villkorstext nämner ett annat värde än villkoret.',
      other: `${count} villkorstexter nämner ett annat värde än villkoret.`,
    }),
  exportMismatches: (count) =>
    plural('sv', count, {
      one: 'En villkorstext nämner ett annat värde än villkoret och exporteras så. Rätta texten först om den ska stämma.',
      other: `${count} villkorstexter nämner ett annat värde än villkoret och exporteras så. Rätta texterna först om de ska stämma.`,
    }),
  actionsLabel: 'Använd eller ångra ändringarna',
  moveUp: (n) => `Flytta villkor ${n} upp`,
  moveDown: (n) => `Flytta villkor ${n} ned`,
  remove: (n) => `Ta bort villkor ${n}`,
  addCondition: 'Lägg till villkor',
  listHint: 'Skilj värdena åt med kommatecken.',
  nestedGroup: (n) => `Villkor ${n}: grupp`,
  nestedNote: 'Nästlade grupper visas här men redigeras i regelfilen (exportera, ändra, importera).',
  readOnlyTree: 'Villkoren har en form som formuläret inte kan redigera; de visas som de är.',
  groupAllIntro: 'Alla av:',
  groupAnyIntro: 'Minst ett av:',
  groupNotIntro: 'Inte:',
  yes: 'Ja',
  no: 'Nej',
  operators: OPERATORS_SV,
  invalidOption: (value) => `${value} (passar inte)`,

  diffTitle: (id, count) => `Skiljer sig från inbyggd ${id} (${plural('sv', count, { one: '1 ändring', other: `${count} ändringar` })})`,
  sameAsBundled: (id) => `Samma som inbyggd ${id}.`,
  diffChanged: (before, after) => `${before} → ${after}`,
  diffAdded: 'tillagt',
  diffRemoved: 'borttaget',
  diffReordered: 'ny ordning',
  andMore: (count) => `… och ${count} till`,

  newYearOpen: 'Nytt avtalsår från…',
  newYearHeading: 'Nytt avtalsår',
  newYearSource: 'Kopiera från',
  newYearFromDraft: (id) => `Utkastet här (${id})`,
  newYearFromBundled: (year, kind = 'SVF') => `${kind} ${year} (inbyggd)`,
  newYearTarget: 'Nytt år',
  newYearCreate: 'Skapa',
  newYearCancel: 'Avbryt',
  newYearCreated: (id, source) => `${id} skapad från ${source}`,
  newYearCreatedBody: 'Datumen är flyttade. Kontrollera belopp, villkor och källor och välj sedan Använd.',

  fileHeading: 'Arbetsbok och fil',
  saveToWorkbook: 'Spara i arbetsboken',
  saveHint: 'Sparar reglerna i filen, så att nästa person som öppnar den får samma regler, och använder dem.',
  clearWorkbook: 'Ta bort från arbetsboken',
  exportJson: 'Exportera JSON',
  importJson: 'Importera JSON…',
  importInput: 'Importera regelfil (JSON)',
  imported: (fileName) => `${fileName} importerad`,
  importedBody: 'Reglerna finns i formuläret men används inte förrän du väljer Använd.',
  importFailed: (fileName) => `${fileName} kunde inte läsas in`,
  savedTitle: 'Reglerna är sparade i arbetsboken.',
  clearedTitle: 'Reglerna är borttagna ur arbetsboken.',
  workbookOwnRules: (id) => `Arbetsboken har egna regler (${id})`,
  workbookOwnRulesInUse: 'De sparades med arbetsboken och används nu.',
  workbookOwnRulesNotInUse: 'De används inte just nu.',
  workbookDiffers: (count, id) =>
    plural('sv', count, { one: `1 skillnad mot inbyggd ${id}.`, other: `${count} skillnader mot inbyggd ${id}.` }),
  useBundledInstead: (id) => `Använd inbyggd ${id}`,
  useWorkbookRules: 'Använd arbetsbokens regler',
  workbookBroken: 'Reglerna som sparats i arbetsboken kunde inte läsas in',
  workbookFailed: 'Arbetsboken kunde inte nås',
  dismiss: 'Stäng',
  basis: 'Fördelas',
  basisPopulation: 'Efter befolkning',
  basisEqual: 'I lika delar',
  basisFact: 'Efter en kolumn (vikt)',
  basisWeight: 'Viktkolumn',
  basisMinus: 'Minus (t.ex. föregående år)',
  basisNoMinus: '(inget)',
  basisClamp: 'Negativa vikter räknas som 0',
  basisInherit: 'Som utbetalningen',
  baseAmount: 'Grundbelopp per mottagare (valfritt)',
  baseAmountHint: 'Betalas först till varje mottagare som får del; resten fördelas efter grunden.',
  recipients: 'Mottagare',
  recipientsRegions: 'Regionerna',
  recipientsGroups: 'Grupperna av regioner',
  partsHeading: 'Delar',
  partHeading: (n, label) => `Del ${n}: ${label}`,
  addPart: 'Lägg till del',
  removePart: (n) => `Ta bort del ${n}`,
  partId: 'Id',
  partAmountKind: 'Beloppet anges som',
  partAmountKronor: 'Kronor',
  partAmountShare: 'Andel av utbetalningen',
  share: 'Andel',
  shareHint: 'Som bråk, t.ex. 1/3, eller decimaltal, t.ex. 0,25.',
  shareInvalid: 'Ange en andel som 1/3 eller 0,25.',
  partOnFailureInherit: 'Som utbetalningen',
  groupAtLeast: 'Minst ett antal ska vara uppfyllda',
  atLeastK: 'Minst så många',
  compareWith: 'Jämför med',
  compareValue: 'Ett värde',
  compareFact: 'Ett annat faktum för samma region',
  assumedSwitch: 'Antaget (står inte i källorna)',
  assumedWhySv: 'Varför antaget (svenska, en rad)',
  assumedWhyEn: 'Varför antaget (engelska, en rad)',
  assumedSource: 'Vad antagandet bygger på (källa)',
  assumedAbout: 'Gäller (inget valt: hela)',
  assumedFields: {
    amount: 'belopp',
    basis: 'fördelning',
    baseAmount: 'grundbelopp',
    conditions: 'villkor',
    onFailure: 'vid ej uppfyllt',
    parts: 'delar',
    value: 'värde',
    regions: 'regioner',
  },
  groupsHeading: 'Grupper av regioner',
  addGroup: 'Lägg till grupp',
  removeGroup: (n) => `Ta bort grupp ${n}`,
  groupHeading: (n, name) => `Grupp ${n}: ${name}`,
  groupId: 'Id',
  groupNameSv: 'Namn (svenska)',
  groupNameEn: 'Namn (engelska)',
  groupMembers: 'Regioner i gruppen',
  groupsNeedRegions: 'Grupper anger regioner ur regelfilens regionlista, som saknas här.',
};

const en: EditorMessages = {
  tabLabel: 'Rules',
  heading: 'Rules',
  editing: (id) => `Editing ${id}`,
  noDraftTitle: 'No rules to edit yet',
  noDraftBody: 'Choose an agreement under Distribute, start from a bundled file or import a rule file.',
  startFrom: 'Start from',
  startEditing: 'Edit',

  apply: 'Apply',
  reset: 'Discard changes',
  statusInUse: 'These rules are used in the preview.',
  statusUnapplied: 'The changes are not applied yet: choose Apply.',
  statusInvalid: (count) =>
    plural('en', count, {
      one: 'One problem – fix it before the rules can be applied.',
      other: `${count} problems – fix them before the rules can be applied.`,
    }),
  appliedLabel: (id) => `${id} (edited)`,
  workbookLabel: (id) => `${id} (workbook)`,
  otherProblemsTitle: (count) =>
    plural('en', count, { one: 'One problem without a field of its own', other: `${count} problems without a field of their own` }),
  rootPointer: '(whole rule file)',
  flowMovedTitle: 'Another agreement chosen',
  flowMovedBody: (current, draft) => `Distribute now uses ${current}. The draft here is still based on ${draft}.`,
  editCurrentInstead: 'Edit that instead',

  sectionAgreement: 'Agreement',
  id: 'Id',
  year: 'Year',
  titleSv: 'Title (Swedish)',
  titleEn: 'Title (English)',
  descriptionSv: 'Description (Swedish)',
  descriptionEn: 'Description (English)',
  budget: 'Budget for the regions',
  kronorHint: (formatted) => formatted,
  kronorInvalid: 'Give a whole amount in kronor, e.g. 182,500,000.',
  yearInvalid: 'Give a four-digit year, e.g. 2026.',
  percentInvalid: 'Give a percentage as a number, e.g. 70.',
  percentRequired: 'Give a percentage, e.g. 70.',
  percentOutOfRange: (percent) => `${percent} % is outside 0–100 %. Give a percentage, e.g. 70 for 70 %.`,
  percentUnreadable: (text) => `“${text}” cannot be read as a percentage. Give a number, e.g. 70 or 70.5.`,
  percentTiny: (read, meant) => `Read as ${read} %. Did you mean ${meant} %? Then type ${meant}.`,
  numberInvalid: 'Give a number, e.g. 1,000.',
  problemsBadge: (count) => plural('en', count, { one: '1 problem', other: `${count} problems` }),

  trancheHeader: (label, amount) => `${label}: ${amount}`,
  labelSv: 'Name (Swedish)',
  labelEn: 'Name (English)',
  amount: 'Amount',
  unconditional: 'Unconditional: split by population among all regions.',
  onFailure: 'Regions that do not meet the conditions',
  onFailureRedistribute: 'Redistribute: the whole amount is split among the others',
  onFailureWithhold: 'Withhold: their share is not paid out',
  conditionsAssumed: 'Conditions assumed (not in the source documents)',
  shortcutsHeading: 'Main conditions',
  thresholdShortcut: (fact) => `${fact} – threshold`,
  deadlineShortcut: (fact) => `${fact} – deadline`,
  requirementShortcut: (fact) => `Required: ${fact}`,

  conditionsHeading: 'Conditions',
  groupKind: 'The conditions apply',
  groupAll: 'All must be met',
  groupAny: 'At least one must be met',
  conditionHeading: (n, text) => `Condition ${n}: ${text}`,
  fact: 'Fact',
  operator: 'Comparison',
  value: 'Value',
  conditionName: 'Id (used in explanations)',
  conditionLabelSv: 'Text (Swedish)',
  conditionLabelEn: 'Text (English)',
  labelMismatch: (mentioned, required) => `The text names ${mentioned} but the condition requires ${required}.`,
  fixLabel: "Write the condition's value in the text",
  newConditionTitle: 'new condition',
  completeCondition: 'Choose the fact, comparison and value. The condition cannot be applied until all three are chosen.',
  choose: 'Choose…',
  statusMismatches: (count) =>
    plural('en', count, {
      one: 'One condition text names another value than its condition.',
      other: `${count} condition texts name another value than their condition.`,
    }),
  exportMismatches: (count) =>
    plural('en', count, {
      one: 'One condition text names another value than its condition and is exported so. Fix the text first if it should agree.',
      other: `${count} condition texts name another value than their condition and are exported so. Fix the texts first if they should agree.`,
    }),
  actionsLabel: 'Apply or discard the changes',
  moveUp: (n) => `Move condition ${n} up`,
  moveDown: (n) => `Move condition ${n} down`,
  remove: (n) => `Remove condition ${n}`,
  addCondition: 'Add condition',
  listHint: 'Separate the values with commas.',
  nestedGroup: (n) => `Condition ${n}: group`,
  nestedNote: 'Nested groups are shown here but edited in the rule file (export, edit, import).',
  readOnlyTree: 'The conditions have a shape the form cannot edit; they are shown as they are.',
  groupAllIntro: 'All of:',
  groupAnyIntro: 'At least one of:',
  groupNotIntro: 'Not:',
  yes: 'Yes',
  no: 'No',
  operators: OPERATORS_EN,
  invalidOption: (value) => `${value} (does not fit)`,

  diffTitle: (id, count) => `Differs from bundled ${id} (${plural('en', count, { one: '1 change', other: `${count} changes` })})`,
  sameAsBundled: (id) => `Same as bundled ${id}.`,
  diffChanged: (before, after) => `${before} → ${after}`,
  diffAdded: 'added',
  diffRemoved: 'removed',
  diffReordered: 'new order',
  andMore: (count) => `… and ${count} more`,

  newYearOpen: 'New agreement year from…',
  newYearHeading: 'New agreement year',
  newYearSource: 'Copy from',
  newYearFromDraft: (id) => `The draft here (${id})`,
  newYearFromBundled: (year, kind = 'SVF') => `${kind} ${year} (bundled)`,
  newYearTarget: 'New year',
  newYearCreate: 'Create',
  newYearCancel: 'Cancel',
  newYearCreated: (id, source) => `${id} created from ${source}`,
  newYearCreatedBody: 'The dates are moved. Check the amounts, conditions and sources, then choose Apply.',

  fileHeading: 'Workbook and file',
  saveToWorkbook: 'Save in the workbook',
  saveHint: 'Saves the rules in the file, so the next person who opens it gets the same rules, and applies them.',
  clearWorkbook: 'Remove from the workbook',
  exportJson: 'Export JSON',
  importJson: 'Import JSON…',
  importInput: 'Import rule file (JSON)',
  imported: (fileName) => `${fileName} imported`,
  importedBody: 'The rules are in the form but not applied until you choose Apply.',
  importFailed: (fileName) => `${fileName} could not be loaded`,
  savedTitle: 'The rules are saved in the workbook.',
  clearedTitle: 'The rules are removed from the workbook.',
  workbookOwnRules: (id) => `The workbook has its own rules (${id})`,
  workbookOwnRulesInUse: 'They were saved with the workbook and are in use now.',
  workbookOwnRulesNotInUse: 'They are not in use right now.',
  workbookDiffers: (count, id) =>
    plural('en', count, { one: `1 difference from bundled ${id}.`, other: `${count} differences from bundled ${id}.` }),
  useBundledInstead: (id) => `Use bundled ${id}`,
  useWorkbookRules: "Use the workbook's rules",
  workbookBroken: 'The rules saved in the workbook could not be loaded',
  workbookFailed: 'The workbook could not be reached',
  dismiss: 'Dismiss',
  basis: 'Split',
  basisPopulation: 'By population',
  basisEqual: 'In equal shares',
  basisFact: 'By a column (weight)',
  basisWeight: 'Weight column',
  basisMinus: 'Minus (e.g. the year before)',
  basisNoMinus: '(none)',
  basisClamp: 'Negative weights count as 0',
  basisInherit: 'As the tranche',
  baseAmount: 'Base amount per recipient (optional)',
  baseAmountHint: 'Paid first to every recipient paid; the rest is split by the basis.',
  recipients: 'Recipients',
  recipientsRegions: 'The regions',
  recipientsGroups: 'The groups of regions',
  partsHeading: 'Parts',
  partHeading: (n, label) => `Part ${n}: ${label}`,
  addPart: 'Add part',
  removePart: (n) => `Remove part ${n}`,
  partId: 'Id',
  partAmountKind: 'Amount given as',
  partAmountKronor: 'Kronor',
  partAmountShare: 'Share of the tranche',
  share: 'Share',
  shareHint: 'As a fraction, e.g. 1/3, or a decimal, e.g. 0.25.',
  shareInvalid: 'Give a share such as 1/3 or 0.25.',
  partOnFailureInherit: 'As the tranche',
  groupAtLeast: 'At least a number must be met',
  atLeastK: 'At least this many',
  compareWith: 'Compare with',
  compareValue: 'A value',
  compareFact: 'Another fact of the same region',
  assumedSwitch: 'Assumed (not in the sources)',
  assumedWhySv: 'Why assumed (Swedish, one line)',
  assumedWhyEn: 'Why assumed (English, one line)',
  assumedSource: 'What the assumption rests on (source)',
  assumedAbout: 'About (none chosen: all of it)',
  assumedFields: {
    amount: 'amount',
    basis: 'basis',
    baseAmount: 'base amount',
    conditions: 'conditions',
    onFailure: 'on failure',
    parts: 'parts',
    value: 'value',
    regions: 'regions',
  },
  groupsHeading: 'Groups of regions',
  addGroup: 'Add group',
  removeGroup: (n) => `Remove group ${n}`,
  groupHeading: (n, name) => `Group ${n}: ${name}`,
  groupId: 'Id',
  groupNameSv: 'Name (Swedish)',
  groupNameEn: 'Name (English)',
  groupMembers: 'Regions in the group',
  groupsNeedRegions: "Groups name regions from the rule file's region list, which is missing here.",
};

export const EDITOR_MESSAGES = catalogue<EditorMessages>({ sv, en });

/** The tab's name in the pane's tab list. */
export function editorTabLabel(lang: Language): string {
  return EDITOR_MESSAGES[lang].tabLabel;
}
