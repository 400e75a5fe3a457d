import type { Localized } from '../agreement/types';
import type { CellValue } from '../table/types';
import { cellAddress, columnLetters } from '../table/address';
import { cellText, isBlank } from '../table/cell';
import { parseNumberText } from '../table/numbers';
import { readJsonField } from './chunks';
import { JSON_COLUMNS, LOG_COLUMNS, SCALAR_COLUMNS } from './columns';
import { logMessages } from './messages';
import type { LogEntry, LoggedRegion, LoggedTotals, LogProblem } from './types';

/** Where the row sits, so problems name cells ("'Kvot logg'!I5"); without it they name column letters. */
export interface LogRowLocation {
  sheetName: string;
  /** 0-based sheet row and the sheet column of cells[0]. */
  row: number;
  column?: number;
}

export type ParsedLogRow = { ok: true; entry: LogEntry } | { ok: false; errors: LogProblem[] };

const HASH = /^[0-9a-f]{64}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The log entry a row of the log sheet holds (the reverse of logRowCells): JSON columns are joined
 * from their continuation cells. Every problem names its cell; with any problem there is no entry.
 */
export function parseLogRow(cells: readonly CellValue[], where?: LogRowLocation): ParsedLogRow {
  const address = (i: number) =>
    where ? cellAddress(where.sheetName, where.row, (where.column ?? 0) + i) : columnLetters(i);
  const errors: LogProblem[] = [];
  const fail = (i: number, message: Localized) => errors.push({ address: address(i), message });

  const scalar = SCALAR_COLUMNS.map((column, i) => {
    const cell = cells[i];
    if (isBlank(cell)) fail(i, logMessages.missing(LOG_COLUMNS[column], address(i)));
    return cell;
  });
  const time = readTime(scalar[0]);
  if (!isBlank(scalar[0]) && time === null) fail(0, logMessages.notTime(address(0), cellText(scalar[0])));
  const agreementId = cellText(scalar[1]);
  const hashes = ([[2, 'ruleSetHash'], [5, 'resultHash']] as const).map(([i, column]) => {
    const text = cellText(scalar[i]).toLowerCase();
    if (!isBlank(scalar[i]) && !HASH.test(text)) fail(i, logMessages.notHash(LOG_COLUMNS[column], address(i), cellText(scalar[i])));
    return text;
  });
  const amounts = ([[3, 'paid'], [4, 'withheld']] as const).map(([i, column]) => {
    const amount = readKronor(scalar[i]);
    if (!isBlank(scalar[i]) && amount === null) fail(i, logMessages.notKronor(LOG_COLUMNS[column], address(i), cellText(scalar[i])));
    return amount ?? 0;
  });

  const json: Partial<Record<(typeof JSON_COLUMNS)[number], { value: unknown; text: string; at: number }>> = {};
  let next: number = SCALAR_COLUMNS.length;
  for (const column of JSON_COLUMNS) {
    const label = LOG_COLUMNS[column];
    const field = readJsonField(cells, next);
    if (!field.ok) {
      const message = {
        notJson: () => (isBlank(cells[field.at]) ? logMessages.missing(label, address(field.at)) : logMessages.notJson(label, address(field.at))),
        notText: () => logMessages.notText(label, address(field.at)),
        cutOff: () => logMessages.cutOff(label, address(next)),
        trailing: () => logMessages.trailing(label, address(field.at)),
      }[field.problem]();
      fail(field.at, message);
      return { ok: false, errors };
    }
    try {
      json[column] = { value: JSON.parse(field.text), text: field.text, at: next };
    } catch (error) {
      fail(next, logMessages.badJson(label, address(next), error instanceof Error ? error.message : String(error)));
    }
    next = field.next;
  }
  for (let i = next; i < cells.length; i++) {
    if (!isBlank(cells[i])) {
      fail(i, logMessages.extraCells(address(i)));
      break;
    }
  }

  const shape = (column: (typeof JSON_COLUMNS)[number], check: (v: unknown) => Localized | null) => {
    const field = json[column];
    const what = field ? check(field.value) : null;
    if (field && what) fail(field.at, logMessages.badShape(LOG_COLUMNS[column], address(field.at), what));
  };
  shape('tranches', trancheProblem);
  shape('mapping', mappingProblem);
  shape('inputs', inputsProblem);
  shape('ruleSet', (v) => (isObject(v) ? null : { sv: 'ska vara ett JSON-objekt', en: 'must be a JSON object' }));

  if (errors.length > 0) return { ok: false, errors };
  const totals: LoggedTotals = { paid: amounts[0], withheld: amounts[1], tranches: json.tranches!.value as LoggedTotals['tranches'] };
  return {
    ok: true,
    entry: {
      time: time!,
      agreementId,
      ruleSetHash: hashes[0],
      ruleSet: json.ruleSet!.text,
      mapping: json.mapping!.value as Record<string, string>,
      inputs: json.inputs!.value as LoggedRegion[],
      totals,
      resultHash: hashes[1],
    },
  };
}

/** ISO text as written; a date cell (Excel may have turned the text into one) as ISO. */
function readTime(cell: CellValue): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString();
  const text = cellText(cell);
  return ISO_TIME.test(text) && !Number.isNaN(Date.parse(text)) ? text : null;
}

function readKronor(cell: CellValue): number | null {
  const d = typeof cell === 'number' ? (Number.isFinite(cell) ? cell : null) : typeof cell === 'string' ? parseNumberText(cell)?.toNumber() ?? null : null;
  return d !== null && Number.isSafeInteger(d) ? d : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKronor = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v);

function trancheProblem(value: unknown): Localized | null {
  const ok = Array.isArray(value) && value.every((t) => isObject(t) && typeof t.id === 'string' && isKronor(t.paid) && isKronor(t.withheld));
  return ok ? null : { sv: 'ska vara en lista av { id, paid, withheld } i hela kronor', en: 'must be a list of { id, paid, withheld } in whole kronor' };
}

function mappingProblem(value: unknown): Localized | null {
  const ok = isObject(value) && Object.values(value).every((h) => typeof h === 'string');
  return ok ? null : { sv: 'ska vara ett objekt uppgift → rubrik', en: 'must be an object fact → header' };
}

function inputsProblem(value: unknown): Localized | null {
  if (!Array.isArray(value)) return { sv: 'ska vara en lista av regionrader', en: 'must be a list of region rows' };
  const bad = value.findIndex(
    (r) =>
      !isObject(r) ||
      typeof r.address !== 'string' ||
      !(r.code === null || typeof r.code === 'string') ||
      typeof r.name !== 'string' ||
      typeof r.population !== 'string' ||
      !isObject(r.facts) ||
      !Object.values(r.facts).every((v) => v === null || typeof v === 'string' || typeof v === 'boolean'),
  );
  return bad < 0
    ? null
    : {
        sv: `rad ${bad + 1} ska ha address, code, name, population (text) och facts (text, ja/nej eller null)`,
        en: `row ${bad + 1} must have address, code, name, population (text) and facts (text, yes/no or null)`,
      };
}
