import { ClientObject, type Context } from '../context';
import { officeError } from '../errors';
import type { FakeSheet, WorkbookModel } from '../workbookModel';
import { CustomXmlPartCollectionProxy } from './customXml';
import { RangeProxy } from './range';
import { WorksheetProxy } from './worksheet';

export class WorkbookProxy extends ClientObject<WorkbookModel> {
  protected readonly kind = 'Workbook';
  protected readonly scalars = ['use1904DateSystem'];
  readonly worksheets: WorksheetCollectionProxy;
  readonly customXmlParts: CustomXmlPartCollectionProxy;

  constructor(context: Context) {
    super(context, { known: context.state.model });
    this.worksheets = new WorksheetCollectionProxy(context);
    this.customXmlParts = new CustomXmlPartCollectionProxy(context);
  }

  protected override read(): unknown {
    return this.state.settings.date1904;
  }

  get use1904DateSystem(): boolean {
    return this.get('use1904DateSystem') as boolean;
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const selection = this.state.model.selection;
      if (!selection) throw officeError('InvalidSelection', 'The current selection is not a range (a chart is selected).');
      return { sheet: selection.sheet, block: selection.block };
    });
  }
}

/** workbook.worksheets; items (with their names) after load('items/name') and a sync. */
class WorksheetCollectionProxy extends ClientObject<FakeSheet[]> {
  protected readonly kind = 'WorksheetCollection';
  protected readonly scalars = ['items', 'items/name'];

  constructor(context: Context) {
    super(context, { known: context.state.model.sheets });
  }

  protected override read(sheets: FakeSheet[]): unknown {
    return sheets.map((sheet) => new WorksheetProxy(this.context, { known: sheet }).know('name', sheet.name));
  }

  protected override afterLoad(): void {
    const items = this.loaded.items ?? this.loaded['items/name'];
    this.loaded = Object.create(null) as Record<string, unknown>;
    this.loaded.items = items;
  }

  get items(): WorksheetProxy[] {
    return this.get('items') as WorksheetProxy[];
  }

  add(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.state.model.addSheet(name));
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.state.model.sheet(name));
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.state.model.active);
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const sheet = this.state.model.sheet(name);
      if (!sheet) throw officeError('ItemNotFound', `No worksheet named "${name}"`);
      return sheet;
    });
  }
}

/** context.runtime: enableEvents [1.8], each assignment logged. */
export class RuntimeProxy extends ClientObject<{ enableEvents: boolean }> {
  protected readonly kind = 'Runtime';
  protected readonly scalars = ['enableEvents'];

  constructor(context: Context) {
    super(context, { known: context.state.runtime });
  }

  protected override read(runtime: { enableEvents: boolean }): unknown {
    return runtime.enableEvents;
  }

  get enableEvents(): boolean {
    return this.get('enableEvents') as boolean;
  }
  set enableEvents(value: boolean) {
    this.set(value, (runtime, copy) => {
      runtime.enableEvents = copy === true;
      this.state.stats.eventsLog.push(runtime.enableEvents);
    });
  }
}

/** context.application: screen updating and calculation, recorded (the fake evaluates no formulas). */
export class ApplicationProxy {
  constructor(private readonly context: Context) {}

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.queue.push(() => this.context.state.stats.screenSuspensions++);
  }

  calculate(calculationType: string): void {
    this.context.queue.push(() => this.context.state.stats.calculations.push(String(calculationType)));
  }
}
