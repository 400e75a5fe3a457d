import type { Block } from '../address';
import { ClientObject, live, resultOf, type ClientResult, type Context } from '../context';
import { officeError } from '../errors';
import type { FakeSheet } from '../workbookModel';
import { RangeProxy } from './range';

export interface TableEntry {
  sheet: FakeSheet;
  table: { name: string; block: Block };
}

export class TableProxy extends ClientObject<TableEntry> {
  protected readonly kind = 'Table';
  protected readonly scalars = ['name'];

  protected override read(entry: TableEntry): unknown {
    return entry.table.name;
  }

  get name(): string {
    return this.get('name') as string;
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const entry = live(this.target, 'table');
      return { sheet: entry.sheet, block: entry.table.block };
    });
  }
}

/** Items (with their names) after load('items/name'), load('name') or load('items') and a sync. */
abstract class TableItems extends ClientObject<TableEntry[]> {
  protected override read(entries: TableEntry[]): unknown {
    return entries.map((entry) => new TableProxy(this.context, { known: entry }).know('name', entry.table.name));
  }

  protected override afterLoad(): void {
    const items = this.loaded.items ?? this.loaded['items/name'] ?? this.loaded.name;
    this.loaded = Object.create(null) as Record<string, unknown>;
    this.loaded.items = items;
  }

  get items(): TableProxy[] {
    return this.get('items') as TableProxy[];
  }
}

/** worksheet.tables. */
export class TableCollectionProxy extends TableItems {
  protected readonly kind = 'TableCollection';
  protected readonly scalars = ['items', 'items/name', 'name'];
}

/** range.getTables(fullyContained): the tables touching (or inside) the range. */
export class TableScopedCollectionProxy extends TableItems {
  protected readonly kind = 'TableScopedCollection';
  protected readonly scalars = ['items', 'items/name', 'name'];

  constructor(context: Context, resolve: () => TableEntry[] | null) {
    super(context, resolve);
  }

  getCount(): ClientResult<number> {
    return resultOf(this, (entries) => entries.length);
  }

  getFirst(): TableProxy {
    return new TableProxy(this.context, () => {
      const entries = live(this.target, 'table collection');
      if (entries.length === 0) throw officeError('ItemNotFound', 'There is no table in the range.');
      return entries[0];
    });
  }
}
