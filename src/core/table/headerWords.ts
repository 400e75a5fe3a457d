/**
 * Header text as the words that carry its meaning. People write "Befolkning 31 dec 2023",
 * "Inklusionsgrad (%)", "Använder PREM" or "Datum för redovisning"; the matcher compares what is
 * left after dropping what never names a fact (years, dates, half-years, months, units, yes/no
 * hints, stop words), splitting Swedish compounds against a vocabulary and ignoring inflections.
 */

/** A meaningful piece of a header: a word, or one part of a compound ("redovisning" of "Redovisningsdatum"). */
export interface Piece {
  /** Lowercase, accents removed. */
  text: string;
  /** Written inside parentheses: a remark such as "(exempelvärde)" or "(datum)". */
  aside: boolean;
}

/** Words dropped wherever they appear: periods, months, units and value hints, stop words. */
/** Joins the parts of a hyphenated compound while words are split: a private-use character no header holds. */
const JOINER = '\uE000';

/** The piece that stands for an age range in a header; never a word of a synonym. */
export const AGE_GROUP = '\uE001age';
/** "0–17 år", "65+", "65 år och äldre", "aged 18–64", "under 18 år". */
const AGE_RANGE = [
  /\d+\s*[-\u2013\u2014]\s*\d+\s*(ar|years?|yrs?)\b/u,
  /\d+\s*\+/u,
  /\d+\s*(ar|years?)\s+(och|and)\s+(aldre|yngre|over|under|older|younger)/u,
  /\b(aged?|alder|under|over)\s+\d+\s*(ar|years?)?\b/u,
];

const NOISE = new Set([
  // Periods and their words ("H1 2025" leaves "h", dropped as a single letter).
  'ar',
  'aret',
  'arets',
  'year',
  'years',
  'halvar',
  'halvaret',
  'halvarsvis',
  'helar',
  'helaret',
  'half',
  'kvartal',
  'kvartalet',
  'quarter',
  'tertial',
  'tertialet',
  'manad',
  'manaden',
  'month',
  'vecka',
  'week',
  'ht',
  'vt',
  'kv',
  'forsta',
  'andra',
  'first',
  'second',
  'period',
  'perioden',
  'dag',
  // Months, Swedish and English, with their abbreviations.
  'jan',
  'januari',
  'january',
  'feb',
  'febr',
  'februari',
  'february',
  'mar',
  'mars',
  'march',
  'apr',
  'april',
  'maj',
  'may',
  'jun',
  'juni',
  'june',
  'jul',
  'juli',
  'july',
  'aug',
  'augusti',
  'august',
  'sep',
  'sept',
  'september',
  'okt',
  'oktober',
  'oct',
  'october',
  'nov',
  'november',
  'dec',
  'december',
  // Units and what a column holds.
  'kr',
  'sek',
  'tkr',
  'mkr',
  'msek',
  'st',
  'pct',
  'procent',
  'percent',
  'antal',
  'number',
  'no',
  'ja',
  'nej',
  'yes',
  // Stop words.
  'for',
  'av',
  'pa',
  'om',
  'och',
  'med',
  'per',
  'till',
  'tom',
  'fr',
  'fran',
  'vid',
  'enligt',
  'under',
  'efter',
  'samt',
  'som',
  'den',
  'det',
  'de',
  'en',
  'ett',
  'of',
  'the',
  'in',
  'on',
  'at',
  'by',
  'and',
  'an',
  'as',
  'with',
  'from',
  'to',
  'is',
  'sedan',
  'since',
  'senast',
  'latest',
]);

/**
 * Endings that inflect a word without changing what it names: "använd/använda/använder",
 * "enkät/enkäter", "region/regionens", "report/reported". Two words are the same word when they
 * share a stem of three letters or more and each ends in one of these after it. English verbs on
 * -e ("use/used/uses/using") may keep a stem of two letters.
 */
const ENDINGS = new Set([
  '',
  'a',
  'e',
  's',
  'n',
  'en',
  'et',
  'er',
  'ar',
  'or',
  'na',
  'ad',
  'at',
  'es',
  'ed',
  'ns',
  'ts',
  'ens',
  'ets',
  'ers',
  'ade',
  'ande',
  'ende',
  'arna',
  'erna',
  'orna',
  'arnas',
  'ernas',
  'ing',
  'ings',
]);
const E_VERB_ENDINGS = new Set(['e', 'ed', 'es', 'ing']);
/** Participles on -d/-t ("använd/använt", "inlämnad/inlämnat"), only after a stem of five letters or more ("land" is not "län"). */
const PARTICIPLE_ENDINGS = new Set([...ENDINGS, 'd', 't', 'da', 'de', 'der', 'dd']);
const PARTICIPLE_STEM = 5;
const MAX_ENDING = 5;
const MIN_STEM = 3;
/** Longer runs of letters are not split (a pasted note or code, not a compound). */
const MAX_COMPOUND = 40;

/**
 * Words of the domain that make compound splitting possible even where no synonym has them on their
 * own ("Redovisningsdatum" = "redovisning" + "datum", "Inklusionsmål" = "inklusion" + "mål").
 */
export const BASE_VOCABULARY: readonly string[] = [
  'region',
  'lan',
  'landsting',
  'kod',
  'code',
  'namn',
  'name',
  'befolkning',
  'folk',
  'mangd',
  'invanare',
  'inklusion',
  'inkluderade',
  'grad',
  'andel',
  'niva',
  'svf',
  'prem',
  'enkat',
  'anvand',
  'redovisning',
  'rapport',
  'inkommen',
  'inlamnad',
  'inlamning',
  'datum',
  'mal',
  'uppfoljning',
  'svar',
  'frekvens',
  'forandring',
  'tathet',
  'okning',
  'minskning',
  'tillvaxt',
  'total',
  'summa',
  'belopp',
  'utbetalning',
  'status',
];

/** Lowercase without accents: "Mängd" → "mangd". */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** True for a word that never names a fact: a number, a single letter, a period, a month, a unit, a stop word. */
export function isNoise(word: string): boolean {
  return word.length < 2 || /\d/.test(word) || NOISE.has(word);
}

/** Two words name the same thing: equal, or one stem with inflection endings ("använder" ≈ "använda"). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  const shorter = Math.min(a.length, b.length);
  while (common < shorter && a[common] === b[common]) common++;
  for (let stem = common; stem >= MIN_STEM - 1; stem--) {
    if (a.length - stem > MAX_ENDING || b.length - stem > MAX_ENDING) break;
    const endings = stem >= PARTICIPLE_STEM ? PARTICIPLE_ENDINGS : stem >= MIN_STEM ? ENDINGS : E_VERB_ENDINGS;
    if (endings.has(a.slice(stem)) && endings.has(b.slice(stem))) return true;
  }
  return false;
}

/** A set of known words for compound splitting (noise dropped, three letters or more). */
export class Vocabulary {
  private readonly words: Set<string>;
  private readonly list: string[];

  constructor(words: Iterable<string>) {
    this.words = new Set([...words].filter((w) => w.length >= MIN_STEM && !isNoise(w)));
    // Sorted for a deterministic search whatever order the words came in.
    this.list = [...this.words].sort();
  }

  /** The vocabulary of the given header texts (their words and hyphenated parts) plus BASE_VOCABULARY. */
  static of(texts: Iterable<string>): Vocabulary {
    const words: string[] = [...BASE_VOCABULARY];
    for (const text of texts) words.push(...fold(text).split(/[^\p{L}\p{N}]+/u));
    return new Vocabulary(words);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The known word that `tail` is an inflection of, if any ("graden" → "grad"). */
  inflected(tail: string): boolean {
    if (this.words.has(tail)) return true;
    for (let cut = 1; cut <= MAX_ENDING && tail.length - cut >= MIN_STEM; cut++) {
      if (ENDINGS.has(tail.slice(tail.length - cut)) && this.words.has(tail.slice(0, tail.length - cut))) return true;
    }
    return false;
  }

  /**
   * A compound split into known words, with the Swedish linking "s" between them: "redovisningsdatum"
   * → ["redovisning", "datum"], "lanskod" → ["lan", "kod"]. The last part may be inflected
   * ("inklusionsgraden"). Every part must be known; otherwise the word stays whole. Of several
   * splits, the one with the most parts, then the longest first part, wins.
   */
  split(word: string): string[] {
    if (word.length < 2 * MIN_STEM || word.length > MAX_COMPOUND) return [word];
    const memo = new Map<number, string[] | null>();
    const from = (start: number): string[] | null => {
      if (memo.has(start)) return memo.get(start)!;
      let best: string[] | null = null;
      const rest = word.slice(start);
      if (rest.length >= MIN_STEM && this.inflected(rest)) best = [rest];
      for (let end = word.length - MIN_STEM; end >= start + MIN_STEM; end--) {
        const part = word.slice(start, end);
        if (!this.words.has(part)) continue;
        for (const next of word[end] === 's' && end + 1 <= word.length - MIN_STEM ? [end, end + 1] : [end]) {
          const tail = from(next);
          if (tail && (!best || tail.length + 1 > best.length)) best = [part, ...tail];
        }
      }
      memo.set(start, best);
      return best;
    };
    const parts = from(0);
    return parts && parts.length > 1 ? parts : [word];
  }
}

/**
 * The meaningful pieces of a header: folded, split on spaces and punctuation, hyphenated and
 * closed compounds split into known words, noise dropped. Words in parentheses are marked aside.
 * "Inklusionsgrad (%), H1 2025" → inklusion, grad; "Datum för redovisning" → datum, redovisning.
 */
export function headerPieces(text: string, vocabulary: Vocabulary): Piece[] {
  const pieces: Piece[] = [];
  // Numbers are noise, but an age range is a group of people: "Befolkning 0–17 år" is not the population.
  if (AGE_RANGE.some((pattern) => pattern.test(fold(text)))) pieces.push({ text: AGE_GROUP, aside: false });
  for (const { text: segment, aside } of segments(fold(text))) {
    // A hyphen inside a word joins a compound ("PREM-enkät"); any other mark separates words.
    const words = segment.replace(/(?<=[\p{L}\p{N}])[-\u2010\u2011](?=[\p{L}\p{N}])/gu, JOINER).split(/[^\p{L}\p{N}\uE000]+/u);
    for (const word of words) {
      for (const part of word.split(JOINER)) {
        // Letters and digits apart: "H1" → "h", "1"; "HT2024" → "ht", "2024".
        for (const run of part.match(/\p{L}+|\p{N}+/gu) ?? []) {
          if (isNoise(run)) continue;
          for (const piece of vocabulary.split(run)) pieces.push({ text: piece, aside });
        }
      }
    }
  }
  return pieces;
}

/** The text cut into runs outside and inside brackets; an unclosed bracket runs to the end. */
function segments(text: string): { text: string; aside: boolean }[] {
  const out: { text: string; aside: boolean }[] = [];
  let depth = 0;
  let current = '';
  const flush = () => {
    if (current.trim() !== '') out.push({ text: current, aside: depth > 0 });
    current = '';
  };
  for (const ch of text) {
    if ('([{'.includes(ch)) {
      flush();
      depth++;
    } else if (')]}'.includes(ch)) {
      flush();
      depth = Math.max(0, depth - 1);
    } else {
      current += ch;
    }
  }
  flush();
  return out;
}

/**
 * The years (1990–2100) a header names, in order, each once: "Inklusion H1 2025" → [2025],
 * "Befolkning per 2024-11-01" → [2024], "Befolkningsmängd (nov 2023)" → [2023], "2023/24" → [2023, 2024].
 */
export function headerYears(text: string): number[] {
  const years: number[] = [];
  const add = (year: number) => {
    if (year >= 1990 && year <= 2100 && !years.includes(year)) years.push(year);
  };
  for (const m of text.matchAll(/(?<!\d)(\d{4})(?:\s*[/–-]\s*(\d{2})(?![\d-]))?(?!\d)/g)) {
    const year = Number(m[1]);
    add(year);
    // "2023/24", "2023–24": a span into the next year.
    if (m[2] !== undefined) {
      const next = Math.floor(year / 100) * 100 + Number(m[2]);
      if (next === year + 1) add(next);
    }
  }
  return years;
}
