import type { CellGrid } from '../core/table/types';
import type { OutputColumns } from '../core/payout/columns.types';
import type { LogRow } from '../core/audit/row';
import type { ComparisonSheet } from '../core/scenario/sheet';
import type { AnnexSheet } from '../core/annex/sheet';
import type { AnnexWritten } from './annexSheet';

export type { AnnexWritten, PageSetupOutcome } from './annexSheet';

/** The region table found in the open workbook. */
export interface FoundTable {
  grid: CellGrid;
  /** How it was found: an Excel table under the selection, the current region, or the used range. */
  kind: 'table' | 'region' | 'usedRange';
  tableName?: string;
  /**
   * A1 address with sheet, e.g. "Blad1!A1:F22": the block the grid holds. Kvot's own columns at the
   * right edge and its totals row are left out, so reading after a write finds the same table.
   */
  address: string;
}

export interface WriteOptions {
  overwrite: boolean;
  confirmed?: readonly string[];
  /**
   * The columns hold formulas ("Infoga som formler"): the first data row's spilling formulas and the
   * totals row are written as formulas, the rows under them are cleared for the spill, and no row is
   * marked (which rows fail changes when the inputs do). Same block and overwrite rules as values.
   */
  formulas?: boolean;
}

export type WriteOutcome =
  | { status: 'written'; address: string }
  /**
   * The target cells hold data Kvot did not write; nothing was written. One address per run of
   * filled cells in a column, e.g. ["Blad1!G1", "Blad1!G5:G9"], each selectable with selectAddress.
   */
  | { status: 'needsConfirmation'; conflicts: string[] };

/** What the task pane needs from a workbook. The Office.js adapter implements it; tests fake it. */
export interface WorkbookPort {
  /** The table under the selection, else the current region, else the used range; an empty sheet gives values []. */
  readRegionTable(): Promise<FoundTable>;
  /**
   * Reads again the table that `found` came from, found the same way but from where it was (its
   * sheet and top-left cell), never from the current selection: what a write or an annex checks
   * against the preview. A sheet that is gone gives values [].
   */
  readTableAt(found: FoundTable): Promise<FoundTable>;
  /**
   * Writes the columns next to the table in one batch. `columns.rows` line up with the grid rows
   * under the header (so the header row is the grid row above them); the totals row goes under the
   * grid. Replaces Kvot's own earlier columns in place; refuses (needsConfirmation) if other cells
   * would be overwritten unless overwrite is true. Throws, writing nothing, when the columns do not
   * fit the table (row or column counts, a header without the "Kvot: " prefix).
   * With `confirmed` (the conflicts the user was shown and agreed to overwrite), overwrite applies
   * only while the conflicts are still exactly among those; new ones are asked about again.
   */
  writePayoutColumns(found: FoundTable, columns: OutputColumns, options: WriteOptions): Promise<WriteOutcome>;
  /** Restores exactly what the last write replaced. False when there is nothing to undo. */
  undoLastWrite(): Promise<boolean>;
  /** Selects a cell or range by address such as "Blad1!C7". */
  selectAddress(address: string): Promise<void>;
  /** Excel's display language ("sv-SE"): custom function names are written in it. Absent in test doubles. */
  excelLanguage?(): string | undefined;
}

/**
 * undoLastWrite refuses: the cells Kvot wrote have changed since (edited, sorted, or undone in Excel
 * and typed over), and restoring the old contents would overwrite those changes.
 */
export class UndoRefusedError extends Error {
  constructor(readonly address: string) {
    super(`The cells Kvot wrote in ${address} have changed since; undo would overwrite those changes.`);
  }
}

/** What issue 4 adds: rules kept in the workbook, report sheets, and change notifications. */
export interface WorkbookExtrasPort {
  /** The rule set saved in this workbook (custom XML part), as JSON text; null when none is saved. */
  loadWorkbookRules(): Promise<string | null>;
  /** Saves (replaces) the rule set in the workbook so it travels with the file. */
  saveWorkbookRules(json: string): Promise<void>;
  /** Removes the saved rule set. */
  clearWorkbookRules(): Promise<void>;
  /**
   * Writes a comparison to a NEW sheet (never overwriting: a taken name gets " (2)" etc.), with a
   * native bar chart of payouts per region. Returns the sheet name and the written address.
   */
  writeComparisonSheet(sheet: ComparisonSheet): Promise<{ sheetName: string; address: string }>;
  /**
   * Writes a decision annex to a NEW sheet (never overwriting: a taken name gets " (2)" etc.) in one
   * batch, with its print setup where the host has ExcelApi 1.9; says whether that was applied.
   */
  writeAnnexSheet(sheet: AnnexSheet): Promise<AnnexWritten>;
  /**
   * Appends one row (values + en-US number formats, from core's logRowCells) to the "Kvot logg"
   * sheet, which is created hidden, with the header row, on first use.
   */
  appendAuditLog(header: string[], row: LogRow): Promise<{ address: string }>;
  /** Shows or hides the "Kvot logg" sheet; false when there is no log yet. */
  showAuditLog(visible: boolean): Promise<boolean>;
  /**
   * Calls listener (debounced by the caller) when values in the table's block change by a user —
   * not by Kvot's own writes, not for format-only changes. Returns a function that unsubscribes.
   */
  watchTable(found: FoundTable, listener: () => void): Promise<() => Promise<void>>;
}

export type FullWorkbookPort = WorkbookPort & WorkbookExtrasPort;
