import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { Workbook } from './workbook';
import type { Language } from '../core/agreement/types';
import { LOG_SHEET_NAME, stockholmTime, verifyLog, type RowReport, type WriteReport } from '../core/audit';
import type { CellGrid } from '../core/table/types';
import { readLogRows } from './auditSheet';
import type { Console } from './apply';
import { checkReadableFile, WORKBOOK } from './paths';
import { worksheetGrid } from './workbookGrid';
import { pick, plural } from '../core/i18n';

/** Differences listed per log row before the rest is only counted (the check fails either way). */
const MAX_LISTED = 500;

/**
 * kvot verify: re-runs every logged calculation in a workbook's "Kvot logg" sheet (rule set hash,
 * result hash, totals) and holds the sheet against the latest write of each block: every input cell
 * read and every cell Kvot wrote must still hold what the log says, on the same rows. Undo rows take
 * their write out of what the sheet must hold. Exit 0 only when everything checks out.
 */
export async function verify(file: string, lang: Language, io: Console): Promise<number> {
  const readable = await checkReadableFile(file, WORKBOOK);
  if (!readable.ok) {
    io.err(readable.message[lang]);
    return readable.code;
  }
  const workbook = new Workbook();
  try {
    // exceljs types its Buffer apart from @types/node 20's generic Buffer; the value is the same.
    await workbook.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.err(pick(lang, { sv: `${file} kunde inte läsas som .xlsx: ${detail}`, en: `${file} could not be read as .xlsx: ${detail}` }));
    return 1;
  }
  const rows = readLogRows(workbook);
  if (!rows || rows.length === 0) {
    io.err(
      pick(lang, {
        sv: `${file} har ingen logg (bladet "${LOG_SHEET_NAME}" saknas eller är tomt).`,
        en: `${file} has no log (the "${LOG_SHEET_NAME}" sheet is missing or empty).`,
      }),
    );
    return 1;
  }
  const grids = new Map<string, CellGrid | null>();
  const readSheet = (name: string): CellGrid | null => {
    if (!grids.has(name)) {
      const sheet = workbook.getWorksheet(name);
      grids.set(name, sheet && name !== LOG_SHEET_NAME ? worksheetGrid(sheet, workbook.properties?.date1904 === true) : null);
    }
    return grids.get(name) ?? null;
  };

  const report = await verifyLog(rows, readSheet);
  for (const row of report.rows) io.out(rowLines(row, lang).join('\n'));

  const calculations = report.rows.filter((r) => r.kind !== 'undo' && r.kind !== 'sheet');
  const undos = report.rows.filter((r) => r.kind === 'undo');
  const okCount = (list: RowReport[]) => list.filter((r) => r.ok).length;
  const lines = [
    pick(lang, {
      sv: `${okCount(calculations)} av ${calculations.length} loggade beräkningar stämmer.`,
      en: `${okCount(calculations)} of ${calculations.length} logged calculations check out.`,
    }),
  ];
  if (undos.length > 0) {
    lines.push(
      pick(lang, {
        sv: `${okCount(undos)} av ${undos.length} ångringar stämmer.`,
        en: `${okCount(undos)} of ${undos.length} undos check out.`,
      }),
    );
  }
  io.out(lines.join('\n'));
  return report.ok ? 0 : 1;
}

const row1 = (row: number) => row + 1;

function rowLines(report: RowReport, lang: Language): string[] {
  const mark = report.ok ? '✓' : '✗';
  if (report.kind === 'unreadable') return [`✗ ${report.address}`, ...report.errors.map((e) => `  ${e.message[lang]}`)];

  if (report.kind === 'sheet') {
    const { sheet } = report;
    const head = `${mark} ${report.address}  ${stockholmTime(sheet.time)}  ${sheet.by || '—'}`;
    const what = pick(lang, {
      sv: `skapade bladet ${sheet.block} (en jämförelse, ingen utbetalning)`,
      en: `created the sheet ${sheet.block} (a comparison, no payout)`,
    });
    return [`${head}  ${what}`, ...report.words.map((w) => `  ✗ ${w.message[lang]}`)];
  }

  if (report.kind === 'undo') {
    const { undo } = report;
    const head = `${mark} ${report.address}  ${stockholmTime(undo.time)}  ${undo.by || '—'}`;
    const lines = [
      report.undid === null
        ? `${head}  ${pick(lang, { sv: `✗ ångrar en skrivning som inte finns i loggen (från ${stockholmTime(undo.undone.time)} i ${undo.undone.block}): loggen är ofullständig`, en: `✗ undoes a write that is not in the log (of ${stockholmTime(undo.undone.time)} in ${undo.undone.block}): the log is incomplete` })}`
        : `${head}  ${pick(lang, { sv: `ångrade skrivningen i rad ${row1(report.undid)} (${undo.undone.block})`, en: `undid the write in row ${row1(report.undid)} (${undo.undone.block})` })}`,
    ];
    for (const w of report.words) lines.push(`  ✗ ${w.message[lang]}`);
    return lines;
  }

  const { entry, verification } = report;
  const lines = [
    `${mark} ${report.address}  ${stockholmTime(entry.time)}  ${entry.by || pick(lang, { sv: '(äldre loggrad)', en: '(older log row)' })}  ${entry.agreementId}  ${entry.resultHash.slice(0, 12)}…`,
  ];
  if (verification.ok) {
    lines.push(
      pick(lang, {
        sv: '  ✓ Loggen räknas om till samma utbetalningar: regler, indata och summor stämmer',
        en: '  ✓ The log re-runs to the same payouts: rules, inputs and totals match',
      }),
    );
  } else {
    for (const check of verification.checks) lines.push(`  ${check.ok ? '✓' : '✗'} ${check.message[lang]}`);
  }
  for (const w of report.words) lines.push(`  ✗ ${w.message[lang]}`);
  lines.push(...sheetLines(report, lang));
  return lines;
}

function sheetLines(report: WriteReport, lang: Language): string[] {
  const status = report.sheet;
  switch (status.kind) {
    case 'noCells':
      return [
        pick(lang, {
          sv: '  ✗ Raden skrevs av en äldre Kvot som inte loggade vilka celler den läste och skrev: bladet kan inte jämföras med den, så kontrollen kan inte godkännas.',
          en: '  ✗ This row was written by an older Kvot that did not log which cells it read and wrote: the sheet cannot be compared with it, so the check cannot pass.',
        }),
      ];
    case 'undone':
      return [
        pick(lang, {
          sv: `  – Ångrad i rad ${row1(status.by)}: skrivningens celler väntas inte längre i bladet`,
          en: `  – Undone in row ${row1(status.by)}: the write's cells are no longer expected in the sheet`,
        }),
      ];
    case 'superseded':
      return [
        pick(lang, {
          sv: `  – Rad ${row1(report.row)} ersatt av rad ${row1(status.by)} (skrev över samma celler, ${status.block}): bladet hålls mot den senare skrivningen`,
          en: `  – Row ${row1(report.row)} replaced by row ${row1(status.by)} (wrote over the same cells, ${status.block}): the sheet is held against the later write`,
        }),
      ];
    case 'checked': {
      const { check } = status;
      const block = report.entry.sheet ? `${report.entry.sheet.sheet}!${report.entry.sheet.written}` : '';
      if (check.ok) {
        const { regions, inputCells, kvotCells } = check.counts;
        return [
          pick(lang, {
            sv: `  ✓ Bladet stämmer med loggen: ${regions} regioner på sina rader, ${inputCells} indataceller och ${kvotCells} celler i Kvots block ${block}`,
            en: `  ✓ The sheet matches the log: ${regions} regions on their rows, ${inputCells} input cells and ${kvotCells} cells of Kvot's block ${block}`,
          }),
        ];
      }
      const lines = check.differences.slice(0, MAX_LISTED).map((d) => `  ✗ ${d.address}: ${d.message[lang]}`);
      if (check.differences.length > MAX_LISTED) {
        const rest = check.differences.length - MAX_LISTED;
        lines.push(pick(lang, { sv: `  ✗ … och ${rest} skillnader till`, en: `  ✗ … and ${rest} more differences` }));
      }
      for (const note of check.notes) lines.push(`  ✗ ${note[lang]}`);
      const n = check.differences.length;
      lines.push(
        pick(lang, {
          sv: `  ✗ Bladet stämmer inte med loggen${n > 0 ? `: ${n} ${plural('sv', n, { one: 'skillnad', other: 'skillnader' })}` : ''}`,
          en: `  ✗ The sheet does not match the log${n > 0 ? `: ${n} ${plural('en', n, { one: 'difference', other: 'differences' })}` : ''}`,
        }),
      );
      return lines;
    }
  }
}
