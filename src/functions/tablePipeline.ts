import type { Language, Localized } from '../core/agreement/types';
import { computePayouts } from '../core/payout/compute';
import { reviewPayouts } from '../core/payout/review';
import type { PayoutResult } from '../core/payout/types';
import { agreementParseOptions, parseTable } from '../core/table/parse';
import type { CellGrid, CellValue, ParsedTable, TableProblem, TableWarning, WarningCode } from '../core/table/types';
import { toCellValue } from './cells';
import type { RangePlace } from './ranges';
import type { ResolvedRules, RuleLookup } from './ruleLookup';
import { failure, fitLocalized, success, type FunctionResult } from './result';
import { pick } from '../core/i18n';

/**
 * The kinds of warning a formula can accept, as the CLI's --accept takes them. Kept complete by the
 * compiler: a new WarningCode fails here until it is listed.
 */
const KINDS: Record<WarningCode, true> = {
  blanks: true,
  'other-year': true,
  'total-row': true,
  'hidden-rows': true,
  'hidden-columns': true,
  'hidden-unknown': true,
  'mixed-scale': true,
  'population-outlier': true,
  'missing-regions': true,
  withheld: true,
  'widespread-failure': true,
  'unlisted-regions': true,
};
export const WARNING_KINDS = Object.keys(KINDS) as WarningCode[];

/** The words of the `accept` argument, in the language of the message. */
const ACCEPT_ARGUMENT: Localized = { sv: 'godkänn', en: 'accept' };

/** A region table as a formula sees it: read, evaluated and apportioned by the same core as the pane. */
export interface TableRun {
  rules: ResolvedRules;
  table: ParsedTable;
  result: PayoutResult;
  /** Rows of the range under its header row: every output column has exactly this many rows. */
  rowCount: number;
  /** What the pane would ask about before writing (table and outcome), all of it accepted by the call. */
  warnings: TableWarning[];
}

export interface TableArguments {
  ruleId: unknown;
  table: unknown;
  accept: unknown;
  /** Where the table argument sits (from invocation.parameterAddresses), so messages name real cells. */
  place: RangePlace | null;
}

/** The warning kinds in an `accept` argument ("blanks, missing-regions"); unknown words are an error. */
export function parseAccept(accept: unknown): FunctionResult<Set<WarningCode>> {
  if (accept === null || accept === undefined || accept === '' || accept === false) return success(new Set());
  const text = Array.isArray(accept)
    ? (accept as unknown[][])
        .flat()
        .filter((v) => v !== null && v !== '')
        .join(',')
    : String(accept);
  const words = text
    .split(/[\s,;]+/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '');
  const unknown = words.filter((w) => !Object.hasOwn(KINDS, w));
  if (unknown.length > 0) {
    return failure(
      fitLocalized({
        sv: `Okänd varningstyp ${unknown.map((w) => `"${w}"`).join(', ')} i godkänn. Typerna: ${WARNING_KINDS.join(', ')}.`,
        en: `Unknown warning kind ${unknown.map((w) => `"${w}"`).join(', ')} in accept. The kinds: ${WARNING_KINDS.join(', ')}.`,
      }),
    );
  }
  return success(new Set(words as WarningCode[]));
}

/** The table argument as a grid placed where it sits on the sheet. */
export function tableGrid(table: unknown, place: RangePlace | null): FunctionResult<CellGrid> {
  const rows = Array.isArray(table) ? (table as unknown[]) : null;
  if (!rows || rows.length < 2 || rows.some((row) => !Array.isArray(row))) {
    return failure({
      sv: 'Tabell ska vara ett område med rubrikraden först och minst en region under den.',
      en: 'Table must be a range with the header row first and at least one region under it.',
    });
  }
  const values: CellValue[][] = (rows as unknown[][]).map((row) => row.map(toCellValue));
  return success({
    sheetName: place?.sheetName || 'tabell',
    origin: { row: place?.row ?? 0, column: place?.column ?? 0 },
    values,
  });
}

const MEMO_SIZE = 12;

/**
 * Reads, evaluates and apportions a table for a rule set once per distinct (rules, table, place):
 * Excel calls several Kvot functions on the same table in one recalculation, and each asks here.
 */
export class TableRunner {
  private readonly memo = new Map<string, Promise<FunctionResult<Omit<TableRun, 'warnings'> & { all: TableWarning[] }>>>();

  constructor(private readonly lookup: RuleLookup) {}

  async run(args: TableArguments): Promise<FunctionResult<TableRun>> {
    const accept = parseAccept(args.accept);
    if (!accept.ok) return accept;
    const rules = await this.lookup.resolve(args.ruleId);
    if (!rules.ok) return rules;
    const grid = tableGrid(args.table, args.place);
    if (!grid.ok) return grid;

    const key = JSON.stringify([rules.value.key, grid.value.sheetName, grid.value.origin, grid.value.values]);
    let computed = this.memo.get(key);
    if (!computed) {
      computed = computeTable(rules.value, grid.value);
      if (this.memo.size >= MEMO_SIZE) this.memo.delete(this.memo.keys().next().value as string);
      this.memo.set(key, computed);
    } else {
      // Most recently used last, so the oldest goes first.
      this.memo.delete(key);
      this.memo.set(key, computed);
    }
    const run = await computed;
    if (!run.ok) return run;
    const open = run.value.all.filter((w) => !accept.value.has(w.code));
    if (open.length > 0) return failure(unacceptedMessage(open));
    const { all, ...rest } = run.value;
    return success({ ...rest, warnings: all });
  }
}

async function computeTable(
  rules: ResolvedRules,
  grid: CellGrid,
): Promise<FunctionResult<Omit<TableRun, 'warnings'> & { all: TableWarning[] }>> {
  const agreement = rules.agreement;
  // A formula cannot see hidden rows: like SUM it counts every row of its range.
  const parsed = parseTable(grid, agreement.facts, {}, agreementParseOptions(agreement, 'include'));
  if (!parsed.ok) return failure(problemsMessage(parsed.errors));
  if (parsed.table.headerRow !== 0) {
    const row = grid.origin.row + parsed.table.headerRow + 1;
    return failure({
      sv: `Tabellens första rad ska vara rubrikraden. Rubrikerna står på rad ${row}: låt området börja där.`,
      en: `The table's first row must be its header row. The headers are on row ${row}: start the range there.`,
    });
  }
  try {
    const result = await computePayouts(agreement, parsed.table.regions);
    const all = [...parsed.table.warnings, ...reviewPayouts(agreement, result)];
    return success({ rules, table: parsed.table, result, rowCount: grid.values.length - 1, all });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure(fitLocalized({ sv: `Beräkningen misslyckades: ${detail}`, en: `The calculation failed: ${detail}` }));
  }
}

/** The first problem, and how many more; every problem names its cell. */
function problemsMessage(problems: readonly TableProblem[]): Localized {
  const more = (lang: Language) =>
    problems.length > 1 ? pick(lang, { sv: ` (+${problems.length - 1} fel till)`, en: ` (+${problems.length - 1} more)` }) : '';
  const first = problems[0];
  return fitLocalized({ sv: `${first.message.sv}${more('sv')}`, en: `${first.message.en}${more('en')}` });
}

/** What must be looked at, and the accept argument that says it was. */
function unacceptedMessage(open: readonly TableWarning[]): Localized {
  const kinds = [...new Set(open.map((w) => w.code))];
  const more = (lang: Language) =>
    open.length > 1 ? pick(lang, { sv: ` (+${open.length - 1} till)`, en: ` (+${open.length - 1} more)` }) : '';
  const quoted = `"${kinds.join(',')}"`;
  return fitLocalized(
    { sv: `Att granska: ${unstop(open[0].message.sv)}${more('sv')}.`, en: `To review: ${unstop(open[0].message.en)}${more('en')}.` },
    {
      sv: `Om det är avsett: ange ${quoted} som ${ACCEPT_ARGUMENT.sv}.`,
      en: `If intended: pass ${quoted} as ${ACCEPT_ARGUMENT.en}.`,
    },
  );
}

/** A message without its closing full stop, for a sentence that goes on. */
const unstop = (text: string) => text.replace(/\.\s*$/, '');
