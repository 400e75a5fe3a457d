/**
 * A region's name reduced to what identifies it, so that one region written two ways is seen as one:
 * "Region Stockholm" = "Stockholms län" = "stockholm" = "Stockholms läns landsting"; "Västra
 * Götalandsregionen" = "Västra Götaland"; "Region Jämtland Härjedalen" = "Jämtlands län";
 * "Region Sörmland" = "Södermanlands län"; "Jönköpings" = "Jönköping". Case, accents, punctuation,
 * the words region, län, landsting and a genitive s at the end are ignored.
 */
export function regionIdentity(name: string): string {
  const words = ASCII.test(name)
    ? asciiWords(name.toLowerCase())
    : plainLetters(name)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .split(' ')
        .filter((w) => w !== '' && !FILLER.has(w));
  if (words.length > 0) {
    const last = words.length - 1;
    if (words[last].endsWith('regionen')) words[last] = words[last].slice(0, -'regionen'.length);
    // The genitive, as in "Stockholms län" or a table's "Jönköpings": "stockholm", "jonkoping".
    if (words[last].length > 3 && words[last].endsWith('s')) words[last] = words[last].slice(0, -1);
  }
  const joined = words.length === 1 ? words[0] : words.filter((w) => w !== '').join(' ');
  // A name of nothing but filler words ("Region") is compared as written.
  if (joined === '') return name.toLocaleLowerCase('sv').trim();
  return ALIASES.get(joined) ?? joined;
}

/**
 * The runs of letters and digits of lowercase printable ASCII that are no filler word: what the
 * \p{L}\p{N} split and the filter give for it, by one pass over the characters (a name per row).
 */
function asciiWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum && start < 0) start = i;
    else if (!alnum && start >= 0) {
      if (!isFillerAt(text, start, i)) words.push(text.slice(start, i));
      start = -1;
    }
  }
  return words;
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
const FILLER_WORDS = [...FILLER];

/** Whether text[start, end) is a filler word, compared in place (no string made for every word of every name). */
function isFillerAt(text: string, start: number, end: number): boolean {
  for (let w = 0; w < FILLER_WORDS.length; w++) {
    const word = FILLER_WORDS[w];
    if (word.length === end - start && text.startsWith(word, start)) return true;
  }
  return false;
}

/** Names of one region that differ by more than the words above (older county and council names). */
const ALIASES = new Map([
  ['sodermanland', 'sormland'],
  ['jamtland', 'jamtland harjedalen'],
  ['gotlands kommun', 'gotland'],
]);

/** A region code as compared: digits as a number ("01" = "1"), anything else without case or spacing. */
export function codeKey(code: string): string {
  // Most codes are a few plain digits or letters ("01", "R12"): no spaces to fold, no regex.
  if (PLAIN_CODE.test(code)) return DIGITS.test(code) ? digitKey(code) : code.toLowerCase();
  const text = code.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (DIGITS.test(text)) return digitKey(text);
  return ASCII.test(text) ? text.toLowerCase() : text.toLocaleLowerCase('sv');
}
const PLAIN_CODE = /^[0-9A-Za-z]+$/;
const DIGITS = /^\d+$/;
/** Digits as the number they write, without leading zeros ("007" = "7"); BigInt only past 15 digits. */
const digitKey = (digits: string): string => (digits.length <= 15 ? String(Number(digits)) : String(BigInt(digits)));

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
