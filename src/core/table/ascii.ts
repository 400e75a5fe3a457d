/** ASCII character classes by code, for the per-row readers that do without a regex per cell. */

export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** A–Z or a–z: setting bit 5 lowercases A–Z and maps no other character code onto a–z. */
export const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

export const isAsciiAlnum = (c: number): boolean => isAsciiDigit(c) || isAsciiLetter(c);
