/**
 * An office-addin-mock workbook around a SheetModel. OfficeMockObject gives the load/sync
 * semantics (unloaded properties read "Error, property was not loaded"); what it cannot express —
 * ranges computed from an address, errors raised at sync, null objects — is added here:
 * every range a call returns is a fresh OfficeMockObject seeded from the model, synced by the
 * instrumented context.sync, and assignments to ranges that were not loaded are applied to the model.
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
}

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
  const tracked: RangeView[] = [];
  const recorded: Recorded[] = [];
  const blocks = new WeakMap<object, SheetBlock>();
  const events: boolean[] = [];
  const runOptions: (Excel.RunOptions | null)[] = [];
  let syncs = 0;
  let suspended = 0;
  let activated = 0;
  let selected: string | null = null;
  let pendingError: Error | null = null;

  const fail = (code: string): void => {
    pendingError ??= Object.assign(new Error(`${code}: raised by the mock at sync`), { code });
  };

  function track<T extends RangeView>(seed: Record<string, unknown>): T {
    const view = new OfficeMockObject(seed) as unknown as T;
    tracked.push(view);
    return view;
  }

  function range(local: string): RangeView {
    const block = sheet.block(local);
    const state: RangeState = { loaded: false, cleared: false, cellProperties: null, applied: false };
    const view = track<RangeView>({
      address: blockAddress(block),
      values: sheet.values(local),
      formulas: sheet.formulas(local),
      numberFormat: sheet.numberFormats(local),
      valueTypes: sheet.valueTypes(local),
      getRowProperties: () => ({ value: sheet.rowProperties(local) }),
      format: {
        fill: {
          clear: () => {
            state.cleared = true;
          },
        },
        font: {},
      },
      getCellProperties: (): { value: Excel.CellProperties[][] } => ({
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
    await mockSync();
    for (const view of tracked) await view.sync();
    applyWrites();
  };

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
  };
}
