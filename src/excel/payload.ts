/**
 * Excel on the web refuses a request or a response of more than 5 MB (Office.js raises
 * RequestPayloadSizeLimitExceeded or ResponsePayloadSizeLimitExceeded at context.sync()). A region
 * table of 20 000 rows already needs more than that to snapshot before a write, so the adapter reads
 * and writes cell data in chunks of rows (the log row: of cells), each in its own sync, each within
 * PAYLOAD_BUDGET. What is written is known, so it is cut exactly; what is read is not, so reading
 * starts from a cautious guess, sizes later chunks by what came back, and halves a chunk Excel refuses.
 */

/** Excel on the web's limit on one request and on one response. */
export const PAYLOAD_LIMIT = 5_000_000;
/** What a chunk's cell data may take: the rest of the 5 MB is left for the request's own framing. */
export const PAYLOAD_BUDGET = 4_000_000;
/** Later read chunks allow rows this much larger than the densest chunk so far had on average. */
const READ_MARGIN = 1.25;

/**
 * Bytes of a string in UTF-8 (a lone surrogate as the replacement character, 3 bytes): long texts,
 * such as a chunk of 10 000 rows as JSON, by the platform's encoder, many times faster than a loop
 * in script; short ones without encoding them.
 */
export function utf8Length(text: string): number {
  if (text.length > ENCODE_FROM) return encoder.encode(text).length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      i++;
    } else if (code > 0x7ff) bytes += 2;
    else if (code > 0x7f) bytes += 1;
  }
  return bytes;
}
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const encoder = new TextEncoder();
/** Texts longer than this are measured by encoding them. */
const ENCODE_FROM = 1024;

/** Bytes of a value as Office.js sends it: JSON, in UTF-8. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/**
 * Consecutive ranges [first, last] (0-based, inclusive) of items whose bytes add up to at most
 * `budget`; an item over the budget by itself is a chunk of its own. Every item is in exactly one chunk.
 */
export function chunksByBytes(itemBytes: readonly number[], budget = PAYLOAD_BUDGET): [number, number][] {
  const chunks: [number, number][] = [];
  let first = 0;
  let bytes = 0;
  itemBytes.forEach((size, i) => {
    if (i > first && bytes + size > budget) {
      chunks.push([first, i - 1]);
      first = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (itemBytes.length > 0) chunks.push([first, itemBytes.length - 1]);
  return chunks;
}

/** Whether Excel refused a sync for its size. */
export function isPayloadTooLarge(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = `${typeof code === 'string' ? code : ''} ${typeof message === 'string' ? message : ''}`;
  return /(Request|Response)PayloadSizeLimitExceeded/.test(text);
}

/** What reading one chunk of rows gives: the rows' data and its size in bytes. */
export interface ReadChunk<T> {
  part: T;
  bytes: number;
}

/**
 * Reads rows first..last in chunks, in order: `read(first, last, measure)` loads one chunk in one sync
 * and, when `measure`, says how many bytes came back (the size only sizes chunks to come: the last
 * chunk, and one whose rest fits in a chunk of its rows, are not measured until Excel has refused
 * one). The first chunk assumes `guessBytesPerRow`; later ones are sized by the densest chunk so far
 * (with a margin). A chunk Excel refuses for its size is read again in halves; a single row it
 * refuses is an error.
 */
export async function readInChunks<T>(
  first: number,
  last: number,
  guessBytesPerRow: number,
  read: (first: number, last: number, measure: boolean) => Promise<ReadChunk<T>>,
  budget = PAYLOAD_BUDGET,
): Promise<T[]> {
  const parts: T[] = [];
  const rowsFor = (bytesPerRow: number) => Math.max(1, Math.floor(budget / Math.max(bytesPerRow, 1)));
  let rows = rowsFor(guessBytesPerRow);
  let densest = 0;
  let refused = false;
  let at = first;
  while (at <= last) {
    const end = Math.min(last, at + rows - 1);
    // Measured where the rest needs more than one more chunk of this many rows, or once Excel has
    // refused one (dense rows: later chunks are kept within the budget); otherwise the rest is read
    // at once (in halves, should it be refused), and a size would size nothing.
    const measure = refused || last - end > end - at + 1;
    let chunk: ReadChunk<T>;
    try {
      chunk = await read(at, end, measure);
    } catch (error) {
      if (!isPayloadTooLarge(error) || end === at) throw error;
      refused = true;
      rows = Math.ceil((end - at + 1) / 2);
      continue;
    }
    parts.push(chunk.part);
    if (measure) {
      densest = Math.max(densest, chunk.bytes / (end - at + 1));
      rows = rowsFor(densest * READ_MARGIN);
    }
    at = end + 1;
  }
  return parts;
}
