import { splitSheet, parseLocal } from '../address';
import { ClientObject, copyOf, live, type Context } from '../context';
import { officeError } from '../errors';
import type { ChangeHandler, FakeSheet } from '../workbookModel';
import { ChartCollectionProxy } from './chart';
import { RangeProxy } from './range';
import { TableCollectionProxy } from './table';

export class WorksheetProxy extends ClientObject<FakeSheet> {
  protected readonly kind = 'worksheet';
  protected readonly scalars = ['name', 'id', 'visibility'];
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly onChanged: ChangedEventProxy;
  readonly pageLayout: PageLayoutProxy;

  constructor(context: Context, resolve: (() => FakeSheet | null) | { known: FakeSheet }) {
    super(context, resolve);
    // Resolved with the worksheet, so a null worksheet gives a null collection rather than an error.
    this.tables = new TableCollectionProxy(
      context,
      () => this.target?.tables.map((table) => ({ sheet: live(this.target, 'worksheet'), table })) ?? null,
    );
    this.charts = new ChartCollectionProxy(this);
    this.onChanged = new ChangedEventProxy(this);
    this.pageLayout = new PageLayoutProxy(this);
  }

  protected override read(sheet: FakeSheet, name: string): unknown {
    return name === 'name' ? sheet.name : name === 'id' ? sheet.id : sheet.visibility;
  }

  get name(): string {
    return this.get('name') as string;
  }
  get id(): string {
    return this.get('id') as string;
  }
  get visibility(): unknown {
    return this.get('visibility');
  }
  set visibility(visibility: unknown) {
    this.set(visibility, (sheet, value) => this.state.model.setVisibility(sheet, value));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = live(this.target, 'worksheet');
      const parts = splitSheet(address ?? '');
      if (parts.sheet !== null && parts.sheet !== sheet.name)
        throw officeError('InvalidArgument', `The address ${address} is not on ${sheet.name}`);
      return { sheet, block: parseLocal(parts.local) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = live(this.target, 'worksheet');
      const block = sheet.model.usedBlock(valuesOnly === true);
      return block ? { sheet, block } : null;
    });
  }

  activate(): void {
    this.enqueueLive((sheet) => {
      this.state.stats.activations++;
      this.state.model.activate(sheet);
    });
  }
}

/** worksheet.onChanged [1.7]: add(handler) registers at the next sync and returns { context, remove }. */
class ChangedEventProxy {
  constructor(private readonly worksheet: WorksheetProxy) {}

  add(handler: ChangeHandler): { context: Context; remove(): void } {
    if (typeof handler !== 'function') throw officeError('InvalidArgument', 'onChanged.add needs a function');
    const { worksheet } = this;
    const context = worksheet.context;
    worksheet.enqueueLive((sheet) => {
      context.state.needApi('1.7', 'Worksheet.onChanged');
      sheet.handlers.push(handler);
    });
    return {
      context,
      // Excel removes a handler only through the context it was added in: queued there.
      remove: () => {
        context.queue.push(() => {
          const handlers = worksheet.target?.handlers ?? [];
          const at = handlers.indexOf(handler);
          if (at >= 0) handlers.splice(at, 1);
        });
      },
    };
  }
}

/** worksheet.pageLayout [1.9]: what is set is recorded on the sheet at the next sync. */
class PageLayoutProxy {
  readonly headersFooters: { defaultForAllPages: Record<'leftFooter' | 'centerFooter' | 'rightFooter', unknown> };

  constructor(private readonly worksheet: WorksheetProxy) {
    const set = (name: string) => (value: unknown) => this.apply(name, value);
    const [left, center, right] = ['leftFooter', 'centerFooter', 'rightFooter'].map((name) => set(`footer.${name}`));
    this.headersFooters = {
      defaultForAllPages: {
        set leftFooter(value: unknown) {
          left(value);
        },
        set centerFooter(value: unknown) {
          center(value);
        },
        set rightFooter(value: unknown) {
          right(value);
        },
      },
    };
  }

  private apply(name: string, value: unknown): void {
    const copy = copyOf(value);
    const state = this.worksheet.context.state;
    this.worksheet.enqueueLive((sheet) => {
      state.needApi('1.9', `PageLayout.${name}`);
      if (state.settings.refusePageLayout) throw officeError('GeneralException', `The host refused pageLayout.${name}.`);
      sheet.pageLayout[name] = copy;
    });
  }

  set orientation(value: unknown) {
    this.apply('orientation', value);
  }
  set paperSize(value: unknown) {
    this.apply('paperSize', value);
  }
  set centerHorizontally(value: unknown) {
    this.apply('centerHorizontally', value);
  }
  set zoom(value: unknown) {
    this.apply('zoom', value);
  }
  setPrintArea(area: unknown): void {
    this.apply('printArea', area);
  }
  setPrintTitleRows(rows: unknown): void {
    this.apply('printTitleRows', rows);
  }
}
