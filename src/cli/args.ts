import { parseArgs } from 'node:util';
import type { Language } from '../core/agreement/types';

export interface ApplyOptions {
  input: string;
  rules: string;
  sheet?: string;
  map: Record<string, string>;
  out?: string;
  json: boolean;
  lang: Language;
}

export class UsageError extends Error {}

export const USAGE = `Användning / Usage:
  kvot apply <fil.xlsx|fil.csv> --rules <regler.json> [--sheet NAMN] [--map fakta=Rubrik]... [--out resultat.xlsx] [--json] [--lang sv|en]
  kvot verify <resultat.xlsx> [--lang sv|en]

  --rules   regelfil för avtalsåret, t.ex. rules/svf-2024.json / the agreement year's rule file
  --sheet   bladet med regiontabellen (förval: första bladet) / the sheet with the region table
  --map     koppla ett faktum till en kolumn: rubrik eller kolumnbokstav, t.ex. --map population=Folkmängd
  --out     skriv en kopia av arbetsboken med utbetalningskolumnerna / write a copy with the payout columns
  --json    skriv resultatet som JSON / print the result as JSON
  --lang    språk för utskrift (sv förval) / output language (sv by default)

  verify    räknar om varje loggad beräkning i bladet "Kvot logg" och jämför SHA-256 och summor
            / re-runs every logged calculation in the "Kvot logg" sheet and compares hashes and totals`;

export function parseVerifyArgs(argv: string[]): { input: string; lang: Language } {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { lang: { type: 'string', default: 'sv' } } });
  if (positionals.length !== 1) throw new UsageError('Ange exakt en arbetsbok. / Give exactly one workbook.');
  if (values.lang !== 'sv' && values.lang !== 'en') throw new UsageError('--lang ska vara sv eller en. / --lang must be sv or en.');
  return { input: positionals[0], lang: values.lang };
}

export function parseApplyArgs(argv: string[]): ApplyOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      rules: { type: 'string' },
      sheet: { type: 'string' },
      map: { type: 'string', multiple: true },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'sv' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('Ange exakt en indatafil. / Give exactly one input file.');
  if (!values.rules) throw new UsageError('--rules saknas. / --rules is missing.');
  if (values.lang !== 'sv' && values.lang !== 'en') throw new UsageError('--lang ska vara sv eller en. / --lang must be sv or en.');
  // No prototype: --map __proto__=X or constructor=X is an unknown fact, not a prototype change.
  const map: Record<string, string> = Object.create(null);
  for (const entry of values.map ?? []) {
    const eq = entry.indexOf('=');
    if (eq <= 0 || eq === entry.length - 1) throw new UsageError(`--map "${entry}" ska ha formen fakta=Rubrik. / --map "${entry}" must be fact=Header.`);
    map[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  return { input: positionals[0], rules: values.rules, sheet: values.sheet, map, out: values.out, json: values.json ?? false, lang: values.lang };
}
