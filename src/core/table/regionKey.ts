/** How apportionment tie-breaks, scenarios, comparisons and reconciliation recognise a region: its code, else its name. */
export const regionKey = (region: { code: string | null; name: string }): string => region.code ?? region.name;

/** Text compared loosely: case, surrounding and repeated spaces (incl. no-break) ignored. */
export const looseText = (text: string): string => text.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLocaleLowerCase('sv');

/** Codes compared as written, or as numbers when both are digits ("1" and "01" are one county). */
function sameCode(a: string, b: string): boolean {
  return a === b || (/^\d+$/.test(a) && /^\d+$/.test(b) && BigInt(a) === BigInt(b));
}

/** True when `label` names the region: its code (leading zeros optional), or its name loosely. */
export function namesRegion(label: string, region: { code: string | null; name: string }): boolean {
  const wanted = looseText(label);
  return (region.code !== null && sameCode(looseText(region.code), wanted)) || looseText(region.name) === wanted;
}
