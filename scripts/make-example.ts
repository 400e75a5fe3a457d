/**
 * Writes the bundled examples:
 *   examples/regioner-2024.xlsx  — 21 regions, real 2024 populations, ILLUSTRATIVE condition values (all met)
 *   examples/regioner-2024.csv   — the same as Swedish Excel writes CSV (";", decimal comma, BOM)
 *   examples/regioner-2025-exempel.xlsx — fictional: three regions fail one condition each
 *   examples/regioner-<year>.xlsx for every other bundled year (rules/svf-<year>.json): the columns
 *     its rule file reads, with ILLUSTRATIVE values. Years up to 2021 use the populations of
 *     S2020/09796 (1 November 2019), later years those of the 2024 decision: the year's own
 *     population basis is not bundled, so the kronor are an illustration, not the year's payout.
 * The files are the same bytes every run (the zip entries are dated FIXED_DATE).
 * Run: npm run example
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Agreement, ConditionLeaf, ConditionNode, FactDeclaration } from '../src/core/agreement/types';
import { isLeaf, nodeChildren } from '../src/core/agreement/types';

interface Row {
  code: string;
  name: string;
  population: number;
}

function officialRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .slice(1)
    .map((l) => {
      const [code, name, population] = l.split(',');
      return { code, name, population: Number(population) };
    });
}

const rows2024 = officialRows('test/fixtures/official-2024-payout.csv');
const rows2019 = officialRows('test/fixtures/official-2021-payout.csv');

/** Deterministic illustrative values, between 72 % and 91 %. */
const inclusion = (i: number) => (72 + ((i * 37) % 20)) / 100;
const reportDay = (i: number) => 10 + ((i * 7) % 20);
const FIXED_DATE = new Date(Date.UTC(2026, 10, 22));

/** Runs `write` with the clock at FIXED_DATE, so the zip entries (dated "now" by JSZip) are the same every run. */
async function atFixedTime(write: () => Promise<void>): Promise<void> {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(FIXED_DATE.getTime());
      else super(...(args as [number]));
    }
    static override now() {
      return FIXED_DATE.getTime();
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    await write();
  } finally {
    globalThis.Date = RealDate;
  }
}

interface Variant {
  file: string;
  year: number;
  title: string;
  fail?: Record<string, 'inclusion' | 'prem' | 'report'>;
}

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
  const header = sheet.addRow([
    'Kod',
    'Region',
    'Befolkningsmängd (nov 2024)',
    'Inklusion (exempelvärde)',
    'PREM-enkät använd (exempelvärde)',
    'Redovisning inkommen (exempelvärde)',
  ]);
  header.font = { bold: true };
  rows2024.forEach((r, i) => {
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
  const total = sheet.addRow(['', 'Riket', rows2024.reduce((s, r) => s + r.population, 0)]);
  total.font = { bold: true };
  total.getCell(3).numFmt = '#,##0';
  [6, 22, 28, 26, 30, 32].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  await atFixedTime(() => workbook.xlsx.writeFile(file));
}

function writeCsv(file: string): void {
  const header = 'Kod;Region;Befolkning;Inklusion (exempelvärde);PREM (exempelvärde);Redovisning inkommen (exempelvärde)';
  const body = rows2024.map((r, i) =>
    [
      r.code,
      r.name,
      r.population.toLocaleString('sv-SE'),
      `${String(inclusion(i) * 100).replace('.', ',')} %`,
      'Ja',
      `${reportDay(i)} sep 2024`,
    ].join(';'),
  );
  writeFileSync(file, `\uFEFF${[header, ...body].join('\r\n')}\r\n`, 'utf8');
}

/** Every leaf of the rule file reading a fact: the requirement an illustrative value is made to meet. */
function leavesReading(agreement: Agreement, factId: string): ConditionLeaf[] {
  const out: ConditionLeaf[] = [];
  const walk = (node: ConditionNode) => {
    if (isLeaf(node)) {
      if (node.fact === factId) out.push(node);
    } else nodeChildren(node).forEach(walk);
  };
  for (const t of agreement.tranches) {
    if (t.conditions) walk(t.conditions as ConditionNode);
    for (const p of t.parts ?? []) if (p.conditions) walk(p.conditions as ConditionNode);
  }
  return out;
}

/**
 * An illustrative value of a fact for region i that meets what the rule file asks of it: yes, a date
 * before the deadline, a count at or above the threshold. Two exceptions show what the rules do:
 * in 2016 a few councils lack one of the thirteen pathways (at least 12 of 13 still holds), and in
 * 2026 the lead-time shares rise for some regions and fall or stay for others.
 */
function illustrativeValue(agreement: Agreement, fact: FactDeclaration, i: number): ExcelJS.CellValue {
  const leaves = leavesReading(agreement, fact.id);
  switch (fact.type) {
    case 'boolean': {
      if (agreement.year === 2016 && fact.id.startsWith('svf')) {
        const pathways = agreement.facts.filter((f) => f.id.startsWith('svf'));
        return i % 7 === 3 && pathways.indexOf(fact) === i % pathways.length ? 'Nej' : 'Ja';
      }
      return 'Ja';
    }
    case 'date': {
      const deadline = leaves.map((l) => l.value).find((v): v is string => typeof v === 'string') ?? `${agreement.year}-09-30`;
      const [y, m, d] = deadline.split('-').map(Number);
      return new Date(Date.UTC(y, m - 1, d - 1 - ((i * 7) % 20)));
    }
    case 'number': {
      const threshold = leaves.map((l) => l.value).find((v): v is number => typeof v === 'number') ?? 0;
      return fact.id.startsWith('pathways') ? threshold : threshold + (i % 4);
    }
    case 'percent': {
      if (/^leadTime/.test(fact.id)) {
        const diagnosis = fact.id.replace(/LastYear$/, '').length;
        const lastYear = 0.55 + ((i * 13 + diagnosis) % 25) / 100;
        if (fact.id.endsWith('LastYear')) return lastYear;
        // Up 1–4 points for most regions, down 2 points for every fourth, unchanged for every seventh.
        return Math.round((lastYear + (i % 4 === 0 ? -0.02 : i % 7 === 0 ? 0 : 0.01 * (1 + (i % 4)))) * 1000) / 1000;
      }
      const threshold = leaves.map((l) => l.value).find((v): v is number => typeof v === 'number') ?? 0;
      return Math.max(threshold, inclusion(i));
    }
    case 'text':
      return '';
  }
}

/** An example table for one bundled year: code, region, population and every column the rule file reads. */
async function writeYearExample(year: number): Promise<string> {
  const agreement = JSON.parse(readFileSync(`rules/svf-${year}.json`, 'utf8')) as Agreement;
  const early = year <= 2021;
  const rows = early ? rows2019 : rows2024;
  // The columns the rules need: required facts, and optional ones a condition reads.
  const facts = agreement.facts.filter((f) => f.role === undefined && (f.required || leavesReading(agreement, f.id).length > 0));
  const councils = year <= 2018 ? 'Landsting' : 'Regioner';
  const file = `examples/regioner-${year}.xlsx`;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kvot';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('Blad1');
  sheet.addRow([`${councils} ${year} – underlag för SVF-medel (${agreement.id})`]).font = { bold: true, size: 13 };
  sheet.addRow([
    early
      ? `Befolkning 1/11-2019 enligt S2020/09796 (bilaga), som illustration: ${year} års befolkningsunderlag ingår inte. Övriga värden är PÅHITTADE EXEMPELVÄRDEN, inte uppgifter om ${councils.toLowerCase()}.`
      : `Befolkning: regeringsbeslut 2024-12-12 nr II:5 (bilaga), som illustration. Övriga värden är PÅHITTADE EXEMPELVÄRDEN, inte uppgifter om regionerna.`,
  ]).font = { italic: true };
  sheet.addRow([]);
  const populationHeader = early ? 'Befolkning 1/11-2019' : 'Befolkningsmängd (nov 2024)';
  sheet.addRow(['Kod', 'Region', populationHeader, ...facts.map((f) => `${f.headers.sv[0]} (exempelvärde)`)]).font = { bold: true };
  rows.forEach((r, i) => {
    const row = sheet.addRow([r.code, r.name, r.population, ...facts.map((f) => illustrativeValue(agreement, f, i))]);
    row.getCell(3).numFmt = '#,##0';
    facts.forEach((f, c) => {
      if (f.type === 'percent') row.getCell(4 + c).numFmt = '0.0%';
      if (f.type === 'date') row.getCell(4 + c).numFmt = 'yyyy-mm-dd';
    });
  });
  const total = sheet.addRow(['', 'Riket', rows.reduce((s, r) => s + r.population, 0)]);
  total.font = { bold: true };
  total.getCell(3).numFmt = '#,##0';
  [6, 26, 22, ...facts.map(() => 24)].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  await atFixedTime(() => workbook.xlsx.writeFile(file));
  return file;
}

await writeExample({ file: 'examples/regioner-2024.xlsx', year: 2024, title: 'Regioner 2024 – underlag för SVF-medel' });
await writeExample({
  file: 'examples/regioner-2025-exempel.xlsx',
  year: 2025,
  title: 'Regioner 2025 – PÅHITTAT exempel där tre regioner inte uppfyller villkoren',
  fail: { '04': 'inclusion', '08': 'prem', '21': 'report' },
});
writeCsv('examples/regioner-2024.csv');
const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2025, 2026];
const written: string[] = [];
for (const year of years) written.push(await writeYearExample(year));
console.log(`Wrote examples/regioner-2024.xlsx, examples/regioner-2025-exempel.xlsx, examples/regioner-2024.csv, ${written.join(', ')}`);
