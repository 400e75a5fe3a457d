/** The audit trail: canonical JSON and hashes, log entries, the "Kvot logg" row format, verification. */
export { canonicalJson, sha256Hex, ruleSetHash } from './canonical';
export { createLogEntry, createUndoEntry, resultPayouts, type WriteRecord } from './entry';
export {
  logRowCells,
  undoRowCells,
  sheetRowCells,
  logHeaderCells,
  logHeaderNeeded,
  isLogHeaderRow,
  parseLogRow,
  writtenBlock,
  LOG_SHEET_NAME,
  type LocatedLogEntry,
  type LogRow,
  type LogRowLocation,
  type ParsedLogRow,
} from './row';
export { stockholmTime, authorText } from './human';
export { verifyLogEntry, type Verification, type VerificationCheck } from './verify';
export { checkSheet, type SheetCheck, type SheetDifference } from './sheetCheck';
export {
  verifyLog,
  type LogReport,
  type LogRowInput,
  type RowReport,
  type SheetReport,
  type SheetStatus,
  type WriteReport,
  type UndoReport,
} from './logCheck';
export type {
  LogAuthor,
  LogEntry,
  LoggedRegion,
  LoggedSheet,
  LoggedTotals,
  LoggedValue,
  LogProblem,
  SheetEntry,
  UndoEntry,
  UndoneWrite,
} from './types';
