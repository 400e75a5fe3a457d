import { localOf, type Block } from './address';
import { valueType, type Scalar } from './sheetModel';
import type { Stats } from './state';
import type { FakeSheet } from './workbookModel';

interface Change {
  sheet: FakeSheet;
  block: Block;
  triggerSource: 'ThisLocalAddin' | 'Unknown';
  before: Scalar[][];
}

/**
 * Worksheet onChanged: changes made while the add-in's events are on are raised after the sync
 * that made them (Excel raises events asynchronously), each handler called, its errors kept.
 */
export class ChangeEvents {
  private pending: Change[] = [];
  private dispatching: Promise<void> = Promise.resolve();

  constructor(
    private readonly stats: Stats,
    private readonly runtime: { enableEvents: boolean },
    private readonly supports: (version: string) => boolean,
  ) {}

  /** Queues onChanged for a change, unless this add-in's events are off (as Excel does). */
  note(sheet: FakeSheet, block: Block, triggerSource: Change['triggerSource'], before: Scalar[][]): void {
    if (this.runtime.enableEvents) this.pending.push({ sheet, block, triggerSource, before });
  }

  /** Raises what is pending; resolves once every event raised so far has reached its handlers. */
  dispatch(): Promise<void> {
    const changes = this.pending;
    this.pending = [];
    if (changes.length === 0) return this.dispatching;
    this.dispatching = this.dispatching
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
      .then(async () => {
        const calls: Promise<unknown>[] = [];
        for (const change of changes) {
          const args = this.args(change);
          const handlers = [...change.sheet.handlers];
          this.stats.changeEvents.push({
            sheet: change.sheet.name,
            address: args.address,
            triggerSource: change.triggerSource,
            handlers: handlers.length,
          });
          for (const handler of handlers) calls.push(Promise.resolve().then(() => this.call(handler, args)));
        }
        await Promise.all(calls);
      });
    return this.dispatching;
  }

  /** Calls a sheet's handlers directly with an event (a unit test's "Excel raised this"). */
  async raise(sheet: FakeSheet, event: Partial<Excel.WorksheetChangedEventArgs> & { address: string }): Promise<void> {
    const args = {
      changeType: 'RangeEdited',
      source: 'Local',
      type: 'WorksheetChanged',
      worksheetId: sheet.id,
      ...event,
    } as Excel.WorksheetChangedEventArgs;
    for (const handler of [...sheet.handlers]) await handler(args);
  }

  private async call(handler: FakeSheet['handlers'][number], args: Excel.WorksheetChangedEventArgs): Promise<void> {
    try {
      await handler(args);
    } catch (error) {
      this.stats.handlerErrors.push(error instanceof Error ? error.message : String(error));
    }
  }

  private args(change: Change): Excel.WorksheetChangedEventArgs {
    const args: Record<string, unknown> = {
      address: localOf(change.block),
      changeType: 'RangeEdited',
      source: 'Local',
      type: 'WorksheetChanged',
      worksheetId: change.sheet.id,
    };
    if (this.supports('1.14')) args.triggerSource = change.triggerSource;
    const { block } = change;
    if (block.r0 === block.r1 && block.c0 === block.c1 && this.supports('1.9')) {
      const before = change.before[0][0];
      const cell = change.sheet.model.cell(block.r0, block.c0);
      const after = cell.formula === null ? cell.value : '';
      args.details = { valueBefore: before, valueAfter: after, valueTypeBefore: valueType(before), valueTypeAfter: valueType(after) };
    }
    return args as unknown as Excel.WorksheetChangedEventArgs;
  }
}
