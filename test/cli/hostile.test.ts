/**
 * The workbooks a tired finance officer has at 17:00 (issue 7). Every one must end in a clear stop
 * naming the place (exit 1), or a warning that must be confirmed (exit 3 until --accept): never a
 * payout written with exit 0 and nothing said. When a warning is accepted, the amounts are checked
 * against an independent largest-remainder computation (hostileFixtures.ts: split).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from './run';
import {
  OFFICIAL,
  POPULATION_SUM,
  TOTAL_ROW,
  TRANCHE,
  cleanUp,
  copySheet,
  exampleCsv,
  exampleWorkbook,
  kvot,
  officialAmounts,
  paid,
  payout2Among,
  rowOf,
  setColumn,
  split,
  useTempDir,
  writtenColumn,
  type Outcome,
} from './hostileFixtures';

beforeAll(() => void useTempDir());
afterAll(() => cleanUp());

type Lang = 'sv' | 'en';
const NOTHING: Record<Lang, string> = { sv: 'Inget skrevs.', en: 'Nothing was written.' };
const REVIEW: Record<Lang, string> = { sv: 'Granska innan något skrivs:', en: 'Review before anything is written:' };

/** Exit 1: an error naming each place, "Inget skrevs." and no file. */
function expectError(r: Outcome, places: string[], lang: Lang = 'sv'): void {
  expect(r.code, r.err).toBe(1);
  for (const place of places) expect(r.err).toContain(place);
  expect(r.err).toContain(NOTHING[lang]);
  expect(r.written).toBe(false);
}

/** Exit 3: a warning naming each place, the --accept line for exactly these codes, "Inget skrevs." and no file. */
function expectWarning(r: Outcome, codes: string[], places: string[], lang: Lang = 'sv'): void {
  expect(r.code, r.err).toBe(3);
  expect(r.err).toContain(REVIEW[lang]);
  for (const place of places) expect(r.err).toContain(place);
  expect(r.err).toMatch(new RegExp(`--accept ${codes.join(',')}\\b`));
  expect(r.err).toContain(NOTHING[lang]);
  expect(r.written).toBe(false);
}

/** Exit 0, a file written, and the given payout2 per code (payout1 always the official split unless told). */
function expectPaid(r: Outcome, payout2: Map<string, number>, payout1: Map<string, number> = officialAmounts()): void {
  expect(r.code, r.err).toBe(0);
  expect(r.written).toBe(true);
  expect(paid(r.json!, 'payout2')).toEqual(payout2);
  expect(paid(r.json!, 'payout1')).toEqual(payout1);
  const tranche2 = r.json!.tranches.find((t) => t.id === 'payout2')!;
  expect(tranche2.paid + tranche2.withheld).toBe(TRANCHE);
}

/** No-break spaces (Kvot writes "70\u00a0%") as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
/** A CSV's one sheet is named after the file; "001-x" starts with a digit, so addresses quote it. */
const csvSheet = (file: string) => `'${path.basename(file, '.csv')}'`;
const serial1904 = (iso: string) => (Date.parse(iso) - Date.UTC(1904, 0, 1)) / 86_400_000;
const serial1900 = (iso: string) => (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('the independent computation', () => {
  it('reproduces the official 2024 amounts to the krona', () => {
    expect(split(TRANCHE, OFFICIAL)).toEqual(officialAmounts());
  });

  it('the untouched example pays the official amounts, exit 0, and says which sheet and total row it used', async () => {
    const r = await kvot(await exampleWorkbook('untouched'));
    expectPaid(r, officialAmounts());
    expect(r.err).toMatch(/Läste bladet "Blad1" i .*: 21 regioner\./);
    expect(r.err).toContain('Raden Blad1!A26 ("Riket") är en summarad och räknas inte som region');
    expect(r.json!.acceptedWarnings).toEqual([]);
    const text = await kvot(await exampleWorkbook('untouched-text'), '--no-json');
    expect(text.code).toBe(0);
    expect(plain(text.out)).toContain('42 452 908 kr');
  });
});

describe('condition columns', () => {
  it('a condition column missing: exit 1, names the column and the header row (sv and en)', async () => {
    const file = await exampleWorkbook('no-prem', (ws) => ws.spliceColumns(5, 1));
    const sv = await kvot(file);
    expectError(sv, ['Ingen kolumn för PREM-enkäter använda i rubrikraden Blad1!A4:', '--map premUsed=']);
    const en = await kvot(file, '--lang', 'en');
    expectError(en, ['No column for PREM surveys used in the header row Blad1!A4:'], 'en');
  });

  it('a condition column entirely blank: exit 1, names its range', async () => {
    const file = await exampleWorkbook('blank-inclusion', (ws) => setColumn(ws, 'D', () => null));
    expectError(await kvot(file), ['Kolumnen för Inklusion (Blad1!D4:D26) är tom']);
  });

  it('a condition column of whitespace and no-break spaces only counts as blank, not as values', async () => {
    const file = await exampleWorkbook('nbsp-prem', (ws) => setColumn(ws, 'E', (_, i) => (i % 2 ? ' ' : '\u00a0')));
    expectError(await kvot(file), ['Kolumnen för PREM-enkäter använda (Blad1!E4:E26) är tom']);
  });

  it('blank cells in condition columns: exit 3 listing every cell; accepted, those regions get no payout 2', async () => {
    const file = await exampleWorkbook('blanks', (ws) => {
      ws.getCell(`E${rowOf('04')}`).value = null;
      ws.getCell(`F${rowOf('06')}`).value = '';
      ws.getCell(`D${rowOf('25')}`).value = '   ';
    });
    const r = await kvot(file);
    expectWarning(
      r,
      ['blanks'],
      [
        'PREM-enkäter använda är tom i en cell (Blad1!E7)',
        'Redovisning inkommen är tom i en cell (Blad1!F9)',
        'Inklusion är tom i en cell (Blad1!D25)',
        'En tom cell är inget "Nej"',
      ],
    );
    const accepted = await kvot(file, '--accept', 'blanks');
    expectPaid(
      accepted,
      payout2Among((o) => !['04', '06', '25'].includes(o.code)),
    );
    expect(accepted.err).toContain('Godkänt:');
    expect(accepted.json!.acceptedWarnings.map((w) => w.code)).toEqual(['blanks', 'blanks', 'blanks']);
    // The workbook written holds what was printed.
    const expected = payout2Among((o) => !['04', '06', '25'].includes(o.code));
    expect(await writtenColumn(accepted.outFile, 'Kvot: Utbetalning 2')).toEqual(OFFICIAL.map((o) => expected.get(o.code)));
    // The log row says what was accepted, cell by cell, and still verifies against the sheet.
    const log = new ExcelJS.Workbook();
    await log.xlsx.readFile(accepted.outFile);
    const row = log.getWorksheet('Kvot logg')!.getRow(2);
    expect(String(row.getCell(3).value)).toContain('godkända varningar: blanks');
    const cellsJson = row.values as unknown[];
    const layout = cellsJson.find((v): v is string => typeof v === 'string' && v.startsWith('{"accepted":'));
    expect(JSON.parse(layout ?? '{}').accepted).toEqual([
      { code: 'blanks', cells: ['Blad1!D25'] },
      { code: 'blanks', cells: ['Blad1!E7'] },
      { code: 'blanks', cells: ['Blad1!F9'] },
    ]);
    const verified = await run('verify', accepted.outFile);
    expect(verified.code, verified.out).toBe(0);
  });

  it('accepting another kind of warning does not accept blanks', async () => {
    const file = await exampleWorkbook('blanks-wrong-accept', (ws) => (ws.getCell('E7').value = null));
    expectWarning(await kvot(file, '--accept', 'withheld,total-row'), ['blanks'], ['Blad1!E7']);
  });

  it('blank cells, in English', async () => {
    const file = await exampleWorkbook('blanks-en', (ws) => (ws.getCell('E7').value = null));
    expectWarning(
      await kvot(file, '--lang', 'en', '--no-json'),
      ['blanks'],
      ['PREM surveys used is blank in one cell (Blad1!E7)', 'A blank is not a "No"'],
      'en',
    );
  });
});

describe('cells Kvot must not read', () => {
  it('#N/A, and #REF! as a formula result: exit 1 naming each cell', async () => {
    const file = await exampleWorkbook('errors', (ws) => {
      ws.getCell('D7').value = { error: '#N/A' };
      ws.getCell('E8').value = { formula: 'VLOOKUP(B8,Blad3!A:B,2,FALSE)', result: { error: '#REF!' } } as ExcelJS.CellValue;
      ws.getCell('C9').value = { formula: 'C8/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    });
    const r = await kvot(file);
    expectError(r, ['Inklusion i Blad1!D7 är felvärdet #N/A', 'Blad1!E8 är felvärdet #REF!', 'Befolkning i Blad1!C9 är felvärdet #DIV/0!']);
    const en = await kvot(file, '--lang', 'en');
    expectError(en, ['Inclusion in Blad1!D7 is the error #N/A'], 'en');
  });

  it('an error in a region name is reported once as an error, not also as a missing name', async () => {
    const file = await exampleWorkbook('error-name', (ws) => (ws.getCell('B10').value = { error: '#NAME?' }));
    const r = await kvot(file);
    expectError(r, ['Region i Blad1!B10 är felvärdet #NAME?']);
    expect(r.err).not.toContain('Regionnamn eller kod saknas');
  });

  it('formulas saved without their value (a script wrote the file): exit 1, says to open and save in Excel', async () => {
    const file = await exampleWorkbook('formulas', (ws) => {
      ws.getCell('C10').value = { formula: '204000+28' } as ExcelJS.CellValue;
      ws.getCell('D11').value = { formula: 'Data!D11' } as ExcelJS.CellValue;
    });
    const r = await kvot(file);
    expectError(r, [
      'Befolkning i Blad1!C10 är en formel (=204000+28) utan sparat värde: öppna och spara arbetsboken i Excel',
      'Inklusion i Blad1!D11 är en formel (=Data!D11)',
    ]);
    expectError(await kvot(file, '--lang', 'en'), ['open and save the workbook in Excel'], 'en');
  });

  it('formulas with their saved values are read as the values', async () => {
    const file = await exampleWorkbook('formulas-ok', (ws) => {
      const c = ws.getCell(`C${rowOf('07')}`);
      c.value = { formula: '204000+28', result: 204028 } as ExcelJS.CellValue;
      ws.getCell(`E${rowOf('08')}`).value = { formula: 'IF(1,"Ja","Nej")', result: 'Ja' } as ExcelJS.CellValue;
    });
    expectPaid(await kvot(file), officialAmounts());
  });
});

describe('populations', () => {
  it('blank, negative, fractional and "404,714": exit 1 naming each cell, with the thousands hint', async () => {
    const file = await exampleWorkbook('populations', (ws) => {
      ws.getCell(`C${rowOf('03')}`).value = '404,714';
      ws.getCell(`C${rowOf('04')}`).value = 302310.5;
      ws.getCell(`C${rowOf('05')}`).value = null;
      ws.getCell(`C${rowOf('06')}`).value = -369201;
    });
    const r = await kvot(file);
    expectError(r, [
      'Befolkning i Blad1!C6 är inget helt antal: "404,714". Menas 404 714 invånare, skriv det utan komma eller punkt.',
      'Befolkning i Blad1!C7 är inget helt antal: "302310.5"',
      'Befolkning saknas i Blad1!C8',
      'Befolkning i Blad1!C9 är negativ',
    ]);
    const en = await kvot(file, '--lang', 'en');
    expectError(
      en,
      ['Population in Blad1!C6 is not a whole number: "404,714". If 404,714 people are meant', 'Population is missing in Blad1!C8'],
      'en',
    );
  });

  it('"404.714" (a point) is no silent 404: also refused with the hint', async () => {
    const file = await exampleWorkbook('pop-point', (ws) => (ws.getCell('C6').value = '404.714'));
    expectError(await kvot(file), ['Blad1!C6', 'Menas 404 714 invånare']);
  });

  it('a population of "2,4 milj" or "2 455 914 inv.": exit 1 naming the cell', async () => {
    const file = await exampleWorkbook('pop-words', (ws) => {
      ws.getCell('C5').value = '2,4 milj';
      ws.getCell('C6').value = '404 714 inv.';
    });
    expectError(await kvot(file), ['Befolkning i Blad1!C5 går inte att läsa som ett tal: "2,4 milj"', 'Blad1!C6']);
  });

  // Numbers are read as Excel shows and compares them, at 15 significant digits: a formula's binary
  // drift (61093.00000000001) is the 61093 Excel shows, while a real fraction is refused (below).
  it('a population a formula left with binary drift (61093.00000000001) is the 61093 Excel shows', async () => {
    const file = await exampleWorkbook(
      'pop-drift',
      (ws) => (ws.getCell('C12').value = { formula: 'X', result: 61093.00000000001 } as ExcelJS.CellValue),
    );
    expectPaid(await kvot(file), officialAmounts());
  });

  it('a population a formula left fractional (61093,4): refused, not rounded', async () => {
    const file = await exampleWorkbook(
      'pop-fraction',
      (ws) => (ws.getCell('C12').value = { formula: 'X', result: 61093.4 } as ExcelJS.CellValue),
    );
    expectError(await kvot(file), ['Befolkning i Blad1!C12 är inget helt antal']);
  });

  it('a population typed in thousands (61 for Gotland): exit 3 naming the cell; accepted pays on 61', async () => {
    const file = await exampleWorkbook('pop-outlier', (ws) => {
      ws.getCell(`C${rowOf('09')}`).value = 61;
      ws.getCell(`C${TOTAL_ROW}`).value = POPULATION_SUM - 61093 + 61;
    });
    const r = await kvot(file);
    expectWarning(r, ['population-outlier'], ['Befolkning i Blad1!C12 är 61, långt under de andra regionernas']);
    const regions = OFFICIAL.map((o) => (o.code === '09' ? { ...o, population: 61 } : o));
    const accepted = await kvot(file, '--accept', 'population-outlier');
    expectPaid(accepted, split(TRANCHE, regions), split(TRANCHE, regions));
  });

  it('a population of 0: exit 3, the region would get nothing', async () => {
    const file = await exampleWorkbook('pop-zero', (ws) => {
      ws.getCell('C12').value = 0;
      ws.getCell(`C${TOTAL_ROW}`).value = POPULATION_SUM - 61093;
    });
    expectWarning(await kvot(file), ['population-outlier'], ['Befolkning i Blad1!C12 är 0']);
    const regions = OFFICIAL.map((o) => (o.code === '09' ? { ...o, population: 0 } : o));
    expectPaid(await kvot(file, '--accept', 'population-outlier'), split(TRANCHE, regions), split(TRANCHE, regions));
  });
});

describe('one region written twice', () => {
  it('a row with only the code and one with only the name of one region, no total row: exit 1, never paid twice', async () => {
    const file = await exampleWorkbook('code-only-name-only', (ws) => {
      ws.spliceRows(TOTAL_ROW, 1);
      ws.getCell('B5').value = null;
      ws.addRow([null, 'Stockholm', 2455914, 0.8, 'Ja', new Date(Date.UTC(2024, 8, 10))]);
    });
    expectError(await kvot(file), ['Regionnamnet saknas i Blad1!B5 (raden har koden 01)']);
  });

  it('codes "01" and "1": exit 1 naming both rows', async () => {
    const file = await exampleWorkbook('dup-code', (ws) =>
      ws.spliceRows(TOTAL_ROW, 0, ['1', 'Stockholms län', 2455914, 0.72, 'Ja', new Date(Date.UTC(2024, 8, 10))]),
    );
    const r = await kvot(file);
    expectError(r, ['"Stockholms län" (Blad1!A26) har samma regionkod som "Stockholm" (Blad1!A5)']);
    expectError(await kvot(file, '--lang', 'en'), ['has the same region code as "Stockholm" (Blad1!A5)'], 'en');
  });

  it('a numeric code 1 shown as "01" by its format, beside the text "01"', async () => {
    const file = await exampleWorkbook('dup-numeric-code', (ws) => {
      ws.spliceRows(TOTAL_ROW, 0, [1, 'Region Stockholm', 2455914, 0.72, 'Ja', new Date(Date.UTC(2024, 8, 10))]);
      ws.getCell(`A${TOTAL_ROW}`).numFmt = '00';
    });
    expectError(await kvot(file), ['(Blad1!A26) har samma regionkod som "Stockholm" (Blad1!A5)']);
  });

  it('once with a code and once without ("Region Stockholm"): exit 1 naming both rows', async () => {
    const file = await exampleWorkbook('dup-no-code', (ws) =>
      ws.spliceRows(TOTAL_ROW, 0, ['', 'Region Stockholm', 2455914, 0.72, 'Ja', new Date(Date.UTC(2024, 8, 10))]),
    );
    expectError(await kvot(file), ['"Region Stockholm" (Blad1!B26) är samma region som "Stockholm" (Blad1!B5)']);
  });

  it('"Region Gotland" and "Gotlands kommun", even with another code: exit 1', async () => {
    const file = await exampleWorkbook('gotland', (ws) => {
      ws.getCell('B12').value = 'Region Gotland';
      ws.spliceRows(TOTAL_ROW, 0, ['0980', 'Gotlands kommun', 61093, 0.91, 'Ja', new Date(Date.UTC(2024, 8, 19))]);
    });
    expectError(await kvot(file), ['"Gotlands kommun" (Blad1!B26) är samma region som "Region Gotland" (Blad1!B12)']);
  });

  it('"Stockholm" and "STOCKHOLM " with a no-break space, no codes: exit 1', async () => {
    const file = await exampleWorkbook('dup-case', (ws) =>
      ws.spliceRows(TOTAL_ROW, 0, ['', 'STOCKHOLM\u00a0', 1, 0.72, 'Ja', new Date(Date.UTC(2024, 8, 10))]),
    );
    expectError(await kvot(file), ['är samma region som "Stockholm" (Blad1!B5)']);
  });

  it('the table pasted twice, one below the other: exit 1, every region named twice', async () => {
    const file = await exampleWorkbook('pasted-twice', (ws) => {
      ws.spliceRows(TOTAL_ROW, 1);
      const rows = OFFICIAL.map((_, i) => ws.getRow(5 + i).values as ExcelJS.CellValue[]);
      rows.forEach((values) => ws.addRow(values.slice(1)));
    });
    const r = await kvot(file);
    expectError(r, [
      '"Stockholm" (Blad1!A26) har samma regionkod som "Stockholm" (Blad1!A5)',
      '"Norrbotten" (Blad1!A46) har samma regionkod',
    ]);
  });

  it('the table pasted twice with its header row: exit 1 naming the repeated header in the data', async () => {
    const file = await exampleWorkbook('pasted-with-header', (ws) => {
      ws.spliceRows(TOTAL_ROW, 1);
      for (const r of [4, ...OFFICIAL.map((_, i) => 5 + i)]) ws.addRow((ws.getRow(r).values as ExcelJS.CellValue[]).slice(1));
    });
    expectError(await kvot(file), ['Befolkning i Blad1!C26 går inte att läsa som ett tal: "Befolkningsmängd (nov 2024)"', 'Blad1!A27']);
  });

  it('a trailing no-break space in a name is not a different region, and changes nothing', async () => {
    const file = await exampleWorkbook('nbsp-name', (ws) => (ws.getCell('B5').value = 'Stockholm\u00a0'));
    const r = await kvot(file);
    expectPaid(r, officialAmounts());
    expect(r.json!.regions[0].name).toBe('Stockholm');
  });
});

describe('total rows', () => {
  for (const label of ['Sverige', 'Hela landet', 'Summa', 'Totalt', 'Samtliga regioner', 'RIKET:']) {
    it(`"${label}" with the right sum: skipped with a note, official amounts to the krona`, async () => {
      const r = await kvot(await exampleWorkbook(`total-${label}`, (ws) => (ws.getCell(`B${TOTAL_ROW}`).value = label)));
      expectPaid(r, officialAmounts());
      expect(r.err).toContain(`Raden Blad1!A26 ("${label}") är en summarad och räknas inte som region`);
      expect(r.json!.regions).toHaveLength(21);
    });
  }

  it('"Sverige" in a CSV, with the sum written with spaces: official amounts to the krona', async () => {
    const file = exampleCsv('total-csv', (lines) => [...lines, `;Sverige;${POPULATION_SUM.toLocaleString('sv-SE')};;;`]);
    const r = await kvot(file);
    expectPaid(r, officialAmounts());
    expect(r.err).toContain('("Sverige") är en summarad');
  });

  it('"Sverige" whose population is not the sum: exit 3 naming the row; accepted, the official amounts', async () => {
    const file = await exampleWorkbook('total-mismatch', (ws) => {
      ws.getCell(`B${TOTAL_ROW}`).value = 'Sverige';
      ws.getCell(`C${TOTAL_ROW}`).value = POPULATION_SUM + 1;
    });
    expectWarning(
      await kvot(file),
      ['total-row'],
      [
        'Summaraden Blad1!A26 ("Sverige") räknas inte som region, men dess befolkning 10 557 683 skiljer sig från summan av regionerna 10 557 682',
      ],
    );
    expectWarning(await kvot(file, '--lang', 'en'), ['total-row'], ['The total row Blad1!A26 ("Sverige")'], 'en');
    expectPaid(await kvot(file, '--accept', 'total-row'), officialAmounts());
  });

  it('a sum row without a sum word ("Alla 21 regioner"): exit 1, never paid as a region', async () => {
    const file = await exampleWorkbook('total-unlabelled', (ws) => (ws.getCell(`B${TOTAL_ROW}`).value = 'Alla 21 regioner'));
    expectError(await kvot(file), ['Raden Blad1!A26 ("Alla 21 regioner") ser ut som en summarad']);
  });

  it('a total row at the top of the table is skipped too', async () => {
    const file = await exampleWorkbook('total-top', (ws) => {
      ws.spliceRows(TOTAL_ROW, 1);
      ws.spliceRows(5, 0, ['', 'Riket', POPULATION_SUM]);
    });
    const r = await kvot(file);
    expectPaid(r, officialAmounts());
    expect(r.err).toContain('Raden Blad1!A5 ("Riket") är en summarad');
  });
});

describe('rates', () => {
  it('one region typed in points (89) in a column of fractions (0,72): exit 3 naming it; accepted, 89 is 89 %', async () => {
    const file = await exampleWorkbook('mixed-scale', (ws) => {
      setColumn(ws, 'D', (_, i) => (i === 3 ? 89 : [0.72, 0.81, 0.75][i % 3]), 'General');
    });
    const r = await kvot(file);
    expectWarning(r, ['mixed-scale'], ['Inklusion blandar andelar och procentenheter', 'Kontrollera Blad1!D8']);
    expectPaid(await kvot(file, '--accept', 'mixed-scale'), officialAmounts());
  });

  it('the same in a CSV ("0,72" and one "89"), in English', async () => {
    const file = exampleCsv('mixed-scale-csv', (lines) =>
      lines.map((l, i) => (i === 0 ? l : l.replace(/;\d+ %;/, i === 4 ? ';89;' : ';0,72;'))),
    );
    expectWarning(
      await kvot(file, '--lang', 'en'),
      ['mixed-scale'],
      ['Inclusion mixes fractions and percentage points', `Check ${csvSheet(file)}!D5`],
      'en',
    );
  });

  // A rate a formula left one float step under 0.7 (0.6999999999999998) is the 70,0 % Excel shows: read at 15 digits, it meets the goal.
  it('a rate one float step under 70 % is not explained as "70 % is below the required 70 %"', async () => {
    const file = await exampleWorkbook('float-noise', (ws) => {
      ws.getCell(`D${rowOf('04')}`).value = { formula: '0.1*7-1E-16', result: 0.6999999999999998 } as ExcelJS.CellValue;
    });
    const r = await kvot(file);
    expect(r.code).toBe(0);
    const sormland = r.json!.regions.find((x) => x.code === '04')!;
    if (sormland.eligible.payout2) return; // read as Excel shows it (15 digits): 70 % meets the goal
    expect(plain(sormland.reasons.map((x) => x.sv).join())).not.toContain('Inklusion 70 % är under kravet 70 %');
  });

  it('69,95 % is explained with its decimals', async () => {
    const file = await exampleWorkbook('just-under', (ws) => void (ws.getCell(`D${rowOf('04')}`).value = 0.6995));
    const r = await kvot(file);
    expect(r.json!.regions.find((x) => x.code === '04')!.reasons.map((x) => plain(x.sv))).toEqual([
      'Inklusion 69,95 % är under kravet 70 %',
    ]);
  });

  it('89 typed into a cell formatted as percent (shows 8 900 %): exit 1 naming it', async () => {
    const file = await exampleWorkbook('percent-8900', (ws) => (ws.getCell('D8').value = 89));
    expectError(await kvot(file), ['Inklusion i Blad1!D8 ligger utanför 0–100 %']);
  });

  it('a rate written "<70 %" or "ej rapporterat": exit 1 naming the cell', async () => {
    const file = await exampleWorkbook('rate-words', (ws) => {
      ws.getCell('D8').value = '<70 %';
      ws.getCell('D9').value = 'ej rapporterat';
    });
    expectError(await kvot(file), ['Blad1!D8', 'Blad1!D9']);
  });
});

describe('dates', () => {
  it('"2024-09-31": exit 1, no such date', async () => {
    const file = await exampleWorkbook('date-31-sep', (ws) => (ws.getCell('F7').value = '2024-09-31'));
    expectError(await kvot(file), ['Redovisning inkommen i Blad1!F7 går inte att läsa som ett datum: "2024-09-31" (datumet finns inte)']);
  });

  it('a US "9/1/2024" is never silently read: exit 1 asking for ISO', async () => {
    const file = await exampleWorkbook('date-us', (ws) => (ws.getCell('F7').value = '10/1/2024'));
    expectError(await kvot(file), ['Blad1!F7', '2024-01-10 eller 2024-10-01']);
  });

  it('"Ja" in the date column: exit 1', async () => {
    const file = await exampleWorkbook('date-ja', (ws) => (ws.getCell('F7').value = 'Ja'));
    expectError(await kvot(file), ['Redovisning inkommen i Blad1!F7 går inte att läsa som ett datum: "Ja"']);
  });

  it('a 1904 workbook with serial dates: a late report (2024-10-02) fails the report condition', async () => {
    const file = await exampleWorkbook('date1904', (ws, wb) => {
      wb.properties.date1904 = true;
      setColumn(ws, 'F', (o) => serial1904(o.code === '04' ? '2024-10-02' : '2024-09-20'), 'General');
    });
    const r = await kvot(file);
    expectPaid(
      r,
      payout2Among((o) => o.code !== '04'),
    );
    const sormland = r.json!.regions.find((x) => x.code === '04')!;
    expect(sormland.eligible.payout2).toBe(false);
    // The same serial read in the 1900 system is 2020-10-01, before the deadline: the system matters.
    expect(serial1904('2024-10-02')).toBe(serial1900('2020-10-01'));
  });

  it('a 1904 workbook with date-formatted cells: a late report fails, on-time reports pass', async () => {
    const file = await exampleWorkbook('date1904-formatted', (ws, wb) => {
      wb.properties.date1904 = true;
      ws.getCell(`F${rowOf('21')}`).value = new Date(Date.UTC(2024, 9, 1));
    });
    expectPaid(
      await kvot(file),
      payout2Among((o) => o.code !== '21'),
    );
  });

  it('a 1904 workbook stays 1904 in the result: kvot verify agrees, and a second run pays the same', async () => {
    const file = await exampleWorkbook('date1904-roundtrip', (ws, wb) => {
      wb.properties.date1904 = true;
      setColumn(ws, 'F', (o) => serial1904(o.code === '04' ? '2024-10-02' : '2024-09-20'), 'General');
    });
    const first = await kvot(file);
    expect(first.code).toBe(0);
    const verify = await run('verify', first.outFile);
    expect(verify.code, verify.err).toBe(0);
    const second = await kvot(first.outFile);
    expectPaid(
      second,
      payout2Among((o) => o.code !== '04'),
    );
  });

  it('the same serials in a 1900 workbook are other dates (control)', async () => {
    const file = await exampleWorkbook('date1900-serials', (ws) =>
      setColumn(ws, 'F', (o) => serial1900(o.code === '04' ? '2024-10-02' : '2024-09-20'), 'General'),
    );
    expectPaid(
      await kvot(file),
      payout2Among((o) => o.code !== '04'),
    );
  });
});

describe('hidden rows', () => {
  const hideSormland: Parameters<typeof exampleWorkbook>[1] = (ws) => void (ws.getRow(rowOf('04')).hidden = true);

  it('a hidden row: exit 3 naming it; --hidden-rows include pays it, with a note', async () => {
    const file = await exampleWorkbook('hidden', hideSormland);
    expectWarning(
      await kvot(file),
      ['hidden-rows'],
      ['En rad i tabellen är dold eller bortfiltrerad (Blad1!A7) men räknas med', '--hidden-rows exclude'],
    );
    const included = await kvot(file, '--hidden-rows', 'include');
    expectPaid(included, officialAmounts());
    expect(included.err).toContain('En dold rad (Blad1!A7) räknas med, som du valt');
    expectPaid(await kvot(file, '--accept', 'hidden-rows'), officialAmounts());
  });

  it('--hidden-rows exclude leaves the region out, and the "Riket" row still adds up with it', async () => {
    const file = await exampleWorkbook('hidden-exclude', hideSormland);
    // Left out, Sörmland is one of the agreement's regions missing from the table: asked about too.
    expectWarning(await kvot(file, '--hidden-rows', 'exclude'), ['missing-regions'], ['Sörmland (04)']);
    const accepted = await kvot(file, '--hidden-rows', 'exclude', '--accept', 'missing-regions');
    expect(accepted.err).toContain('En dold rad (Blad1!A7) räknas inte med, som du valt');
    expect(accepted.err).not.toContain('skiljer sig från summan');
    const rest = OFFICIAL.filter((o) => o.code !== '04');
    expect(accepted.code).toBe(0);
    expect(paid(accepted.json!, 'payout2')).toEqual(split(TRANCHE, rest));
    expect(paid(accepted.json!, 'payout1')).toEqual(split(TRANCHE, rest));
  });

  it('a filter that hides most rows: exit 3 listing them (sv and en)', async () => {
    const file = await exampleWorkbook('filtered', (ws) => {
      ws.autoFilter = 'A4:F25';
      for (let r = 6; r <= 25; r++) ws.getRow(r).hidden = true;
    });
    expectWarning(await kvot(file), ['hidden-rows'], ['20 rader i tabellen är dolda', 'Blad1!A6, Blad1!A7']);
    expectWarning(await kvot(file, '--lang', 'en'), ['hidden-rows'], ['20 rows of the table are hidden or filtered out'], 'en');
  });

  it('every row hidden and --hidden-rows exclude: exit 1, no regions', async () => {
    const file = await exampleWorkbook('all-hidden', (ws) => {
      for (let r = 5; r <= TOTAL_ROW; r++) ws.getRow(r).hidden = true;
    });
    expectWarning(await kvot(file), ['hidden-rows'], ['21 rader i tabellen är dolda']);
    expectError(await kvot(file, '--hidden-rows', 'exclude'), ['Inga regionrader under rubrikraden']);
  });
});

describe('sheets', () => {
  it('two sheets with a region table: exit 1 listing both and suggesting --sheet; --sheet picks one', async () => {
    const file = await exampleWorkbook('two-sheets', (ws, wb) => {
      const copy = copySheet(wb, ws, 'Blad2');
      copy.getCell('E7').value = 'Nej';
      wb.addWorksheet('Anteckningar').getCell('A1').value = 'Ring SKR om Gotland';
    });
    const r = await kvot(file);
    expectError(r, ['Flera blad i', 'har en regiontabell: "Blad1", "Blad2". Välj ett med --sheet, t.ex. --sheet "Blad1".']);
    expect(r.err).not.toContain('Anteckningar');
    expectError(await kvot(file, '--lang', 'en'), ['hold a region table: "Blad1", "Blad2". Choose one with --sheet'], 'en');

    const second = await kvot(file, '--sheet', 'Blad2');
    expectPaid(
      second,
      payout2Among((o) => o.code !== '04'),
    );
    expect(second.err).toMatch(/Läste bladet "Blad2"/);
    expect(second.json!.sheet).toBe('Blad2');
    expectPaid(await kvot(file, '--sheet', 'blad1'), officialAmounts());
  });

  it('a hidden sheet with a table is no candidate', async () => {
    const file = await exampleWorkbook('hidden-sheet', (ws, wb) => {
      copySheet(wb, ws, 'Gammal').state = 'hidden';
    });
    const r = await kvot(file);
    expectPaid(r, officialAmounts());
    expect(r.err).toMatch(/Läste bladet "Blad1"/);
  });

  it('a --sheet that does not exist: exit 1 naming the sheets there are', async () => {
    const file = await exampleWorkbook('no-such-sheet');
    expectError(await kvot(file, '--sheet', 'Blad9'), ['Bladet "Blad9" finns inte i', '(blad: Blad1)']);
  });

  it('two columns matching one fact equally: exit 1 naming both', async () => {
    const file = await exampleWorkbook('two-inclusion', (ws) => {
      ws.getCell('G4').value = 'Inklusion';
      setColumn(ws, 'G', () => 0.5, '0.0%');
    });
    expectError(await kvot(file), [
      'Blad1!A4:G4',
      'kolumn D ("Inklusion (exempelvärde)") och kolumn G ("Inklusion")',
      '--map inclusionRate=D',
    ]);
  });
});

describe('headers naming another year', () => {
  it('"Inklusion SVF H1 2025" under the 2024 rules: exit 3 naming the header; accepted, official amounts', async () => {
    const file = await exampleWorkbook('other-year', (ws) => (ws.getCell('D4').value = 'Inklusion SVF H1 2025'));
    expectWarning(
      await kvot(file),
      ['other-year'],
      ['Rubriken "Inklusion SVF H1 2025" (Blad1!D4) för Inklusion nämner 2025, men reglerna gäller 2024'],
    );
    expectWarning(await kvot(file, '--lang', 'en'), ['other-year'], ['names 2025, but the rules are for 2024'], 'en');
    expectPaid(await kvot(file, '--accept', 'other-year'), officialAmounts());
  });

  it('a population header naming the year before never counts', async () => {
    const file = await exampleWorkbook('population-year', (ws) => (ws.getCell('C4').value = 'Befolkning 2023-11-01'));
    expectPaid(await kvot(file), officialAmounts());
  });
});

describe('unusual outcomes', () => {
  it('every region fails: payout 2 withheld and the failure widespread, exit 3; both accepted, nothing paid in payout 2', async () => {
    const file = await exampleWorkbook('all-fail', (ws) => setColumn(ws, 'E', () => 'Nej'));
    const r = await kvot(file);
    expectWarning(
      r,
      ['withheld', 'widespread-failure'],
      ['Hela Utbetalning 2 (182 500 000 kr) hålls inne: ingen region uppfyller villkoren', 'är inte uppfyllt för 21 av 21 regioner'],
    );
    expectWarning(await kvot(file, '--accept', 'withheld'), ['widespread-failure'], ['21 av 21']);
    const accepted = await kvot(file, '--accept', 'withheld,widespread-failure');
    expectPaid(
      accepted,
      payout2Among(() => false),
    );
    expect(accepted.json!.tranches[1]).toEqual({ id: 'payout2', amount: TRANCHE, paid: 0, withheld: TRANCHE });
  });

  it('11 of 21 regions fail one condition: widespread-failure, exit 3; accepted, payout 2 split among the other 10', async () => {
    const failing = new Set(OFFICIAL.slice(0, 11).map((o) => o.code));
    const file = await exampleWorkbook('widespread', (ws) => setColumn(ws, 'D', (o, i) => (failing.has(o.code) ? 0.65 : 0.8 + i / 1000)));
    const r = await kvot(file);
    expectWarning(
      r,
      ['widespread-failure'],
      ['Villkoret "Inklusionsmålet om 70 % uppnått" för Utbetalning 2 är inte uppfyllt för 11 av 21 regioner', 'Blad1!D5'],
    );
    expectPaid(
      await kvot(file, '--accept', 'widespread-failure'),
      payout2Among((o) => !failing.has(o.code)),
    );
  });

  it('10 of 21 fail (not more than half): paid, exit 0, each failing region unpaid', async () => {
    const failing = new Set(OFFICIAL.slice(0, 10).map((o) => o.code));
    const file = await exampleWorkbook('ten-fail', (ws) => setColumn(ws, 'D', (o) => (failing.has(o.code) ? 0.69 : 0.7), '0.0%'));
    expectPaid(
      await kvot(file),
      payout2Among((o) => !failing.has(o.code)),
    );
  });
});

describe('CSV', () => {
  it('Windows-1252 (smoke test; encodings are covered in csvEncoding.test.ts): official amounts, says how it was read', async () => {
    const file = exampleCsv('cp1252', undefined, (text) => Buffer.from(text, 'latin1'));
    const r = await kvot(file);
    expectPaid(r, officialAmounts());
    expect(r.err).toContain('Windows-1252');
    expect(r.json!.regions.map((x) => x.name)).toContain('Sörmland');
  });

  it('a blank PREM cell in a CSV: exit 3 naming the cell', async () => {
    const file = exampleCsv('csv-blank', (lines) => lines.map((l, i) => (i === 3 ? l.replace(';Ja;', ';;') : l)));
    expectWarning(await kvot(file), ['blanks'], [`PREM-enkäter använda är tom i en cell (${csvSheet(file)}!E4)`]);
  });
});

describe('more hostile workbooks', () => {
  it('a merged title cell over the table changes nothing', async () => {
    const file = await exampleWorkbook('merged-title', (ws) => ws.mergeCells('A1:F1'));
    expectPaid(await kvot(file), officialAmounts());
  });

  // Excel keeps a merged range's value in its top-left cell only: the cells below are blank, as in Excel.
  it("a header cell merged down into the first data row: that row's cell is blank, asked about by cell", async () => {
    const file = await exampleWorkbook('merged-header', (ws) => ws.mergeCells('D4:D5'));
    expectWarning(await kvot(file), ['blanks'], ['Blad1!D5']);
  });

  it('a population cell merged with the one below: the lower region has no population, exit 1 naming it', async () => {
    const file = await exampleWorkbook('merged-population-with-total', (ws) => ws.mergeCells('C5:C6'));
    expectError(await kvot(file), ['Befolkning saknas i Blad1!C6']);
  });

  // Excel keeps only the top-left value of a merged range; exceljs answers every cell of a merge with
  // it, and Kvot must not: Uppsala would be paid on Stockholm's population.
  it("a population cell merged with the one below, without a total row: must stop, not pay Uppsala on Stockholm's population", async () => {
    const file = await exampleWorkbook('merged-population', (ws) => {
      ws.spliceRows(TOTAL_ROW, 1);
      ws.mergeCells('C5:C6');
    });
    const r = await kvot(file);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('Blad1!C6');
    expect(r.written).toBe(false);
  });

  // The same for a condition cell merged over two regions: Excel (and the add-in) sees a blank in E6.
  it('a PREM cell merged over two regions: the lower cell is blank in Excel and must be asked about', async () => {
    const file = await exampleWorkbook('merged-prem', (ws) => ws.mergeCells('E5:E6'));
    const r = await kvot(file);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('Blad1!E6');
    expect(r.written).toBe(false);
  });

  // A scale word in the population header: populations rounded to thousands are never apportioned as if exact.
  it('a population column headed "Befolkning (tusental)" must not be paid as if it held people', async () => {
    const file = await exampleWorkbook('thousands', (ws) => {
      ws.spliceRows(TOTAL_ROW, 1);
      ws.getCell('C4').value = 'Befolkning (tusental)';
      setColumn(ws, 'C', (o) => Math.round(o.population / 1000), '#,##0');
    });
    const r = await kvot(file);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('"Befolkning (tusental)" i kolumn C');
  });

  it('populations in thousands, "Riket" row in thousands too: the scale word stops the header, naming the column', async () => {
    const file = await exampleWorkbook('thousands-with-total', (ws) => {
      ws.getCell('C4').value = 'Befolkning (tusental)';
      setColumn(ws, 'C', (o) => Math.round(o.population / 1000), '#,##0');
      ws.getCell(`C${TOTAL_ROW}`).value = Math.round(POPULATION_SUM / 1000);
    });
    expectError(await kvot(file), ['"Befolkning (tusental)" i kolumn C', '--map population=C']);
  });

  // An officer who hid last year's "Inklusion" column and added "Inklusion H1 2024": both are plausible
  // inclusion columns, so Kvot stops and asks rather than preferring the hidden exact header.
  it('a hidden stale condition column is not silently preferred to the visible one', async () => {
    const file = await exampleWorkbook('hidden-column', (ws) => {
      ws.getCell('D4').value = 'Inklusion';
      setColumn(ws, 'D', () => 0.9, '0.0%');
      ws.getColumn(4).hidden = true;
      ws.getCell('G4').value = 'Inklusion H1 2024';
      setColumn(ws, 'G', (o) => (o.code === '04' ? 0.65 : 0.8), '0.0%');
    });
    const r = await kvot(file);
    // Either it stops and asks, or it pays on the visible column (Sörmland fails there).
    if (r.code === 0) expect(paid(r.json!, 'payout2')).toEqual(payout2Among((o) => o.code !== '04'));
    else expect(r.written).toBe(false);
  });

  it("a hidden condition column read alone (the review's case): exit 3 naming it; accepted, paid on it", async () => {
    const file = await exampleWorkbook('hidden-only-column', (ws) => {
      ws.getColumn(4).hidden = true;
      ws.getCell('G4').value = 'Andel patienter i SVF';
      setColumn(ws, 'G', (o) => (o.code === '04' ? 0.6 : 0.8), '0.0%');
    });
    expectWarning(await kvot(file), ['hidden-columns'], ['som är dold i bladet', 'Blad1!D4']);
    expectPaid(await kvot(file, '--accept', 'hidden-columns'), officialAmounts());
  });

  // Excel writes a cell in Scientific format to CSV as "2,46E+06": rounded, so refused as a population.
  it('a population in scientific notation ("2,46E+06", rounded to three digits) is refused, not paid', async () => {
    const file = exampleCsv('population-scientific', (lines) => lines.map((l, i) => (i === 1 ? l.replace(/2.455.914/, '2,46E+06') : l)));
    const r = await kvot(file);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(`${csvSheet(file)}!C2`);
    expect(r.written).toBe(false);
  });

  // The rule files list the agreement's 21 regions: without a total row, a region deleted by mistake
  // would silently give its share to the other twenty.
  it('a region missing from the table (no total row): exit 3 naming it; accepted, the other 20 share', async () => {
    const file = await exampleWorkbook('missing-gotland', (ws) => {
      ws.spliceRows(TOTAL_ROW, 1);
      ws.spliceRows(rowOf('09'), 1);
    });
    expectWarning(await kvot(file), ['missing-regions'], ['En av överenskommelsens 21 regioner saknas i tabellen: Gotland (09)']);
    const accepted = await kvot(file, '--accept', 'missing-regions');
    expect(accepted.code).toBe(0);
    expect(paid(accepted.json!, 'payout2')).toEqual(
      split(
        TRANCHE,
        OFFICIAL.filter((o) => o.code !== '09'),
      ),
    );
  });

  it('a "varav Stockholms stad" sub-row is not paid as a region: exit 1 naming the row', async () => {
    const file = await exampleWorkbook('varav', (ws) => {
      ws.spliceRows(TOTAL_ROW, 1);
      ws.spliceRows(6, 0, ['', 'varav Stockholms stad', 984748, 0.8, 'Ja', new Date(Date.UTC(2024, 8, 10))]);
    });
    expectError(await kvot(file), ['Raden Blad1!A6 "varav Stockholms stad" är inte en av överenskommelsens 21 regioner']);
  });

  it('the same "varav" row with a "Riket" row: the row is refused all the same', async () => {
    const file = await exampleWorkbook('varav-total', (ws) =>
      ws.spliceRows(6, 0, ['', 'varav Stockholms stad', 984748, 0.8, 'Ja', new Date(Date.UTC(2024, 8, 10))]),
    );
    expectError(await kvot(file), ['Blad1!A6']);
  });

  it('a code and a name of two different regions (columns shifted): exit 1 naming both', async () => {
    const file = await exampleWorkbook('code-name', (ws) => {
      ws.getCell(`A${rowOf('04')}`).value = '05';
      ws.spliceRows(rowOf('05'), 1);
    });
    expectError(await kvot(file), [`Raden Blad1!A${rowOf('04')} har koden 05 (Östergötland) men namnet "Sörmland" (04)`]);
  });

  it('a sum row with no label at all: exit 1 naming the row', async () => {
    const file = await exampleWorkbook('unlabelled-sum', (ws) => (ws.getCell(`B${TOTAL_ROW}`).value = null));
    expectError(await kvot(file), ['Blad1!B26']);
  });

  it('SCB\'s "00" for the whole country, with no name: exit 1, looks like a total', async () => {
    const file = await exampleWorkbook('scb-00', (ws) => {
      ws.getCell(`A${TOTAL_ROW}`).value = '00';
      ws.getCell(`B${TOTAL_ROW}`).value = null;
    });
    expectError(await kvot(file), ['Raden Blad1!A26 ("00") ser ut som en summarad']);
  });

  it('a sheet name with spaces and a quote is quoted in every address', async () => {
    const file = await exampleWorkbook('sheet-name', (ws) => {
      ws.name = "Underlag 2024 (Ekonomi's)";
      ws.getCell('E7').value = null;
    });
    expectWarning(await kvot(file), ['blanks'], ["('Underlag 2024 (Ekonomi''s)'!E7)"]);
  });

  it('--map onto the wrong column is refused, not paid', async () => {
    const file = await exampleWorkbook('wrong-map');
    // D is the inclusion column: said as such, with the population's own column to use instead.
    expectError(await kvot(file, '--map', 'population=D'), [
      'Kolumn D ("Inklusion (exempelvärde)") i rubrikraden Blad1!A4:F4 valdes för Befolkning, men rubriken är Inklusion',
      '--map population=C',
    ]);
    expectError(await kvot(file, '--map', 'population=D', '--map', 'inclusionRate=C'), [
      'Befolkning i Blad1!D5 är inget helt antal: "0.72"',
      'Inklusion i Blad1!C5 ligger utanför 0–100 %',
    ]);
    expectError(await kvot(file, '--map', 'premUsed=D', '--map', 'inclusionRate=E'), [
      'PREM-enkäter använda i Blad1!D5 går inte att läsa som ja/nej',
      'Inklusion i Blad1!E5 går inte att läsa som en procentsats',
    ]);
  });

  it('--map reportSubmitted onto the population column (serials in year 8600+): asked about, not paid', async () => {
    const file = await exampleWorkbook('wrong-map-date');
    const r = await kvot(file, '--map', 'reportSubmitted=C');
    expect(r.code).not.toBe(0);
    expect(r.written).toBe(false);
  });

  it('a failing run leaves an output file of an earlier run in place (the officer must look at the exit code)', async () => {
    const file = await exampleWorkbook('stale-output', (ws) => (ws.getCell('E7').value = null));
    const first = await kvot(file, '--accept', 'blanks');
    expect(first.code).toBe(0);
    const again = await kvot(file);
    expect(again.code).toBe(3);
    expect(again.err).toContain('Inget skrevs.');
    expect(again.written).toBe(true);
  });

  it('a 2024 table run with the 2025 rules (report dates all in 2024): exit 3, the dates are asked about', async () => {
    const file = await exampleWorkbook('wrong-rules-year');
    const r = await kvot(file, '--rules', 'rules/svf-2025.json');
    expectWarning(r, ['other-year'], ['Redovisning inkommen ligger i ett annat år än 2025 i 21 celler (Blad1!F5']);
  });

  it('a report date a year after the deadline ("2025-09-24" typed for 2024): asked about, not just unpaid', async () => {
    const file = await exampleWorkbook('typo-year', (ws) => void (ws.getCell(`F${rowOf('04')}`).value = new Date(Date.UTC(2025, 8, 24))));
    expectWarning(
      await kvot(file),
      ['other-year'],
      [`Redovisning inkommen ligger i ett annat år än 2024 i en cell (Blad1!F${rowOf('04')}, t.ex. 2025-09-24)`],
    );
  });

  it('a footnote under the table in the code column: exit 1 naming it, not a silent region', async () => {
    const file = await exampleWorkbook('footnote', (ws) => (ws.getCell('A28').value = 'Källa: SCB, befolkning 1 nov 2023'));
    expectError(await kvot(file), ['Blad1!C28']);
  });

  it('a blank row in the middle of the table: every region still read', async () => {
    const file = await exampleWorkbook('gap', (ws) => ws.spliceRows(15, 0, []));
    const r = await kvot(file);
    expectPaid(r, officialAmounts());
  });

  it('PREM "Ja (delvis)" or "Nej." : exit 1 naming each cell', async () => {
    const file = await exampleWorkbook('prem-words', (ws) => {
      ws.getCell('E9').value = 'Ja (delvis)';
      ws.getCell('E10').value = 'Nej.';
    });
    expectError(await kvot(file), ['PREM-enkäter använda i Blad1!E9 går inte att läsa som ja/nej', 'Blad1!E10']);
  });
});

describe("a result run again after the user added their own column among Kvot's", () => {
  it("refuses to overwrite the user's column: exit 1 naming it, nothing written", async () => {
    const first = await exampleWorkbook('rerun-base');
    const once = await kvot(first);
    expect(once.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(once.outFile);
    const sheet = workbook.worksheets[0];
    sheet.spliceColumns(8, 0, ['', '', '', 'Kommentar (min)', ...OFFICIAL.map(() => 'ring tillbaka')]);
    const edited = `${first}-edited.xlsx`;
    await workbook.xlsx.writeFile(edited);
    const again = await kvot(edited);
    expectError(again, ['Kvots kolumner skulle skriva över celler som Kvot inte har skrivit: Blad1!H4:H25']);
  });
});

describe('a CSV with a title line above the table', () => {
  it('a comma in the title does not decide the delimiter: the ";" table is read, official amounts', async () => {
    const file = exampleCsv('title-comma', (lines) => ['Stimulansmedel SVF 2024, underlag från ekonomi', '', ...lines]);
    expectPaid(await kvot(file), officialAmounts());
  });
});
