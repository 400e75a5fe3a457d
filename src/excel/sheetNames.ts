/** Excel's limits on worksheet names. */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;

/** A name Excel accepts: forbidden characters become "-", no quote at either end, not blank, not "History". */
function acceptable(suggested: string): string {
  const name = suggested
    .replace(FORBIDDEN, '-')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  return name === '' || name.toLowerCase() === 'history' ? 'Kvot' : name;
}

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * The suggested name if no sheet has it, else the first free "name (2)", "name (3)"... Excel compares
 * sheet names without case; long names are cut so the suffix fits in 31 characters.
 */
export function freeSheetName(suggested: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const base = acceptable(suggested);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = `${cut(base, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
