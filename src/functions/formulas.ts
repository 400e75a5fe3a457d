import Decimal from 'decimal.js';
import type { Agreement, Language, Localized } from '../core/agreement/types';
import { canonicalJson } from '../core/audit/canonical';
import { buildOutputColumns } from '../core/payout/columns';
import type { OutputColumns } from '../core/payout/columns.types';
import type { PayoutResult } from '../core/payout/types';
import { formatKronor, formatPercent } from '../core/format/numbers';
import { a1, cellAddress, columnLetters } from '../core/table/address';
import type { CellValue, ParsedTable, TableWarning, WarningCode } from '../core/table/types';
import type { FoundTable } from '../excel/port';
import { planWrite } from '../excel/target';
import localization from './localization.json';
import { fitLocalized, languageOf } from './result';
import { RuleLookup } from './ruleLookup';
import { TableRunner, WARNING_KINDS } from './tablePipeline';
import { pick } from '../core/i18n';

export type FunctionId = keyof typeof localization.functions;

/** "KVOT.UTBETALNING" (sv) / "KVOT.PAYOUT" (en): the name Excel knows a function by in that language. */
export function functionName(id: FunctionId, lang: Language): string {
  const entry = localization.functions[id];
  return `${localization.namespace}.${pick(lang, { sv: entry.sv.name, en: entry.en })}`;
}

/**
 * The language of the function names Excel knows: the manifest gives Swedish metadata for sv-SE and
 * English (the default locale) for every other display language.
 */
export const functionLanguage = (displayLanguage: string | undefined): Language => languageOf(displayLanguage);

/** A text argument in a formula: quoted, inner quotes doubled. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

const WORDS = {
  sv: { all: 'alla', yes: 'Ja', no: 'Nej', of: 'av', withheld: 'Innehållet' },
  en: { all: 'all', yes: 'Yes', no: 'No', of: 'of', withheld: 'Withheld' },
} as const;

/** Where the formulas go and what they read: the whole block is on the table's sheet. */
interface FormulaLayout {
  /** The table argument, header row first: "$A$4:$F$26". */
  table: string;
  /** The block's first data row and totals row, 0-based sheet rows. */
  firstDataRow: number;
  lastDataRow: number;
  /** Sheet column (0-based) of Kvot column `i`. */
  column: (i: number) => number;
}

/**
 * The formulas "Infoga som formler" writes, in the shape of the value columns (same headers, same
 * block, same number formats but text columns left General so a formula is never stored as text):
 * one spilling formula per column in the first data row, the rows under it left to the spill, and
 * a totals row of ordinary formulas. Written through range.formulas, so English syntax (commas);
 * the Kvot function names are those of Excel's language (`names`), as Excel expects them.
 * Each column shows exactly what the value column would: "Ja"/"Nej", the reasons in `lang`, the
 * totals row's "21 av 21" and "Innehållet: … kr".
 */
export function formulaColumns(
  values: OutputColumns,
  agreement: Agreement,
  layout: FormulaLayout,
  options: { lang: Language; names: Language; accept: readonly WarningCode[] },
): OutputColumns {
  const { lang, names } = options;
  const w = WORDS[lang];
  const rule = quoted(agreement.id);
  const accept = options.accept.length > 0 ? quoted(options.accept.join(',')) : null;
  const withAccept = (args: string[]) => (accept ? [...args, accept] : args);
  const call = (id: FunctionId, args: string[]) => `=${functionName(id, names)}(${args.join(',')})`;
  const tranches = agreement.tranches;
  const all = quoted(w.all);

  const anchors = [
    call('SHARE', withAccept([rule, layout.table])),
    ...tranches.map((t) => call('PAYOUT', withAccept([rule, quoted(t.id), layout.table]))),
    call('PAYOUT', withAccept([rule, all, layout.table])),
    `=LET(v,${call('ELIGIBLE', withAccept([rule, all, layout.table])).slice(1)},IF(v="","",IF(v,${quoted(w.yes)},${quoted(w.no)})))`,
    call('REASON', [rule, all, layout.table, accept ?? '""', quoted(lang)]),
  ];
  const n = anchors.length;
  if (values.headers.length !== n) throw new Error(`Expected ${n} value columns for the formulas, got ${values.headers.length}.`);

  const rowCount = values.rows.length;
  const range = (i: number) => `${a1(layout.firstDataRow, layout.column(i))}:${a1(layout.lastDataRow, layout.column(i))}`;
  const totalsRow = layout.lastDataRow + 1;
  const totalColumn = 1 + tranches.length;
  const eligibleColumn = totalColumn + 1;
  const totals = [
    `=SUM(${range(0)})`,
    ...tranches.map((_, i) => `=SUM(${range(1 + i)})`),
    `=SUM(${range(totalColumn)})`,
    `=COUNTIF(${range(eligibleColumn)},${quoted(w.yes)})&${quoted(` ${w.of} `)}&COUNTIF(${range(eligibleColumn)},"?*")`,
    `=LET(w,${call('AMOUNT', [rule]).slice(1)}-${a1(totalsRow, layout.column(totalColumn))},IF(w=0,"",${quoted(`${w.withheld}: `)}&FIXED(w,0)&" kr"))`,
  ];
  const rows: CellValue[][] = Array.from({ length: rowCount }, (_, r) => (r === 0 ? anchors : anchors.map(() => null)));
  return {
    headers: values.headers,
    rows,
    numberFormats: values.numberFormats.map((format) => (format === '@' ? 'General' : format)),
    failingRows: [],
    totals,
  };
}

export interface FormulaWriteInput {
  agreement: Agreement;
  found: FoundTable;
  /** The table and preview the pane shows, and the warnings the user has looked at. */
  table: ParsedTable;
  result: PayoutResult;
  warnings: readonly TableWarning[];
  /** Language of the headers and texts written (the pane's). */
  lang: Language;
  /** Excel's language: the function names it knows. */
  names: Language;
  /** The rule JSON saved in the workbook now, null when none. */
  workbookRules: string | null;
}

export type FormulaWritePlan =
  { ok: true; columns: OutputColumns; accept: WarningCode[]; table: string } | { ok: false; reason: Localized };

const refuse = (reason: Localized): FormulaWritePlan => ({ ok: false, reason: fitLocalized(reason) });

/**
 * Checks that formulas would show exactly the preview, then builds them. The formulas find the rule
 * set by id (the workbook's saved one, else the bundled file) and read the table by its headers,
 * without number formats, hidden rows or the workbook's date system; so the same engine is run here
 * on what the formulas will get, and every cell compared with the preview. Anything else is refused
 * with the reason: rules that exist only in the pane, a column chosen by hand, hidden rows left out.
 */
export async function planFormulaWrite(input: FormulaWriteInput): Promise<FormulaWritePlan> {
  const { agreement, found, table, lang } = input;
  const lookup = new RuleLookup(async () => input.workbookRules);
  const rules = await lookup.resolve(agreement.id);
  if (!rules.ok) {
    return refuse({
      sv: `Formlerna hittar inte reglerna: ${rules.error.message.sv} Formler använder de inbyggda reglerna eller de som sparats i arbetsboken: spara dem under Regler först.`,
      en: `The formulas cannot find the rules: ${rules.error.message.en} Formulas use the bundled rules or those saved in the workbook: save them under Rules first.`,
    });
  }
  if (canonicalJson(rules.value.agreement) !== canonicalJson(agreement)) {
    return refuse(
      rules.value.source === 'workbook'
        ? {
            sv: `Arbetsboken har sparade regler "${agreement.id}" som skiljer sig från dem du använder, och formlerna räknar med arbetsbokens. Använd arbetsbokens regler eller spara dina i arbetsboken först.`,
            en: `The workbook has saved rules "${agreement.id}" that differ from the ones you use, and formulas compute with the workbook's. Use the workbook's rules or save yours in the workbook first.`,
          }
        : {
            sv: `Reglerna du använder skiljer sig från den inbyggda filen "${agreement.id}", som formlerna skulle räkna med. Spara dina regler i arbetsboken först (Regler → Spara i arbetsboken).`,
            en: `The rules you use differ from the bundled file "${agreement.id}", which formulas would compute with. Save your rules in the workbook first (Rules → Save in workbook).`,
          },
    );
  }

  const grid = found.grid;
  const width = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
  const argument = grid.values.slice(table.headerRow).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  const place = { sheetName: grid.sheetName, row: grid.origin.row + table.headerRow, column: grid.origin.column };
  const run = await new TableRunner(lookup).run({ ruleId: agreement.id, table: argument, accept: WARNING_KINDS.join(','), place });
  if (!run.ok) {
    return refuse({
      sv: `Formlerna skulle ge ett fel: ${run.error.message.sv}`,
      en: `The formulas would give an error: ${run.error.message.en}`,
    });
  }
  const reviewed = new Set(input.warnings.map((w) => w.code));
  const accept = [...new Set(run.value.warnings.map((w) => w.code))];
  const unreviewed = accept.filter((code) => !reviewed.has(code));
  if (unreviewed.length > 0) {
    const first = run.value.warnings.find((w) => unreviewed.includes(w.code))!;
    return refuse({
      sv: `Formlerna skulle fråga om något förhandsgranskningen inte visar: ${first.message.sv}`,
      en: `The formulas would ask about something the preview does not show: ${first.message.en}`,
    });
  }

  const layout = { headerRow: table.headerRow, rowCount: grid.values.length - table.headerRow - 1 };
  const values = buildOutputColumns(input.result, lang, layout);
  const computed = buildOutputColumns(run.value.result, lang, { headerRow: 0, rowCount: run.value.rowCount });
  const plan = planWrite(found, values);
  const difference = firstDifference(values, computed);
  if (difference) {
    const { row, column } = difference;
    const address = cellAddress(plan.sheetName, plan.headerRow + 1 + row, plan.startColumn + column);
    const show = (value: CellValue, l: Language) => showCell(value, column, values, l);
    const header = values.headers[column];
    return refuse({
      sv: `Formlerna skulle visa ${show(difference.formula, 'sv')} i ${address} (${header}) där förhandsgranskningen visar ${show(difference.preview, 'sv')}. Formler läser kolumnerna efter rubrikerna och ser inte dolda rader, talformat eller 1904-datum: skriv värden i stället.`,
      en: `The formulas would show ${show(difference.formula, 'en')} in ${address} (${header}) where the preview shows ${show(difference.preview, 'en')}. Formulas read the columns by their headers and do not see hidden rows, number formats or 1904 dates: write values instead.`,
    });
  }

  const tableRange = `$${columnLetters(place.column)}$${place.row + 1}:$${columnLetters(place.column + width - 1)}$${grid.origin.row + grid.values.length}`;
  const columns = formulaColumns(
    values,
    agreement,
    {
      table: tableRange,
      firstDataRow: plan.headerRow + 1,
      lastDataRow: plan.headerRow + layout.rowCount,
      column: (i) => plan.startColumn + i,
    },
    { lang, names: input.names, accept },
  );
  return { ok: true, columns, accept, table: `${grid.sheetName}!${tableRange}` };
}

/** The first cell (data rows, then the totals row) where the two sets of columns differ. */
function firstDifference(
  preview: OutputColumns,
  formula: OutputColumns,
): { row: number; column: number; preview: CellValue; formula: CellValue } | null {
  const rows = [...preview.rows, preview.totals ?? []];
  const other = [...formula.rows, formula.totals ?? []];
  if (preview.rows.length !== formula.rows.length)
    return { row: 0, column: 0, preview: `${preview.rows.length}`, formula: `${formula.rows.length}` };
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < preview.headers.length; c++) {
      const a = rows[r]?.[c] ?? null;
      const b = other[r]?.[c] ?? null;
      if (a !== b) return { row: r, column: c, preview: a, formula: b };
    }
  }
  return null;
}

function showCell(value: CellValue, column: number, columns: OutputColumns, lang: Language): string {
  if (value === null || value === undefined || value === '') return pick(lang, { sv: 'tomt', en: 'blank' });
  if (typeof value === 'number') {
    return columns.numberFormats[column] === '0.00%' ? formatPercent(decimal(value), lang, 4) : formatKronor(decimal(value), lang);
  }
  return `"${String(value)}"`;
}

const decimal = (n: number) => new Decimal(n);
