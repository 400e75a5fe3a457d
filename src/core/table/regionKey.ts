/** How apportionment tie-breaks, scenarios, comparisons and reconciliation key a region: its code, else its name. */
export const regionKey = (region: { code: string | null; name: string }): string => region.code ?? region.name;
