/** Excel on the web refuses a request or a response of more bytes than this. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5_000_000;

/** Marks proxies (collection items): they are not data and count as nothing in a payload. */
export const PROXY = Symbol('fake-excel proxy');

/** Bytes of a value as JSON in UTF-8: what Office.js would carry in a request or a response. */
export function jsonSize(value: unknown): number {
  const text = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && PROXY in item ? undefined : item,
  );
  if (text === undefined) return 0;
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

/** Bytes of one sync: sent with the request, and loaded back in the response. */
export interface SyncPayload {
  request: number;
  response: number;
}
