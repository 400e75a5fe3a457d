import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './run';
import { checkOutFile, MAX_RULE_FILE_BYTES } from '../../src/cli/paths';

let dir: string;
let rules: string;
let input: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kvot-paths-'));
  rules = path.join(dir, 'svf-2024.json');
  input = path.join(dir, 'regioner.xlsx');
  copyFileSync('rules/svf-2024.json', rules);
  copyFileSync('examples/regioner-2024.xlsx', input);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const apply = (...args: string[]) => run('apply', input, '--rules', rules, ...args);
/** A clear one-line error, no stack trace, nothing printed on stdout. */
function expectError(result: { code: number; out: string; err: string }, code: number, message: string) {
  expect(result.code).toBe(code);
  expect(result.err).toBe(message);
  expect(result.err).not.toMatch(/\n\s+at /);
  expect(result.out).toBe('');
}

/** A named pipe, or null where mkfifo is not available. */
function fifo(name: string): string | null {
  const file = path.join(dir, name);
  try {
    execFileSync('mkfifo', [file]);
    return file;
  } catch {
    return null;
  }
}

describe('kvot apply --rules', () => {
  it('names a folder, a missing file, a pipe and a file over 1 MiB, exit 1', async () => {
    expectError(await run('apply', input, '--rules', dir), 1, `Regelfilen ${dir} är en mapp, inte en fil.`);
    expectError(await run('apply', input, '--rules', dir, '--lang', 'en'), 1, `The rule file ${dir} is a folder, not a file.`);
    const missing = path.join(dir, 'nope', 'svf.json');
    expectError(await run('apply', input, '--rules', missing), 1, `Regelfilen ${missing} finns inte.`);
    const pipe = fifo('rules-pipe.json');
    if (pipe)
      expectError(await run('apply', input, '--rules', pipe, '--lang', 'en'), 1, `The rule file ${pipe} is a named pipe, not a file.`);

    const big = path.join(dir, 'big.json');
    writeFileSync(big, readFileSync(rules, 'utf8').replace('"currency"', `"x": "${'x'.repeat(MAX_RULE_FILE_BYTES)}", "currency"`));
    const size = lstatSync(big).size;
    expectError(await run('apply', input, '--rules', big), 1, `Regelfilen ${big} är för stor: ${size} byte, högst 1048576 byte (1 MiB).`);
  });

  it('is never written, whatever path --out gives for it', async () => {
    const before = readFileSync(rules, 'utf8');
    expectError(await apply('--out', rules), 1, `Regelfilen skrivs aldrig över: välj en annan --out än ${rules}.`);
    const link = path.join(dir, 'link-to-rules.xlsx');
    symlinkSync(rules, link);
    expectError(await apply('--out', link, '--lang', 'en'), 1, `The rule file is never overwritten: choose an --out other than ${rules}.`);
    const hard = path.join(dir, 'hard-rules.xlsx');
    linkSync(rules, hard);
    expectError(await apply('--out', hard), 1, `Regelfilen skrivs aldrig över: välj en annan --out än ${rules}.`);
    expect(readFileSync(rules, 'utf8')).toBe(before);
  });
});

describe('kvot apply --out', () => {
  it('never replaces the input, even by another name', async () => {
    const other = path.join(dir, 'same-input.xlsx');
    linkSync(input, other);
    expectError(await apply('--out', other), 1, `Indatafilen skrivs aldrig över: välj en annan --out än ${input}.`);
    expectError(
      await apply('--out', path.join(dir, '.', 'regioner.xlsx')),
      1,
      `Indatafilen skrivs aldrig över: välj en annan --out än ${input}.`,
    );
  });

  it('refuses a folder, a pipe, a socket and a device, leaving them as they were', async () => {
    const folder = path.join(dir, 'out.xlsx');
    mkdirSync(folder);
    expectError(await apply('--out', folder), 1, `--out ${folder} är en mapp: ange en fil, t.ex. ${path.join(folder, 'resultat.xlsx')}.`);
    expectError(
      await apply('--out', dir, '--lang', 'en'),
      1,
      `--out ${dir} is a folder: give a file, e.g. ${path.join(dir, 'result.xlsx')}.`,
    );
    expect(lstatSync(folder).isDirectory()).toBe(true);

    const pipe = fifo('pipe.xlsx');
    if (pipe) {
      expectError(await apply('--out', pipe), 1, `--out ${pipe} är en namngiven pipe och skrivs inte över.`);
      expect(lstatSync(pipe).isFIFO()).toBe(true);
    }

    const socket = path.join(dir, 'socket.xlsx');
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expectError(await apply('--out', socket, '--lang', 'en'), 1, `--out ${socket} is a socket and is not overwritten.`);
      expect(lstatSync(socket).isSocket()).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }

    // A character device like /dev/null, made where it is harmless (needs root; skipped otherwise).
    const device = path.join(dir, 'null.xlsx');
    let made = false;
    try {
      execFileSync('mknod', [device, 'c', '1', '3'], { stdio: 'ignore' });
      made = true;
    } catch {
      // not permitted here
    }
    if (made) {
      expectError(await apply('--out', device), 1, `--out ${device} är en enhet och skrivs inte över.`);
      expect(lstatSync(device).isCharacterDevice()).toBe(true);
    }
    // /dev/null itself: asked of the check alone, so that a regression here can never replace it.
    if (existsSync('/dev/null')) {
      expect(await checkOutFile('/dev/null', { input, rules })).toEqual({
        ok: false,
        code: 1,
        message: { sv: '--out /dev/null är en enhet och skrivs inte över.', en: '--out /dev/null is a device and is not overwritten.' },
      });
    }
  });

  it('must end in .xlsx (exit 2) and have an existing folder (exit 1)', async () => {
    const csv = path.join(dir, 'result.csv');
    expectError(await apply('--out', csv), 2, `--out ska vara en .xlsx-fil: ${csv}`);
    expect(existsSync(csv)).toBe(false);
    const nowhere = path.join(dir, 'no-such-folder', 'result.xlsx');
    expectError(await apply('--out', nowhere, '--lang', 'en'), 1, `The folder ${path.dirname(nowhere)} for --out does not exist.`);
  });

  it('still writes an ordinary .xlsx, replacing an earlier result', async () => {
    const out = path.join(dir, 'Resultat.XLSX');
    expect((await apply('--out', out)).code).toBe(0);
    expect((await apply('--out', out)).code).toBe(0);
    expect(lstatSync(out).isFile()).toBe(true);
  });
});

describe('kvot apply with an input that is no file', () => {
  it('names a folder given as input', async () => {
    expectError(await run('apply', dir, '--rules', rules), 1, `Indatafilen ${dir} är en mapp, inte en fil.`);
  });
});

describe('kvot verify', () => {
  it('names a folder and a missing workbook, exit 1', async () => {
    expectError(await run('verify', dir), 1, `Arbetsboken ${dir} är en mapp, inte en fil.`);
    const missing = path.join(dir, 'gone.xlsx');
    expectError(await run('verify', missing, '--lang', 'en'), 1, `The workbook ${missing} does not exist.`);
  });
});
