import type { OutputColumns } from '../core/payout/columns.types';
import type { ComparisonSheet } from '../core/scenario/sheet';
import type { LogRow } from '../core/audit/row';
import type { FoundTable, FullWorkbookPort, WriteOptions, WriteOutcome } from './port';
import { officeExcelHost, type ExcelHost } from './host';
import { readRegionTable, readTableAt } from './read';
import { writePayoutColumns } from './write';
import { restoreSnapshot } from './undo';
import { selectAddress } from './select';
import type { WriteSnapshot } from './snapshot';
import { clearWorkbookRules, loadWorkbookRules, saveWorkbookRules } from './ruleStore';
import { writeComparisonSheet } from './comparisonSheet';
import { writeAnnexSheet, type AnnexWritten } from './annexSheet';
import type { AnnexSheet } from '../core/annex/sheet';
import { appendAuditLog, showAuditLog } from './auditLog';
import { watchTable } from './watch';

/**
 * The workbook port on Office.js. Keeps the snapshot of the last write in memory (for the life of
 * the pane) so "undo last write" restores exactly what was there.
 */
export class OfficeWorkbook implements FullWorkbookPort {
  private lastWrite: WriteSnapshot | null = null;

  constructor(private readonly host: ExcelHost = officeExcelHost()) {}

  readRegionTable(): Promise<FoundTable> {
    return readRegionTable(this.host);
  }

  readTableAt(found: FoundTable): Promise<FoundTable> {
    return readTableAt(this.host, found);
  }

  writePayoutColumns(found: FoundTable, columns: OutputColumns, options: WriteOptions): Promise<WriteOutcome> {
    return writePayoutColumns(this.host, found, columns, options, (snapshot) => {
      this.lastWrite = snapshot;
    });
  }

  async undoLastWrite(): Promise<boolean> {
    const snapshot = this.lastWrite;
    if (!snapshot) return false;
    await restoreSnapshot(this.host, snapshot);
    this.lastWrite = null;
    return true;
  }

  selectAddress(address: string): Promise<void> {
    return selectAddress(this.host, address);
  }

  excelLanguage(): string | undefined {
    return (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office?.context?.displayLanguage;
  }

  loadWorkbookRules(): Promise<string | null> {
    return loadWorkbookRules(this.host);
  }

  saveWorkbookRules(json: string): Promise<void> {
    return saveWorkbookRules(this.host, json);
  }

  clearWorkbookRules(): Promise<void> {
    return clearWorkbookRules(this.host);
  }

  writeComparisonSheet(sheet: ComparisonSheet): Promise<{ sheetName: string; address: string }> {
    return writeComparisonSheet(this.host, sheet);
  }

  writeAnnexSheet(sheet: AnnexSheet): Promise<AnnexWritten> {
    return writeAnnexSheet(this.host, sheet);
  }

  appendAuditLog(header: string[], row: LogRow): Promise<{ address: string }> {
    return appendAuditLog(this.host, header, row);
  }

  showAuditLog(visible: boolean): Promise<boolean> {
    return showAuditLog(this.host, visible);
  }

  watchTable(found: FoundTable, listener: () => void): Promise<() => Promise<void>> {
    return watchTable(this.host, found, listener);
  }
}

/** The port on the real Office.js globals; the task pane's composition root calls it inside Excel. */
export function createOfficeWorkbook(): FullWorkbookPort {
  return new OfficeWorkbook();
}
