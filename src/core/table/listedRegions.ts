import type { RegionListing } from '../agreement/types';
import type { RegionRow, TableProblem, TableWarning } from './types';
import { messages, problem } from './messages';
import { RegionIndex } from './regionName';

export interface ListingCheck {
  errors: TableProblem[];
  warnings: TableWarning[];
}

/**
 * Holds the table's regions against the agreement's list of recipients: a row that is none of them
 * ("varav Stockholms stad", "Övriga") is an error, as is a row whose code and name are two different
 * listed regions (columns shifted, a code typed wrong); listed regions missing from the table are
 * asked about, since their share would silently go to the others.
 */
export function checkListedRegions(regions: readonly RegionRow[], listing: readonly RegionListing[], tableRange: string): ListingCheck {
  const check: ListingCheck = { errors: [], warnings: [] };
  const found = new Map<RegionListing, RegionRow>();
  const index = new RegionIndex(
    listing,
    (l) => l.code,
    (l) => l.name,
  );
  for (const region of regions) {
    const byCode = region.code === null ? undefined : index.code(region.code);
    const byName = index.name(region.name);
    const address = region.address;
    if (byCode && byName && byCode !== byName) {
      check.errors.push(
        problem(
          address,
          'region-code-name-mismatch',
          messages.codeNameMismatch(address, region, byCode, byName),
          region.code ?? region.name,
        ),
      );
      continue;
    }
    const listed = byCode ?? byName;
    if (!listed) {
      check.errors.push(
        problem(address, 'unknown-region', messages.unknownRegion(address, region.code, region.name, listing.length), region.name),
      );
      continue;
    }
    const first = found.get(listed);
    if (first) {
      const message = messages.sameRegion({ label: first.name, address: first.address }, { label: region.name, address }, 'name');
      check.errors.push({ ...problem(address, 'duplicate-region', message, region.name), cells: [first.address] });
      continue;
    }
    found.set(listed, region);
  }
  const missing = listing.filter((l) => !found.has(l));
  if (missing.length > 0 && check.errors.length === 0) {
    const names = missing.map((l) => `${l.name} (${l.code})`);
    check.warnings.push({
      ...problem(tableRange, 'missing-regions', messages.missingRegions(names, listing.length)),
      code: 'missing-regions',
    });
  }
  return check;
}
