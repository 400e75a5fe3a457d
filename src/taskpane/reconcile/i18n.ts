import type { Language } from '../../core/agreement/types';

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
  missing: string;
  unreadable: string;
  goToCell: (address: string) => string;
  notWhole: string;

  summaryNone: (count: number) => string;
  summary: (count: number, sum: string) => string;
  missingCount: (count: number) => string;
  totalsLine: (computed: string, existing: string) => string;
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
  missing: 'saknas',
  unreadable: 'går inte att läsa',
  goToCell: (address) => `Gå till ${address}`,
  notWhole: 'belopp med ören',

  summaryNone: (count) => `Inga skillnader: alla ${count} regioner stämmer.`,
  summary: (count, sum) => `${count === 1 ? '1 region skiljer sig' : `${count} regioner skiljer sig`}, summa ${sum}`,
  missingCount: (count) => (count === 1 ? '1 region saknar befintligt belopp.' : `${count} regioner saknar befintligt belopp.`),
  totalsLine: (computed, existing) => `Beräknat ${computed}, befintligt ${existing}. Skillnad = beräknat − befintligt.`,
  failedTitle: 'Kan inte stämma av',
  errorsTitle: (count) => (count === 1 ? 'Ett belopp kunde inte läsas' : `${count} problem med beloppen`),
  warningsTitle: (count) => (count === 1 ? 'En varning' : `${count} varningar`),
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
  missing: 'missing',
  unreadable: 'cannot be read',
  goToCell: (address) => `Go to ${address}`,
  notWhole: 'amount with öre',

  summaryNone: (count) => `No differences: all ${count} regions agree.`,
  summary: (count, sum) => `${count === 1 ? '1 region differs' : `${count} regions differ`}, sum ${sum}`,
  missingCount: (count) => (count === 1 ? '1 region has no existing amount.' : `${count} regions have no existing amount.`),
  totalsLine: (computed, existing) => `Computed ${computed}, existing ${existing}. Difference = computed − existing.`,
  failedTitle: 'Cannot reconcile',
  errorsTitle: (count) => (count === 1 ? 'An amount could not be read' : `${count} problems with the amounts`),
  warningsTitle: (count) => (count === 1 ? 'One warning' : `${count} warnings`),
};

export const RECONCILE_MESSAGES: Record<Language, ReconcileMessages> = { sv, en };
