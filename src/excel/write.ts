import type { OutputColumns } from '../core/payout/columns.types';
import type { ExcelHost } from './host';
import type { FoundTable, WriteOptions, WriteOutcome } from './port';
import { blockAddress, localAddress, type SheetBlock } from './address';
import { failingRuns, findConflicts, planWrite, writeMatrices, writeWidth } from './target';
import { LOOK_LOAD_OPTIONS, takeSnapshot, type WriteSnapshot } from './snapshot';
import { withEventsOff } from './events';

/** Fill of Kvot's header cells (with bold), so the columns are recognisably Kvot's. */
export const KVOT_HEADER_FILL = '#DDEBF7';
/** Light red fill on Kvot's cells of rows whose region failed a condition. */
export const FAILING_ROW_FILL = '#FFC7CE';

/**
 * Writes the payout columns: one batch loads the target (values, formulas, formats, fills — the
 * snapshot and the conflict check), one batch writes everything, one more turns events back on.
 * `remember` receives the snapshot before anything is written, so even a failed write can be undone.
 */
export async function writePayoutColumns(
  host: ExcelHost,
  found: FoundTable,
  columns: OutputColumns,
  options: WriteOptions,
  remember: (snapshot: WriteSnapshot) => void,
): Promise<WriteOutcome> {
  const plan = planWrite(found, columns); // Bad input throws here, before Excel is touched.
  return host.run(
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(plan.sheetName);
      const scan = sheet.getRange(localAddress(plan.scan));
      scan.load('values,formulas,numberFormat');
      const cells = host.supports('1.9') ? scan.getCellProperties(LOOK_LOAD_OPTIONS) : null;
      await context.sync();

      const conflicts = findConflicts(plan, scan.values, scan.formulas);
      const confirmed = options.overwrite && (!options.confirmed || conflicts.every((c) => options.confirmed!.includes(c)));
      if (conflicts.length > 0 && !confirmed) return { status: 'needsConfirmation', conflicts };

      const width = writeWidth(plan, scan.values);
      const block: SheetBlock = { ...plan.scan, lastColumn: plan.startColumn + width - 1 };
      const matrices = writeMatrices(plan, columns, width);
      const snapshot = takeSnapshot(block, scan.formulas, scan.numberFormat, cells ? cells.value : null);
      remember({ ...snapshot, written: matrices.values, ...(options.formulas ? { writtenAs: 'formulas' as const } : {}) });

      await withEventsOff(context, host, async () => {
        if (host.supports('1.9')) context.application.suspendScreenUpdatingUntilNextSync();
        const target = sheet.getRange(localAddress(block));
        // Formats first, so text such as "01" is not turned into a number by General.
        target.numberFormat = matrices.numberFormat;
        // Formulas are written as formulas; the blank cells under them clear room for the spill.
        if (options.formulas) target.formulas = matrices.values;
        else target.values = matrices.values;
        target.format.fill.clear(); // Marks from an earlier write go; failing rows are marked below.
        target.format.font.bold = false;
        const lastColumn = plan.startColumn + plan.columnCount - 1;
        const header = sheet.getRange(localAddress({ ...block, lastRow: plan.headerRow, lastColumn }));
        header.format.font.bold = true;
        header.format.fill.color = KVOT_HEADER_FILL;
        for (const [first, last] of failingRuns(columns.failingRows, columns.rows.length)) {
          const rows = { ...block, firstRow: plan.headerRow + 1 + first, lastRow: plan.headerRow + 1 + last, lastColumn };
          sheet.getRange(localAddress(rows)).format.fill.color = FAILING_ROW_FILL;
        }
        await context.sync();
      });
      return { status: 'written', address: blockAddress(block) };
    },
    { mergeUndo: true },
  );
}
