import svf2015 from '../../rules/svf-2015.json';
import svf2016 from '../../rules/svf-2016.json';
import svf2017 from '../../rules/svf-2017.json';
import svf2018 from '../../rules/svf-2018.json';
import svf2019 from '../../rules/svf-2019.json';
import svf2020 from '../../rules/svf-2020.json';
import svf2021 from '../../rules/svf-2021.json';
import svf2024 from '../../rules/svf-2024.json';
import svf2025 from '../../rules/svf-2025.json';
import svf2026 from '../../rules/svf-2026.json';
import rcc2024 from '../../rules/rcc-2024.json';

/** A rule file shipped with the pane; loaded (validated) only when chosen. */
export interface BundledRule {
  /** File name without extension, e.g. "svf-2024"; also the select value. */
  id: string;
  fileName: string;
  year: number | null;
  /** What the file is about, as the list names it: "SVF", "RCC" (the id's first word). */
  kind: string;
  json: unknown;
}

function yearOf(json: unknown): number | null {
  const year = typeof json === 'object' && json !== null ? (json as { year?: unknown }).year : undefined;
  return typeof year === 'number' ? year : null;
}

function bundled(id: string, json: unknown): BundledRule {
  return { id, fileName: `${id}.json`, year: yearOf(json), kind: id.split('-')[0].toUpperCase(), json };
}

/** Newest first, so the likeliest year is at the top of the list; the RCC money after the regions' years. */
export const BUNDLED_RULES: readonly BundledRule[] = [
  bundled('svf-2026', svf2026),
  bundled('svf-2025', svf2025),
  bundled('svf-2024', svf2024),
  bundled('svf-2021', svf2021),
  bundled('svf-2020', svf2020),
  bundled('svf-2019', svf2019),
  bundled('svf-2018', svf2018),
  bundled('svf-2017', svf2017),
  bundled('svf-2016', svf2016),
  bundled('svf-2015', svf2015),
  bundled('rcc-2024', rcc2024),
];

/** The bundled file an edited rule set is compared with: the one of its id, else of its year and kind. */
export function bundledFor(id: unknown, year: unknown): BundledRule | undefined {
  const kind = typeof id === 'string' ? id.split('-')[0].toUpperCase() : 'SVF';
  return BUNDLED_RULES.find((r) => r.id === id) ?? BUNDLED_RULES.find((r) => r.year === year && r.kind === kind);
}
