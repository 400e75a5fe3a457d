/** Excel on the web refuses a request or a response of more bytes than this. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5_000_000;

/** Marks proxies (collection items): they are not data and count as nothing in a payload. */
export const PROXY = Symbol('fake-excel proxy');

/**
 * Bytes of a value as JSON in UTF-8: what Office.js would carry in a request or a response. Counted
 * by walking the value, as JSON.stringify would write it (proxies left out), without building the
 * text: a 20 000-row response is sized in a few milliseconds.
 */
export function jsonSize(value: unknown): number {
  return sizeOf(value) ?? 0;
}

/** Size of `value` as JSON, or undefined where JSON.stringify leaves it out (in an object) or writes null (in an array). */
function sizeOf(value: unknown): number | undefined {
  switch (typeof value) {
    case 'string':
      return stringSize(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return 4;
  if (PROXY in value) return undefined;
  const json = (value as { toJSON?: unknown }).toJSON;
  if (typeof json === 'function') return sizeOf((json as () => unknown).call(value));
  if (Array.isArray(value)) {
    let bytes = 2 + Math.max(0, value.length - 1);
    for (const item of value) bytes += sizeOf(item) ?? 4;
    return bytes;
  }
  let bytes = 2;
  let members = 0;
  for (const key of Object.keys(value)) {
    const size = sizeOf((value as Record<string, unknown>)[key]);
    if (size === undefined) continue;
    bytes += stringSize(key) + 1 + size;
    members++;
  }
  return bytes + Math.max(0, members - 1);
}

/** A string's bytes as JSON: quoted and escaped, in UTF-8. */
function stringSize(text: string): number {
  // Plain printable ASCII is the common case: its JSON is the text and two quotes.
  if (/^[\x20\x21\x23-\x5b\x5d-\x7e]*$/.test(text)) return text.length + 2;
  return utf8Bytes(JSON.stringify(text));
}

function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2;
      i++;
    } else if (code > 0x7ff) bytes += 2;
    else if (code > 0x7f) bytes += 1;
  }
  return bytes;
}

/** The same measure as jsonSize, through JSON.stringify itself: what the tests hold jsonSize to. */
export function jsonSizeByText(value: unknown): number {
  const text = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && PROXY in item ? undefined : item,
  );
  return text === undefined ? 0 : utf8Bytes(text);
}

/** Bytes of one sync: sent with the request, and loaded back in the response. */
export interface SyncPayload {
  request: number;
  response: number;
}
