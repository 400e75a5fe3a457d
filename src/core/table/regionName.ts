/**
 * A region's name reduced to what identifies it, so that one region written two ways is seen as one:
 * "Region Stockholm" = "Stockholms län" = "stockholm" = "Stockholms läns landsting"; "Västra
 * Götalandsregionen" = "Västra Götaland"; "Region Jämtland Härjedalen" = "Jämtlands län";
 * "Region Sörmland" = "Södermanlands län"; "Jönköpings" = "Jönköping". Case, accents, punctuation,
 * the words region, län, landsting and a genitive s at the end are ignored.
 */
export function regionIdentity(name: string): string {
  let words = name
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
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

const FILLER = new Set(['region', 'regionen', 'lan', 'lans', 'landsting', 'landstinget', 'i']);

/** Names of one region that differ by more than the words above (older county and council names). */
const ALIASES = new Map([
  ['sodermanland', 'sormland'],
  ['jamtland', 'jamtland harjedalen'],
  ['gotlands kommun', 'gotland'],
]);

/** Codes equal as written, or as numbers when both are digits ("01" = "1"); letters ignore case. */
export function sameRegionCode(a: string, b: string): boolean {
  const x = a.trim();
  const y = b.trim();
  if (/^\d+$/.test(x) && /^\d+$/.test(y)) return BigInt(x) === BigInt(y);
  return x.toLocaleLowerCase('sv') === y.toLocaleLowerCase('sv');
}
