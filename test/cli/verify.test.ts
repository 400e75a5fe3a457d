import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from './run';
import { parseLogRow } from '../../src/core/audit/row';
import type { CellValue } from '../../src/core/table/types';
import { toCellValue } from '../../src/cli/workbookGrid';
import { LEGACY_HEADER, legacyRowCells } from '../core/audit/legacy';

let dir: string;
/** `kvot apply` on the example, once: every test changes a copy of it. */
let base: string;
let counter = 0;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kvot-verify-'));
  base = path.join(dir, 'result.xlsx');
  expect((await run('apply', 'examples/regioner-2024.xlsx', '--rules', 'rules/svf-2024.json', '--out', base)).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Output with plain spaces (Swedish numbers use no-break spaces). */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A copy of the result, changed by `change` with exceljs, as someone would in Excel. */
async function changed(change: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void | Promise<void>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(base);
  await change(workbook.getWorksheet('Blad1')!, workbook);
  const file = path.join(dir, `changed-${++counter}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function verifyLines(file: string, lang = 'sv') {
  const result = await run('verify', file, '--lang', lang);
  return {
    code: result.code,
    out: plain(result.out),
    err: result.err,
    differences: plain(result.out)
      .split('\n')
      .filter((l) => /^ {2}✗ \S+![A-Z]+\d+: /.test(l))
      .map((l) => l.slice(4)),
  };
}

function logCells(workbook: ExcelJS.Workbook, row: number): CellValue[] {
  const r = workbook.getWorksheet('Kvot logg')!.getRow(row);
  return Array.from({ length: r.cellCount }, (_, c) => toCellValue(r.getCell(c + 1).value));
}

describe('kvot verify: the log against itself', () => {
  it('re-runs the calculation logged by apply, holds the sheet against it and confirms both', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(base);
    const log = workbook.getWorksheet('Kvot logg');
    expect(log?.state).toBe('hidden');
    expect(log?.getRow(1).getCell(1).value).toBe('Tid (svensk tid)');
    const row = logCells(workbook, 2);
    expect(row[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(row[1]).toMatch(/^CLI( \(.+\))?$/);
    expect(plain(String(row[2]))).toMatch(
      /^Skrev Utbetalning 1, Utbetalning 2 till Blad1!G4:L27 · svf-2024 \(Jämlik och effektiv cancervård .* 2024 – regionernas arbete med SVF\) · 21 regioner · 365 000 000 kr utbetalt, 0 kr innehållet$/,
    );
    expect(row.slice(6, 11)).toEqual(['write', expect.stringMatching(/Z$/), 'Blad1!G4:L27', '', 'svf-2024']);

    const verified = await verifyLines(base);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain(
      '✓ Bladet stämmer med loggen: 21 regioner på sina rader, 126 indataceller och 144 celler i Kvots block Blad1!G4:L27',
    );
    expect(verified.out).toContain('1 av 1 loggade beräkningar stämmer.');
  });

  it('fails, naming what differs, when a logged input was changed in the log afterwards', async () => {
    const file = await changed((_, workbook) => {
      workbook
        .getWorksheet('Kvot logg')!
        .getRow(2)
        .eachCell((cell) => {
          if (typeof cell.value === 'string' && cell.value.includes('2455914')) cell.value = cell.value.replaceAll('2455914', '2455915');
        });
    });
    const verified = await verifyLines(file, 'en');
    expect(verified.code).toBe(1);
    expect(verified.out).toContain('✗ The inputs and payouts per region did not come out the same');
    // The log now says 2 455 915; the sheet still holds 2 455 914.
    expect(verified.differences).toEqual(['Blad1!C5: Population: logged 2,455,915, in the sheet 2,455,914']);
    expect(verified.out).toContain(
      '✗ Kvot’s cells were not compared: the log does not re-run to its own result, so what was written is unknown.',
    );
    expect(verified.out).toContain('0 of 1 logged calculations check out.');
  });

  it('fails when the log row’s result hash was edited', async () => {
    const file = await changed((_, workbook) => {
      const cell = workbook.getWorksheet('Kvot logg')!.getRow(2).getCell(6);
      const hash = String(cell.value);
      cell.value = (hash[0] === 'a' ? 'b' : 'a') + hash.slice(1);
    });
    const verified = await verifyLines(file);
    expect(verified.code).toBe(1);
    expect(verified.out).toMatch(
      /✗ Indata och utbetalningar per region blev inte desamma: SHA-256 loggad [0-9a-f]{64}, beräknad [0-9a-f]{64}/,
    );
    expect(verified.out).toContain('0 av 1 loggade beräkningar stämmer.');
  });

  it('fails when the words of the log row no longer say what its data says', async () => {
    const file = await changed((_, workbook) => {
      const cell = workbook.getWorksheet('Kvot logg')!.getRow(2).getCell(3);
      const before = String(cell.value);
      cell.value = before.replace(/365(.)000(.)000 kr utbetalt/, '265$1000$2000 kr utbetalt');
      expect(cell.value).not.toBe(before);
    });
    const verified = await verifyLines(file);
    expect(verified.code).toBe(1);
    expect(verified.out).toContain("✗ Händelse i 'Kvot logg'!C2 stämmer inte med radens data: där står \"Skrev");
  });

  it('says so when a workbook has no log', async () => {
    const verified = await run('verify', 'examples/regioner-2024.xlsx');
    expect(verified.code).toBe(1);
    expect(verified.err).toMatch(/har ingen logg/);
  });
});

describe('kvot verify: the sheet against the log', () => {
  it('fails naming the cell when a payout was edited after the write', async () => {
    const file = await changed((sheet) => {
      sheet.getCell('H5').value = 42_452_900;
    });
    const verified = await verifyLines(file);
    expect(verified.code).toBe(1);
    expect(verified.differences).toEqual(['Blad1!H5: Utbetalning 1 (Kvot, Stockholm): loggat 42 452 908, i bladet 42 452 900']);
    expect(verified.out).toContain('✓ Loggen räknas om till samma utbetalningar');
    expect(verified.out).toContain('✗ Bladet stämmer inte med loggen: 1 skillnad');
    expect(verified.out).toContain('0 av 1 loggade beräkningar stämmer.');
  });

  it('fails naming the cell when a total, the totals row or a share was edited', async () => {
    const file = await changed((sheet) => {
      sheet.getCell('J6').value = 1;
      sheet.getCell('J27').value = '365 000 001';
      sheet.getCell('G7').value = 0.5;
    });
    const verified = await verifyLines(file);
    expect(verified.code).toBe(1);
    expect(verified.differences).toEqual([
      'Blad1!J6: Totalt (Kvot, Uppsala): loggat 13 991 766, i bladet 1',
      'Blad1!G7: Andel (Kvot, Sörmland): loggat 2,86 %, i bladet 50 %',
      'Blad1!J27: Totalt (Kvot): loggat 365 000 000, i bladet 365 000 001',
    ]);
  });

  it('fails naming the cell when an input (population, inclusion) was edited, read as the table reader reads it', async () => {
    const file = await changed((sheet) => {
      sheet.getCell('C7').value = 312_310;
      sheet.getCell('D8').value = 0.65;
      // The same values written differently are the same values: "72 %" is 0.72, "89,0 %" is 0.89.
      sheet.getCell('D5').value = '72 %';
      sheet.getCell('D6').value = '89,0 %';
      sheet.getCell('C9').value = '369 201';
    });
    const verified = await verifyLines(file);
    expect(verified.code).toBe(1);
    expect(verified.differences).toEqual([
      'Blad1!C7: Befolkning: loggat 302 310, i bladet 312 310',
      'Blad1!D8: Inklusion: loggat 83 %, i bladet 65 %',
    ]);
  });

  it('names both places when two rows were swapped (sorted)', async () => {
    const file = await changed((sheet) => {
      for (let c = 1; c <= 12; c++) {
        const a = sheet.getCell(5, c);
        const b = sheet.getCell(9, c);
        [a.value, b.value] = [b.value, a.value];
        [a.numFmt, b.numFmt] = [b.numFmt, a.numFmt];
      }
    });
    const verified = await verifyLines(file);
    expect(verified.code).toBe(1);
    expect(verified.differences).toEqual([
      'Blad1!A5: Stockholm loggades på rad 5 men står nu på rad 9 (Blad1!A9): raderna har flyttats eller sorterats efter skrivningen',
      'Blad1!A9: Jönköpings loggades på rad 9 men står nu på rad 5 (Blad1!A5): raderna har flyttats eller sorterats efter skrivningen',
    ]);
  });

  it('names the payouts left beside the wrong regions when only the inputs were sorted', async () => {
    const file = await changed((sheet) => {
      for (let c = 1; c <= 6; c++) {
        const a = sheet.getCell(5, c);
        const b = sheet.getCell(9, c);
        [a.value, b.value] = [b.value, a.value];
      }
    });
    const verified = await verifyLines(file);
    expect(verified.code).toBe(1);
    expect(verified.differences).toContain('Blad1!H9: Utbetalning 1 (Kvot, Stockholm): loggat 42 452 908, i bladet 6 382 005');
    expect(verified.differences).toContain('Blad1!H5: Utbetalning 1 (Kvot, Jönköpings): loggat 6 382 005, i bladet 42 452 908');
  });

  it('names the row inserted and the regions it moved', async () => {
    const file = await changed((sheet) => {
      sheet.spliceRows(10, 0, []);
      ['26', 'Nyland', 1000, 0.9, 'Ja', new Date('2024-09-01')].forEach((v, c) => (sheet.getCell(10, c + 1).value = v));
    });
    const verified = await verifyLines(file);
    expect(verified.code).toBe(1);
    expect(verified.differences).toContain(
      'Blad1!B10: Nyland står på rad 10 men finns inte i loggen: raden har lagts till efter skrivningen',
    );
    expect(verified.differences).toContain(
      'Blad1!A10: Kronoberg loggades på rad 10 men står nu på rad 11 (Blad1!A11): raderna har flyttats eller sorterats efter skrivningen',
    );
    expect(verified.differences).toContain(
      'Blad1!A25: Norrbotten loggades på rad 25 men står nu på rad 26 (Blad1!A26): raderna har flyttats eller sorterats efter skrivningen',
    );
    expect(verified.differences).toContain('Blad1!G27: Kvots summarad skrevs på rad 27 men står nu på rad 28 (Blad1!G28)');
    expect(verified.out).toContain('✗ Rader utan region i Kvots block (t.ex. Riket) jämfördes inte');
  });

  it('names the region of a deleted row', async () => {
    const file = await changed((sheet) => {
      sheet.spliceRows(10, 1);
    });
    const verified = await verifyLines(file);
    expect(verified.code).toBe(1);
    expect(verified.differences[0]).toBe(
      'Blad1!A10: Kronoberg, loggad på rad 10, finns inte längre i tabellen: raden har tagits bort eller tömts efter skrivningen',
    );
    expect(verified.differences).toContain(
      'Blad1!A11: Kalmar loggades på rad 11 men står nu på rad 10 (Blad1!A10): raderna har flyttats eller sorterats efter skrivningen',
    );
  });

  it('lists every Kvot cell when Kvot’s columns were deleted', async () => {
    const file = await changed((sheet) => {
      sheet.spliceColumns(7, 6);
    });
    const verified = await verifyLines(file);
    expect(verified.code).toBe(1);
    expect(verified.differences).toContain('Blad1!G4: Andel (Kvot): loggat "Kvot: Andel", i bladet tomt');
    expect(verified.differences).toContain('Blad1!H5: Utbetalning 1 (Kvot, Stockholm): loggat 42 452 908, i bladet tomt');
    expect(verified.differences).toContain('Blad1!J27: Totalt (Kvot): loggat 365 000 000, i bladet tomt');
    // Header 6 + 21 regions × 5 (reasons are blank) + totals 5 (no withheld text).
    expect(verified.differences).toHaveLength(6 + 21 * 5 + 5);
    expect(verified.out).toContain('✗ Kvots rubriker står inte längre i Blad1!G4:L4: kolumnerna har tagits bort eller flyttats.');
  });

  it('names the sheet when it is gone', async () => {
    const file = await changed((sheet) => {
      sheet.name = 'Gamla';
    });
    const verified = await verifyLines(file);
    expect(verified.code).toBe(1);
    expect(verified.out).toContain('✗ Blad1: Bladet "Blad1" som Kvot läste och skrev i finns inte i arbetsboken.');
  });

  it('holds the sheet against the latest write of a block and says the earlier one was replaced', async () => {
    const again = path.join(dir, 'again.xlsx');
    expect((await run('apply', base, '--rules', 'rules/svf-2025.json', '--out', again, '--accept', 'other-year')).code).toBe(0);
    const verified = await verifyLines(again);
    expect(verified.out).toContain(
      '– Rad 2 ersatt av rad 3 (skrev över samma celler, Blad1!G4:L28): bladet hålls mot den senare skrivningen',
    );
    expect(verified.out).toContain('✓ Bladet stämmer med loggen: 21 regioner på sina rader');
    expect(verified.out).toContain('2 av 2 loggade beräkningar stämmer.');
    expect(verified.code).toBe(0);
  });
});

describe('kvot verify: log rows of the older format', () => {
  async function legacyLog() {
    return changed((_, workbook) => {
      const log = workbook.getWorksheet('Kvot logg')!;
      const parsed = parseLogRow(logCells(workbook, 2));
      if (!parsed.ok || parsed.kind !== 'write') throw new Error('the log row does not parse');
      const { sheet: _sheet, by: _by, ...entry } = parsed.entry;
      log.spliceRows(1, 2, LEGACY_HEADER, legacyRowCells(entry));
    });
  }

  it('cannot hold the sheet against them: says so plainly and fails', async () => {
    const verified = await verifyLines(await legacyLog());
    expect(verified.code).toBe(1);
    expect(verified.out).toContain('✓ Loggen räknas om till samma utbetalningar');
    expect(verified.out).toContain(
      '✗ Raden skrevs av en äldre Kvot som inte loggade vilka celler den läste och skrev: bladet kan inte jämföras med den, så kontrollen kan inte godkännas.',
    );
    expect(verified.out).toContain('0 av 1 loggade beräkningar stämmer.');
  });

  it('a new write into an old log goes under a header of its own; the new row checks out, the old one still fails', async () => {
    const again = path.join(dir, 'legacy-again.xlsx');
    expect((await run('apply', await legacyLog(), '--rules', 'rules/svf-2024.json', '--out', again)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(again);
    const firstColumn = [1, 2, 3, 4].map((r) => workbook.getWorksheet('Kvot logg')!.getRow(r).getCell(1).value);
    expect(firstColumn).toEqual([
      'Tid',
      expect.stringMatching(/Z$/),
      'Tid (svensk tid)',
      expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
    ]);
    const verified = await verifyLines(again);
    expect(verified.out).toContain("✓ 'Kvot logg'!A4");
    expect(verified.out).toContain('✗ Raden skrevs av en äldre Kvot');
    expect(verified.out).toContain('1 av 2 loggade beräkningar stämmer.');
    expect(verified.code).toBe(1);
  });
});
