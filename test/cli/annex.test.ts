import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from './run';
import { bundledAgreement, officialTable } from '../core/official';
import { ruleSetHash } from '../../src/core/audit';
import { seedAnnex2024 } from '../core/annex/fixtures';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'kvot-annex-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const official = officialTable(2024);

async function annexSheetOf(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0];
}

/** The example CSV with one PREM cell blanked (Uppsala): readable, but a warning to accept. */
function csvWithBlank(): string {
  const file = path.join(dir, 'blank.csv');
  const text = readFileSync('examples/regioner-2024.csv', 'utf8').replace(
    '03;Uppsala;404\u00a0714;89 %;Ja;',
    '03;Uppsala;404\u00a0714;89 %;;',
  );
  writeFileSync(file, text);
  return file;
}

describe('kvot annex', () => {
  it('writes the 2024 annex from the example workbook (its header "Befolkningsmängd (nov 2024)"): the seed\'s cells, print-ready, the input untouched', async () => {
    const input = path.join(dir, 'regioner-2024.xlsx');
    copyFileSync('examples/regioner-2024.xlsx', input);
    const before = sha(input);
    const out = path.join(dir, 'bilaga.xlsx');
    const seed = seedAnnex2024();
    const [decision, subject, title] = seed.lines;
    const {
      code,
      out: printed,
      err,
    } = await run(
      'annex',
      input,
      '--rules',
      'rules/svf-2024.json',
      '--tranche',
      'payout2',
      '--out',
      out,
      '--heading',
      decision,
      '--heading',
      subject,
      '--title',
      title,
    );
    expect(err).toContain('21 regioner');
    expect(code).toBe(0);
    expect(sha(input)).toBe(before);
    expect(printed.replace(/\u00a0/g, ' ')).toContain('01   Stockholm                              2 455 914  23,26%   42 452 908');
    expect(printed).toContain(`Skrev bilagan (bladet "Bilaga Utbetalning 2", A4 stående) till ${out}`);

    const sheet = await annexSheetOf(out);
    expect(sheet.name).toBe('Bilaga Utbetalning 2');
    expect([1, 2, 3].map((r) => sheet.getCell(r, 1).value)).toEqual(seed.lines);
    expect(sheet.getCell(4, 1).value).toBeNull();
    // The table from row 5: every cell as the decision prints it, read back through its number format.
    const shown = (row: number, col: number) => {
      const cell = sheet.getCell(row, col);
      if (typeof cell.value !== 'number') return cell.value ?? '';
      if (cell.numFmt === '#,##0') return cell.value.toLocaleString('sv-SE').replace(/\u00a0/g, ' ');
      const decimals = cell.numFmt === '0.00%' ? 2 : 0;
      return `${(cell.value * 100).toFixed(decimals).replace('.', ',')}%`;
    };
    const table = seed.cells.map((_, r) => [1, 2, 3, 4, 5].map((c) => shown(5 + r, c)));
    expect(table).toEqual(seed.cells);
    expect(official.map((_, i) => sheet.getCell(6 + i, 5).value)).toEqual(official.map((r) => r.amount));
    expect(sheet.getCell(6, 1).numFmt).toBe('@');
    expect(sheet.getCell(27, 4).numFmt).toBe('0%');

    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: 'A1:E27',
      printTitlesRow: '5:5',
    });
    const hash = await ruleSetHash(bundledAgreement(2024));
    expect(sheet.headerFooter.oddFooter).toBe(`&L&8Beräknad med Kvot enligt regeluppsättningen svf-2024, SHA-256 ${hash}&R&8Sida &P av &N`);
    // Widths fit the longest cell of each column, the long title wraps over the table's width.
    expect(sheet.columns.map((c) => c.width)).toEqual([5, 21, 29, 8, 13]);
    expect(sheet.model.merges).toEqual(['A1:E1', 'A2:E2', 'A3:E3']);
    expect(sheet.getCell(3, 1).alignment).toMatchObject({ wrapText: true });
    expect(sheet.getRow(3).height).toBeGreaterThanOrEqual(45);
    expect(sheet.getCell(5, 3).font).toMatchObject({ bold: true });
    expect(sheet.getCell(5, 3).alignment).toMatchObject({ horizontal: 'right' });
    expect(sheet.getCell(27, 2).font).toMatchObject({ bold: true });
  });

  it('lists only the qualifying regions of a redistributed tranche (2025)', async () => {
    const out = path.join(dir, 'bilaga-2025.xlsx');
    const { code } = await run(
      'annex',
      'examples/regioner-2025-exempel.xlsx',
      '--rules',
      'rules/svf-2025.json',
      '--tranche',
      'payout2',
      '--out',
      out,
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    const sheet = await annexSheetOf(out);
    expect(sheet.name).toBe('Annex Payout 2');
    const header = 4;
    expect(sheet.getRow(header).values).toEqual([undefined, 'Code', 'Region', 'Population (nov 2024)', 'Share', 'Amount']);
    const names = Array.from({ length: 18 }, (_, i) => sheet.getCell(header + 1 + i, 2).value);
    expect(names).not.toContain('Sörmland');
    expect(names).not.toContain('Kalmar');
    expect(names).not.toContain('Gävleborg');
    expect(sheet.getCell(header + 19, 2).value).toBe('Sweden');
    expect(sheet.getCell(header + 19, 5).value).toBe(182_500_000);
    const amounts = Array.from({ length: 18 }, (_, i) => sheet.getCell(header + 1 + i, 5).value as number);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(182_500_000);
  });

  it('takes the date from --population-date when the header has none (the example CSV says "Befolkning")', async () => {
    const out = path.join(dir, 'csv.xlsx');
    expect(
      (await run('annex', 'examples/regioner-2024.csv', '--rules', 'rules/svf-2024.json', '--tranche', 'payout1', '--out', out)).code,
    ).toBe(0);
    expect((await annexSheetOf(out)).getCell(4, 3).value).toBe('Befolkningsmängd');
    const dated = path.join(dir, 'dated.xlsx');
    const args = ['--rules', 'rules/svf-2024.json', '--tranche', 'payout1', '--out', dated, '--population-date', '1 nov 2023'];
    expect((await run('annex', 'examples/regioner-2024.csv', ...args)).code).toBe(0);
    const sheet = await annexSheetOf(dated);
    expect(sheet.getCell(4, 3).value).toBe('Befolkningsmängd (1 nov 2023)');
    expect(sheet.getCell(2, 1).value).toMatch(
      /^Fördelning av 182\u00a0500\u00a0000 kronor för utbetalning 1 i enlighet med överenskommelsen /,
    );
  });

  it('stops on a warning not accepted (exit 3), and writes once it is', async () => {
    const input = csvWithBlank();
    const out = path.join(dir, 'warned.xlsx');
    const refused = await run('annex', input, '--rules', 'rules/svf-2024.json', '--tranche', 'payout2', '--out', out);
    expect(refused.code).toBe(3);
    expect(refused.err).toContain('--accept blanks');
    expect(refused.err).toContain('Inget skrevs.');
    expect(existsSync(out)).toBe(false);

    const accepted = await run(
      'annex',
      input,
      '--rules',
      'rules/svf-2024.json',
      '--tranche',
      'payout2',
      '--out',
      out,
      '--accept',
      'blanks',
    );
    expect(accepted.code).toBe(0);
    const sheet = await annexSheetOf(out);
    // Uppsala's blank PREM counts as not met: it is not listed, and the others share the whole tranche.
    expect(Array.from({ length: 20 }, (_, i) => sheet.getCell(5 + i, 2).value)).not.toContain('Uppsala');
    expect(sheet.getCell(25, 2).value).toBe('Riket');
    expect(sheet.getCell(25, 5).value).toBe(182_500_000);
  });

  it('stops on a table error (exit 1) and names the cell, writing nothing', async () => {
    const input = path.join(dir, 'bad.csv');
    writeFileSync(input, readFileSync('examples/regioner-2024.csv', 'utf8').replace('404\u00a0714', '404,714'));
    const out = path.join(dir, 'bad.xlsx');
    const { code, err } = await run('annex', input, '--rules', 'rules/svf-2024.json', '--tranche', 'payout2', '--out', out);
    expect(code).toBe(1);
    expect(err).toContain('C3');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a tranche that is not there, or none when there are several (exit 2), before reading the table', async () => {
    const out = path.join(dir, 'none.xlsx');
    const unknown = await run(
      'annex',
      'examples/regioner-2024.xlsx',
      '--rules',
      'rules/svf-2024.json',
      '--tranche',
      'payout3',
      '--out',
      out,
      '--lang',
      'en',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('There is no tranche "payout3" in svf-2024: give one of payout1, payout2.');
    const missing = await run('annex', 'examples/regioner-2024.xlsx', '--rules', 'rules/svf-2024.json', '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('Ange utbetalningen med --tranche (svf-2024 har payout1, payout2).');
    const empty = await run('annex', 'examples/regioner-2024.xlsx', '--rules', 'rules/svf-2024.json', '--tranche', ' ', '--out', out);
    expect(empty.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('needs no --tranche when the rules have one tranche', async () => {
    const rules = path.join(dir, 'one.json');
    const json = JSON.parse(readFileSync('rules/svf-2024.json', 'utf8'));
    json.$schema = undefined;
    json.budget = 182_500_000;
    json.tranches = [json.tranches[0]];
    writeFileSync(rules, JSON.stringify(json));
    const out = path.join(dir, 'one.xlsx');
    expect((await run('annex', 'examples/regioner-2024.xlsx', '--rules', rules, '--out', out)).code).toBe(0);
    expect((await annexSheetOf(out)).name).toBe('Bilaga Utbetalning 1');
  });

  it('writes no annex of a tranche that paid nothing (exit 1)', async () => {
    const input = path.join(dir, 'late.csv');
    writeFileSync(input, readFileSync('examples/regioner-2024.csv', 'utf8').replace(/\d+ sep 2024/g, '15 okt 2024'));
    const out = path.join(dir, 'late.xlsx');
    const { code, err } = await run(
      'annex',
      input,
      '--rules',
      'rules/svf-2024.json',
      '--tranche',
      'payout2',
      '--out',
      out,
      '--accept',
      'withheld,widespread-failure',
    );
    expect(code).toBe(1);
    expect(err).toContain('Inget betalas ut för Utbetalning 2: det finns ingen fördelning att skriva som bilaga. Inget skrevs.');
    expect(existsSync(out)).toBe(false);
  });

  it('never overwrites the input or the rules, and leaves no temporary file', async () => {
    const input = path.join(dir, 'keep.xlsx');
    copyFileSync('examples/regioner-2024.xlsx', input);
    const before = sha(input);
    const onInput = await run('annex', input, '--rules', 'rules/svf-2024.json', '--tranche', 'payout2', '--out', input);
    expect(onInput.code).toBe(1);
    expect(onInput.err).toContain('skrivs aldrig över');
    expect(sha(input)).toBe(before);
    const rules = path.join(dir, 'rules.json');
    copyFileSync('rules/svf-2024.json', rules);
    const onRules = await run('annex', input, '--rules', rules, '--tranche', 'payout2', '--out', rules);
    expect(onRules.code).toBe(1);
    expect(readFileSync(rules, 'utf8')).toBe(readFileSync('rules/svf-2024.json', 'utf8'));
    const notXlsx = await run('annex', input, '--rules', rules, '--tranche', 'payout2', '--out', path.join(dir, 'a.pdf'));
    expect(notXlsx.code).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes beside the input by default, refuses an over-long title, and checks its arguments', async () => {
    const input = path.join(dir, 'beside.xlsx');
    copyFileSync('examples/regioner-2024.xlsx', input);
    expect((await run('annex', input, '--rules', 'rules/svf-2024.json', '--tranche', 'payout1')).code).toBe(0);
    expect(existsSync(path.join(dir, 'beside-bilaga.xlsx'))).toBe(true);

    const long = await run(
      'annex',
      input,
      '--rules',
      'rules/svf-2024.json',
      '--tranche',
      'payout1',
      '--title',
      'x'.repeat(1001),
      '--out',
      path.join(dir, 'long.xlsx'),
    );
    expect(long.code).toBe(1);
    expect(long.err).toContain('högst 1000 tecken per rad');
    expect(existsSync(path.join(dir, 'long.xlsx'))).toBe(false);

    expect((await run('annex', '--rules', 'rules/svf-2024.json')).code).toBe(2);
    expect((await run('annex', input)).code).toBe(2);
    expect((await run('annex', input, '--rules', 'rules/svf-2024.json', '--accept', 'everything')).code).toBe(2);
    const help = await run('help');
    expect(help.out).toContain('kvot annex <fil.xlsx|fil.csv> --rules <regler.json> --tranche ID');
  });
});
