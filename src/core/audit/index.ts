/** The audit trail: canonical JSON and hashes, log entries, the "Kvot logg" row format, verification. */
export { canonicalJson, sha256Hex, ruleSetHash } from './canonical';
export { createLogEntry, resultPayouts } from './entry';
export { logRowCells, logHeaderCells, parseLogRow, LOG_SHEET_NAME, type LogRow, type LogRowLocation, type ParsedLogRow } from './row';
export { verifyLogEntry, type Verification, type VerificationCheck } from './verify';
export type { LogEntry, LoggedRegion, LoggedTotals, LoggedValue, LogProblem } from './types';
