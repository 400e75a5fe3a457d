import { parseBlock, type SheetBlock } from '../../src/excel/address';

/** One cell of the in-memory sheet the office-addin-mock tests read from and write to. */
export interface ModelCell {
  value: string | number | boolean;
  /** Set only for formulas ("=..."); constants report their value as the formula, as Office.js does. */
  formula: string | null;
  numberFormat: string;
  fill: { color: string; pattern: string } | null;
  bold: boolean;
}

export const blankCell = (): ModelCell => ({ value: '', formula: null, numberFormat: 'General', fill: null, bold: false });

/** A sparse sheet: every cell not stored is blank. */
export class SheetModel {
  private readonly cells = new Map<string, ModelCell>();
  /** 0-based sheet rows hidden by hand or by a filter. */
  readonly hiddenRows = new Set<number>();
  /** 0-based sheet columns hidden. */
  readonly hiddenColumns = new Set<number>();

  constructor(readonly name: string) {}

  cell(row: number, column: number): ModelCell {
    return this.cells.get(`${row}:${column}`) ?? blankCell();
  }

  update(row: number, column: number, change: (cell: ModelCell) => void): void {
    const cell = { ...this.cell(row, column) };
    change(cell);
    this.cells.set(`${row}:${column}`, cell);
  }

  /** Puts rows of values (and optional formats) with their top-left cell at `topLeft` ("A1"). */
  put(topLeft: string, values: (string | number | boolean)[][], numberFormats?: string[][]): void {
    const { firstRow, firstColumn } = this.block(topLeft);
    values.forEach((row, r) =>
      row.forEach((value, c) =>
        this.update(firstRow + r, firstColumn + c, (cell) => {
          cell.value = value;
          const format = numberFormats?.[r]?.[c];
          if (format !== undefined) cell.numberFormat = format;
        }),
      ),
    );
  }

  block(local: string): SheetBlock {
    return parseBlock(local, this.name);
  }

  map<T>(local: string, read: (cell: ModelCell) => T): T[][] {
    const b = this.block(local);
    const rows: T[][] = [];
    for (let r = b.firstRow; r <= b.lastRow; r++) {
      const row: T[] = [];
      for (let c = b.firstColumn; c <= b.lastColumn; c++) row.push(read(this.cell(r, c)));
      rows.push(row);
    }
    return rows;
  }

  values(local: string): (string | number | boolean)[][] {
    return this.map(local, (cell) => (cell.formula === null ? cell.value : ''));
  }

  formulas(local: string): (string | number | boolean)[][] {
    return this.map(local, (cell) => cell.formula ?? cell.value);
  }

  numberFormats(local: string): string[][] {
    return this.map(local, (cell) => cell.numberFormat);
  }

  /** Office.js valueTypes: an error text such as "#N/A" is an Error, as Excel reports it. */
  valueTypes(local: string): string[][] {
    return this.map(local, (cell) => {
      const value = cell.formula === null ? cell.value : '';
      if (value === '') return 'Empty';
      if (typeof value === 'number') return 'Double';
      if (typeof value === 'boolean') return 'Boolean';
      return /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(value) ? 'Error' : 'String';
    });
  }

  /** Office.js getRowProperties({ rowHidden: true }) for the rows of a block. */
  rowProperties(local: string): { rowHidden: boolean }[] {
    const b = this.block(local);
    return Array.from({ length: b.lastRow - b.firstRow + 1 }, (_, i) => ({ rowHidden: this.hiddenRows.has(b.firstRow + i) }));
  }

  /** Office.js getColumnProperties({ columnHidden: true }) for the columns of a block. */
  columnProperties(local: string): { columnHidden: boolean }[] {
    const b = this.block(local);
    return Array.from({ length: b.lastColumn - b.firstColumn + 1 }, (_, i) => ({ columnHidden: this.hiddenColumns.has(b.firstColumn + i) }));
  }

  /** Office.js Range.rowHidden / columnHidden (ExcelApi 1.2): true all, false none, null some. */
  allHidden(local: string, what: 'rows' | 'columns'): boolean | null {
    const flags = what === 'rows' ? this.rowProperties(local).map((r) => r.rowHidden) : this.columnProperties(local).map((c) => c.columnHidden);
    return flags.every(Boolean) ? true : flags.some(Boolean) ? null : false;
  }

  /** A deep copy of every stored cell, for "nothing changed" and "restored exactly" checks. */
  dump(): Record<string, ModelCell> {
    const out: Record<string, ModelCell> = {};
    for (const [key, cell] of [...this.cells.entries()].sort()) {
      const blank = JSON.stringify(cell) === JSON.stringify(blankCell());
      if (!blank) out[key] = JSON.parse(JSON.stringify(cell)) as ModelCell;
    }
    return out;
  }
}
