/** Shared by the benchmarks: medians, and one JSON object per line under --json. */
export const JSON_OUT = process.argv.includes('--json');

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A line for people: on stdout normally, on stderr under --json (stdout is then only JSON). */
export function say(line = ''): void {
  (JSON_OUT ? process.stderr : process.stdout).write(`${line}\n`);
}

/** A figure for machines: one JSON object per line, under --json only. */
export function emit(record: Record<string, string | number>): void {
  if (JSON_OUT) process.stdout.write(`${JSON.stringify(record)}\n`);
}

/** Right-aligned columns, the first left-aligned. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
