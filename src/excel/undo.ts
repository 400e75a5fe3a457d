import type { ExcelHost } from './host';
import { blockColumns, localAddress } from './address';
import { looksToCellProperties, type WriteSnapshot } from './snapshot';
import { withEventsOff } from './events';
import { UndoRefusedError } from './port';
import { chunksByBytes, jsonBytes, readInChunks } from './payload';
import { sameFormula } from './formulaText';

export { UndoRefusedError } from './port';

const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

/** What the first check chunk's response is assumed to hold per cell (its value). */
const GUESS_VALUE_BYTES_PER_CELL = 40;

/**
 * Puts back what a write replaced. First it checks that the block still holds what Kvot wrote, then
 * restores it; both in chunks of rows within Excel on the web's 5 MB (payload.ts), one batch per
 * chunk, plus the batch that turns events back on. Refuses, writing nothing, when the block changed.
 */
export async function restoreSnapshot(host: ExcelHost, snapshot: WriteSnapshot): Promise<void> {
  const { block } = snapshot;
  await host.run(
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(block.sheetName);
      const rows = (first: number, last: number): Excel.Range =>
        sheet.getRange(localAddress({ ...block, firstRow: block.firstRow + first, lastRow: block.firstRow + last }));
      const written = snapshot.written;
      if (written) {
        const changed = await readInChunks(
          0,
          block.lastRow - block.firstRow,
          blockColumns(block) * GUESS_VALUE_BYTES_PER_CELL,
          async (first, last) => {
            const asFormulas = snapshot.writtenAs === 'formulas';
            const current = rows(first, last).load(asFormulas ? 'values,formulas' : 'values');
            await context.sync();
            const mine = written.slice(first, last + 1);
            const unchanged = asFormulas
              ? formulasUnchanged(mine, current.formulas, current.values)
              : mine.every((row, r) => row.every((value, c) => same(current.values[r]?.[c], value)));
            return { part: !unchanged, bytes: jsonBytes(current.values) + (asFormulas ? jsonBytes(current.formulas) : 0) };
          },
        );
        if (changed.some(Boolean)) throw new UndoRefusedError(`${block.sheetName}!${localAddress(block)}`);
      }
      const properties = snapshot.looks ? looksToCellProperties(snapshot.looks) : null;
      const rowBytes = snapshot.formulas.map(
        (row, r) => jsonBytes(row) + jsonBytes(snapshot.numberFormat[r]) + (properties ? jsonBytes(properties[r]) : 0),
      );
      await withEventsOff(context, host, async () => {
        for (const [first, last] of chunksByBytes(rowBytes)) {
          await restoreRows(context, rows(first, last), snapshot, properties, first, last);
        }
      });
    },
    { mergeUndo: true },
  );
}

/** One chunk of the restore in one batch: formats first, then formulas (they hold the constants too,
 * and a text format keeps "01" as text), then fills and boldness. */
async function restoreRows(
  context: Excel.RequestContext,
  range: Excel.Range,
  snapshot: WriteSnapshot,
  properties: Excel.SettableCellProperties[][] | null,
  first: number,
  last: number,
): Promise<void> {
  range.numberFormat = snapshot.numberFormat.slice(first, last + 1);
  range.formulas = snapshot.formulas.slice(first, last + 1);
  range.format.fill.clear();
  range.format.font.bold = false;
  if (properties) range.setCellProperties(properties.slice(first, last + 1));
  await context.sync();
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
