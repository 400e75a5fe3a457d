import type { OutputColumns } from '../core/payout/columns.types';
import type { FoundTable, WorkbookPort, WriteOutcome } from './port';
import { officeExcelHost, type ExcelHost } from './host';
import { readRegionTable } from './read';
import { writePayoutColumns } from './write';
import { restoreSnapshot } from './undo';
import { selectAddress } from './select';
import type { WriteSnapshot } from './snapshot';

/**
 * The workbook port on Office.js. Keeps the snapshot of the last write in memory (for the life of
 * the pane) so "undo last write" restores exactly what was there.
 */
export class OfficeWorkbook implements WorkbookPort {
  private lastWrite: WriteSnapshot | null = null;

  constructor(private readonly host: ExcelHost = officeExcelHost()) {}

  readRegionTable(): Promise<FoundTable> {
    return readRegionTable(this.host);
  }

  writePayoutColumns(found: FoundTable, columns: OutputColumns, options: { overwrite: boolean }): Promise<WriteOutcome> {
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
}

/** The port on the real Office.js globals; the task pane's composition root calls it inside Excel. */
export function createOfficeWorkbook(): WorkbookPort {
  return new OfficeWorkbook();
}
