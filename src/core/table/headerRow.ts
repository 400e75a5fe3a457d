import type { FactDeclaration } from '../agreement/types';
import type { CellValue, ColumnMapping, MappingOverride, TableProblem } from './types';
import { columnLetters, parseColumnLetters } from './address';
import { cellText, isBlank } from './cell';
import { assignColumns, type Assignment, type Fit } from './columnAssign';
import type { GridView } from './grid';
import { headerMessages, type Closest, type NamedColumn } from './headerMessages';
import {
  CONTAINED,
  compileFacts,
  compileText,
  prepareHeader,
  scoreHeader,
  scoreRank,
  worthNaming,
  type FactMatcher,
  type Matchers,
  type PreparedHeader,
} from './headerMatch';
import { normaliseHeader } from './headers';
import { messages, problem } from './messages';
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

type Unresolved =
  | { factId: string; text: string; reason: 'notFound' | 'outside' }
  /** The column chosen is headed as another fact (not chosen itself), and not as this one. */
  | { factId: string; text: string; reason: 'taken'; column: number; otherId: string }
  | { factId: string; text: string; reason: 'ambiguous'; columns: number[] };

interface Candidate {
  row: number;
  headers: PreparedHeader[];
  mapping: ColumnMapping;
  /** Facts this row has a column for (or several), supporting it as the header row. */
  score: number;
  unresolved: Unresolved[];
  assignment: Assignment;
}

/**
 * Finds the header row: of the first rows, the one where the most facts find a column, and at least
 * the population and the region name or code. Columns are matched to facts by headerMatch.ts (word
 * order, inflections, compounds, years and units do not matter) and assigned by columnAssign.ts (a
 * clear winner per fact, else an error). An explicit mapping (fact id → header text, or a sheet
 * column letter such as "D"; "" leaves the fact unmapped) takes precedence over detection; its
 * header text is found exactly first, then as a column letter, then by the same loose matching.
 * A letter counts towards the score only where its cell in the row looks like a header (text, not a
 * number), so title rows above do not win.
 */
export function findHeaderRow(view: GridView, facts: FactDeclaration[], roles: RoleFacts, override: MappingOverride): HeaderRowResult {
  const matchers = compileFacts(facts);
  const prepared = new Map<string, PreparedHeader>();
  const prepare = (text: string) => {
    let header = prepared.get(text);
    if (!header) prepared.set(text, (header = prepareHeader(text, matchers.vocabulary)));
    return header;
  };
  const scanned = Math.min(HEADER_SCAN_ROWS, view.grid.values.length);
  const candidates: Candidate[] = [];
  for (let row = 0; row < scanned; row++) candidates.push(evaluateRow(view, facts, matchers, override, row, prepare));

  const identity = [roles.regionName, roles.regionCode].filter((f) => f !== undefined);
  const qualifies = (c: Candidate) => hasColumn(c, roles.population.id) && identity.some((f) => hasColumn(c, f.id));
  const best = (list: Candidate[]) =>
    list.reduce<Candidate | undefined>((top, c) => (top === undefined || c.score > top.score ? c : top), undefined);

  const chosen = best(candidates.filter(qualifies));
  if (!chosen) return { ok: false, errors: headerRowNotFound(view, matchers, roles, best(candidates), scanned) };

  const headerRange = view.rowsAddress(chosen.row, chosen.row);
  const errors = overrideErrors(view, facts, chosen, headerRange, matchers);
  errors.push(...assignmentErrors(view, facts, chosen, headerRange));

  const unresolvedIds = new Set(chosen.unresolved.map((u) => u.factId));
  for (const fact of facts) {
    if (!fact.required || hasColumn(chosen, fact.id) || unresolvedIds.has(fact.id)) continue;
    const closest = closestHeader(view, chosen, [matcherOf(matchers, fact.id)]);
    const message = headerMessages.requiredColumnMissing(missingHeader(fact), headerRange, closest);
    errors.push(withSuggestion(problem(headerRange, 'required-column-missing', message), fact.id, closest ? [closest] : []));
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, header: { row: chosen.row, mapping: chosen.mapping, warnings: [] } };
}

/** Mapped, or matched by several columns (an error, but the row still has the fact). */
function hasColumn(c: Candidate, factId: string): boolean {
  return (
    Object.hasOwn(c.mapping, factId) ||
    c.unresolved.some((u) => u.factId === factId && (u.reason === 'ambiguous' || u.reason === 'taken')) ||
    c.assignment.ambiguous.some((a) => a.factId === factId) ||
    c.assignment.contested.some((a) => a.factIds.includes(factId))
  );
}

const matcherOf = (matchers: Matchers, factId: string): FactMatcher => matchers.facts.find((m) => m.fact.id === factId)!;

function headerRowNotFound(
  view: GridView,
  matchers: Matchers,
  roles: RoleFacts,
  closestRow: Candidate | undefined,
  scanned: number,
): TableProblem[] {
  const range = view.rowsAddress(0, Math.max(0, scanned - 1));
  const row = closestRow && closestRow.score > 0 ? closestRow : undefined;
  const identityFacts = [roles.regionName, roles.regionCode].filter((f) => f !== undefined);
  const identity = identityHeader(roles);

  const missing: { header: ReturnType<typeof missingHeader>; matchers: FactMatcher[] }[] = [];
  if (!row || !hasColumn(row, roles.population.id)) {
    missing.push({ header: missingHeader(roles.population), matchers: [matcherOf(matchers, roles.population.id)] });
  }
  if (!row || !identityFacts.some((f) => hasColumn(row, f.id))) {
    missing.push({ header: identity, matchers: identityFacts.map((f) => matcherOf(matchers, f.id)) });
  }
  const closest = row ? missing.map((m) => closestHeader(view, row, m.matchers)).find((c) => c !== undefined) : undefined;
  const message = headerMessages.headerRowNotFound(
    range,
    [roles.population.label, identity.label],
    missing.map((m) => m.header),
    row ? view.rowsAddress(row.row, row.row) : undefined,
    closest,
  );
  const notFound = closest
    ? withSuggestion(problem(range, 'header-row-not-found', message), closest.factId, [closest])
    : problem(range, 'header-row-not-found', message);
  return [
    notFound,
    ...(closestRow
      ? overrideErrors(
          view,
          matchers.facts.map((m) => m.fact),
          closestRow,
          range,
          matchers,
        )
      : []),
  ];
}

/**
 * The header of the row closest to one of the facts, among columns no fact has taken, if it comes
 * close enough to be worth naming. Ties go to the leftmost column.
 */
function closestHeader(view: GridView, c: Candidate, candidates: FactMatcher[]): Closest | undefined {
  const taken = new Set<number>(Object.values(c.mapping).map((m) => m.column));
  for (const a of c.assignment.ambiguous) a.columns.forEach((col) => taken.add(col));
  for (const a of c.assignment.contested) taken.add(a.column);
  let best: { column: number; matcher: FactMatcher; rank: number; closeness: number } | undefined;
  for (const matcher of candidates) {
    c.headers.forEach((header, column) => {
      if (taken.has(column)) return;
      const score = scoreHeader(matcher, header);
      const rank = scoreRank(score);
      if (worthNaming(score) && (!best || rank > best.rank)) best = { column, matcher, rank, closeness: score.closeness };
    });
  }
  if (!best) return undefined;
  return {
    factId: best.matcher.fact.id,
    label: best.matcher.fact.label,
    letter: letterOf(view, best.column),
    header: c.headers[best.column].text,
  };
}

function withSuggestion(p: TableProblem, factId: string, columns: NamedColumn[]): TableProblem {
  return { ...p, suggestion: { factId, columns: columns.map((c) => ({ column: c.letter, header: c.header })) } };
}

const letterOf = (view: GridView, column: number) => columnLetters(view.grid.origin.column + column);
const named = (view: GridView, c: Candidate, column: number): NamedColumn => ({
  letter: letterOf(view, column),
  header: c.headers[column].text,
});
const labelOf = (facts: FactDeclaration[], factId: string) => facts.find((f) => f.id === factId)?.label ?? { sv: factId, en: factId };

function assignmentErrors(view: GridView, facts: FactDeclaration[], c: Candidate, headerRange: string): TableProblem[] {
  const errors: TableProblem[] = [];
  for (const { factId, columns } of c.assignment.ambiguous) {
    const fitting = columns.map((col) => named(view, c, col));
    const message = headerMessages.columnAmbiguous(labelOf(facts, factId), headerRange, fitting);
    errors.push(withSuggestion(problem(headerRange, 'column-ambiguous', message), factId, fitting));
  }
  for (const { column, factIds } of c.assignment.contested) {
    const message = headerMessages.columnContested(
      named(view, c, column),
      factIds.map((id) => ({ id, label: labelOf(facts, id) })),
      headerRange,
    );
    const choices = factIds.map((factId) => ({ factId, columns: [{ column: letterOf(view, column), header: c.headers[column].text }] }));
    errors.push({ ...problem(view.address(c.row, column), 'column-contested', message, c.headers[column].text), suggestions: choices });
  }
  return errors;
}

function overrideErrors(view: GridView, facts: FactDeclaration[], c: Candidate, where: string, matchers?: Matchers): TableProblem[] {
  const table = view.rowsAddress(0, view.grid.values.length - 1);
  // What the officer can choose from: the headers of the row, each with its column letter.
  const found = c.headers.flatMap((h, column) => (h.text.trim() === '' ? [] : [named(view, c, column)]));
  return c.unresolved.map((u) => {
    const label = labelOf(facts, u.factId);
    switch (u.reason) {
      case 'outside':
        return problem(
          where,
          'override-column-outside',
          headerMessages.withHeaders(messages.overrideColumnOutside(label, u.text.trim().toUpperCase(), table), found),
          u.text,
        );
      case 'notFound':
        return problem(
          where,
          'override-header-not-found',
          headerMessages.withHeaders(messages.overrideHeaderNotFound(label, u.text, where), found),
          u.text,
        );
      case 'taken': {
        const best = matchers ? bestColumnFor(c, matcherOf(matchers, u.factId), u.column) : null;
        const closest = best === null ? undefined : named(view, c, best);
        const message = headerMessages.overrideTaken(label, named(view, c, u.column), labelOf(facts, u.otherId), where, closest);
        return withSuggestion(
          problem(view.address(c.row, u.column), 'override-column-taken', message, u.text),
          u.factId,
          closest ? [closest] : [],
        );
      }
      case 'ambiguous': {
        const fitting = u.columns.map((col) => named(view, c, col));
        const message = headerMessages.overrideAmbiguous(label, u.text, where, fitting);
        return withSuggestion(problem(where, 'override-header-ambiguous', message, u.text), u.factId, fitting);
      }
    }
  });
}

type Located =
  | { kind: 'column'; column: number; byHeader: boolean }
  | { kind: 'ambiguous'; columns: number[] }
  | { kind: 'outside' }
  | { kind: 'notFound' };

/**
 * A column for an explicit mapping's text: a header equal to it (case, accents, units and
 * parentheses ignored), else a sheet column letter within the table, else the one header that
 * matches it loosely (exactly or with qualifying words, as detection does).
 */
function locateOverride(
  view: GridView,
  headers: PreparedHeader[],
  fact: FactDeclaration,
  text: string,
  used: Set<number>,
  matchers: Matchers,
): Located {
  const wanted = normaliseHeader(text);
  const free = headers.map((_, column) => column).filter((column) => !used.has(column));
  const equal = wanted === '' ? [] : free.filter((column) => normaliseHeader(headers[column].text) === wanted);
  if (equal.length === 1) return { kind: 'column', column: equal[0], byHeader: true };
  if (equal.length > 1) return { kind: 'ambiguous', columns: equal };

  const letter = parseColumnLetters(text);
  const column = letter === null ? -1 : letter - view.grid.origin.column;
  if (letter !== null && column >= 0 && column < view.width) return { kind: 'column', column, byHeader: false };

  const matcher = compileText(fact, text, matchers.vocabulary);
  const scored = free.map((col) => ({ column: col, tier: scoreHeader(matcher, headers[col]).tier })).filter((s) => s.tier >= CONTAINED);
  const top = Math.max(0, ...scored.map((s) => s.tier));
  const best = scored.filter((s) => s.tier === top).map((s) => s.column);
  if (best.length === 1) return { kind: 'column', column: best[0], byHeader: true };
  if (best.length > 1) return { kind: 'ambiguous', columns: best };
  return letter !== null ? { kind: 'outside' } : { kind: 'notFound' };
}

function evaluateRow(
  view: GridView,
  facts: FactDeclaration[],
  matchers: Matchers,
  override: MappingOverride,
  row: number,
  prepare: (text: string) => PreparedHeader,
): Candidate {
  const headers: PreparedHeader[] = [];
  for (let column = 0; column < view.width; column++) headers.push(prepare(cellText(view.cell(row, column))));
  // Keyed by fact id, so without a prototype: a fact may be named "constructor" or "toString".
  const mapping: ColumnMapping = Object.create(null) as ColumnMapping;
  const used = new Set<number>();
  const unresolved: Unresolved[] = [];
  let score = 0;
  const assign = (factId: string, column: number, source: 'detected' | 'explicit') => {
    mapping[factId] = { column, header: headers[column].text, source };
    used.add(column);
  };

  for (const [factId, text] of Object.entries(override)) {
    const fact = facts.find((f) => f.id === factId);
    if (!fact || text.trim() === '') continue;
    const located = locateOverride(view, headers, fact, text, used, matchers);
    const other = located.kind === 'column' ? headedAsAnother(matchers, override, fact, headers[located.column]) : null;
    if (located.kind === 'column' && other) {
      // "--map regionName=A" where A is "Kod": the officer meant another column, or the other fact
      // must be moved too. Said as such, rather than the odd errors of reading codes as names.
      unresolved.push({ factId, text, reason: 'taken', column: located.column, otherId: other.fact.id });
      score++;
    } else if (located.kind === 'column') {
      assign(factId, located.column, 'explicit');
      if (located.byHeader || looksLikeHeader(view.cell(row, located.column))) score++;
    } else if (located.kind === 'ambiguous') {
      unresolved.push({ factId, text, reason: 'ambiguous', columns: located.columns });
      score++;
    } else {
      unresolved.push({ factId, text, reason: located.kind });
    }
  }

  // Detection for the rest: every (fact, free column) fit, then a clear winner per fact and column.
  const fits: Fit[] = [];
  for (const matcher of matchers.facts) {
    if (Object.hasOwn(override, matcher.fact.id)) continue;
    headers.forEach((header, column) => {
      if (used.has(column)) return;
      const fit = scoreHeader(matcher, header, true);
      if (fit.tier >= CONTAINED) fits.push({ factId: matcher.fact.id, column, score: fit });
    });
  }
  const assignment = assignColumns(
    fits,
    facts.map((f) => f.id),
  );
  for (const fact of facts) {
    const column = assignment.columns.get(fact.id);
    if (column === undefined) continue;
    assign(fact.id, column, 'detected');
    score++;
  }
  score += assignment.ambiguous.length + assignment.contested.reduce((n, c) => n + c.factIds.length, 0);
  return { row, headers, mapping, score, unresolved, assignment };
}

/**
 * The fact whose header a column chosen for `fact` has, when it is not headed as `fact` at all and
 * that fact is not itself chosen (a choice of both is the officer's: e.g. swapped headers).
 */
function headedAsAnother(matchers: Matchers, override: MappingOverride, fact: FactDeclaration, header: PreparedHeader): FactMatcher | null {
  if (scoreHeader(matcherOf(matchers, fact.id), header).tier >= CONTAINED) return null;
  return (
    matchers.facts.find((m) => m.fact !== fact && !Object.hasOwn(override, m.fact.id) && scoreHeader(m, header, true).tier >= CONTAINED) ??
    null
  );
}

/** The best column for a fact by its header, other than `except`, if one is worth naming. */
function bestColumnFor(c: Candidate, matcher: FactMatcher, except: number): number | null {
  let best: { column: number; rank: number } | null = null;
  c.headers.forEach((header, column) => {
    if (column === except) return;
    const score = scoreHeader(matcher, header);
    if (worthNaming(score) && (!best || scoreRank(score) > best.rank)) best = { column, rank: scoreRank(score) };
  });
  return best === null ? null : (best as { column: number }).column;
}

function looksLikeHeader(cell: CellValue): boolean {
  return typeof cell === 'string' && !isBlank(cell) && parseNumberText(cell) === null;
}
