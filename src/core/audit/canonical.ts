import canonicalize from 'canonicalize';
import type { Agreement } from '../agreement/types';

/** RFC 8785 (JCS) canonical JSON: sorted keys, no whitespace, ECMAScript number forms. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return text;
}

/** SHA-256 of the text's UTF-8 bytes, lowercase hex. Web Crypto: Node 20 and Office webviews. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The rule set's fingerprint: SHA-256 of its canonical JSON, so formatting and key order do not matter. */
export function ruleSetHash(agreement: Agreement): Promise<string> {
  return sha256Hex(canonicalJson(agreement));
}
