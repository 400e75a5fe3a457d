/**
 * A region's name reduced to what identifies it, so that one region written two ways is seen as one:
 * "Region Stockholm" = "Stockholms län" = "stockholm" = "Stockholms läns landsting"; "Västra
 * Götalandsregionen" = "Västra Götaland"; "Region Jämtland Härjedalen" = "Jämtlands län";
 * "Region Sörmland" = "Södermanlands län"; "Jönköpings" = "Jönköping". Case, accents, punctuation,
 * the words region, län, landsting and a genitive s at the end are ignored.
 */
export function regionIdentity(name: string): string {
  let words = plainLetters(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  words = words.filter((w) => !FILLER.has(w));
  if (words.length > 0) {
    const last = words.length - 1;
    words[last] = words[last].replace(/regionen$/, '');
    // The genitive, as in "Stockholms län" or a table's "Jönköpings": "stockholm", "jonkoping".
    if (words[last].length > 3) words[last] = words[last].replace(/s$/, '');
  }
  const joined = words.filter((w) => w !== '').join(' ');
  // A name of nothing but filler words ("Region") is compared as written.
  if (joined === '') return name.toLocaleLowerCase('sv').trim();
  return ALIASES.get(joined) ?? joined;
}

/**
 * Lowercase without accents. Plain ASCII text has neither Swedish case rules nor accents: it skips the
 * locale and the decomposition (a name and a code per row, 20 000 rows).
 */
function plainLetters(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{M}/gu, '');
}
/** Printable ASCII only (space to tilde); anything else takes the full path. */
const ASCII = /^[ -~]*$/;

const FILLER = new Set(['region', 'regionen', 'lan', 'lans', 'landsting', 'landstinget', 'i']);

/** Names of one region that differ by more than the words above (older county and council names). */
const ALIASES = new Map([
  ['sodermanland', 'sormland'],
  ['jamtland', 'jamtland harjedalen'],
  ['gotlands kommun', 'gotland'],
]);

/** A region code as compared: digits as a number ("01" = "1"), anything else without case or spacing. */
export function codeKey(code: string): string {
  const text = code.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (/^\d+$/.test(text)) return String(BigInt(text));
  return ASCII.test(text) ? text.toLowerCase() : text.toLocaleLowerCase('sv');
}

/** Codes equal as written, or as numbers when both are digits ("01" = "1"); letters ignore case. */
export const sameRegionCode = (a: string, b: string): boolean => codeKey(a) === codeKey(b);

/** True when `label` names the region: its code (leading zeros optional), or its name in any of its forms. */
export function namesRegion(label: string, region: { code: string | null; name: string }): boolean {
  return (region.code !== null && sameRegionCode(region.code, label)) || regionIdentity(region.name) === regionIdentity(label);
}

/**
 * Finds listed or read regions by code or name in constant time: one map of code keys, one of
 * name identities, built once (a 20 000-row table is matched without a scan per row).
 */
export class RegionIndex<T> {
  private readonly byCode = new Map<string, T>();
  private readonly byName = new Map<string, T>();

  constructor(items: readonly T[], code: (item: T) => string | null, name: (item: T) => string) {
    for (const item of items) {
      const c = code(item);
      if (c !== null && !this.byCode.has(codeKey(c))) this.byCode.set(codeKey(c), item);
      const n = regionIdentity(name(item));
      if (!this.byName.has(n)) this.byName.set(n, item);
    }
  }

  code(code: string): T | undefined {
    return this.byCode.get(codeKey(code));
  }

  name(name: string): T | undefined {
    return this.byName.get(regionIdentity(name));
  }
}
