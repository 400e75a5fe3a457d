/**
 * Writes the bundled examples from the official 2024 table (test/fixtures/official-2024-payout.csv):
 *   examples/regioner-2024.xlsx  — 21 regions, real 2024 populations, ILLUSTRATIVE condition values (all met)
 *   examples/regioner-2024.csv   — the same as Swedish Excel writes CSV (";", decimal comma, BOM)
 *   examples/regioner-2025-exempel.xlsx — fictional: three regions fail one condition each
 * Run: npm run example
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

interface Row { code: string; name: string; population: number }

const rows: Row[] = readFileSync('test/fixtures/official-2024-payout.csv', 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .slice(1)
  .map((l) => {
    const [code, name, population] = l.split(',');
    return { code, name, population: Number(population) };
  });

/** Deterministic illustrative values, between 72 % and 91 %. */
const inclusion = (i: number) => (72 + ((i * 37) % 20)) / 100;
const reportDay = (i: number) => 10 + ((i * 7) % 20);
const FIXED_DATE = new Date(Date.UTC(2026, 10, 22));

interface Variant { file: string; year: number; title: string; fail?: Record<string, 'inclusion' | 'prem' | 'report'> }

async function writeExample({ file, year, title, fail = {} }: Variant): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kvot';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('Blad1');
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([
    'Befolkning: regeringsbeslut 2024-12-12 nr II:5 (bilaga). Inklusion, PREM och redovisningsdatum är PÅHITTADE EXEMPELVÄRDEN, inte uppgifter om regionerna.',
  ]).font = { italic: true };
  sheet.addRow([]);
  const header = sheet.addRow(['Kod', 'Region', 'Befolkningsmängd (nov 2024)', 'Inklusion (exempelvärde)', 'PREM-enkät använd (exempelvärde)', 'Redovisning inkommen (exempelvärde)']);
  header.font = { bold: true };
  rows.forEach((r, i) => {
    const failing = fail[r.code];
    const row = sheet.addRow([
      r.code,
      r.name,
      r.population,
      failing === 'inclusion' ? 0.682 : inclusion(i),
      failing === 'prem' ? 'Nej' : 'Ja',
      new Date(Date.UTC(year, failing === 'report' ? 9 : 8, failing === 'report' ? 2 : reportDay(i))),
    ]);
    row.getCell(3).numFmt = '#,##0';
    row.getCell(4).numFmt = '0.0%';
    row.getCell(6).numFmt = 'yyyy-mm-dd';
  });
  const total = sheet.addRow(['', 'Riket', rows.reduce((s, r) => s + r.population, 0)]);
  total.font = { bold: true };
  total.getCell(3).numFmt = '#,##0';
  [6, 22, 28, 26, 30, 32].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  await workbook.xlsx.writeFile(file);
}

function writeCsv(file: string): void {
  const header = 'Kod;Region;Befolkning;Inklusion (exempelvärde);PREM (exempelvärde);Redovisning inkommen (exempelvärde)';
  const body = rows.map((r, i) =>
    [r.code, r.name, r.population.toLocaleString('sv-SE'), `${String(inclusion(i) * 100).replace('.', ',')} %`, 'Ja', `${reportDay(i)} sep 2024`].join(';'),
  );
  writeFileSync(file, `\uFEFF${[header, ...body].join('\r\n')}\r\n`, 'utf8');
}

await writeExample({ file: 'examples/regioner-2024.xlsx', year: 2024, title: 'Regioner 2024 – underlag för SVF-medel' });
await writeExample({
  file: 'examples/regioner-2025-exempel.xlsx',
  year: 2025,
  title: 'Regioner 2025 – PÅHITTAT exempel där tre regioner inte uppfyller villkoren',
  fail: { '04': 'inclusion', '08': 'prem', '21': 'report' },
});
writeCsv('examples/regioner-2024.csv');
console.log('Wrote examples/regioner-2024.xlsx, examples/regioner-2025-exempel.xlsx, examples/regioner-2024.csv');
