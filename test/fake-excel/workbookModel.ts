import { parseLocal, splitSheet, cellBlock, type Block } from './address';
import { officeError } from './errors';
import { SheetModel } from './sheetModel';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type ChangeHandler = (event: Excel.WorksheetChangedEventArgs) => unknown;

/** A chart as the fake records it; addresses carry the sheet ("'Kvot jämförelse'!E6:E26"). */
export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  series: { name: string | null; values: string | null; xValues: string | null }[];
  categoryAxis: { reversePlotOrder?: boolean; tickLabelSpacing?: number };
  position: { start: string; end: string | null } | null;
}

/** A worksheet: its cells (the SheetModel) and what the fake records of the rest. */
export class FakeSheet {
  readonly id: string;
  visibility: Visibility = 'Visible';
  readonly tables: { name: string; block: Block }[] = [];
  readonly charts: FakeChart[] = [];
  /** Local addresses merged ("A1:C1", "A1:C3 (across)"), in order. */
  readonly merges: string[] = [];
  readonly alignments: { address: string; alignment: string }[] = [];
  readonly autofitted: string[] = [];
  /** Layout formats set on ranges (wrapText, rowHeight, columnWidth, borders …), in order. */
  readonly formats: { address: string; property: string; value: unknown }[] = [];
  /** worksheet.pageLayout as set (ExcelApi 1.9): property or method name → value. */
  readonly pageLayout: Record<string, unknown> = {};
  readonly handlers: ChangeHandler[] = [];

  constructor(
    readonly model: SheetModel,
    index: number,
  ) {
    this.id = `{00000000-0001-0000-${String(index).padStart(4, '0')}-000000000000}`;
  }

  get name(): string {
    return this.model.name;
  }
}

/** What is selected: a range, or null when a chart is (getSelectedRange then fails with InvalidSelection). */
export type Selection = { sheet: FakeSheet; block: Block } | null;

/** The sheets, which is active and what is selected, with Excel's rules for each. */
export class WorkbookModel {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet;
  selection: Selection = null;
  private ids = 0;

  constructor(models: SheetModel[], activeSheet: string | undefined, selection: string | null) {
    for (const model of models.length > 0 ? models : [new SheetModel('Blad1')]) this.sheets.push(new FakeSheet(model, ++this.ids));
    this.active = (activeSheet === undefined ? null : this.sheet(activeSheet)) ?? this.sheets[0];
    this.select(selection);
  }

  /** Excel finds sheets by name without regard to case. */
  sheet(name: string): FakeSheet | null {
    const wanted = String(name).toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted) ?? null;
  }

  /** worksheets.add: at the end, not activated; Excel's rules for names. */
  addSheet(name: unknown): FakeSheet {
    if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) {
      throw officeError('InvalidArgument', `Not a valid sheet name: "${String(name)}"`);
    }
    if (this.sheet(name)) throw officeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
    const sheet = new FakeSheet(new SheetModel(name), ++this.ids);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Hiding: one sheet must stay visible; a hidden active sheet hands over to the first visible one. */
  setVisibility(sheet: FakeSheet, visibility: unknown): void {
    if (visibility !== 'Visible' && visibility !== 'Hidden' && visibility !== 'VeryHidden')
      throw officeError('InvalidArgument', `Not a visibility: ${String(visibility)}`);
    if (visibility !== 'Visible') {
      const others = this.sheets.filter((s) => s !== sheet && s.visibility === 'Visible');
      if (others.length === 0) throw officeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      if (this.active === sheet) {
        this.active = others[0];
        this.selection = { sheet: others[0], block: cellBlock(0, 0) };
      }
    }
    sheet.visibility = visibility;
  }

  activate(sheet: FakeSheet): void {
    if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', `A hidden sheet cannot be activated: ${sheet.name}`);
    this.active = sheet;
    if (this.selection?.sheet !== sheet) this.selection = { sheet, block: cellBlock(0, 0) };
  }

  /** Selects "A1", "Blad1!B2:C3", or null for "a chart is selected". */
  select(address: string | null): void {
    if (address === null) {
      this.selection = null;
      return;
    }
    const parts = splitSheet(address);
    const sheet = parts.sheet === null ? this.active : this.sheet(parts.sheet);
    if (!sheet) throw officeError('ItemNotFound', `No sheet "${parts.sheet}"`);
    this.active = sheet;
    this.selection = { sheet, block: parseLocal(parts.local) };
  }
}
