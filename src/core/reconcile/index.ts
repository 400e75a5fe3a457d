/** Computed payouts beside existing amounts read from a sheet column. */
export { reconcile } from './reconcile';
export { readAmount } from './amount';
export type { ReconcileFlag, ReconcileOptions, ReconcileResult, ReconcileRow, Reconciliation, UncomparedRows } from './types';
