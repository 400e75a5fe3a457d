import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from './run';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'kvot-verify-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('kvot verify', () => {
  it('re-runs the calculation logged by apply and confirms it', async () => {
    const out = path.join(dir, 'result.xlsx');
    expect((await run('apply', 'examples/regioner-2024.xlsx', '--rules', 'rules/svf-2024.json', '--out', out)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const log = workbook.getWorksheet('Kvot logg');
    expect(log?.state).toBe('hidden');
    expect(log?.getRow(2).getCell(2).value).toBe('svf-2024');

    const verified = await run('verify', out);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('1 av 1 loggade beräkningar stämmer.');
  });

  it('fails, naming what differs, when a logged input was changed afterwards', async () => {
    const out = path.join(dir, 'tampered.xlsx');
    await run('apply', 'examples/regioner-2024.xlsx', '--rules', 'rules/svf-2024.json', '--out', out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const row = workbook.getWorksheet('Kvot logg')!.getRow(2);
    let changed = 0;
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && cell.value.includes('2455914')) {
        cell.value = cell.value.replaceAll('2455914', '2455915');
        changed++;
      }
    });
    expect(changed).toBeGreaterThan(0);
    await workbook.xlsx.writeFile(out);

    const verified = await run('verify', out, '--lang', 'en');
    expect(verified.code).toBe(1);
    expect(verified.out).toContain('✗');
    expect(verified.out).toContain('0 of 1 logged calculations check out.');
  });

  it('says so when a workbook has no log', async () => {
    const verified = await run('verify', 'examples/regioner-2024.xlsx');
    expect(verified.code).toBe(1);
    expect(verified.err).toMatch(/har ingen logg/);
  });
});
