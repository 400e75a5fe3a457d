import type { FactDeclaration } from '../agreement/types';
import { KVOT_HEADER_PREFIX } from '../payout/columns.types';
import { AGE_GROUP, headerPieces, isNoise, fold, sameWord, Vocabulary, type Piece } from './headerWords';

/**
 * How well a header fits a fact, deterministic and independent of the other columns:
 * - `exact` (3): the header's words are exactly a synonym's words, in any order and inflection
 *   ("Använder PREM" = "PREM använd", "Datum för redovisning" = "Redovisningsdatum");
 * - `contained` (2): a synonym's words plus words that only qualify it: remarks in parentheses,
 *   the fact's own words ("SVF" for inclusion), a general word for its kind of value ("andel",
 *   "grad" for a rate; "mängd" for a count; "datum" for a date) or "totalt", "prel", "SCB";
 * - `partial` (1): some words in common: never a match, only a candidate for the closest header
 *   named when a column is missing ("PREM-uppföljning" for PREM used);
 * - `none` (0): no word in common (a similar spelling may still make it the closest header: "Lkod").
 * A header that adds any other word is about something else: "Befolkningsförändring",
 * "Befolkningstäthet", "PREM-svarsfrekvens", "Redovisning av avvikelser" are no match.
 */
export type MatchTier = 0 | 1 | 2 | 3;
export const EXACT: MatchTier = 3;
export const CONTAINED: MatchTier = 2;
export const PARTIAL: MatchTier = 1;

/**
 * A partial fit worth naming as the closest header: a word in common and half the words, or a
 * spelling this similar ("Lkod" for "Länskod").
 */
export function worthNaming(score: HeaderScore): boolean {
  return (score.paired > 0 && score.closeness >= 0.5) || score.closeness >= 0.7;
}

export interface HeaderScore {
  tier: MatchTier;
  /** Words of the synonym found in the header: among matches, the more the more specific. */
  paired: number;
  /** 0..1: how close the header comes to a synonym, for naming the closest header. */
  closeness: number;
}

export const NO_MATCH: HeaderScore = { tier: 0, paired: 0, closeness: 0 };

/** One number that orders scores: tier, then specificity, then closeness. */
export function scoreRank(score: HeaderScore): number {
  return score.tier * 1_000_000 + score.paired * 1_000 + Math.round(score.closeness * 999);
}

/** Words that qualify a header without changing what it names, for any fact. */
const QUALIFIERS = [
  'total',
  'totalt',
  'samtliga',
  'alla',
  'hela',
  'sammantaget',
  'sammanlagt',
  'all',
  'overall',
  'prel',
  'preliminar',
  'preliminart',
  'preliminary',
  'slutlig',
  'slutligt',
  'final',
  'utfall',
  'faktisk',
  'faktiskt',
  'actual',
  'exempel',
  'exempelvarde',
  'example',
  'illustrativ',
  'uppdaterad',
  'updated',
  'reviderad',
  'revised',
  // Who the figure comes from or goes to; the subject of every row.
  'scb',
  'kalla',
  'source',
  'socialstyrelsen',
  'skr',
  'rcc',
  'region',
  'lan',
  'county',
  // Question-style headers: "Har regionen använt PREM?".
  'har',
  'has',
  'have',
  'did',
  'does',
];

/**
 * Words that change the scale or the group of a value: never a mere remark, even in parentheses,
 * so "Antal invånare (tusental)" or "Befolkning 0–17 år" is not read as the population without the
 * user choosing it. AGE_GROUP stands for an age range the header names (headerWords.ts).
 */
const SCALES = ['tusental', 'tusen', 'thousand', 'thousands', 'miljoner', 'miljontal', 'million', 'millions', 'hundratal', AGE_GROUP];

/** General words for a kind of value: "Inklusionsandel" is the inclusion, "Befolkningsandel" is not the population. */
const KIND_WORDS: Record<string, string[]> = {
  percent: ['andel', 'grad', 'niva', 'varde', 'kvot', 'share', 'rate', 'level', 'ratio', 'value'],
  number: ['mangd', 'siffra', 'tal', 'storlek', 'varde', 'figure', 'count', 'size', 'value'],
  boolean: ['status', 'flagga', 'flag', 'uppfyllt', 'uppfylld', 'genomford', 'inford', 'finns'],
  date: ['datum', 'date', 'day', 'tidpunkt'],
  text: [],
  regionName: ['namn', 'name', 'benamning'],
  regionCode: ['kod', 'code', 'nummer', 'nr', 'id'],
};

interface Synonym {
  text: string;
  pieces: string[];
  bigrams: Map<string, number>;
}

/** A fact ready for matching: its synonyms as pieces, and the words that may qualify it. */
export interface FactMatcher {
  fact: FactDeclaration;
  synonyms: Synonym[];
  /** The fact's own words, general words for its kind and qualifiers. */
  soft: string[];
  /** First two letters of every synonym word: a header with none of them cannot match. */
  starts: Set<string>;
}

/** The facts compiled against one vocabulary (all their synonyms plus the base words). */
export interface Matchers {
  vocabulary: Vocabulary;
  facts: FactMatcher[];
}

export function compileFacts(facts: readonly FactDeclaration[]): Matchers {
  const vocabulary = Vocabulary.of(facts.flatMap((f) => [...f.headers.sv, ...f.headers.en]));
  return { vocabulary, facts: facts.map((fact) => compileFact(fact, [...fact.headers.sv, ...fact.headers.en], vocabulary)) };
}

/** A matcher for one header text given for a fact (an explicit mapping), with the fact's qualifiers. */
export function compileText(fact: FactDeclaration, text: string, vocabulary: Vocabulary): FactMatcher {
  const matcher = compileFact(fact, [text], vocabulary);
  const own = compileFact(fact, [...fact.headers.sv, ...fact.headers.en], vocabulary);
  return { ...matcher, soft: [...new Set([...matcher.soft, ...own.soft])] };
}

function compileFact(fact: FactDeclaration, texts: string[], vocabulary: Vocabulary): FactMatcher {
  const synonyms: Synonym[] = [];
  for (const text of texts) {
    const pieces = headerPieces(text, vocabulary).map((p) => p.text);
    if (pieces.length > 0 && !synonyms.some((s) => s.pieces.join(' ') === pieces.join(' '))) {
      synonyms.push({ text, pieces, bigrams: bigrams(pieces.join('')) });
    }
  }
  const own = synonyms.flatMap((s) => s.pieces);
  const kind = [...(KIND_WORDS[fact.type] ?? []), ...(fact.role ? (KIND_WORDS[fact.role] ?? []) : [])];
  return { fact, synonyms, soft: [...new Set([...own, ...kind, ...QUALIFIERS])], starts: new Set(own.map((w) => w.slice(0, 2))) };
}

/** A header cell prepared once for scoring against every fact. */
export interface PreparedHeader {
  text: string;
  pieces: Piece[];
  /** Letter pairs of the header's words (noise dropped), for spelling similarity. */
  bigrams: Map<string, number>;
  /** Kvot's own output columns ("Kvot: Andel") are never read as facts. */
  own: boolean;
}

export function prepareHeader(text: string, vocabulary: Vocabulary): PreparedHeader {
  const own = text.trim().startsWith(KVOT_HEADER_PREFIX.trim());
  const letters = lettersOf(text);
  return { text, pieces: own || letters === '' ? [] : headerPieces(text, vocabulary), bigrams: bigrams(letters), own };
}

const lettersOf = (text: string) =>
  fold(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '' && !isNoise(w))
    .join('');

/**
 * The best fit of a header for a fact over its synonyms. With `matchOnly` the closeness of a header
 * sharing no word with the fact is not worked out (it is 0): enough to find the matches.
 */
export function scoreHeader(matcher: FactMatcher, header: PreparedHeader, matchOnly = false): HeaderScore {
  if (header.own || header.bigrams.size === 0) return NO_MATCH;
  if (matchOnly && !header.pieces.some((p) => matcher.starts.has(p.text.slice(0, 2)))) return NO_MATCH;
  let best = NO_MATCH;
  for (const synonym of matcher.synonyms) {
    const score = scoreSynonym(synonym, matcher.soft, header);
    if (scoreRank(score) > scoreRank(best)) best = score;
  }
  return best;
}

function scoreSynonym(synonym: Synonym, soft: string[], header: PreparedHeader): HeaderScore {
  const pairs = pairPieces(
    synonym.pieces,
    header.pieces.map((p) => p.text),
  );
  const paired = pairs.filter((p) => p >= 0).length;
  const used = new Set(pairs);
  const extra = header.pieces.filter((_, i) => !used.has(i));
  if (paired === synonym.pieces.length && extra.length === 0) return { tier: EXACT, paired, closeness: 1 };

  const spelling = dice(synonym.bigrams, header.bigrams);
  const overlap = header.pieces.length === 0 ? 0 : paired / Math.max(synonym.pieces.length, header.pieces.length);
  const closeness = Math.max(spelling, overlap);
  if (paired < synonym.pieces.length) return { tier: paired > 0 ? PARTIAL : 0, paired, closeness };
  // Extra words qualify only when they are the fact's own, general for its kind, or plain qualifiers
  // ("(exempelvärde)", "SCB"), in parentheses or not: "Inklusion (mål)", "Inklusion (prognos)",
  // "PREM (planerad)" are other columns, offered as the closest header rather than read.
  const qualifies = extra.every((p) => !SCALES.includes(p.text) && soft.some((w) => sameWord(w, p.text)));
  return { tier: qualifies ? CONTAINED : PARTIAL, paired, closeness };
}

/**
 * For each synonym piece, the index of the header piece it pairs with (-1 if none): a maximum
 * matching, exact equality preferred, so word order and repeats never change the result.
 */
function pairPieces(wanted: string[], found: string[]): number[] {
  const owner = new Array<number>(found.length).fill(-1);
  const edges = wanted.map((w) => {
    const exact = found.flatMap((f, i) => (f === w ? [i] : []));
    const inflected = found.flatMap((f, i) => (f !== w && sameWord(f, w) ? [i] : []));
    return [...exact, ...inflected];
  });
  const augment = (w: number, seen: Set<number>): boolean => {
    for (const f of edges[w]) {
      if (seen.has(f)) continue;
      seen.add(f);
      if (owner[f] === -1 || augment(owner[f], seen)) {
        owner[f] = w;
        return true;
      }
    }
    return false;
  };
  wanted.forEach((_, w) => augment(w, new Set()));
  const pairs = new Array<number>(wanted.length).fill(-1);
  owner.forEach((w, f) => {
    if (w >= 0) pairs[w] = f;
  });
  return pairs;
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const gram = text.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice similarity of two bigram multisets, 0..1. */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  let common = 0;
  for (const n of a.values()) total += n;
  for (const [gram, n] of b) {
    total += n;
    common += Math.min(n, a.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * common) / total;
}
