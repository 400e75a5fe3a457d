import { useRef } from 'react';
import type { Agreement } from '../../core/agreement/types';
import type { PayoutResult } from '../../core/payout/types';
import type { CellGrid, RegionRow } from '../../core/table/types';
import type { PaneState } from '../state/paneState';
import { BUNDLED_RULES } from '../bundledRules';

/** What scenarios are compared with: the Distribute flow's agreement, region rows and payouts. */
export interface Baseline {
  agreement: Agreement;
  regions: RegionRow[];
  result: PayoutResult;
  /** The grid the regions were read from and its header row (reconcile reads amounts from it). */
  grid: CellGrid;
  headerRow: number;
  /** Where the rules came from: a bundled file's id, or the label of a file or the editor's rules. */
  source: { bundled: string | null; label: string | null };
}

export type BaselineState =
  | { status: 'noTable' }
  | { status: 'tableErrors' }
  | { status: 'computing' }
  /** updating: the flow is re-reading or recomputing; the baseline shown is the last complete one. */
  | { status: 'ready'; baseline: Baseline; updating: boolean };

/**
 * The baseline of the shared flow. While the flow re-reads the table (live mode) or recomputes, the
 * last complete baseline is kept, so the scenario views stay mounted and keep what the user typed.
 */
export function useBaseline(state: PaneState): BaselineState {
  const last = useRef<Baseline | null>(null);
  const { agreement, table, result, found, choice, fileName } = state;
  const bundled = BUNDLED_RULES.some((r) => r.id === choice) ? choice : null;

  if (agreement && table?.ok && result && found) {
    const current = last.current;
    // Same objects, same baseline: memo dependencies downstream stay stable.
    if (
      !current ||
      current.agreement !== agreement ||
      current.result !== result ||
      current.regions !== table.table.regions ||
      current.grid !== found.grid ||
      current.source.bundled !== bundled ||
      current.source.label !== fileName
    ) {
      last.current = {
        agreement,
        regions: table.table.regions,
        result,
        grid: found.grid,
        headerRow: table.table.headerRow,
        source: { bundled, label: fileName },
      };
    }
    return { status: 'ready', baseline: last.current!, updating: false };
  }
  if (table && !table.ok) {
    last.current = null;
    return { status: 'tableErrors' };
  }
  if (!found || !agreement) {
    last.current = null;
    return { status: 'noTable' };
  }
  return last.current ? { status: 'ready', baseline: last.current, updating: true } : { status: 'computing' };
}
