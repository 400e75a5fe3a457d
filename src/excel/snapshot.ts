import type { SheetBlock } from './address';

type FillPattern = NonNullable<Excel.CellPropertiesFill['pattern']>;

/** A cell's fill and boldness; fill null means "no fill" (not white). */
export interface CellLook {
  fill: { color: string; pattern: FillPattern } | null;
  bold: boolean;
}

/** What a write replaced, enough to put it back exactly. */
export interface WriteSnapshot {
  block: SheetBlock;
  /** Formulas as Office.js reports them: constants for plain cells, so they restore values too. */
  formulas: unknown[][];
  numberFormat: unknown[][];
  /** Per-cell fill and bold (ExcelApi 1.9); null on older hosts, where undo clears Kvot's styling. */
  looks: CellLook[][] | null;
  /** What Kvot wrote there: undo restores only while the block still holds exactly this. */
  written?: (string | number | boolean)[][];
  /**
   * 'formulas' when `written` holds formulas: undo compares the cells' formulas (not the results they
   * show now, which follow the inputs) and leaves out the blank cells the formulas spill into.
   */
  writtenAs?: 'formulas';
}

export const LOOK_LOAD_OPTIONS: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true }, font: { bold: true } },
};

function toLook(cell: Excel.CellProperties): CellLook {
  const fill = cell.format?.fill;
  // Hosts that leave out the pattern report "no fill" as white.
  const pattern: FillPattern = fill?.pattern ?? (fill?.color && fill.color.toUpperCase() !== '#FFFFFF' ? 'Solid' : 'None');
  return {
    fill: pattern === 'None' || !fill?.color ? null : { color: fill.color, pattern },
    bold: cell.format?.font?.bold === true,
  };
}

const sliceColumns = <T>(matrix: T[][], width: number): T[][] => matrix.map((row) => row.slice(0, width));

export function takeSnapshot(
  block: SheetBlock,
  formulas: unknown[][],
  numberFormat: unknown[][],
  cells: Excel.CellProperties[][] | null,
): WriteSnapshot {
  const width = block.lastColumn - block.firstColumn + 1;
  return {
    block,
    formulas: sliceColumns(formulas, width),
    numberFormat: sliceColumns(numberFormat, width),
    looks: cells ? sliceColumns(cells, width).map((row) => row.map(toLook)) : null,
  };
}

/**
 * setCellProperties input that puts fills and boldness back over a range whose fill was cleared and
 * whose bold was turned off first: only cells with a fill or in bold carry properties, the others are
 * {} (nothing to set), which keeps the request small.
 */
export function looksToCellProperties(looks: CellLook[][]): Excel.SettableCellProperties[][] {
  return looks.map((row) =>
    row.map((look): Excel.SettableCellProperties => {
      if (!look.fill && !look.bold) return {};
      const format: Excel.CellPropertiesFormat = {};
      if (look.bold) format.font = { bold: true };
      if (look.fill) format.fill = { color: look.fill.color, pattern: look.fill.pattern };
      return { format };
    }),
  );
}
