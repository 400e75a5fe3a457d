import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from './run';
import { officialTable } from '../core/official';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'kvot-cli-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const official = officialTable(2024);

async function sheetOf(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets[0];
}

describe('kvot apply', () => {
  it('writes a copy of the example workbook with the official 2024 payouts, leaving the input untouched', async () => {
    const input = path.join(dir, 'regioner-2024.xlsx');
    copyFileSync('examples/regioner-2024.xlsx', input);
    const before = sha(input);
    const out = path.join(dir, 'result.xlsx');
    const { code, out: printed } = await run('apply', input, '--rules', 'rules/svf-2024.json', '--out', out);
    expect(code).toBe(0);
    expect(printed.replace(/\u00a0/g, ' ')).toContain('42 452 908 kr');
    expect(sha(input)).toBe(before);

    const sheet = await sheetOf(out);
    const header = sheet.getRow(4);
    expect(header.getCell(7).value).toBe('Kvot: Andel');
    expect(header.getCell(9).value).toBe('Kvot: Utbetalning 2');
    const payout2 = official.map((_, i) => sheet.getRow(5 + i).getCell(9).value);
    expect(payout2).toEqual(official.map((r) => r.amount));
    expect(sheet.getRow(5).getCell(9).numFmt).toBe('#,##0 "kr"');
    expect(sheet.getRow(5).getCell(7).numFmt).toBe('0.00%');
    // The "Riket" row gets no payout; the totals row under it sums to the tranche.
    expect(sheet.getRow(26).getCell(9).value).toBeNull();
    expect(sheet.getRow(27).getCell(9).value).toBe(182_500_000);
    // Running again on the result replaces Kvot's columns in place instead of adding more.
    const again = path.join(dir, 'again.xlsx');
    expect((await run('apply', out, '--rules', 'rules/svf-2024.json', '--out', again)).code).toBe(0);
    expect((await sheetOf(again)).getRow(4).getCell(13).value).toBeNull();
  });

  it('prints the JSON shape with integer kronor and decimal-string shares', async () => {
    const { code, out } = await run(
      'apply',
      'examples/regioner-2025-exempel.xlsx',
      '--rules',
      'rules/svf-2025.json',
      '--json',
      '--out',
      path.join(dir, 'r.xlsx'),
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.agreement).toBe('svf-2025');
    expect(json.tranches).toEqual([
      { id: 'payout1', amount: 182_500_000, paid: 182_500_000, withheld: 0 },
      { id: 'payout2', amount: 182_500_000, paid: 182_500_000, withheld: 0 },
    ]);
    const sormland = json.regions.find((r: { code: string }) => r.code === '04');
    expect(sormland).toMatchObject({ name: 'Sörmland', population: 302_310, eligible: { payout1: true, payout2: false } });
    expect(sormland.payouts.payout2).toBe(0);
    expect(sormland.share).toMatch(/^0\.0286\d+$/);
    expect(sormland.reasons[0].en).toBe('Inclusion 68.2\u00a0% is below the required 70\u00a0%');
    expect(json.regions.filter((r: { eligible: { payout2: boolean } }) => r.eligible.payout2)).toHaveLength(18);
  });

  it('reads CSV as Swedish Excel writes it, and plain comma CSV', async () => {
    const { code, out } = await run(
      'apply',
      'examples/regioner-2024.csv',
      '--rules',
      'rules/svf-2024.json',
      '--json',
      '--out',
      path.join(dir, 'csv.xlsx'),
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).regions.map((r: { payouts: { payout2: number } }) => r.payouts.payout2)).toEqual(official.map((r) => r.amount));

    const comma = path.join(dir, 'comma.csv');
    writeFileSync(
      comma,
      [
        'Code,Region,Population,Inclusion rate,PREM used,Report submitted',
        ...official.map((r) => `${r.code},${r.name},${r.population},0.81,yes,2024-09-01`),
      ].join('\n'),
    );
    const plain = await run('apply', comma, '--rules', 'rules/svf-2024.json', '--json', '--out', path.join(dir, 'comma.xlsx'));
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.out).tranches[1].paid).toBe(182_500_000);
  });

  it('maps a column explicitly with --map', async () => {
    const file = path.join(dir, 'odd.csv');
    writeFileSync(
      file,
      ['Region;Folk;Inklusion;PREM;Redovisning', ...official.map((r) => `${r.name};${r.population};80 %;Ja;2024-09-30`)].join('\n'),
    );
    const failing = await run('apply', file, '--rules', 'rules/svf-2024.json', '--out', path.join(dir, 'odd.xlsx'));
    expect(failing.code).toBe(1);
    // The message names the closest header and the --map to use; the general tip is then not repeated.
    expect(failing.err).toContain('"Folk" i kolumn B');
    expect(failing.err).toContain('--map population=B');
    expect(failing.err).not.toContain('Tips: koppla en kolumn själv med --map');
    const mapped = await run(
      'apply',
      file,
      '--rules',
      'rules/svf-2024.json',
      '--map',
      'population=Folk',
      '--json',
      '--out',
      path.join(dir, 'odd.xlsx'),
    );
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.out).regions[0].payouts.payout1).toBe(official[0].amount);
  });

  it('lists bad cells by address, exits 1 and writes nothing', async () => {
    const file = path.join(dir, 'bad.csv');
    const rows = official.map((r) => `${r.code};${r.name};${r.population};80 %;Ja;2024-09-30`);
    rows[3] = `05;Östergötland;-472660;80 %;Ja;2024-09-30`;
    rows[6] = `08;Kalmar;247063;80 %;Kanske;2024-09-30`;
    writeFileSync(file, ['Kod;Region;Befolkning;Inklusion;PREM;Redovisning', ...rows].join('\n'));
    const out = path.join(dir, 'bad-out.xlsx');
    const { code, err } = await run('apply', file, '--rules', 'rules/svf-2024.json', '--out', out);
    expect(code).toBe(1);
    expect(err).toContain('C5');
    expect(err).toContain('E8');
    expect(err).toContain('Inget skrevs.');
    expect(existsSync(out)).toBe(false);
  });

  it('names the JSON pointer of a bad rule file and writes nothing', async () => {
    const rules = JSON.parse(readFileSync('rules/svf-2024.json', 'utf8'));
    rules.tranches[1].conditions.all[0].operator = 'atLeast';
    const file = path.join(dir, 'bad-rules.json');
    writeFileSync(file, JSON.stringify(rules));
    const out = path.join(dir, 'never.xlsx');
    const { code, err } = await run('apply', 'examples/regioner-2024.xlsx', '--rules', file, '--out', out, '--lang', 'en');
    expect(code).toBe(1);
    expect(err).toContain('#/tranches/1/conditions/all/0/operator: Unknown operator "atLeast"');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to overwrite the input and explains usage errors', async () => {
    const input = path.join(dir, 'same.xlsx');
    copyFileSync('examples/regioner-2024.xlsx', input);
    const same = await run('apply', input, '--rules', 'rules/svf-2024.json', '--out', input);
    expect(same.code).toBe(1);
    expect(same.err).toMatch(/skrivs aldrig över/);
    const usage = await run('apply', input);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/--rules saknas/);
    expect((await run('apply', path.join(dir, 'missing.xlsx'), '--rules', 'rules/svf-2024.json')).code).toBe(1);
  });
});

describe('damaged input files', () => {
  it('names the file and exits 1 instead of crashing', async () => {
    const notZip = path.join(dir, 'trasig.xlsx');
    writeFileSync(notZip, 'this is not a zip file');
    const xlsx = await run('apply', notZip, '--rules', 'rules/svf-2024.json');
    expect(xlsx.code).toBe(1);
    expect(xlsx.err).toContain(`${notZip} kunde inte läsas`);

    const badCsv = path.join(dir, 'data [2024].csv');
    writeFileSync(badCsv, 'Region;Befolkning\n"Stockholm;2455914\n');
    const csv = await run('apply', badCsv, '--rules', 'rules/svf-2024.json');
    expect(csv.code).toBe(1);
    expect(csv.err).toContain('kunde inte läsas');

    const verify = await run('verify', notZip);
    expect(verify.code).toBe(1);
    expect(verify.err).toContain('kunde inte läsas som .xlsx');
  });
});

describe('--map with a column letter or a header (the review\'s "regionName=A")', () => {
  const example = () => {
    const input = path.join(dir, `map-${Math.random().toString(36).slice(2)}.xlsx`);
    copyFileSync('examples/regioner-2024.xlsx', input);
    return input;
  };
  const apply = (input: string, ...args: string[]) =>
    run('apply', input, '--rules', 'rules/svf-2024.json', '--out', input.replace(/\.xlsx$/, '-out.xlsx'), ...args);

  it('takes a column letter as well as a header', async () => {
    const input = example();
    const byLetter = await apply(input, '--map', 'regionName=B', '--map', 'population=C', '--json');
    expect(byLetter.code).toBe(0);
    expect(JSON.parse(byLetter.out).regions[0].payouts.payout2).toBe(official[0].amount);
    const lowerCase = await apply(input, '--map', 'premUsed=e', '--json');
    expect(lowerCase.code).toBe(0);
  });

  it('says plainly that column A is the code, not the name, and which column to use; nothing written', async () => {
    const input = example();
    const r = await apply(input, '--map', 'regionName=A');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Kolumn A ("Kod") i rubrikraden Blad1!A4:F4 valdes för Region, men rubriken är Länskod.');
    expect(r.err).toContain('Använd --map regionName=B.');
    // Not the odd follow-on error of reading codes as names.
    expect(r.err).not.toContain('Regionnamn eller kod saknas');
    expect(existsSync(input.replace(/\.xlsx$/, '-out.xlsx'))).toBe(false);
  });

  it("a condition's column taken for the name (regionName=E) is named as such, in English too", async () => {
    const r = await apply(example(), '--map', 'regionName=E', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'Column E ("PREM-enkät använd (exempelvärde)") in the header row Blad1!A4:F4 was chosen for Region, but its header is',
    );
    expect(r.err).toContain('Use --map regionName=B.');
  });

  it("both moved on purpose (headers swapped in the sheet) is the officer's call: no such error", async () => {
    const r = await apply(example(), '--map', 'regionName=A', '--map', 'regionCode=B');
    expect(r.err).not.toContain('valdes för');
  });

  it('a letter outside the table, or a header not in the sheet, lists the headers found', async () => {
    const outside = await apply(example(), '--map', 'population=Z');
    expect(outside.code).toBe(1);
    expect(outside.err).toContain('Kolumn Z för Befolkning ligger utanför tabellen');
    expect(outside.err).toContain('Rubrikerna är: A "Kod", B "Region", C "Befolkningsmängd (nov 2024)"');
    expect(outside.err).toContain('Ange en rubrik eller en kolumnbokstav');
    const missing = await apply(example(), '--map', 'inclusionRate=Inklusionsgrad H1');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Rubriken "Inklusionsgrad H1" för Inklusion');
    expect(missing.err).toContain('D "Inklusion (exempelvärde)"');
  });
});
