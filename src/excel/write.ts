import type { OutputColumns } from '../core/payout/columns.types';
import type { ExcelHost } from './host';
import type { FoundTable, WriteOptions, WriteOutcome } from './port';
import { blockAddress, blockColumns, localAddress, type SheetBlock } from './address';
import { failingRuns, findConflicts, planWrite, writeMatrices, writeWidth, type WritePlan } from './target';
import { LOOK_LOAD_OPTIONS, takeSnapshot, type WriteSnapshot } from './snapshot';
import { withEventsOff } from './events';
import { chunksByBytes, jsonBytes, readInChunks, type ReadChunk } from './payload';

/** Fill of Kvot's header cells (with bold), so the columns are recognisably Kvot's. */
export const KVOT_HEADER_FILL = '#DDEBF7';
/** Light red fill on Kvot's cells of rows whose region failed a condition. */
export const FAILING_ROW_FILL = '#FFC7CE';

/** What the first snapshot chunk's response is assumed to hold per cell: values, formulas, format, fill and bold. */
const GUESS_SCAN_BYTES_PER_CELL = 120;
/** What one fill of a run of failing rows adds to a request (the range, its format, the colour). */
export const FILL_OP_BYTES = 600;

/** The target as it was before the write: the conflict check and the snapshot for undo. */
interface Scanned {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  cells: Excel.CellProperties[][] | null;
}

/**
 * Writes the payout columns. The target is loaded first (values, formulas, formats, fills: the
 * snapshot and the conflict check), then written, in chunks of rows within Excel on the web's 5 MB
 * (payload.ts): one batch per chunk each way, one more to turn events back on. A table of a few
 * thousand rows is one chunk each way: three batches. `remember` receives the snapshot before
 * anything is written, so even a write that fails half-way can be undone.
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
      const scanned = await scanTarget(context, host, sheet, plan);

      const conflicts = findConflicts(plan, scanned.values, scanned.formulas);
      const confirmed = options.overwrite && (!options.confirmed || conflicts.every((c) => options.confirmed!.includes(c)));
      if (conflicts.length > 0 && !confirmed) return { status: 'needsConfirmation', conflicts };

      const width = writeWidth(plan, scanned.values);
      const block: SheetBlock = { ...plan.scan, lastColumn: plan.startColumn + width - 1 };
      const matrices = writeMatrices(plan, columns, width);
      const snapshot = takeSnapshot(block, scanned.formulas, scanned.numberFormat, scanned.cells);
      remember({ ...snapshot, written: matrices.values, ...(options.formulas ? { writtenAs: 'formulas' as const } : {}) });

      await withEventsOff(context, host, async () => {
        const failing = failingRuns(columns.failingRows, columns.rows.length).map(([first, last]): [number, number] => [
          first + 1,
          last + 1,
        ]);
        // Bytes per written row: its values and formats, and a fill for each run of failing rows starting there.
        const starts = new Set(failing.map(([first]) => first));
        const rowBytes = matrices.values.map(
          (row, r) => jsonBytes(row) + jsonBytes(matrices.numberFormat[r]) + (starts.has(r) ? FILL_OP_BYTES : 0),
        );
        for (const [first, last] of chunksByBytes(rowBytes)) {
          await writeRows(context, host, sheet, plan, block, matrices, failing, first, last, options.formulas === true);
        }
      });
      return { status: 'written', address: blockAddress(block) };
    },
    { mergeUndo: true },
  );
}

/**
 * Loads the target in chunks of rows. The first chunk spans the whole scan, so its header row shows
 * how many columns are Kvot's (writeWidth); later chunks load only those.
 */
async function scanTarget(context: Excel.RequestContext, host: ExcelHost, sheet: Excel.Worksheet, plan: WritePlan): Promise<Scanned> {
  const looks = host.supports('1.9');
  let lastColumn = plan.scan.lastColumn;
  const parts = await readInChunks(
    plan.scan.firstRow,
    plan.scan.lastRow,
    blockColumns(plan.scan) * GUESS_SCAN_BYTES_PER_CELL,
    async (firstRow, lastRow) => {
      const chunk = await scanRows(context, sheet, { ...plan.scan, firstRow, lastRow, lastColumn }, looks);
      if (firstRow !== plan.scan.firstRow) return chunk;
      lastColumn = plan.startColumn + writeWidth(plan, chunk.part.values) - 1;
      // Later chunks are narrower: size them by what these rows would have taken at their width.
      return { part: chunk.part, bytes: (chunk.bytes * (lastColumn - plan.startColumn + 1)) / blockColumns(plan.scan) };
    },
  );
  return {
    values: parts.flatMap((p) => p.values),
    formulas: parts.flatMap((p) => p.formulas),
    numberFormat: parts.flatMap((p) => p.numberFormat),
    cells: looks ? parts.flatMap((p) => p.cells ?? []) : null,
  };
}

async function scanRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rows: SheetBlock,
  looks: boolean,
): Promise<ReadChunk<Scanned>> {
  const range = sheet.getRange(localAddress(rows));
  range.load('values,formulas,numberFormat');
  const cells = looks ? range.getCellProperties(LOOK_LOAD_OPTIONS) : null;
  await context.sync();
  const part: Scanned = {
    values: range.values,
    formulas: range.formulas,
    numberFormat: range.numberFormat,
    cells: cells ? cells.value : null,
  };
  const bytes = jsonBytes(part.values) + jsonBytes(part.formulas) + jsonBytes(part.numberFormat) + (cells ? jsonBytes(cells.value) : 0);
  return { part, bytes };
}

/**
 * One chunk of the write, rows first..last of the block (0 = the header row), in one batch: formats
 * first, so text such as "01" is not turned into a number by General; then values (or formulas), Kvot's marks from
 * an earlier write cleared, the header marked, and the failing rows in this chunk filled.
 */
async function writeRows(
  context: Excel.RequestContext,
  host: ExcelHost,
  sheet: Excel.Worksheet,
  plan: WritePlan,
  block: SheetBlock,
  matrices: { values: (string | number | boolean)[][]; numberFormat: string[][] },
  failing: [number, number][],
  first: number,
  last: number,
  asFormulas: boolean,
): Promise<void> {
  if (host.supports('1.9')) context.application.suspendScreenUpdatingUntilNextSync();
  const at = (row: number) => block.firstRow + row;
  const target = sheet.getRange(localAddress({ ...block, firstRow: at(first), lastRow: at(last) }));
  target.numberFormat = matrices.numberFormat.slice(first, last + 1);
  // Formulas are written as formulas; the blank cells under them clear room for the spill.
  if (asFormulas) target.formulas = matrices.values.slice(first, last + 1);
  else target.values = matrices.values.slice(first, last + 1);
  target.format.fill.clear();
  target.format.font.bold = false;
  const lastColumn = plan.startColumn + plan.columnCount - 1;
  if (first === 0) {
    const header = sheet.getRange(localAddress({ ...block, lastRow: block.firstRow, lastColumn }));
    header.format.font.bold = true;
    header.format.fill.color = KVOT_HEADER_FILL;
  }
  for (const [runFirst, runLast] of failing) {
    const from = Math.max(runFirst, first);
    const to = Math.min(runLast, last);
    if (from <= to)
      sheet.getRange(localAddress({ ...block, firstRow: at(from), lastRow: at(to), lastColumn })).format.fill.color = FAILING_ROW_FILL;
  }
  await context.sync();
}
