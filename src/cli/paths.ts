import { access, constants, stat } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import path from 'node:path';
import type { Localized } from '../core/agreement/types';

/** A rule file is at most 1 MiB (the bundled ones are about 8 KiB); the loader's text limit is the same. */
export const MAX_RULE_FILE_BYTES = 1_048_576;

/** ok, or why not in sv and en with the exit code: 1 for a file that cannot be used, 2 for a wrong argument. */
export type PathCheck = { ok: true } | { ok: false; code: 1 | 2; message: Localized };

const OK: PathCheck = { ok: true };
const fail = (code: 1 | 2, sv: string, en: string): PathCheck => ({ ok: false, code, message: { sv, en } });

/** What a file is called in messages: "Regelfilen" / "The rule file". */
export interface FileRole {
  sv: string;
  en: string;
}

export const RULES: FileRole = { sv: 'Regelfilen', en: 'The rule file' };
export const INPUT: FileRole = { sv: 'Indatafilen', en: 'The input file' };
export const WORKBOOK: FileRole = { sv: 'Arbetsboken', en: 'The workbook' };

async function statOf(file: string): Promise<BigIntStats | NodeJS.ErrnoException> {
  try {
    return await stat(file, { bigint: true });
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}
const isError = (s: BigIntStats | NodeJS.ErrnoException): s is NodeJS.ErrnoException => s instanceof Error;
const missing = (e: NodeJS.ErrnoException) => e.code === 'ENOENT' || e.code === 'ENOTDIR';

function kindOf(s: BigIntStats): Localized {
  if (s.isCharacterDevice() || s.isBlockDevice()) return { sv: 'en enhet', en: 'a device' };
  if (s.isFIFO()) return { sv: 'en namngiven pipe', en: 'a named pipe' };
  if (s.isSocket()) return { sv: 'en socket', en: 'a socket' };
  return { sv: 'ingen vanlig fil', en: 'not a regular file' };
}

/** An existing, readable regular file, at most maxBytes long when given. */
export async function checkReadableFile(file: string, role: FileRole, maxBytes?: number): Promise<PathCheck> {
  const s = await statOf(file);
  if (isError(s)) {
    if (missing(s)) return fail(1, `${role.sv} ${file} finns inte.`, `${role.en} ${file} does not exist.`);
    return fail(1, `${role.sv} ${file} kan inte läsas (${s.code}).`, `${role.en} ${file} cannot be read (${s.code}).`);
  }
  if (s.isDirectory()) return fail(1, `${role.sv} ${file} är en mapp, inte en fil.`, `${role.en} ${file} is a folder, not a file.`);
  if (!s.isFile()) {
    const kind = kindOf(s);
    return fail(1, `${role.sv} ${file} är ${kind.sv}, inte en fil.`, `${role.en} ${file} is ${kind.en}, not a file.`);
  }
  if (maxBytes !== undefined && s.size > BigInt(maxBytes)) {
    return fail(
      1,
      `${role.sv} ${file} är för stor: ${s.size} byte, högst ${maxBytes} byte (1 MiB).`,
      `${role.en} ${file} is too large: ${s.size} bytes, at most ${maxBytes} bytes (1 MiB).`,
    );
  }
  try {
    await access(file, constants.R_OK);
  } catch {
    return fail(1, `${role.sv} ${file} kan inte läsas: behörighet saknas.`, `${role.en} ${file} cannot be read: permission denied.`);
  }
  return OK;
}

/** Same file: the same path, or the same device and inode (a hard link, a symlink, another spelling). */
function sameFile(a: string, b: string, sa: BigIntStats | null, sb: BigIntStats | null): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  return sa !== null && sb !== null && sa.ino !== 0n && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Where `kvot apply` may write: a name ending in .xlsx, in an existing folder, and — if it exists
 * — a regular file that is neither the input nor the rule file. A directory, device, pipe or socket
 * is never replaced (as root, renaming over /dev/null would replace the device node).
 */
export async function checkOutFile(out: string, sources: { input: string; rules: string }): Promise<PathCheck> {
  const target = await statOf(out);
  const existing = isError(target) ? null : target;
  if (isError(target) && !missing(target)) {
    return fail(1, `--out ${out} kan inte användas (${target.code}).`, `--out ${out} cannot be used (${target.code}).`);
  }
  for (const [source, role] of [
    [sources.input, INPUT],
    [sources.rules, RULES],
  ] as const) {
    const s = await statOf(source);
    if (sameFile(out, source, existing, isError(s) ? null : s)) {
      return fail(
        1,
        `${role.sv} skrivs aldrig över: välj en annan --out än ${source}.`,
        `${role.en} is never overwritten: choose an --out other than ${source}.`,
      );
    }
  }
  if (existing?.isDirectory()) {
    return fail(
      1,
      `--out ${out} är en mapp: ange en fil, t.ex. ${path.join(out, 'resultat.xlsx')}.`,
      `--out ${out} is a folder: give a file, e.g. ${path.join(out, 'result.xlsx')}.`,
    );
  }
  if (existing && !existing.isFile()) {
    const kind = kindOf(existing);
    return fail(1, `--out ${out} är ${kind.sv} och skrivs inte över.`, `--out ${out} is ${kind.en} and is not overwritten.`);
  }
  if (path.extname(out).toLowerCase() !== '.xlsx') {
    return fail(2, `--out ska vara en .xlsx-fil: ${out}`, `--out must be an .xlsx file: ${out}`);
  }
  const folder = path.dirname(path.resolve(out));
  const f = await statOf(folder);
  if (isError(f) || !f.isDirectory()) {
    return fail(1, `Mappen ${folder} för --out finns inte.`, `The folder ${folder} for --out does not exist.`);
  }
  try {
    await access(folder, constants.W_OK);
  } catch {
    return fail(1, `Mappen ${folder} för --out går inte att skriva i.`, `The folder ${folder} for --out cannot be written to.`);
  }
  return OK;
}

/** The files of `kvot apply`, in the order they are used: rule file, input, output. */
export async function checkApplyPaths(files: { rules: string; input: string; out: string }): Promise<PathCheck> {
  for (const check of [
    () => checkReadableFile(files.rules, RULES, MAX_RULE_FILE_BYTES),
    () => checkReadableFile(files.input, INPUT),
    () => checkOutFile(files.out, files),
  ]) {
    const result = await check();
    if (!result.ok) return result;
  }
  return OK;
}
