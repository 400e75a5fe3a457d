import localization from '../functions/localization.json';

/**
 * A formula as Excel may hand it back, made comparable with the one Kvot wrote: Excel can change
 * spacing and letter case, prefix newer functions (_xlfn.LET), and show a Kvot function under its
 * name in the other language. Texts in quotes are kept as they are.
 */
export function formulaKey(formula: unknown): string {
  const text = String(formula ?? '');
  let key = '';
  let at = 0;
  while (at < text.length) {
    if (text[at] === '"') {
      // A quoted text, "" inside it being one quote.
      let end = at + 1;
      while (end < text.length && !(text[end] === '"' && text[end + 1] !== '"')) end += text[end] === '"' ? 2 : 1;
      key += text.slice(at, end + 1);
      at = end + 1;
      continue;
    }
    const next = text.indexOf('"', at);
    const plain = text.slice(at, next < 0 ? text.length : next);
    key += plain
      .replace(/\s+/g, '')
      .toUpperCase()
      .replace(/_XL(?:FN|WS|UDF)\./g, '')
      .replace(KVOT_NAME, (_, name: string) => `${NAMESPACE}.${ids.get(name) ?? name}`);
    at = next < 0 ? text.length : next;
  }
  return key;
}

/** True when two formulas are the same but for what Excel may change in them. */
export const sameFormula = (a: unknown, b: unknown): boolean => formulaKey(a) === formulaKey(b);

const NAMESPACE = localization.namespace.toUpperCase();
const KVOT_NAME = new RegExp(`${NAMESPACE}\\.([\\p{L}\\p{N}_.]+)(?=\\()`, 'gu');
/** Every name of every Kvot function (either language, upper case) → its id. */
const ids = new Map<string, string>(
  Object.entries(localization.functions).flatMap(([id, entry]) => [
    [entry.en.toUpperCase(), id],
    [entry.sv.name.toUpperCase(), id],
  ]),
);
