import type { Console } from './apply';
import { parseAnnexArgs, parseApplyArgs, parseCheckArgs, parseVerifyArgs, USAGE, UsageError } from './args';
import { InputError } from './errors';
import { isLanguage, pick } from '../core/i18n';

const stdio: Console = { out: (t) => console.log(t), err: (t) => console.error(t) };

/**
 * Entry point of `kvot`: returns the exit code (0 ok, 1 bad input or an invalid rule file, 2 usage,
 * 3 warnings not accepted). Each command's module (exceljs, the engine, the rule loader) is loaded with import() only when that
 * command runs, so `kvot --help` and usage errors start as fast as Node does (see scripts/build-cli.js).
 */
export async function main(argv: string[], io: Console = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'apply': {
        const options = parseApplyArgs(rest);
        const { apply } = await import('./apply');
        return (await apply(options, io)).code;
      }
      case 'annex': {
        const options = parseAnnexArgs(rest);
        const { annex } = await import('./annex');
        return await annex(options, io);
      }
      case 'verify': {
        const options = parseVerifyArgs(rest);
        const { verify } = await import('./verify');
        return await verify(options.input, options.lang, io);
      }
      case 'check': {
        const options = parseCheckArgs(rest);
        const { check } = await import('./check');
        return await check(options, io);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Okänt kommando "${command}". / Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      const lang = languageOf(rest);
      io.err(error.text[lang]);
      io.err(pick(lang, { sv: 'Inget skrevs.', en: 'Nothing was written.' }));
      return 1;
    }
    if (isFileError(error)) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

/** The language asked for with --lang (Swedish unless English is asked for), for errors raised before the options are read. */
function languageOf(args: string[]): 'sv' | 'en' {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  return isLanguage(value) ? value : 'sv';
}

function isFileError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'path' in error;
}
