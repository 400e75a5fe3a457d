import { parseArgs } from 'node:util';
import type { Language } from '../core/agreement/types';
import type { HiddenRowsChoice, WarningCode } from '../core/table/types';

/** Every kind of warning --accept takes, in the order the help lists them. */
export const WARNING_CODES: readonly WarningCode[] = [
  'blanks',
  'withheld',
  'widespread-failure',
  'other-year',
  'total-row',
  'hidden-rows',
  'hidden-columns',
  'mixed-scale',
  'population-outlier',
  'missing-regions',
  'unlisted-regions',
];
import { CSV_ENCODINGS, encodingByName, type CsvEncoding } from './csvDecode';
import { isLanguage } from '../core/i18n';

/** What every command that reads a region table takes: the rules, the input and how to read it. */
export interface TableRunOptions {
  input: string;
  rules: string;
  sheet?: string;
  map: Record<string, string>;
  lang: Language;
  /** Warnings the user has looked at and accepts; without them a warning stops the run. */
  accept: WarningCode[];
  hiddenRows: HiddenRowsChoice;
  /** Overrides the detected text encoding of a CSV/TXT input. */
  encoding?: CsvEncoding;
}

export interface ApplyOptions extends TableRunOptions {
  out?: string;
  json: boolean;
}

/** kvot annex: the decision annex of one tranche, written to a new workbook. */
export interface AnnexCliOptions extends TableRunOptions {
  out?: string;
  /** The tranche id; may be left out when the agreement has one tranche. */
  tranche?: string;
  /** The government's own title; the rules give a default. */
  title?: string;
  /** Lines above the title (--heading may be given several times); "Bilaga" by default. */
  heading: string[];
  /** The population's date for the header ("nov 2024"); else read from the table's population header. */
  populationDate?: string;
}

export class UsageError extends Error {}

export const USAGE = `Användning / Usage:
  kvot apply <fil.xlsx|fil.csv> --rules <regler.json> [--sheet NAMN] [--map fakta=Rubrik]... [--out resultat.xlsx]
             [--accept VARNING,...] [--hidden-rows include|exclude] [--encoding KOD] [--json] [--lang sv|en]
  kvot annex <fil.xlsx|fil.csv> --rules <regler.json> --tranche ID [--out bilaga.xlsx] [--population-date TEXT]
             [--title TEXT] [--heading TEXT]... [--accept VARNING,...] [--sheet NAMN] [--map fakta=Rubrik]... [--lang sv|en]
  kvot verify <resultat.xlsx> [--lang sv|en]
  kvot check <regler.json> [--json] [--lang sv|en]

  --rules   regelfil för avtalsåret, t.ex. rules/svf-2024.json / the agreement year's rule file
  --sheet   bladet med regiontabellen (förval: det enda bladet med en regiontabell) / the sheet with the region table
  --map     koppla ett faktum till en kolumn: rubrik eller kolumnbokstav, t.ex. --map population=Folkmängd
  --out     skriv en kopia av arbetsboken med utbetalningskolumnerna / write a copy with the payout columns
  --accept  godkänn varningar efter granskning, så skrivs resultatet ändå / accept warnings after review:
            blanks (tomma villkorsceller räknas som ej uppfyllt / blank condition cells count as not met),
            withheld, widespread-failure, other-year, total-row, hidden-rows, hidden-columns, mixed-scale, population-outlier,
            missing-regions, unlisted-regions
  --hidden-rows  dolda eller filtrerade rader: include (räkna med) eller exclude (utelämna) / hidden or filtered rows
  --json    skriv resultatet som JSON / print the result as JSON
  --lang    språk för utskrift (sv förval) / output language (sv by default)
  --encoding teckenkodning för CSV/TXT om den inte känns igen: utf-8, windows-1252, utf-16le, utf-16be
            / a CSV/TXT file's text encoding when it is not detected

  annex     skriver beslutsbilagan för en utbetalning som en ny arbetsbok, klar att skriva ut (A4 stående)
            / writes the decision annex of one tranche as a new, print-ready workbook (A4 portrait)
  --tranche        utbetalningen, t.ex. payout2 / the tranche, e.g. payout2
  --population-date  befolkningens datum i rubriken, t.ex. "nov 2024" (förval: ur tabellens rubrik)
                   / the population's date for the header (default: from the table's header)
  --title, --heading  bilagans rubrik och raderna ovanför den / the annex's title and the lines above it

  verify    räknar om varje loggad beräkning i bladet "Kvot logg" och jämför SHA-256 och summor
            / re-runs every logged calculation in the "Kvot logg" sheet and compares hashes and totals
  check     läser och kontrollerar en regelfil och säger vad den innehåller: utbetalningar, delar,
            villkor i ord och vad som är antaget / validates a rule file and says what it holds`;

export function parseVerifyArgs(argv: string[]): { input: string; lang: Language } {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { lang: { type: 'string', default: 'sv' } } });
  if (positionals.length !== 1) throw new UsageError('Ange exakt en arbetsbok. / Give exactly one workbook.');
  if (!isLanguage(values.lang)) throw new UsageError('--lang ska vara sv eller en. / --lang must be sv or en.');
  return { input: positionals[0], lang: values.lang };
}

export function parseCheckArgs(argv: string[]): { rules: string; json: boolean; lang: Language } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string', default: 'sv' }, json: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('Ange exakt en regelfil. / Give exactly one rule file.');
  if (!isLanguage(values.lang)) throw new UsageError('--lang ska vara sv eller en. / --lang must be sv or en.');
  return { rules: positionals[0], json: values.json ?? false, lang: values.lang };
}

/** The options of every command that reads a region table, for node:util parseArgs. */
const TABLE_OPTIONS = {
  rules: { type: 'string' },
  sheet: { type: 'string' },
  map: { type: 'string', multiple: true },
  lang: { type: 'string', default: 'sv' },
  accept: { type: 'string', multiple: true },
  'hidden-rows': { type: 'string' },
  encoding: { type: 'string' },
} as const;

interface TableValues {
  rules?: string;
  sheet?: string;
  map?: string[];
  lang?: string;
  accept?: string[];
  'hidden-rows'?: string;
  encoding?: string;
}

function tableRunOptions(values: TableValues, positionals: string[]): TableRunOptions {
  if (positionals.length !== 1) throw new UsageError('Ange exakt en indatafil. / Give exactly one input file.');
  if (!values.rules) throw new UsageError('--rules saknas. / --rules is missing.');
  if (!isLanguage(values.lang)) throw new UsageError('--lang ska vara sv eller en. / --lang must be sv or en.');
  // No prototype: --map __proto__=X or constructor=X is an unknown fact, not a prototype change.
  const map: Record<string, string> = Object.create(null);
  for (const entry of values.map ?? []) {
    const eq = entry.indexOf('=');
    if (eq <= 0 || eq === entry.length - 1)
      throw new UsageError(`--map "${entry}" ska ha formen fakta=Rubrik. / --map "${entry}" must be fact=Header.`);
    map[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  return {
    input: positionals[0],
    rules: values.rules,
    sheet: values.sheet,
    map,
    lang: values.lang,
    accept: acceptedWarnings(values.accept ?? []),
    hiddenRows: hiddenRowsChoice(values['hidden-rows']),
    encoding: parseEncoding(values.encoding),
  };
}

export function parseApplyArgs(argv: string[]): ApplyOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...TABLE_OPTIONS, out: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  return { ...tableRunOptions(values, positionals), out: values.out, json: values.json ?? false };
}

export function parseAnnexArgs(argv: string[]): AnnexCliOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...TABLE_OPTIONS,
      out: { type: 'string' },
      tranche: { type: 'string' },
      title: { type: 'string' },
      heading: { type: 'string', multiple: true },
      'population-date': { type: 'string' },
    },
  });
  const tranche = values.tranche?.trim();
  if (tranche === '')
    throw new UsageError(
      '--tranche är tom: ange utbetalningens id, t.ex. payout2. / --tranche is empty: give the tranche id, e.g. payout2.',
    );
  return {
    ...tableRunOptions(values, positionals),
    out: values.out,
    tranche,
    title: values.title,
    heading: values.heading ?? [],
    populationDate: values['population-date'],
  };
}

function acceptedWarnings(entries: string[]): WarningCode[] {
  const codes = entries
    .flatMap((e) => e.split(','))
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const unknown = codes.filter((c) => !(WARNING_CODES as readonly string[]).includes(c));
  if (unknown.length > 0) {
    const list = WARNING_CODES.join(', ');
    throw new UsageError(
      `Okänd varning i --accept: ${unknown.join(', ')} (finns: ${list}). / Unknown warning in --accept: ${unknown.join(', ')} (there are: ${list}).`,
    );
  }
  return codes as WarningCode[];
}

function hiddenRowsChoice(value: string | undefined): HiddenRowsChoice {
  if (value === undefined) return 'ask';
  if (value === 'include' || value === 'exclude') return value;
  throw new UsageError(
    `--hidden-rows ska vara include eller exclude, inte "${value}". / --hidden-rows must be include or exclude, not "${value}".`,
  );
}

function parseEncoding(name: string | undefined): CsvEncoding | undefined {
  if (name === undefined) return undefined;
  const encoding = encodingByName(name);
  if (encoding) return encoding;
  const names = CSV_ENCODINGS.join(', ');
  throw new UsageError(
    `--encoding "${name}" känns inte igen: ange ${names} (eller utf8, cp1252, ansi, latin1, unicode). / --encoding "${name}" is not known: give ${names} (or utf8, cp1252, ansi, latin1, unicode).`,
  );
}
