import type { FactDeclaration } from '../agreement/types';
import type { CellValue, ColumnMapping, MappingOverride, TableProblem } from './types';
import { columnLetters, parseColumnLetters } from './address';
import { cellText, isBlank } from './cell';
import type { GridView } from './grid';
import { factSynonyms, matchHeader, normaliseHeader, rank, type HeaderMatch } from './headers';
import { messages, problem, type MissingHeader } from './messages';
import { parseNumberText } from './numbers';
import { identityHeader, missingHeader, type RoleFacts } from './roles';

/** Title rows, notes and blank lines above the header are skipped; the header is within this many rows. */
export const HEADER_SCAN_ROWS = 30;

export interface HeaderRow {
  row: number;
  mapping: ColumnMapping;
  warnings: TableProblem[];
}

export type HeaderRowResult = { ok: true; header: HeaderRow } | { ok: false; errors: TableProblem[] };

type Unresolved = { factId: string; text: string; reason: 'notFound' | 'outside' };

interface Candidate {
  row: number;
  mapping: ColumnMapping;
  /** Columns whose header text supports this row being the header row. */
  score: number;
  unresolved: Unresolved[];
  warnings: TableProblem[];
}

/**
 * Finds the header row: of the first rows, the one where the most facts match a header, and at least
 * the population and the region name or code. An explicit mapping (fact id → header text, or a sheet
 * column letter such as "D"; header text wins when a header reads like a letter; "" leaves the fact
 * unmapped) takes precedence over detection. A letter counts towards the score only where its cell in
 * the row looks like a header (text, not a number), so title rows above do not win.
 */
export function findHeaderRow(
  view: GridView,
  facts: FactDeclaration[],
  roles: RoleFacts,
  override: MappingOverride,
): HeaderRowResult {
  const scanned = Math.min(HEADER_SCAN_ROWS, view.grid.values.length);
  const candidates: Candidate[] = [];
  for (let row = 0; row < scanned; row++) candidates.push(evaluateRow(view, facts, override, row));

  const qualifies = (c: Candidate) =>
    roles.population.id in c.mapping &&
    [roles.regionName, roles.regionCode].some((f) => f !== undefined && f.id in c.mapping);
  const best = (list: Candidate[]) =>
    list.reduce<Candidate | undefined>((top, c) => (top === undefined || c.score > top.score ? c : top), undefined);

  const chosen = best(candidates.filter(qualifies));
  if (!chosen) {
    const closest = best(candidates);
    const missing = missingColumns(facts, roles, closest?.mapping ?? {}, true);
    const range = view.rowsAddress(0, Math.max(0, scanned - 1));
    const notFound = problem(range, 'header-row-not-found', messages.headerRowNotFound(range, missing));
    return { ok: false, errors: [notFound, ...overrideErrors(view, facts, closest?.unresolved ?? [], range)] };
  }

  const headerRange = view.rowsAddress(chosen.row, chosen.row);
  const errors = overrideErrors(view, facts, chosen.unresolved, headerRange);

  const unresolvedIds = new Set(chosen.unresolved.map((u) => u.factId));
  for (const missing of missingColumns(facts, roles, chosen.mapping, false, unresolvedIds)) {
    errors.push(problem(headerRange, 'required-column-missing', messages.requiredColumnMissing(missing, headerRange)));
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, header: { row: chosen.row, mapping: chosen.mapping, warnings: chosen.warnings } };
}

function overrideErrors(view: GridView, facts: FactDeclaration[], unresolved: Unresolved[], where: string): TableProblem[] {
  const table = view.rowsAddress(0, view.grid.values.length - 1);
  return unresolved.map(({ factId, text, reason }) => {
    const label = facts.find((f) => f.id === factId)?.label ?? { sv: factId, en: factId };
    return reason === 'outside'
      ? problem(where, 'override-column-outside', messages.overrideColumnOutside(label, text.trim().toUpperCase(), table), text)
      : problem(where, 'override-header-not-found', messages.overrideHeaderNotFound(label, text, where), text);
  });
}

/** Required columns absent from a mapping; the population and region identity only when asked. */
function missingColumns(
  facts: FactDeclaration[],
  roles: RoleFacts,
  mapping: ColumnMapping,
  withIdentity: boolean,
  alreadyReported: Set<string> = new Set(),
): MissingHeader[] {
  const missing: MissingHeader[] = [];
  if (withIdentity) {
    if (!(roles.population.id in mapping)) missing.push(missingHeader(roles.population));
    const identity = [roles.regionName, roles.regionCode].filter((f) => f !== undefined);
    if (!identity.some((f) => f.id in mapping)) missing.push(identityHeader(roles));
  }
  for (const fact of facts) {
    if (!fact.required || fact.id in mapping || alreadyReported.has(fact.id)) continue;
    if (withIdentity && (fact === roles.population || fact === roles.regionName || fact === roles.regionCode)) continue;
    missing.push(missingHeader(fact));
  }
  return missing;
}

function evaluateRow(view: GridView, facts: FactDeclaration[], override: MappingOverride, row: number): Candidate {
  const headers: string[] = [];
  const normalised: string[] = [];
  for (let column = 0; column < view.width; column++) {
    headers.push(cellText(view.cell(row, column)));
    normalised.push(normaliseHeader(headers[column]));
  }
  // No prototype: a fact named "constructor" or "toString" must not look mapped already.
  const mapping: ColumnMapping = Object.create(null);
  const used = new Set<number>();
  const unresolved: Unresolved[] = [];
  const warnings: TableProblem[] = [];
  let score = 0;
  const assign = (factId: string, column: number, source: 'detected' | 'explicit') => {
    mapping[factId] = { column, header: headers[column], source };
    used.add(column);
  };

  for (const [factId, text] of Object.entries(override)) {
    if (!facts.some((f) => f.id === factId) || text.trim() === '') continue;
    const wanted = normaliseHeader(text);
    const byHeader = wanted === '' ? -1 : normalised.findIndex((h, c) => h === wanted && !used.has(c));
    if (byHeader >= 0) {
      assign(factId, byHeader, 'explicit');
      score++;
      continue;
    }
    const letter = parseColumnLetters(text);
    if (letter === null) {
      unresolved.push({ factId, text, reason: 'notFound' });
      continue;
    }
    const column = letter - view.grid.origin.column;
    if (column < 0 || column >= view.width) {
      unresolved.push({ factId, text, reason: 'outside' });
      continue;
    }
    assign(factId, column, 'explicit');
    if (looksLikeHeader(view.cell(row, column))) score++;
  }

  // Detection for the rest: best matches first, each column used once.
  const options: { fact: FactDeclaration; column: number; match: HeaderMatch }[] = [];
  for (const fact of facts) {
    if (Object.hasOwn(override, fact.id)) continue;
    const synonyms = factSynonyms(fact);
    for (let column = 0; column < view.width; column++) {
      const match = used.has(column) ? null : matchHeader(normalised[column], synonyms);
      if (match) options.push({ fact, column, match });
    }
  }
  options.sort((a, b) => rank(b.match) - rank(a.match) || a.column - b.column);
  const chosenRank: Record<string, number> = Object.create(null);
  for (const { fact, column, match } of options) {
    if (fact.id in mapping) {
      if (mapping[fact.id].source === 'detected' && chosenRank[fact.id] === rank(match) && !used.has(column)) {
        const kept = columnLetters(view.grid.origin.column + mapping[fact.id].column);
        const ignored = columnLetters(view.grid.origin.column + column);
        const message = messages.columnMatchedTwice(fact.label, kept, ignored);
        warnings.push(problem(view.address(row, column), 'column-matched-twice', message, headers[column]));
      }
      continue;
    }
    if (used.has(column)) continue;
    assign(fact.id, column, 'detected');
    chosenRank[fact.id] = rank(match);
    score++;
  }
  return { row, mapping, score, unresolved, warnings };
}

function looksLikeHeader(cell: CellValue): boolean {
  return typeof cell === 'string' && !isBlank(cell) && parseNumberText(cell) === null;
}
