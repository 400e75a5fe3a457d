import { CONTAINED, type HeaderScore } from './headerMatch';

/** One fact's fit with one column (a match: exact or contained). */
export interface Fit {
  factId: string;
  column: number;
  score: HeaderScore;
}

export interface Assignment {
  /** Fact id → column, for every fact with one clear column. */
  columns: Map<string, number>;
  /** Facts with two or more plausible columns: an error naming them all. */
  ambiguous: { factId: string; columns: number[] }[];
  /** Columns that fit two or more facts equally well: an error naming the facts. */
  contested: { column: number; factIds: string[] }[];
}

/**
 * Gives each fact at most one column and each column at most one fact, by fit, best first; a clear
 * winner or an error, never a silent pick:
 * 1. The best tier among the remaining fits is taken (exact before contained).
 * 2. A column that fits several facts at that tier goes to the one whose synonym covers more of
 *    it ("Region (kod)" is the code, by "Regionkod", rather than the name, by "Region"); a tie is
 *    an error for that column.
 * 3. A fact with one column left at that tier gets it; with two or more it is ambiguous (an error
 *    listing them): "Inklusion 2023" and "Inklusion 2024" both fit inclusion exactly.
 * Facts and columns settled (assigned or in error) drop out, and the next tier is taken.
 * 4. A tier only orders the choice between facts. A fact that got a column but also fits another
 *    column no other fact took is ambiguous after all: "Inklusion" beside "Inklusion (exempelvärde)"
 *    is two plausible inclusion columns, and which one holds this year's data is the user's call.
 * The result depends only on the fits, never on the order of columns or facts.
 */
export function assignColumns(fits: readonly Fit[], factOrder: readonly string[]): Assignment {
  const columns = new Map<string, number>();
  const ambiguous: Assignment['ambiguous'] = [];
  const contested: Assignment['contested'] = [];
  const settledFacts = new Set<string>();
  const settledColumns = new Set<number>();
  let open = fits.filter((f) => f.score.tier >= CONTAINED);

  while (open.length > 0) {
    const tier = Math.max(...open.map((f) => f.score.tier));
    let level = open.filter((f) => f.score.tier === tier);

    const byColumn = groupBy(level, (f) => f.column);
    const lost = new Set<Fit>();
    for (const [column, claims] of byColumn) {
      if (claims.length < 2) continue;
      const most = Math.max(...claims.map((c) => c.score.paired));
      const winners = claims.filter((c) => c.score.paired === most);
      if (winners.length > 1) {
        contested.push({
          column,
          factIds: sortIds(
            winners.map((w) => w.factId),
            factOrder,
          ),
        });
        settledColumns.add(column);
        winners.forEach((w) => settledFacts.add(w.factId));
      }
      claims.filter((c) => c.score.paired < most).forEach((c) => lost.add(c));
    }
    level = level.filter((f) => !lost.has(f) && !settledFacts.has(f.factId) && !settledColumns.has(f.column));

    for (const [factId, claims] of groupBy(level, (f) => f.factId)) {
      const found = claims.map((c) => c.column).sort((a, b) => a - b);
      if (found.length === 1) columns.set(factId, found[0]);
      else ambiguous.push({ factId, columns: found });
      settledFacts.add(factId);
      found.forEach((c) => settledColumns.add(c));
    }
    open = open.filter((f) => f.score.tier < tier && !settledFacts.has(f.factId) && !settledColumns.has(f.column));
  }

  const taken = new Set(columns.values());
  for (const [factId, column] of [...columns]) {
    const also = fits.filter(
      (f) =>
        f.factId === factId && f.column !== column && f.score.tier >= CONTAINED && !taken.has(f.column) && !settledColumns.has(f.column),
    );
    if (also.length === 0) continue;
    columns.delete(factId);
    ambiguous.push({ factId, columns: [column, ...new Set(also.map((f) => f.column))].sort((a, b) => a - b) });
  }

  const order = (id: string) => factOrder.indexOf(id);
  ambiguous.sort((a, b) => order(a.factId) - order(b.factId));
  contested.sort((a, b) => a.column - b.column);
  return { columns, ambiguous, contested };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const sortIds = (ids: string[], order: readonly string[]) => [...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b));
