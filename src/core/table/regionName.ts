import { isAsciiAlnum, isAsciiDigit, isAsciiLetter } from './ascii';

/**
 * A region's name reduced to what identifies it, so that one region written two ways is seen as one:
 * "Region Stockholm" = "Stockholms län" = "stockholm" = "Stockholms läns landsting"; "Västra
 * Götalandsregionen" = "Västra Götaland"; "Region Jämtland Härjedalen" = "Jämtlands län";
 * "Region Sörmland" = "Södermanlands län"; "Jönköpings" = "Jönköping". Case, accents, punctuation,
 * the words region, län, landsting and a genitive s at the end are ignored.
 */
export function regionIdentity(name: string): string {
  const words =
    asciiWords(name) ??
    plainLetters(name)
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
 * For printable ASCII (else null): the runs of letters and digits, lowercased, that are no filler
 * word: what the \p{L}\p{N} split and the filter give for it, by one pass over the characters (a
 * name per row), with no regex and no lowercase copy of the whole name.
 */
function asciiWords(text: string): string[] | null {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (c < 0x20 || c > 0x7e) return null;
    const alnum = isAsciiAlnum(c);
    if (alnum && start < 0) start = i;
    else if (!alnum && start >= 0) {
      if (!isFillerAt(text, start, i)) words.push(text.slice(start, i).toLowerCase());
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

/**
 * Whether text[start, end), ASCII letters and digits, is a filler word in any case, compared in place
 * (no string made for every word of every name).
 */
function isFillerAt(text: string, start: number, end: number): boolean {
  for (let w = 0; w < FILLER_WORDS.length; w++) {
    const word = FILLER_WORDS[w];
    if (word.length !== end - start) continue;
    let k = 0;
    // Filler words are lowercase letters: a letter matches in either case, a digit never.
    while (k < word.length && (text.charCodeAt(start + k) | 0x20) === word.charCodeAt(k)) k++;
    if (k === word.length) return true;
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
  const plain = plainCode(code);
  if (plain === 'digits') return digitKey(code);
  if (plain === 'alphanumeric') return code.toLowerCase();
  const text = code.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (DIGITS.test(text)) return digitKey(text);
  return ASCII.test(text) ? text.toLowerCase() : text.toLocaleLowerCase('sv');
}
/** Whether a code is ASCII digits only, ASCII letters and digits, or anything else (null), by its characters. */
function plainCode(code: string): 'digits' | 'alphanumeric' | null {
  if (code.length === 0) return null;
  let digits = true;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (isAsciiDigit(c)) continue;
    if (!isAsciiLetter(c)) return null;
    digits = false;
  }
  return digits ? 'digits' : 'alphanumeric';
}
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
