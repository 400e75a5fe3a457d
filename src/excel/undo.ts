import type { ExcelHost } from './host';
import { localAddress } from './address';
import { looksToCellProperties, type WriteSnapshot } from './snapshot';
import { withEventsOff } from './events';

/** Puts back what a write replaced, in one batch (plus the sync that turns events back on). */
export async function restoreSnapshot(host: ExcelHost, snapshot: WriteSnapshot): Promise<void> {
  await host.run(
    async (context) => {
      await withEventsOff(context, host, async () => {
        const range = context.workbook.worksheets.getItem(snapshot.block.sheetName).getRange(localAddress(snapshot.block));
        // Formats first, then formulas: they hold the constants too, and a text format keeps "01" as text.
        range.numberFormat = snapshot.numberFormat;
        range.formulas = snapshot.formulas;
        range.format.fill.clear();
        if (snapshot.looks) range.setCellProperties(looksToCellProperties(snapshot.looks));
        else range.format.font.bold = false;
        await context.sync();
      });
    },
    { mergeUndo: true },
  );
}
