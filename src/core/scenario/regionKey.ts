/** How scenarios, comparisons and reconciliation recognise a region: its code, else its name. */
export const regionKey = (region: { code: string | null; name: string }): string => region.code ?? region.name;

/** Text compared loosely: case, surrounding and repeated spaces (incl. no-break) ignored. */
export const looseText = (text: string): string => text.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLocaleLowerCase('sv');

/** True when `label` names the region: its code exactly, or its name loosely. */
export function namesRegion(label: string, region: { code: string | null; name: string }): boolean {
  const wanted = looseText(label);
  return (region.code !== null && looseText(region.code) === wanted) || looseText(region.name) === wanted;
}
