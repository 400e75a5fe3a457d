/**
 * Hostile workbooks for `kvot apply`: the bundled 2024 example (examples/regioner-2024.xlsx, or the
 * CSV beside it) with one twist each, written to a temp dir, and an independent payout computation
 * to check amounts against.
 *
 * The example's layout: Blad1, title rows 1–2, header row 4
 *   A Kod | B Region | C Befolkningsmängd (nov 2024) | D Inklusion | E PREM-enkät använd | F Redovisning inkommen
 * regions in rows 5–25 in the order of test/fixtures/official-2024-payout.csv, "Riket" in row 26.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from './run';
import { officialTable, type OfficialRow } from '../core/official';

export const OFFICIAL: OfficialRow[] = officialTable(2024);
export const TRANCHE = 182_500_000;
export const FIRST_ROW = 5;
export const TOTAL_ROW = 26;
export const POPULATION_SUM = OFFICIAL.reduce((s, r) => s + r.population, 0);

/** The sheet row of a region of the example, by code ("04" → 7). */
export const rowOf = (code: string): number => FIRST_ROW + OFFICIAL.findIndex((r) => r.code === code);

let dir: string | undefined;
let counter = 0;

/** A fresh temp dir for a test file; call in beforeAll, and cleanUp in afterAll. */
export function useTempDir(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'kvot-hostile-'));
  return dir;
}
export function cleanUp(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
function tempPath(name: string, ext: string): string {
  if (!dir) throw new Error('useTempDir() first');
  return path.join(dir, `${String(++counter).padStart(3, '0')}-${name}${ext}`);
}

export type Twist = (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => unknown;

/** The 2024 example workbook with a twist, written to the temp dir; returns its path. */
export async function exampleWorkbook(name: string, twist: Twist = () => undefined): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile('examples/regioner-2024.xlsx');
  await twist(workbook.getWorksheet('Blad1')!, workbook);
  const file = tempPath(name, '.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The 2024 example CSV (Swedish Excel: BOM, ";", CRLF) with its lines changed; returns its path. */
export function exampleCsv(
  name: string,
  change: (lines: string[]) => string[] = (l) => l,
  encode: (text: string) => Buffer = (t) => Buffer.from(`\uFEFF${t}`, 'utf8'),
): string {
  const lines = readFileSync('examples/regioner-2024.csv', 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '');
  const file = tempPath(name, '.csv');
  writeFileSync(file, encode(`${change(lines).join('\r\n')}\r\n`));
  return file;
}

/** Copies values and number formats of one sheet into a new sheet. */
export function copySheet(workbook: ExcelJS.Workbook, from: ExcelJS.Worksheet, name: string): ExcelJS.Worksheet {
  const copy = workbook.addWorksheet(name);
  from.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const target = copy.getRow(r).getCell(c);
      target.value = cell.value;
      target.numFmt = cell.numFmt;
    });
  });
  return copy;
}

/** Sets a column of the example's region rows (5–25) from a function of the official row. */
export function setColumn(
  sheet: ExcelJS.Worksheet,
  letter: string,
  value: (row: OfficialRow, i: number) => ExcelJS.CellValue,
  numFmt?: string,
): void {
  OFFICIAL.forEach((r, i) => {
    const cell = sheet.getCell(`${letter}${FIRST_ROW + i}`);
    cell.value = value(r, i);
    if (numFmt !== undefined) cell.numFmt = numFmt;
  });
}

export interface Outcome {
  code: number;
  out: string;
  /** Everything printed on stderr, with no-break spaces as plain spaces. */
  err: string;
  outFile: string;
  /** True when the --out file or the default "<input>-kvot.xlsx" exists after the run. */
  written: boolean;
  json?: PayoutJson;
}

export interface PayoutJson {
  sheet: string;
  tranches: { id: string; amount: number; paid: number; withheld: number }[];
  regions: {
    code: string | null;
    name: string;
    population: number;
    eligible: Record<string, boolean>;
    payouts: Record<string, number>;
    total: number;
    reasons: { sv: string; en: string }[];
  }[];
  acceptedWarnings: { code: string; address: string; cells: string[] }[];
  notes: { code: string; address: string }[];
}

/** `kvot apply <file> --rules rules/svf-2024.json --out <temp> --json ...args`, in-process. */
export async function kvot(file: string, ...args: string[]): Promise<Outcome> {
  const outFile = `${file.replace(/\.(xlsx|csv)$/, '')}-result.xlsx`;
  const defaultOut = `${file.replace(/\.(xlsx|csv)$/, '')}-kvot.xlsx`;
  const rules = args.includes('--rules') ? [] : ['--rules', 'rules/svf-2024.json'];
  const json = args.includes('--no-json') ? [] : ['--json'];
  const rest = args.filter((a) => a !== '--no-json');
  const result = await run('apply', file, ...rules, '--out', outFile, ...json, ...rest);
  const written = existsSync(outFile) || existsSync(defaultOut);
  const outcome: Outcome = { ...result, err: result.err.replace(/[\u00a0\u202f]/g, ' '), outFile, written };
  // HOSTILE_DEBUG=1 prints what the officer would see, to review the wording.
  if (process.env.HOSTILE_DEBUG)
    console.log(`$ kvot apply ${path.basename(file)} ${rest.join(' ')}\n→ exit ${result.code}\n${result.err}\n`);
  if (result.code === 0 && json.length > 0) outcome.json = JSON.parse(result.out) as PayoutJson;
  return outcome;
}

/**
 * Largest remainder to the krona, written independently of src/: BigInt quotas, leftover kronor
 * to the largest remainders, ties to the larger population, then the lower code.
 */
export function split(amount: number, regions: { code: string; population: number }[]): Map<string, number> {
  const total = regions.reduce((s, r) => s + BigInt(r.population), 0n);
  const result = new Map<string, number>();
  if (total === 0n) {
    regions.forEach((r) => result.set(r.code, 0));
    return result;
  }
  const parts = regions.map((r) => {
    const numerator = BigInt(amount) * BigInt(r.population);
    return { ...r, floor: numerator / total, rest: numerator % total };
  });
  let left = BigInt(amount) - parts.reduce((s, p) => s + p.floor, 0n);
  const order = [...parts].sort((a, b) =>
    a.rest === b.rest ? b.population - a.population || (a.code < b.code ? -1 : 1) : a.rest > b.rest ? -1 : 1,
  );
  const extra = new Set<string>();
  for (const p of order) {
    if (left <= 0n) break;
    extra.add(p.code);
    left--;
  }
  parts.forEach((p) => result.set(p.code, Number(p.floor) + (extra.has(p.code) ? 1 : 0)));
  return result;
}

/** The expected payout2 of every official region when only the regions in `qualifying` meet the conditions. */
export function payout2Among(qualifying: (r: OfficialRow) => boolean, regions: OfficialRow[] = OFFICIAL): Map<string, number> {
  const shares = split(TRANCHE, regions.filter(qualifying));
  return new Map(regions.map((r) => [r.code, shares.get(r.code) ?? 0]));
}

/** payout1/payout2 by region code from a run's JSON. */
export function paid(json: PayoutJson, tranche: 'payout1' | 'payout2'): Map<string, number> {
  return new Map(json.regions.map((r) => [r.code ?? r.name, r.payouts[tranche]]));
}

export const officialAmounts = (): Map<string, number> => new Map(OFFICIAL.map((r) => [r.code, r.amount]));

/** The values written under a header of Kvot's in the result workbook's sheet, for the 21 region rows. */
export async function writtenColumn(outFile: string, header: string, sheetName = 'Blad1', headerRow = 4): Promise<ExcelJS.CellValue[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(outFile);
  const sheet = workbook.getWorksheet(sheetName)!;
  let column = 0;
  sheet.getRow(headerRow).eachCell((cell, c) => {
    if (cell.value === header) column = c;
  });
  if (!column) throw new Error(`no column "${header}" in ${outFile}`);
  return OFFICIAL.map((_, i) => sheet.getRow(headerRow + 1 + i).getCell(column).value);
}
