/**
 * A region's name reduced to what identifies it, so that one region written two ways is seen as one:
 * "Region Stockholm" = "Stockholms län" = "stockholm" = "Stockholms läns landsting"; "Västra
 * Götalandsregionen" = "Västra Götaland"; "Region Jämtland Härjedalen" = "Jämtlands län";
 * "Region Sörmland" = "Södermanlands län". Case, accents, punctuation and the words region, län,
 * landsting are ignored, as is the genitive s before them.
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
    // The genitive before a dropped "län"/"landsting": "Stockholms län" → "stockholm".
    if (dropsGenitive(name)) words[last] = words[last].replace(/s$/, '');
  }
  const joined = words.filter((w) => w !== '').join(' ');
  // A name of nothing but filler words ("Region") is compared as written.
  if (joined === '') return name.toLocaleLowerCase('sv').trim();
  return ALIASES.get(joined) ?? joined;
}

const FILLER = new Set(['region', 'regionen', 'lan', 'lans', 'landsting', 'landstinget', 'i']);

/** "Stockholms län", "Kalmar läns landsting": the name before län/landsting is in the genitive. */
const dropsGenitive = (name: string): boolean => /s\s+(län|lans|läns|landsting)\b/iu.test(name.normalize('NFC'));

/** Names of one region that differ by more than the words above (older county and council names). */
const ALIASES = new Map([
  ['sodermanland', 'sormland'],
  ['jamtland', 'jamtland harjedalen'],
  ['vastra gotalands', 'vastra gotaland'],
  ['gotlands kommun', 'gotland'],
]);
