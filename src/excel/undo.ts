import type { ExcelHost } from './host';
import { localAddress } from './address';
import { looksToCellProperties, type WriteSnapshot } from './snapshot';
import { withEventsOff } from './events';
import { UndoRefusedError } from './port';
import { sameFormula } from './formulaText';

export { UndoRefusedError } from './port';

const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

/**
 * Puts back what a write replaced: one batch checks that the block still holds what Kvot wrote, one
 * restores it (plus the sync that turns events back on). Refuses, writing nothing, when it does not.
 */
export async function restoreSnapshot(host: ExcelHost, snapshot: WriteSnapshot): Promise<void> {
  await host.run(
    async (context) => {
      const blockRange = () => context.workbook.worksheets.getItem(snapshot.block.sheetName).getRange(localAddress(snapshot.block));
      if (snapshot.written) {
        const current = blockRange().load(snapshot.writtenAs === 'formulas' ? 'values,formulas' : 'values');
        await context.sync();
        const written = snapshot.written;
        const unchanged =
          snapshot.writtenAs === 'formulas'
            ? formulasUnchanged(written, current.formulas, current.values)
            : written.every((row, r) => row.every((value, c) => same(current.values[r]?.[c], value)));
        if (!unchanged) throw new UndoRefusedError(`${snapshot.block.sheetName}!${localAddress(snapshot.block)}`);
      }
      await withEventsOff(context, host, async () => {
        const range = blockRange();
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

/**
 * After a formula write: every cell Kvot filled still holds the same formula (or header), and no
 * formula shows #SPILL! (something typed into the cells it spills into, which undo would wipe).
 * The cells under the formulas are not compared: they show results that follow the inputs.
 */
export function formulasUnchanged(written: unknown[][], formulas: unknown[][], values: unknown[][]): boolean {
  return written.every((row, r) =>
    row.every((cell, c) => {
      if (cell === '' || cell === null) return true;
      const isFormula = typeof cell === 'string' && cell.startsWith('=');
      if (isFormula && values[r]?.[c] === '#SPILL!') return false;
      return isFormula ? sameFormula(formulas[r]?.[c], cell) : same(formulas[r]?.[c], cell);
    }),
  );
}
