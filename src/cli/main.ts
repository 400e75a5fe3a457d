import { apply, type Console } from './apply';
import { parseApplyArgs, parseCheckArgs, parseVerifyArgs, USAGE, UsageError } from './args';
import { check } from './check';
import { InputError } from './readInput';
import { verify } from './verify';

const stdio: Console = { out: (t) => console.log(t), err: (t) => console.error(t) };

/** Entry point of `kvot`: returns the exit code (0 ok, 1 bad input or an invalid rule file, 2 usage). */
export async function main(argv: string[], io: Console = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'apply':
        return (await apply(parseApplyArgs(rest), io)).code;
      case 'verify': {
        const options = parseVerifyArgs(rest);
        return await verify(options.input, options.lang, io);
      }
      case 'check':
        return await check(parseCheckArgs(rest), io);
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
    if (error instanceof InputError || isFileError(error)) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

function isFileError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'path' in error;
}
