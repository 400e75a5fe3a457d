import { addressOf, contains, intersect, localOf, type Block } from '../address';
import { ClientObject, copyOf, live, resultOf, type ClientResult, type Context } from '../context';
import { officeError } from '../errors';
import { jsonSize } from '../payload';
import { shownValue, valueType, type Scalar } from '../sheetModel';
import type { FakeSheet } from '../workbookModel';
import { TableScopedCollectionProxy } from './table';

export interface RangeTarget {
  sheet: FakeSheet;
  block: Block;
}

type CellWrite = 'values' | 'formulas' | 'numberFormat';

function checkShape(block: Block, matrix: unknown, what: string): asserts matrix is unknown[][] {
  const rows = block.r1 - block.r0 + 1;
  const columns = block.c1 - block.c0 + 1;
  const ok = Array.isArray(matrix) && matrix.length === rows && matrix.every((row) => Array.isArray(row) && row.length === columns);
  if (!ok) throw officeError('InvalidArgument', `The ${what} array does not match the size of the range ${localOf(block)}`);
}

/** Writes a matrix into the cells; null leaves a cell unchanged, as in Office.js. */
export function writeCells(target: RangeTarget, matrix: unknown, what: CellWrite): void {
  checkShape(target.block, matrix, what);
  matrix.forEach((row, r) =>
    row.forEach((input, c) => {
      if (input === null || input === undefined) return;
      target.sheet.model.update(target.block.r0 + r, target.block.c0 + c, (cell) => {
        if (what === 'numberFormat') cell.numberFormat = String(input);
        else if (typeof input === 'string' && input.startsWith('=') && input.length > 1) {
          cell.formula = input; // Not evaluated: the fake keeps the formula text.
          cell.value = '';
        } else {
          cell.formula = null;
          cell.value = input as Scalar;
        }
      });
    }),
  );
}

const shown = (target: RangeTarget): Scalar[][] => target.sheet.model.mapBlock(target.block, shownValue);

interface CellPropertiesWanted {
  format?: { fill?: { color?: boolean; pattern?: boolean }; font?: { bold?: boolean } };
}

/** Office.js's answer for a block's rows or columns: all hidden, none, or null for some. */
function allHidden(hidden: ReadonlySet<number>, first: number, last: number): boolean | null {
  let count = 0;
  for (let i = first; i <= last; i++) if (hidden.has(i)) count++;
  return count === 0 ? false : count === last - first + 1 ? true : null;
}

export class RangeProxy extends ClientObject<RangeTarget> {
  protected readonly kind = 'Range';
  protected readonly scalars = [
    'address',
    'values',
    'formulas',
    'numberFormat',
    'valueTypes',
    'rowCount',
    'columnCount',
    'rowHidden',
    'columnHidden',
  ];
  readonly format: RangeFormatProxy;
  private written = false;

  constructor(context: Context, resolve: () => RangeTarget | null) {
    super(context, resolve);
    this.format = new RangeFormatProxy(this);
  }

  protected override read({ sheet, block }: RangeTarget, name: string): unknown {
    const model = sheet.model;
    switch (name) {
      case 'address':
        return addressOf(sheet.name, block);
      case 'values':
        return model.mapBlock(block, shownValue);
      case 'formulas':
        return model.mapBlock(block, (cell) => cell.formula ?? cell.value);
      case 'numberFormat':
        return model.mapBlock(block, (cell) => cell.numberFormat);
      case 'valueTypes':
        return model.mapBlock(block, (cell) => valueType(shownValue(cell)));
      case 'rowCount':
        return block.r1 - block.r0 + 1;
      case 'rowHidden':
        return allHidden(model.hiddenRows, block.r0, block.r1);
      case 'columnHidden':
        return allHidden(model.hiddenColumns, block.c0, block.c1);
      default:
        return block.c1 - block.c0 + 1;
    }
  }

  /** Records the range among those written (once per range object, as the unit tests count them). */
  noteWritten(target: RangeTarget): void {
    if (this.written) return;
    this.written = true;
    this.state.stats.written.push(localOf(target.block));
  }

  /** A write through Excel.run: the sheet's change handlers hear of it as this add-in's own. */
  private addinWrite(target: RangeTarget, matrix: unknown, what: CellWrite): void {
    const before = shown(target);
    writeCells(target, matrix, what);
    this.noteWritten(target);
    if (what !== 'numberFormat') this.state.events.note(target.sheet, target.block, 'ThisLocalAddin', before);
  }

  get address(): string {
    return this.get('address') as string;
  }
  get rowCount(): number {
    return this.get('rowCount') as number;
  }
  get columnCount(): number {
    return this.get('columnCount') as number;
  }
  get values(): unknown {
    return this.get('values');
  }
  set values(matrix: unknown) {
    this.set(matrix, (target, copy) => this.addinWrite(target, copy, 'values'));
  }
  get formulas(): unknown {
    return this.get('formulas');
  }
  set formulas(matrix: unknown) {
    this.set(matrix, (target, copy) => this.addinWrite(target, copy, 'formulas'));
  }
  get numberFormat(): unknown {
    return this.get('numberFormat');
  }
  set numberFormat(matrix: unknown) {
    this.set(matrix, (target, copy) => this.addinWrite(target, copy, 'numberFormat'));
  }
  get valueTypes(): unknown {
    return this.get('valueTypes');
  }
  /** Range.rowHidden [1.2]: true when every row is hidden, false when none, null when some. */
  get rowHidden(): boolean | null {
    return this.get('rowHidden') as boolean | null;
  }
  get columnHidden(): boolean | null {
    return this.get('columnHidden') as boolean | null;
  }

  /** getColumnProperties({ columnHidden: true }) [1.9]: one entry per column of the range. */
  getColumnProperties(options?: { columnHidden?: boolean }): ClientResult<{ columnIndex: number; columnHidden?: boolean }[]> {
    this.state.needApi('1.9', 'getColumnProperties');
    return resultOf(this, ({ sheet, block }) => {
      const columns: { columnIndex: number; columnHidden?: boolean }[] = [];
      for (let c = block.c0; c <= block.c1; c++) {
        columns.push(options?.columnHidden ? { columnIndex: c, columnHidden: sheet.model.hiddenColumns.has(c) } : { columnIndex: c });
      }
      return columns;
    });
  }

  /** getRowProperties({ rowHidden: true }) [1.9]: one entry per row of the range. */
  getRowProperties(options?: { rowHidden?: boolean }): ClientResult<{ rowIndex: number; rowHidden?: boolean }[]> {
    this.state.needApi('1.9', 'getRowProperties');
    return resultOf(this, ({ sheet, block }) => {
      const rows: { rowIndex: number; rowHidden?: boolean }[] = [];
      for (let r = block.r0; r <= block.r1; r++)
        rows.push(options?.rowHidden ? { rowIndex: r, rowHidden: sheet.model.hiddenRows.has(r) } : { rowIndex: r });
      return rows;
    });
  }

  getSurroundingRegion(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = live(this.target, 'range');
      return { sheet: t.sheet, block: t.sheet.model.currentRegion(t.block.r0, t.block.c0) };
    });
  }

  /** range.getUsedRangeOrNullObject(valuesOnly) [1.4]: the used cells inside the range, or a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      this.state.needApi('1.4', 'Range.getUsedRangeOrNullObject');
      const t = live(this.target, 'range');
      const block = t.sheet.model.usedBlock(valuesOnly === true, t.block);
      return block ? { sheet: t.sheet, block } : null;
    });
  }

  getTables(fullyContained?: boolean): TableScopedCollectionProxy {
    return new TableScopedCollectionProxy(this.context, () => {
      const t = live(this.target, 'range');
      return t.sheet.tables
        .filter((table) => (fullyContained ? contains(t.block, table.block) : intersect(t.block, table.block) !== null))
        .map((table) => ({ sheet: t.sheet, table }));
    });
  }

  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.context, () => {
      const a = this.target;
      const b = other.target;
      if (!a || !b || a.sheet !== b.sheet) return null;
      const block = intersect(a.block, b.block);
      return block ? { sheet: a.sheet, block } : null;
    });
  }

  /** Only what is asked for comes back, as in Office.js. */
  getCellProperties(options: CellPropertiesWanted): ClientResult<{ format: Record<string, Record<string, unknown>> }[][]> {
    const wanted = options.format ?? {};
    return resultOf(this, ({ sheet, block }) =>
      sheet.model.mapBlock(block, (cell) => {
        const format: Record<string, Record<string, unknown>> = {};
        if (wanted.fill) {
          format.fill = {};
          if (wanted.fill.color) format.fill.color = cell.fill ? cell.fill.color : '#FFFFFF';
          if (wanted.fill.pattern) format.fill.pattern = cell.fill ? cell.fill.pattern : 'None';
        }
        if (wanted.font) {
          format.font = {};
          if (wanted.font.bold) format.font.bold = cell.bold;
        }
        return { format };
      }),
    );
  }

  setCellProperties(matrix: Excel.SettableCellProperties[][]): void {
    const copy = copyOf(matrix);
    this.context.request += jsonSize(matrix);
    this.enqueueLive((target) => {
      checkShape(target.block, copy, 'cell properties');
      this.noteWritten(target);
      copy.forEach((row, r) =>
        row.forEach((properties, c) => {
          const format = properties?.format ?? {};
          target.sheet.model.update(target.block.r0 + r, target.block.c0 + c, (cell) => {
            if (format.fill?.pattern === 'None') cell.fill = null;
            else if (format.fill?.color) cell.fill = { color: format.fill.color.toUpperCase(), pattern: format.fill.pattern ?? 'Solid' };
            if (typeof format.font?.bold === 'boolean') cell.bold = format.font.bold;
          });
        }),
      );
    });
  }

  select(): void {
    this.enqueueLive((target) => {
      this.state.model.active = target.sheet;
      this.state.model.selection = { sheet: target.sheet, block: target.block };
    });
  }

  /** range.merge(across) [1.2]: recorded per sheet; values other than the top-left one are dropped, as Excel does. */
  merge(across?: boolean): void {
    this.enqueueLive(({ sheet, block: b }) => {
      this.state.needApi('1.2', 'Range.merge');
      sheet.merges.push(localOf(b) + (across ? ' (across)' : ''));
      for (let r = b.r0; r <= b.r1; r++) {
        for (let c = b.c0; c <= b.c1; c++) {
          if ((r === b.r0 || across) && c === b.c0) continue;
          sheet.model.update(r, c, (cell) => {
            cell.value = '';
            cell.formula = null;
          });
        }
      }
    });
  }
}

/** range.format: fill and font on the cells; layout formats recorded per sheet. */
class RangeFormatProxy {
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  readonly borders: { getItem(edge: string): { style: unknown } };

  constructor(private readonly range: RangeProxy) {
    this.fill = new RangeFillProxy(range);
    this.font = new RangeFontProxy(range);
    this.borders = {
      getItem: (edge: string) => {
        const record = (style: unknown): void => this.record(`borders.${edge}.style`, style);
        return {
          set style(style: unknown) {
            record(style);
          },
        };
      },
    };
  }

  /** Layout formats the fake does not model, recorded per sheet as { address, property, value }. */
  private record(property: string, value: unknown): void {
    this.range.enqueueLive((target) => target.sheet.formats.push({ address: localOf(target.block), property, value }));
  }

  set wrapText(value: unknown) {
    this.record('wrapText', value);
  }
  set verticalAlignment(value: unknown) {
    this.record('verticalAlignment', value);
  }
  set rowHeight(value: unknown) {
    this.record('rowHeight', value);
  }
  set columnWidth(value: unknown) {
    this.record('columnWidth', value);
  }
  get horizontalAlignment(): unknown {
    throw officeError('PropertyNotLoaded', 'The fake does not load format.horizontalAlignment');
  }
  set horizontalAlignment(alignment: unknown) {
    const value = String(alignment);
    this.range.enqueueLive((target) => target.sheet.alignments.push({ address: localOf(target.block), alignment: value }));
  }

  /** format.autofitColumns() [1.2]: recorded per sheet (the fake has no column widths). */
  autofitColumns(): void {
    this.range.enqueueLive((target) => {
      this.range.context.state.needApi('1.2', 'RangeFormat.autofitColumns');
      target.sheet.autofitted.push(localOf(target.block));
    });
  }
}

class RangeFillProxy {
  constructor(private readonly range: RangeProxy) {}

  get color(): unknown {
    throw officeError('PropertyNotLoaded', 'The fake does not load format.fill.color; use getCellProperties');
  }
  set color(color: unknown) {
    const value = String(color).toUpperCase();
    this.range.enqueueLive((target) => {
      this.range.noteWritten(target);
      target.sheet.model.eachCell(target.block, (cell) => (cell.fill = { color: value, pattern: 'Solid' }));
    });
  }

  clear(): void {
    this.range.enqueueLive((target) => {
      this.range.noteWritten(target);
      target.sheet.model.eachCell(target.block, (cell) => (cell.fill = null));
    });
  }
}

class RangeFontProxy {
  constructor(private readonly range: RangeProxy) {}

  get bold(): unknown {
    throw officeError('PropertyNotLoaded', 'The fake does not load format.font.bold; use getCellProperties');
  }
  set bold(bold: unknown) {
    const value = bold === true;
    this.range.enqueueLive((target) => {
      this.range.noteWritten(target);
      target.sheet.model.eachCell(target.block, (cell) => (cell.bold = value));
    });
  }
}
