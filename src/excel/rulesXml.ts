/**
 * The custom XML part that carries a rule set inside the workbook:
 *   <kvotRules xmlns="urn:kvot:rules:v1" schemaVersion="1"><![CDATA[{...rule JSON...}]]></kvotRules>
 * Pure text in, text out, so it is tested without Excel.
 */

/** getByNamespace finds the part by this namespace; a new major format gets a new namespace. */
export const RULES_NAMESPACE = 'urn:kvot:rules:v1';
export const RULES_SCHEMA_VERSION = '1';
const ROOT = 'kvotRules';

/** Characters XML 1.0 cannot hold at all, not even in CDATA (astral pairs are fine, lone surrogates are not). */
const NOT_XML = /[^\t\n\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}\r]/gu;

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0');

/**
 * The JSON as the content of the root element. CDATA cannot hold "]]>", and XML readers turn a CR
 * into LF, so both go outside CDATA ("]]" ends one section, ">" starts the next; CR as &#13;) and
 * the text reads back exactly. Characters XML forbids can only sit inside JSON strings (the text was
 * checked to be JSON), where the \uXXXX escape means the same.
 */
function encodeContent(json: string): string {
  const legal = json.replace(NOT_XML, (ch) => [...ch].map((unit) => `\\u${hex4(unit.charCodeAt(0))}`).join(''));
  const escaped = legal.replace(/]]>|\r/g, (match) => (match === '\r' ? ']]>&#13;<![CDATA[' : ']]]]><![CDATA[>'));
  return `<![CDATA[${escaped}]]>`;
}

/** The XML of the part; throws, before anything is written, when the text is not JSON. */
export function rulesToXml(json: string): string {
  try {
    JSON.parse(json);
  } catch (error) {
    throw new Error(`The rule set to save in the workbook is not JSON: ${(error as Error).message}`);
  }
  return `<${ROOT} xmlns="${RULES_NAMESPACE}" schemaVersion="${RULES_SCHEMA_VERSION}">${encodeContent(json)}</${ROOT}>`;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string, where: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);|&/g, (match, name: string | undefined) => {
    if (name === undefined) throw new Error(`${where}: a bare "&" in the text.`);
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const char = ENTITIES[name];
    if (char === undefined) throw new Error(`${where}: unknown entity ${match}.`);
    return char;
  });
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? (match[1] ?? match[2]) : null;
}

/**
 * The rule JSON from the part's XML, as Excel gives it back (it may add a declaration, a namespace
 * prefix, or turn CDATA into escaped text). Throws, naming the part, on anything else.
 */
export function rulesFromXml(xml: string): string {
  const where = `The rules saved in this workbook (custom XML part ${RULES_NAMESPACE})`;
  const start = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${ROOT}(\\s[^>]*?)?(/?)>`).exec(xml);
  if (!start) throw new Error(`${where}: no <${ROOT}> element.`);
  const attributes = start[2] ?? '';
  const version = attribute(attributes, 'schemaVersion');
  if (version !== RULES_SCHEMA_VERSION) {
    throw new Error(
      `${where}: schema version ${version === null ? '(none)' : `"${version}"`}; this version of Kvot reads version ${RULES_SCHEMA_VERSION}.`,
    );
  }
  if (start[3] === '/') throw new Error(`${where}: the element is empty.`);
  const close = `</${start[1]}${ROOT}>`;
  const from = start.index + start[0].length;
  const to = xml.lastIndexOf(close);
  if (to < from) throw new Error(`${where}: no closing ${close}.`);

  let text = '';
  let at = from;
  while (at < to) {
    if (xml.startsWith('<![CDATA[', at)) {
      const end = xml.indexOf(']]>', at);
      if (end < 0 || end > to) throw new Error(`${where}: an unclosed CDATA section.`);
      text += xml.slice(at + 9, end);
      at = end + 3;
    } else if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at);
      if (end < 0 || end > to) throw new Error(`${where}: an unclosed comment.`);
      at = end + 3;
    } else if (xml[at] === '<') {
      throw new Error(`${where}: unexpected markup "${xml.slice(at, at + 20)}".`);
    } else {
      const next = xml.indexOf('<', at);
      const end = next < 0 || next > to ? to : next;
      // XML readers normalise raw line ends; a CR meant as data is written as &#13;.
      text += decodeEntities(xml.slice(at, end).replace(/\r\n?/g, '\n'), where);
      at = end;
    }
  }
  return text;
}
