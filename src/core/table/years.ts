/**
 * The years (1990–2100) a header names: "Inklusion SVF H1 2025" → [2025], "Befolkning 2023-11-01" →
 * [2023], "(nov 2023)" → [2023], "2023/24" → [2023, 2024]. A number that is part of a longer one is
 * no year.
 */
export function headerYears(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/(?<!\d)(\d{4})(?:\s*[/–-]\s*(\d{2})(?!\d))?(?!\d)/g)) {
    const year = Number(m[1]);
    if (year < 1990 || year > 2100) continue;
    years.add(year);
    if (m[2] !== undefined) {
      const next = Math.floor(year / 100) * 100 + Number(m[2]);
      if (next === year + 1) years.add(next);
    }
  }
  return [...years].sort((a, b) => a - b);
}
