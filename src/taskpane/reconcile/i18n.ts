import { catalogue, plural } from '../../core/i18n';

/** The reconcile tab's strings, Swedish and English; a key missing in either is a compile error. */
export interface ReconcileMessages {
  tabLabel: string;
  heading: string;
  intro: string;
  readTableFirst: string;
  tableHasErrors: string;
  computing: string;

  columnLabel: string;
  columnPlaceholder: string;
  columnByLetter: string;
  columnOption: (letter: string, header: string) => string;
  letterLabel: string;
  letterHint: string;
  compareLabel: string;
  compareTotal: string;
  keyLabel: string;
  keyByRow: string;
  keyHint: string;

  caption: (header: string, compared: string) => string;
  colRegion: string;
  colComputed: string;
  colExisting: string;
  colDifference: string;
  totalsRow: string;
  totalsRowCompared: (count: number) => string;
  notComparedRow: (count: number) => string;
  missing: string;
  unreadable: string;
  goToCell: (address: string) => string;
  notWhole: string;

  summaryNone: (count: number) => string;
  summaryNoneCompared: (count: number) => string;
  summary: (count: number, sum: string) => string;
  unreadableApart: (count: number, amount: string) => string;
  missingApart: (count: number, amount: string) => string;
  totalsLine: (all: string, compared: string, existing: string) => string;
  failedTitle: string;
  errorsTitle: (count: number) => string;
  warningsTitle: (count: number) => string;
}

const sv: ReconcileMessages = {
  tabLabel: 'Avstämning',
  heading: 'Stäm av mot befintliga belopp',
  intro: 'Jämför de beräknade beloppen med en kolumn med befintliga belopp, t.ex. den officiella tabellen inklistrad i bladet.',
  readTableFirst: 'Läs tabellen under Fördela först.',
  tableHasErrors: 'Tabellen har fel. Rätta dem under Fördela först.',
  computing: 'Beräknar…',

  columnLabel: 'Kolumn med befintliga belopp',
  columnPlaceholder: 'Välj kolumn…',
  columnByLetter: 'Ange kolumnbokstav…',
  columnOption: (letter, header) => (header ? `${letter}: ${header}` : letter),
  letterLabel: 'Kolumnbokstav',
  letterHint: 'Kolumnen i bladet, t.ex. H',
  compareLabel: 'Jämför med',
  compareTotal: 'Totalt (alla utbetalningar)',
  keyLabel: 'Hitta regionerna',
  keyByRow: 'På samma rad som i tabellen',
  keyHint: 'Välj en kolumn med kod eller namn om beloppen står i en annan ordning.',

  caption: (header, compared) => `Beräknat (${compared}) mot befintligt (${header})`,
  colRegion: 'Region',
  colComputed: 'Beräknat',
  colExisting: 'Befintligt',
  colDifference: 'Skillnad',
  totalsRow: 'Summa',
  totalsRowCompared: (count) => `Summa, ${count} jämförda`,
  notComparedRow: (count) => `Ej jämförda (${count})`,
  missing: 'saknas',
  unreadable: 'går inte att läsa',
  goToCell: (address) => `Gå till ${address}`,
  notWhole: 'belopp med ören',

  summaryNone: (count) => `Inga skillnader: alla ${count} regioner stämmer.`,
  summaryNoneCompared: (count) =>
    `Inga skillnader bland ${plural('sv', count, { one: 'den jämförda regionen', other: `de ${count} jämförda regionerna` })}.`,
  summary: (count, sum) => `${plural('sv', count, { one: '1 region skiljer sig', other: `${count} regioner skiljer sig` })}, summa ${sum}`,
  unreadableApart: (count, amount) =>
    `${plural('sv', count, { one: '1 rad kunde inte läsas', other: `${count} rader kunde inte läsas` })}: ${amount} beräknat för ${plural('sv', count, { one: 'den', other: 'dem' })} ingår inte i jämförelsen.`,
  missingApart: (count, amount) =>
    `${plural('sv', count, { one: '1 region saknar befintligt belopp', other: `${count} regioner saknar befintligt belopp` })}: ${amount} beräknat för ${plural('sv', count, { one: 'den', other: 'dem' })} ingår inte i jämförelsen.`,
  totalsLine: (all, compared, existing) =>
    all === compared
      ? `Beräknat ${compared}, befintligt ${existing}. Skillnad = beräknat − befintligt.`
      : `Beräknat för alla regioner ${all}; för de jämförda ${compared}, befintligt ${existing}. Skillnad = beräknat − befintligt.`,
  failedTitle: 'Kan inte stämma av',
  errorsTitle: (count) => plural('sv', count, { one: 'Ett belopp kunde inte läsas', other: `${count} problem med beloppen` }),
  warningsTitle: (count) => plural('sv', count, { one: 'En varning', other: `${count} varningar` }),
};

const en: ReconcileMessages = {
  tabLabel: 'Reconcile',
  heading: 'Reconcile with existing amounts',
  intro: 'Compare the computed amounts with a column of existing amounts, e.g. the official table pasted into the sheet.',
  readTableFirst: 'Read the table under Distribute first.',
  tableHasErrors: 'The table has errors. Fix them under Distribute first.',
  computing: 'Computing…',

  columnLabel: 'Column of existing amounts',
  columnPlaceholder: 'Choose column…',
  columnByLetter: 'Enter a column letter…',
  columnOption: (letter, header) => (header ? `${letter}: ${header}` : letter),
  letterLabel: 'Column letter',
  letterHint: 'The column in the sheet, e.g. H',
  compareLabel: 'Compare with',
  compareTotal: 'Total (all payouts)',
  keyLabel: 'Find the regions',
  keyByRow: 'On the same row as in the table',
  keyHint: 'Choose a column with code or name if the amounts are in another order.',

  caption: (header, compared) => `Computed (${compared}) against existing (${header})`,
  colRegion: 'Region',
  colComputed: 'Computed',
  colExisting: 'Existing',
  colDifference: 'Difference',
  totalsRow: 'Total',
  totalsRowCompared: (count) => `Total, ${count} compared`,
  notComparedRow: (count) => `Not compared (${count})`,
  missing: 'missing',
  unreadable: 'cannot be read',
  goToCell: (address) => `Go to ${address}`,
  notWhole: 'amount with öre',

  summaryNone: (count) => `No differences: all ${count} regions agree.`,
  summaryNoneCompared: (count) => `No differences among the ${plural('en', count, { one: 'region', other: `${count} regions` })} compared.`,
  summary: (count, sum) => `${plural('en', count, { one: '1 region differs', other: `${count} regions differ` })}, sum ${sum}`,
  unreadableApart: (count, amount) =>
    `${plural('en', count, { one: '1 row could not be read', other: `${count} rows could not be read` })}: the ${amount} computed for ${plural('en', count, { one: 'it is', other: 'them are' })} left out of the comparison.`,
  missingApart: (count, amount) =>
    `${plural('en', count, { one: '1 region has no existing amount', other: `${count} regions have no existing amount` })}: the ${amount} computed for ${plural('en', count, { one: 'it is', other: 'them are' })} left out of the comparison.`,
  totalsLine: (all, compared, existing) =>
    all === compared
      ? `Computed ${compared}, existing ${existing}. Difference = computed − existing.`
      : `Computed for all regions ${all}; for those compared ${compared}, existing ${existing}. Difference = computed − existing.`,
  failedTitle: 'Cannot reconcile',
  errorsTitle: (count) => plural('en', count, { one: 'An amount could not be read', other: `${count} problems with the amounts` }),
  warningsTitle: (count) => plural('en', count, { one: 'One warning', other: `${count} warnings` }),
};

export const RECONCILE_MESSAGES = catalogue<ReconcileMessages>({ sv, en });
