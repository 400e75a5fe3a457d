/**
 * An office-addin-mock workbook around a SheetModel. OfficeMockObject gives the load/sync
 * semantics (unloaded properties read "Error, property was not loaded"); what it cannot express —
 * ranges computed from an address, errors raised at sync, null objects — is added here:
 * every range a call returns is a fresh OfficeMockObject seeded from the model, synced by the
 * instrumented context.sync, and assignments to ranges that were not loaded are applied to the model.
 * Each sync's payload is measured as Excel on the web would carry it: the JSON bytes of the cell data
 * sent (values, formulas, number formats, cell properties) and loaded back (the same, value types, row
 * and cell properties). With `payloadLimit`, a sync over it is refused as Excel refuses it.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { createExcelHost, type ExcelHost, type ExcelRunner } from '../../src/excel/host';
import { blockAddress, type SheetBlock } from '../../src/excel/address';
import type { SheetModel } from './sheetModel';

type Scalar = string | number | boolean;

export interface MockScenario {
  sheet: SheetModel;
  /** Local address of the selection, or 'chart' when a chart is selected (InvalidSelection at sync). */
  selection: string;
  /** What getSurroundingRegion returns (local address); defaults to the selection. */
  region?: string;
  /** The used range (values only), or null for an empty sheet. */
  used?: string | null;
  /** Excel tables on the sheet. */
  tables?: { name: string; address: string }[];
  /** Highest ExcelApi version the host reports, e.g. "1.17". */
  maxApi?: string;
  /** The workbook counts dates from 1904. */
  date1904?: boolean;
  /**
   * Refuse a sync whose request or response carries more bytes of cell data than this, with
   * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded (Excel on the web: 5 MB).
   */
  payloadLimit?: number;
}

/** Bytes of cell data in one sync: sent with the request, and loaded back in the response. */
export interface SyncPayload {
  request: number;
  response: number;
}

/** What the tests read back from a range mock (OfficeMockObject has an untyped index signature). */
interface RangeView {
  address: unknown;
  values: unknown;
  formulas: unknown;
  numberFormat: unknown;
  isNullObject?: boolean;
  format: { fill: { color?: unknown }; font: { bold?: unknown } };
  load(properties: string): unknown;
  sync(): Promise<void>;
}

interface RangeState {
  loaded: boolean;
  /** Properties loaded since the last sync (measured in its response). */
  pendingLoad: string[];
  cleared: boolean;
  cellProperties: Excel.SettableCellProperties[][] | null;
  applied: boolean;
}

interface Recorded extends RangeState {
  block: SheetBlock;
  view: RangeView;
}

export interface MockExcel {
  host: ExcelHost;
  syncCount(): number;
  /** Each enableEvents assignment, in order. */
  events: boolean[];
  screenSuspended(): number;
  /** Options passed to Excel.run, null where none were passed. */
  runOptions: (Excel.RunOptions | null)[];
  selected(): string | null;
  activated(): number;
  /** Local addresses of the ranges given values, formulas or formats, in call order. */
  writtenAddresses(): string[];
  /** Each sync's bytes of cell data, in order. */
  payloads: SyncPayload[];
}

/** Bytes of a value as JSON in UTF-8, as Office.js would carry it. */
export const jsonSize = (value: unknown): number => (value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value)));

const versionNumber = (v: string): number => {
  const [major, minor = '0'] = v.split('.');
  return Number(major) * 1000 + Number(minor);
};

function intersect(a: SheetBlock, b: SheetBlock): SheetBlock | null {
  const block = {
    sheetName: a.sheetName,
    firstRow: Math.max(a.firstRow, b.firstRow),
    firstColumn: Math.max(a.firstColumn, b.firstColumn),
    lastRow: Math.min(a.lastRow, b.lastRow),
    lastColumn: Math.min(a.lastColumn, b.lastColumn),
  };
  return block.firstRow <= block.lastRow && block.firstColumn <= block.lastColumn ? block : null;
}

const localOf = (block: SheetBlock): string => blockAddress(block).split('!')[1];

export function mockExcel(scenario: MockScenario): MockExcel {
  const { sheet } = scenario;
  const maxApi = versionNumber(scenario.maxApi ?? '1.17');
  /** Views loaded since the last sync: the sync resolves them (the others have nothing to resolve). */
  const toSync = new Set<RangeView>();
  const recorded: Recorded[] = [];
  const blocks = new WeakMap<object, SheetBlock>();
  const events: boolean[] = [];
  const runOptions: (Excel.RunOptions | null)[] = [];
  let syncs = 0;
  let suspended = 0;
  let activated = 0;
  let selected: string | null = null;
  let pendingError: Error | null = null;
  const payloads: SyncPayload[] = [];
  /** Results of getCellProperties / getRowProperties asked for since the last sync. */
  let pendingResults: { value: unknown }[] = [];
  const measured = <T extends { value: unknown }>(result: T): T => {
    pendingResults.push(result);
    return result;
  };

  const fail = (code: string): void => {
    pendingError ??= Object.assign(new Error(`${code}: raised by the mock at sync`), { code });
  };

  function track<T extends RangeView>(seed: Record<string, unknown>): T {
    const view = new OfficeMockObject(seed) as unknown as T;
    const load = view.load.bind(view);
    view.load = (properties: string) => {
      toSync.add(view);
      return load(properties);
    };
    return view;
  }

  function range(local: string): RangeView {
    const block = sheet.block(local);
    const state: RangeState = { loaded: false, pendingLoad: [], cleared: false, cellProperties: null, applied: false };
    // Cell data is read from the model when it is loaded (a 100 000-row test creates many ranges it only writes to).
    const cellData: Record<string, () => unknown> = {
      values: () => sheet.values(local),
      formulas: () => sheet.formulas(local),
      numberFormat: () => sheet.numberFormats(local),
      valueTypes: () => sheet.valueTypes(local),
      rowHidden: () => sheet.allHidden(local, 'rows'),
      columnHidden: () => sheet.allHidden(local, 'columns'),
    };
    const view = track<RangeView>({
      address: blockAddress(block),
      values: [],
      formulas: [],
      numberFormat: [],
      valueTypes: [],
      rowHidden: false,
      columnHidden: false,
      getRowProperties: () => measured({ value: sheet.rowProperties(local) }),
      getColumnProperties: () => measured({ value: sheet.columnProperties(local) }),
      format: {
        fill: {
          clear: () => {
            state.cleared = true;
          },
        },
        font: {},
      },
      getCellProperties: (): { value: Excel.CellProperties[][] } =>
        measured({
          value: sheet.map(local, (cell) => ({
            format: {
              fill: cell.fill ? { color: cell.fill.color, pattern: cell.fill.pattern as Excel.FillPattern } : { color: '#FFFFFF', pattern: 'None' },
              font: { bold: cell.bold },
            },
          })),
        }),
      setCellProperties: (properties: Excel.SettableCellProperties[][]) => {
        state.cellProperties = properties;
      },
      getSurroundingRegion: () => range(scenario.region ?? local),
      getTables: () => {
        const under = (scenario.tables ?? []).filter((t) => intersect(sheet.block(t.address), block));
        return {
          getCount: () => ({ value: under.length }),
          getFirst: () => {
            if (under.length === 0) fail('ItemNotFound');
            return table(under[0] ?? { name: '', address: 'A1' });
          },
        };
      },
      getIntersectionOrNullObject: (other: RangeView) => {
        const otherBlock = blocks.get(other);
        const overlap = otherBlock ? intersect(block, otherBlock) : null;
        const view = track<RangeView>({ address: overlap ? blockAddress(overlap) : '' });
        view.isNullObject = overlap === null;
        return view;
      },
      select: () => {
        selected = local;
      },
    });
    const originalLoad = view.load.bind(view);
    view.load = (properties: string) => {
      state.loaded = true;
      const names = properties.split(',').map((p) => p.trim());
      state.pendingLoad.push(...names);
      for (const name of names) if (name in cellData) (view as unknown as { setValue(name: string, value: unknown): void }).setValue(name, cellData[name]());
      return originalLoad(properties);
    };
    const record: Recorded = Object.assign(state, { block, view });
    recorded.push(record);
    blocks.set(view, block);
    return view;
  }

  function table(spec: { name: string; address: string }): RangeView {
    return track<RangeView>({ name: spec.name, getRange: () => range(spec.address) });
  }

  function usedRange(): RangeView {
    if (scenario.used === null) {
      const view = track<RangeView>({ address: '' });
      view.isNullObject = true;
      return view;
    }
    const view = range(scenario.used ?? 'A1');
    view.isNullObject = false;
    return view;
  }

  const worksheet = {
    name: sheet.name,
    getUsedRangeOrNullObject: () => usedRange(),
    getRange: (local: string) => range(local),
    activate: () => {
      activated++;
    },
    tables: {
      load: () => undefined,
    },
  };

  const excel = new OfficeMockObject({
    context: {
      workbook: {
        use1904DateSystem: scenario.date1904 === true,
        getSelectedRange: () => {
          if (scenario.selection === 'chart') {
            fail('InvalidSelection');
            return range('A1');
          }
          return range(scenario.selection);
        },
        worksheets: {
          active: worksheet,
          getActiveWorksheet: function (this: { active: unknown }) {
            return this.active;
          },
          getItem: function (this: { active: unknown }, name: string) {
            if (name !== sheet.name) fail('ItemNotFound');
            return this.active;
          },
        },
      },
      runtime: {},
      application: {
        suspendScreenUpdatingUntilNextSync: () => {
          suspended++;
        },
      },
    },
    run: async function (this: { context: unknown }, first: unknown, second?: unknown) {
      const batch = (typeof first === 'function' ? first : second) as (context: unknown) => Promise<unknown>;
      runOptions.push(typeof first === 'function' ? null : (first as Excel.RunOptions));
      await batch(this.context);
    },
  });

  // The legacy path loads items/name, which OfficeMockObject cannot navigate into an array: plain items.
  const sheetTables = (excel.context.workbook.worksheets.active as { tables: { items: unknown } }).tables;
  sheetTables.items = (scenario.tables ?? []).map((spec) => ({ name: spec.name, getRange: () => range(spec.address) }));

  let enableEvents = true;
  Object.defineProperty(excel.context.runtime, 'enableEvents', {
    get: () => enableEvents,
    set: (value: boolean) => {
      enableEvents = value;
      events.push(value);
    },
  });

  const context = excel.context as { sync(): Promise<void> };
  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    if (pendingError) {
      const error = pendingError;
      pendingError = null;
      throw error;
    }
    const payload: SyncPayload = { request: requestBytes(), response: 0 };
    payloads.push(payload);
    const limit = scenario.payloadLimit ?? Infinity;
    if (payload.request > limit) {
      // Excel refuses the whole request: nothing of it is applied.
      for (const record of recorded) if (!record.loaded) record.applied = true;
      pendingResults = [];
      throw Object.assign(new Error(`RequestPayloadSizeLimitExceeded: ${payload.request} bytes`), { code: 'RequestPayloadSizeLimitExceeded' });
    }
    await mockSync();
    const loaded = [...toSync];
    toSync.clear();
    for (const view of loaded) await view.sync();
    payload.response = responseBytes();
    applyWrites();
    if (payload.response > limit) {
      throw Object.assign(new Error(`ResponsePayloadSizeLimitExceeded: ${payload.response} bytes`), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
  };

  /** Cell data queued for writing since the last sync. */
  function requestBytes(): number {
    let bytes = 0;
    for (const record of recorded) {
      if (record.loaded || record.applied) continue;
      const { view } = record;
      for (const matrix of [view.values, view.formulas, view.numberFormat]) if (Array.isArray(matrix)) bytes += jsonSize(matrix);
      if (record.cellProperties) bytes += jsonSize(record.cellProperties);
    }
    return bytes;
  }

  /** Cell data loaded since the last sync. */
  function responseBytes(): number {
    let bytes = 0;
    for (const record of recorded) {
      for (const name of record.pendingLoad) bytes += jsonSize((record.view as unknown as Record<string, unknown>)[name]);
      record.pendingLoad = [];
    }
    for (const result of pendingResults) bytes += jsonSize(result.value);
    pendingResults = [];
    return bytes;
  }

  function applyWrites(): void {
    for (const record of recorded) {
      if (record.loaded || record.applied) continue;
      const { view, block } = record;
      const at = (matrix: unknown, r: number, c: number): unknown => (Array.isArray(matrix) ? (matrix[r] as unknown[])[c] : undefined);
      const touched =
        Array.isArray(view.values) || Array.isArray(view.formulas) || Array.isArray(view.numberFormat) || record.cleared ||
        view.format.fill.color !== undefined || view.format.font.bold !== undefined || record.cellProperties !== null;
      if (!touched) continue;
      record.applied = true;
      for (let r = 0; r <= block.lastRow - block.firstRow; r++) {
        for (let c = 0; c <= block.lastColumn - block.firstColumn; c++) {
          sheet.update(block.firstRow + r, block.firstColumn + c, (cell) => {
            const format = at(view.numberFormat, r, c);
            if (typeof format === 'string') cell.numberFormat = format;
            const formula = at(view.formulas, r, c);
            if (formula !== undefined && formula !== null) {
              const isFormula = typeof formula === 'string' && formula.startsWith('=');
              cell.formula = isFormula ? formula : null;
              cell.value = isFormula ? '' : (formula as Scalar);
            }
            const value = at(view.values, r, c);
            if (value !== undefined && value !== null) {
              cell.value = value as Scalar;
              cell.formula = null;
            }
            if (record.cleared) cell.fill = null;
            if (typeof view.format.font.bold === 'boolean') cell.bold = view.format.font.bold;
            if (typeof view.format.fill.color === 'string') cell.fill = { color: view.format.fill.color, pattern: 'Solid' };
            const props = record.cellProperties?.[r]?.[c]?.format;
            if (props?.font?.bold !== undefined) cell.bold = props.font.bold;
            if (props?.fill?.color) cell.fill = { color: props.fill.color, pattern: props.fill.pattern ?? 'Solid' };
          });
        }
      }
    }
  }

  const runner = excel as unknown as ExcelRunner;
  const host = createExcelHost(
    () => runner,
    () => ({ context: { requirements: { isSetSupported: (name: string, v?: string) => name === 'ExcelApi' && versionNumber(v ?? '1.1') <= maxApi } } }),
  );

  return {
    host,
    syncCount: () => syncs,
    events,
    screenSuspended: () => suspended,
    runOptions,
    selected: () => selected,
    activated: () => activated,
    writtenAddresses: () => recorded.filter((r) => r.applied).map((r) => localOf(r.block)),
    payloads,
  };
}
