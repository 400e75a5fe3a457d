import svf2021 from '../../rules/svf-2021.json';
import svf2024 from '../../rules/svf-2024.json';
import svf2025 from '../../rules/svf-2025.json';

/** A rule file shipped with the pane; loaded (validated) only when chosen. */
export interface BundledRule {
  /** File name without extension, e.g. "svf-2024"; also the select value. */
  id: string;
  fileName: string;
  year: number | null;
  json: unknown;
}

function yearOf(json: unknown): number | null {
  const year = typeof json === 'object' && json !== null ? (json as { year?: unknown }).year : undefined;
  return typeof year === 'number' ? year : null;
}

function bundled(id: string, json: unknown): BundledRule {
  return { id, fileName: `${id}.json`, year: yearOf(json), json };
}

/** Newest first, so the likeliest year is at the top of the list. */
export const BUNDLED_RULES: readonly BundledRule[] = [
  bundled('svf-2025', svf2025),
  bundled('svf-2024', svf2024),
  bundled('svf-2021', svf2021),
];
