import { cellBlock, parseLocal, type Block } from './address';

export type Scalar = string | number | boolean;

/** One cell of a fake sheet. */
export interface ModelCell {
  value: Scalar;
  /** Set only for formulas ("=..."); constants report their value as the formula, as Office.js does. */
  formula: string | null;
  numberFormat: string;
  fill: { color: string; pattern: string } | null;
  bold: boolean;
}

export const blankCell = (): ModelCell => ({ value: '', formula: null, numberFormat: 'General', fill: null, bold: false });

/** What every cell not stored reads as; never handed out to be changed (update copies it). */
const BLANK: Readonly<ModelCell> = Object.freeze(blankCell());

/** Excel's widest sheet: a cell's key is row × this + column, a number (string keys cost a 20 000-row read ~3×). */
const COLUMNS = 16_384;
const keyOf = (row: number, column: number): number => row * COLUMNS + column;

const ERROR_TEXT = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;

/** Office.js valueTypes of a value: an error text such as "#N/A" is an Error, as Excel reports it. */
export function valueType(value: unknown): 'Empty' | 'Double' | 'Boolean' | 'Error' | 'String' {
  if (value === '' || value === null || value === undefined) return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return ERROR_TEXT.test(String(value)) ? 'Error' : 'String';
}

/** What a cell shows. The fake evaluates no formulas: a formula cell shows blank. */
export const shownValue = (cell: Readonly<ModelCell>): Scalar => (cell.formula === null ? cell.value : '');

const hasValue = (cell: Readonly<ModelCell>): boolean => cell.value !== '' || cell.formula !== null;
const isFormatted = (cell: Readonly<ModelCell>): boolean => cell.numberFormat !== 'General' || cell.fill !== null || cell.bold;

/** A sparse sheet: every cell not stored is blank. Addresses are local ("A1:C3"). */
export class SheetModel {
  private readonly cells = new Map<number, ModelCell>();
  /**
   * The sheet's used block, values only [1] or also formatted cells [0], as Excel keeps it: grown as
   * cells are filled, worked out again (undefined) only after a cell is emptied.
   */
  private readonly used: (Block | null | undefined)[] = [null, null];
  /** Cells with a value per column: a column with none is passed over at once when a region grows. */
  private readonly filledInColumn = new Map<number, number>();
  /** 0-based sheet rows hidden by hand or by a filter. */
  readonly hiddenRows = new Set<number>();
  /** 0-based sheet columns hidden. */
  readonly hiddenColumns = new Set<number>();

  constructor(readonly name: string) {}

  /** The cell as stored, to read: change it with update(). */
  cell(row: number, column: number): Readonly<ModelCell> {
    return this.cells.get(keyOf(row, column)) ?? BLANK;
  }

  update(row: number, column: number, change: (cell: ModelCell) => void): void {
    const cell = { ...this.cell(row, column) };
    const before = this.cells.get(keyOf(row, column));
    change(cell);
    this.cells.set(keyOf(row, column), cell);
    const had = before !== undefined && hasValue(before);
    if (had !== hasValue(cell)) {
      const step = had ? -1 : 1;
      this.filledInColumn.set(column, (this.filledInColumn.get(column) ?? 0) + step);
    }
    this.keepUsed(1, had, hasValue(cell), row, column);
    this.keepUsed(0, before !== undefined && (hasValue(before) || isFormatted(before)), hasValue(cell) || isFormatted(cell), row, column);
  }

  /** Puts rows of values (and optional formats) with their top-left cell at `topLeft` ("A1"). */
  put(topLeft: string, values: (Scalar | null)[][], numberFormats?: (string | undefined)[][]): void {
    const { r0, c0 } = parseLocal(topLeft);
    values.forEach((row, r) =>
      row.forEach((value, c) =>
        this.update(r0 + r, c0 + c, (cell) => {
          cell.value = value ?? '';
          const format = numberFormats?.[r]?.[c];
          if (typeof format === 'string') cell.numberFormat = format;
        }),
      ),
    );
  }

  /** A cell is filled when it holds a value or a formula. */
  filled(row: number, column: number): boolean {
    const cell = this.cells.get(keyOf(row, column));
    return cell !== undefined && hasValue(cell);
  }

  mapBlock<T>(b: Block, read: (cell: Readonly<ModelCell>) => T): T[][] {
    const rows: T[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const row: T[] = [];
      for (let c = b.c0; c <= b.c1; c++) row.push(read(this.cell(r, c)));
      rows.push(row);
    }
    return rows;
  }

  eachCell(b: Block, change: (cell: ModelCell) => void): void {
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) this.update(r, c, change);
  }

  map<T>(local: string, read: (cell: Readonly<ModelCell>) => T): T[][] {
    return this.mapBlock(parseLocal(local), read);
  }

  values(local: string): Scalar[][] {
    return this.map(local, shownValue);
  }

  formulas(local: string): Scalar[][] {
    return this.map(local, (cell) => cell.formula ?? cell.value);
  }

  numberFormats(local: string): string[][] {
    return this.map(local, (cell) => cell.numberFormat);
  }

  valueTypes(local: string): string[][] {
    return this.map(local, (cell) => valueType(shownValue(cell)));
  }

  /** Bounding box of cells with values (valuesOnly) or also of formatted cells, inside `within`; null when none. */
  /** Keeps a used block after one cell changed: grown by a cell now used, dropped when a used one is no longer. */
  private keepUsed(kind: 0 | 1, wasUsed: boolean, isUsed: boolean, row: number, column: number): void {
    const kept = this.used[kind];
    if (wasUsed && !isUsed) this.used[kind] = undefined;
    else if (isUsed && kept !== undefined)
      this.used[kind] = kept
        ? { r0: Math.min(kept.r0, row), c0: Math.min(kept.c0, column), r1: Math.max(kept.r1, row), c1: Math.max(kept.c1, column) }
        : cellBlock(row, column);
  }

  usedBlock(valuesOnly: boolean, within?: Block): Block | null {
    const kept = within ? undefined : this.used[valuesOnly ? 1 : 0];
    if (kept !== undefined) return kept && { ...kept };
    const block = this.scanUsed(valuesOnly, within);
    if (!within) this.used[valuesOnly ? 1 : 0] = block && { ...block };
    return block;
  }

  private scanUsed(valuesOnly: boolean, within?: Block): Block | null {
    // Bounds as numbers, not a block per cell: a 20 000-row sheet holds over 100 000 cells.
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [key, cell] of this.cells) {
      if (!(hasValue(cell) || (!valuesOnly && isFormatted(cell)))) continue;
      const r = Math.floor(key / COLUMNS);
      const c = key % COLUMNS;
      if (within && (r < within.r0 || r > within.r1 || c < within.c0 || c > within.c1)) continue;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  /** Excel's current region: grow from the cell while the ring around the block holds values. */
  currentRegion(row: number, column: number): Block {
    const b = cellBlock(row, column);
    const rowFilled = (r: number, c0: number, c1: number): boolean => {
      if (r < 0) return false;
      for (let c = Math.max(c0, 0); c <= c1; c++) if (this.filled(r, c)) return true;
      return false;
    };
    const columnFilled = (c: number, r0: number, r1: number): boolean => {
      if (c < 0 || !this.filledInColumn.get(c)) return false;
      for (let r = Math.max(r0, 0); r <= r1; r++) if (this.filled(r, c)) return true;
      return false;
    };
    // Each side grows as far as it goes before the others: the same region (growing only adds), far fewer looks.
    const grow = (side: () => boolean, step: () => void): boolean => {
      let grew = false;
      while (side()) {
        step();
        grew = true;
      }
      return grew;
    };
    for (let changed = true; changed;) {
      const up = grow(
        () => rowFilled(b.r0 - 1, b.c0 - 1, b.c1 + 1),
        () => b.r0--,
      );
      const down = grow(
        () => rowFilled(b.r1 + 1, b.c0 - 1, b.c1 + 1),
        () => b.r1++,
      );
      const left = grow(
        () => columnFilled(b.c0 - 1, b.r0 - 1, b.r1 + 1),
        () => b.c0--,
      );
      const right = grow(
        () => columnFilled(b.c1 + 1, b.r0 - 1, b.r1 + 1),
        () => b.c1++,
      );
      changed = up || down || left || right;
    }
    return b;
  }

  /** A deep copy of every non-blank cell, for "nothing changed" and "restored exactly" checks. */
  dump(): Record<string, ModelCell> {
    const blank = JSON.stringify(blankCell());
    const out: Record<string, ModelCell> = {};
    const entries = [...this.cells.entries()].map(([key, cell]) => [`${Math.floor(key / COLUMNS)}:${key % COLUMNS}`, cell] as const);
    for (const [key, cell] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      if (JSON.stringify(cell) !== blank) out[key] = JSON.parse(JSON.stringify(cell)) as ModelCell;
    return out;
  }
}
