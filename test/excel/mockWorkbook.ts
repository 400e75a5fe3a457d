/**
 * An office-addin-mock workbook of several sheets, for the issue-4 adapter parts: sheets added and
 * hidden, custom XML parts, charts, merges and worksheet change events. Loadable objects (worksheets,
 * used ranges, XML parts) are OfficeMockObjects, so a property read before load + sync gives
 * "Error, property was not loaded"; everything the adapter asks Excel to do is queued and applied at
 * the instrumented context.sync(), in call order, and an operation Excel would refuse rejects the sync.
 * isNullObject, collection items and ClientResult values throw until the sync that resolves them.
 * Each sync's payload is measured (JSON bytes of what is set, and of what is loaded back), and with
 * `payloadLimit` a sync over it is refused as Excel on the web refuses it.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { createExcelHost, type ExcelHost, type ExcelRunner } from '../../src/excel/host';
import { blockAddress, localAddress, parseBlock, type SheetBlock } from '../../src/excel/address';
import { SheetModel } from './sheetModel';
import { jsonSize, type SyncPayload } from './mockExcel';

type Scalar = string | number | boolean;
type ChangeHandler = (event: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

export interface MockChart {
  type: string;
  /** Local address of the source range. */
  source: string;
  seriesBy: string | undefined;
  title: string | null;
  series: { name: string | null; values: string | null; xValues: string | null }[];
  categoryAxis: { reversePlotOrder?: boolean; tickLabelSpacing?: number };
  position: { start: string; end: string | undefined } | null;
}

export interface MockSheet {
  model: SheetModel;
  id: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  charts: MockChart[];
  /** Local addresses merged, and cells given a horizontal alignment, autofitted ranges. */
  merges: string[];
  alignments: { address: string; alignment: string }[];
  autofitted: string[];
  /** Other format properties set on ranges (wrapText, rowHeight, columnWidth, borders …), in order. */
  formats: { address: string; property: string; value: unknown }[];
  /** worksheet.pageLayout as set (ExcelApi 1.9): property or method name → value. */
  pageLayout: Record<string, unknown>;
  handlers: ChangeHandler[];
}

export interface MockPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface MockWorkbookSpec {
  sheets: SheetModel[];
  activeSheet?: string;
  /** Highest ExcelApi version the host reports; "1.17" by default. */
  maxApi?: string;
  parts?: { xml: string }[];
  /** The host refuses any pageLayout change at sync, as some hosts refuse parts of it. */
  refusePageLayout?: boolean;
  /** Refuse a sync carrying more bytes than this either way (Excel on the web: 5 MB). */
  payloadLimit?: number;
}

export interface MockWorkbook {
  host: ExcelHost;
  syncCount(): number;
  /** Each enableEvents assignment, in order. */
  events: boolean[];
  runOptions: unknown[];
  sheetNames(): string[];
  sheet(name: string): MockSheet;
  activeSheet(): string;
  parts: MockPart[];
  /** Calls the onChanged handlers registered on the sheet, as Excel would for a change. */
  change(sheetName: string, event: Partial<Excel.WorksheetChangedEventArgs> & { address: string }): Promise<void>;
  /** Each sync's bytes sent and loaded, in order. */
  payloads: SyncPayload[];
}

const versionNumber = (v: string): number => {
  const [major, minor = '0'] = v.split('.');
  return Number(major) * 1000 + Number(minor);
};

/** A Rich API error as Office.js raises it at sync. */
const officeError = (code: string, message: string): Error => Object.assign(new Error(`${code}: ${message}`), { code });

/** The namespace of the root element, as Excel reads it for getByNamespace. */
function rootNamespace(xml: string): string {
  const root = /<(?:[\w.-]+:)?[\w.-]+(\s[^>]*)?\/?>/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ''));
  const ns = root?.[1] ? /\sxmlns(?::[\w.-]+)?\s*=\s*"([^"]*)"/.exec(root[1]) : null;
  return ns ? ns[1] : '';
}

/** Excel refuses XML that is not well formed; here: "]]>" in text outside CDATA, or no root. */
function checkXml(xml: string): void {
  const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  if (!/^\s*</.test(xml) || outsideCdata.includes(']]>') || outsideCdata.includes('<![CDATA[')) {
    throw officeError('InvalidArgument', 'The XML is not well formed.');
  }
}

export function mockWorkbook(spec: MockWorkbookSpec): MockWorkbook {
  const maxApi = versionNumber(spec.maxApi ?? '1.17');
  const sheets: MockSheet[] = [];
  const parts: MockPart[] = [];
  const events: boolean[] = [];
  const runOptions: unknown[] = [];
  const tracked: OfficeMockObject[] = [];
  let queue: (() => void)[] = [];
  let syncs = 0;
  const payloads: SyncPayload[] = [];
  let pending: SyncPayload = { request: 0, response: 0 };
  let ids = 0;

  const newSheet = (model: SheetModel): MockSheet => ({
    model,
    id: `{sheet-${++ids}}`,
    visibility: 'Visible',
    charts: [],
    merges: [],
    alignments: [],
    autofitted: [],
    formats: [],
    pageLayout: {},
    handlers: [],
  });
  for (const model of spec.sheets) sheets.push(newSheet(model));
  let active = spec.activeSheet ?? sheets[0]?.model.name ?? '';
  for (const part of spec.parts ?? []) parts.push({ id: `{part-${++ids}}`, xml: part.xml, namespaceUri: rootNamespace(part.xml) });

  const find = (name: string): MockSheet | null => sheets.find((s) => s.model.name.toLowerCase() === name.toLowerCase()) ?? null;
  const need = (version: string, what: string): void => {
    if (versionNumber(version) > maxApi) throw officeError('ApiNotFound', `${what} needs ExcelApi ${version}.`);
  };

  function track(seed: Record<string, unknown>): OfficeMockObject & Record<string, unknown> {
    const view = new OfficeMockObject(seed) as OfficeMockObject & Record<string, unknown>;
    tracked.push(view);
    return view;
  }

  /** A value known only after the sync that runs `compute` (isNullObject, items, ClientResult). */
  function later<T>(target: object, property: string, compute: () => T): void {
    let state: { value: T } | null = null;
    queue.push(() => {
      state = { value: compute() };
      pending.response += jsonSize(state.value);
    });
    Object.defineProperty(target, property, {
      configurable: true, // loaded again later
      get: () => {
        if (!state) throw officeError('PropertyNotLoaded', `${property} is known after context.sync().`);
        return state.value;
      },
    });
  }

  function setter(target: object, property: string, apply: (value: unknown) => void): void {
    Object.defineProperty(target, property, {
      set: (value: unknown) => {
        const copy = JSON.parse(JSON.stringify(value)) as unknown;
        pending.request += jsonSize(value);
        queue.push(() => apply(copy));
      },
    });
  }

  function writeMatrix(sheet: MockSheet, block: SheetBlock, matrix: unknown, write: (cell: ReturnType<SheetModel['cell']>, value: Scalar) => void): void {
    const rows = block.lastRow - block.firstRow + 1;
    const columns = block.lastColumn - block.firstColumn + 1;
    const ok = Array.isArray(matrix) && matrix.length === rows && matrix.every((row) => Array.isArray(row) && row.length === columns);
    if (!ok) throw officeError('InvalidArgument', `The array does not match the size of ${localAddress(block)}.`);
    (matrix as unknown[][]).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        sheet.model.update(block.firstRow + r, block.firstColumn + c, (cell) => write(cell, value as Scalar));
      }),
    );
  }

  // -- ranges (write-only here, but for the values of a range's used part: the log reads column A)

  function range(resolveSheet: () => MockSheet, local: string) {
    const block = (): SheetBlock => parseBlock(local, resolveSheet().model.name);
    const target = {
      _local: local,
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        let loaded = false;
        const used: Record<string, unknown> = {
          load: (properties: string) => {
            if (properties !== 'values') throw new Error(`The mock loads a used range's values, not ${properties}`);
            loaded = true;
          },
        };
        const inside = () => {
          if (!valuesOnly) throw officeError('InvalidArgument', 'The adapter reads the used range of values only.');
          return usedBlock(resolveSheet(), block());
        };
        later(used, 'isNullObject', () => inside() === null);
        later(used, 'values', () => {
          const b = inside();
          return loaded && b ? resolveSheet().model.values(localAddress(b)) : undefined;
        });
        return used;
      },
      merge: (across?: boolean) => {
        queue.push(() => resolveSheet().merges.push(across ? `${local} (across)` : local));
      },
      format: {
        font: {},
        autofitColumns: () => {
          queue.push(() => resolveSheet().autofitted.push(local));
        },
        borders: {
          getItem: (edge: string) => {
            const border = {};
            setter(border, 'style', (style) => resolveSheet().formats.push({ address: local, property: `borders.${edge}.style`, value: style }));
            return border;
          },
        },
      },
    };
    for (const property of ['wrapText', 'verticalAlignment', 'rowHeight', 'columnWidth']) {
      setter(target.format, property, (value) => resolveSheet().formats.push({ address: local, property, value }));
    }
    setter(target, 'values', (matrix) =>
      writeMatrix(resolveSheet(), block(), matrix, (cell, value) => {
        cell.value = value;
        cell.formula = null;
      }),
    );
    setter(target, 'numberFormat', (matrix) =>
      writeMatrix(resolveSheet(), block(), matrix, (cell, value) => {
        cell.numberFormat = String(value);
      }),
    );
    setter(target.format.font, 'bold', (bold) => {
      const b = block();
      for (let r = b.firstRow; r <= b.lastRow; r++) for (let c = b.firstColumn; c <= b.lastColumn; c++) resolveSheet().model.update(r, c, (cell) => (cell.bold = bold === true));
    });
    setter(target.format, 'horizontalAlignment', (alignment) => resolveSheet().alignments.push({ address: local, alignment: String(alignment) }));
    return target;
  }

  /** The used block of the sheet (values only), or of its part inside `within`. */
  function usedBlock(sheet: MockSheet, within?: SheetBlock): SheetBlock | null {
    const inside = ([r, c]: number[]) => !within || (r >= within.firstRow && r <= within.lastRow && c >= within.firstColumn && c <= within.lastColumn);
    const keys = Object.entries(sheet.model.dump())
      .filter(([, cell]) => cell.value !== '' || cell.formula !== null)
      .map(([key]) => key.split(':').map(Number))
      .filter(inside);
    if (keys.length === 0) return null;
    const rows = keys.map(([r]) => r);
    const columns = keys.map(([, c]) => c);
    return { sheetName: sheet.model.name, firstRow: Math.min(...rows), firstColumn: Math.min(...columns), lastRow: Math.max(...rows), lastColumn: Math.max(...columns) };
  }

  // -- charts

  function chartProxy(resolveChart: () => MockChart) {
    const seriesProxy = (resolveSeries: () => MockChart['series'][number]) => {
      const proxy = {
        setValues: (source: { _local: string }) => {
          queue.push(() => {
            need('1.7', 'ChartSeries.setValues');
            resolveSeries().values = source._local;
          });
        },
        setXAxisValues: (source: { _local: string }) => {
          queue.push(() => {
            need('1.7', 'ChartSeries.setXAxisValues');
            resolveSeries().xValues = source._local;
          });
        },
      };
      setter(proxy, 'name', (name) => (resolveSeries().name = String(name)));
      return proxy;
    };
    const title = {};
    setter(title, 'text', (text) => (resolveChart().title = String(text)));
    const categoryAxis = {};
    setter(categoryAxis, 'reversePlotOrder', (value) => {
      need('1.7', 'ChartAxis.reversePlotOrder');
      resolveChart().categoryAxis.reversePlotOrder = value === true;
    });
    setter(categoryAxis, 'tickLabelSpacing', (value) => {
      need('1.7', 'ChartAxis.tickLabelSpacing');
      resolveChart().categoryAxis.tickLabelSpacing = Number(value);
    });
    return {
      title,
      axes: { categoryAxis },
      series: {
        getItemAt: (index: number) =>
          seriesProxy(() => {
            const item = resolveChart().series[index];
            if (!item) throw officeError('ItemNotFound', `No series ${index}.`);
            return item;
          }),
        add: (name?: string) => {
          let created: MockChart['series'][number] | null = null;
          queue.push(() => {
            need('1.7', 'ChartSeriesCollection.add');
            created = { name: name ?? null, values: null, xValues: null };
            resolveChart().series.push(created);
          });
          return seriesProxy(() => {
            if (!created) throw officeError('ItemNotFound', 'The series was not added.');
            return created;
          });
        },
      },
      setPosition: (start: string, end?: string) => {
        queue.push(() => (resolveChart().position = { start, end }));
      },
    };
  }

  // -- page layout (ExcelApi 1.9): every change is checked and recorded at sync

  function pageLayout(sheet: () => MockSheet) {
    const apply = (name: string, value: unknown) => {
      need('1.9', `pageLayout.${name}`);
      if (spec.refusePageLayout) throw officeError('GeneralException', `The host refused pageLayout.${name}.`);
      sheet().pageLayout[name] = value;
    };
    const footers = {};
    for (const name of ['leftFooter', 'centerFooter', 'rightFooter']) setter(footers, name, (value) => apply(`footer.${name}`, value));
    const layout = {
      setPrintArea: (area: string) => queue.push(() => apply('printArea', area)),
      setPrintTitleRows: (rows: string) => queue.push(() => apply('printTitleRows', rows)),
      headersFooters: { defaultForAllPages: footers },
    };
    for (const name of ['orientation', 'paperSize', 'centerHorizontally', 'zoom']) setter(layout, name, (value) => apply(name, value));
    return layout;
  }

  // -- worksheets

  function worksheet(resolveSheet: () => MockSheet | null, seed: MockSheet | null) {
    const sheet = (): MockSheet => {
      const found = resolveSheet();
      if (!found) throw officeError('ItemNotFound', 'The worksheet does not exist.');
      return found;
    };
    const view = track({ name: seed?.model.name ?? '', id: seed?.id ?? '' });
    Object.assign(view, {
      getRange: (local: string) => range(sheet, local),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        const current = seed ?? resolveSheet();
        const block = current ? usedBlock(current) : null;
        const used = track({ address: block ? blockAddress(block) : '' });
        later(used, 'isNullObject', () => {
          if (!valuesOnly) throw officeError('InvalidArgument', 'The adapter reads the used range of values only.');
          return usedBlock(sheet()) === null;
        });
        return used;
      },
      activate: () => {
        queue.push(() => {
          const target = sheet();
          if (target.visibility !== 'Visible') throw officeError('InvalidOperation', `A hidden sheet cannot be activated: ${target.model.name}`);
          active = target.model.name;
        });
      },
      charts: {
        add: (type: string, source: { _local: string }, seriesBy?: string) => {
          let created: MockChart | null = null;
          queue.push(() => {
            // As Excel does for a source of numbers only: one series per column (or row), no names or categories.
            const block = parseBlock(source._local, 'x');
            const byRows = seriesBy === 'Rows';
            const count = byRows ? block.lastRow - block.firstRow + 1 : block.lastColumn - block.firstColumn + 1;
            const line = (i: number): string =>
              localAddress(byRows ? { ...block, firstRow: block.firstRow + i, lastRow: block.firstRow + i } : { ...block, firstColumn: block.firstColumn + i, lastColumn: block.firstColumn + i });
            created = {
              type,
              source: source._local,
              seriesBy,
              title: null,
              series: Array.from({ length: count }, (_, i) => ({ name: null, values: line(i), xValues: null })),
              categoryAxis: {},
              position: null,
            };
            sheet().charts.push(created);
          });
          return chartProxy(() => {
            if (!created) throw officeError('ItemNotFound', 'The chart was not added.');
            return created;
          });
        },
      },
      pageLayout: pageLayout(sheet),
      onChanged: {
        add: (handler: ChangeHandler) => {
          queue.push(() => {
            need('1.7', 'Worksheet.onChanged');
            sheet().handlers.push(handler);
          });
          return {
            context: excel.context,
            remove: () => {
              queue.push(() => {
                const list = sheet().handlers;
                const at = list.indexOf(handler);
                if (at >= 0) list.splice(at, 1);
              });
            },
          };
        },
      },
    });
    setter(view, 'visibility', (value) => {
      const target = sheet();
      const visibility = value as MockSheet['visibility'];
      if (visibility !== 'Visible' && sheets.filter((s) => s !== target && s.visibility === 'Visible').length === 0) {
        throw officeError('InvalidOperation', 'A workbook must keep one visible sheet.');
      }
      target.visibility = visibility;
      if (visibility !== 'Visible' && active === target.model.name) active = sheets.find((s) => s.visibility === 'Visible')?.model.name ?? active;
    });
    return view;
  }

  const worksheets = {
    load: (properties: string) => {
      if (properties !== 'items/name') throw new Error(`The mock loads worksheets' items/name, not ${properties}`);
      later(worksheets, 'items', () => sheets.map((s) => ({ name: s.model.name })));
    },
    getItem: (name: string) => {
      queue.push(() => {
        if (!find(name)) throw officeError('ItemNotFound', `No worksheet named "${name}".`);
      });
      return worksheet(() => find(name), find(name));
    },
    getItemOrNullObject: (name: string) => {
      const view = worksheet(() => find(name), find(name));
      later(view, 'isNullObject', () => find(name) === null);
      return view;
    },
    getActiveWorksheet: () => worksheet(() => find(active), find(active)),
    add: (name: string) => {
      queue.push(() => {
        if (find(name)) throw officeError('ItemAlreadyExists', `A sheet named "${name}" exists.`);
        if (name.length > 31 || /[\\/?*[\]:]/.test(name) || name.trim() === '') throw officeError('InvalidArgument', `Not a sheet name: "${name}".`);
        sheets.push(newSheet(new SheetModel(name)));
      });
      return worksheet(() => find(name), null);
    },
  };

  // -- custom XML parts

  function part(resolvePart: () => MockPart | null, seed: MockPart | null) {
    const view = track({ id: seed?.id ?? '', namespaceUri: seed?.namespaceUri ?? '' });
    Object.assign(view, {
      getXml: () => {
        const result = {};
        later(result, 'value', () => {
          const found = resolvePart();
          if (!found) throw officeError('ItemNotFound', 'The custom XML part does not exist.');
          return found.xml;
        });
        return result;
      },
      delete: () => {
        queue.push(() => {
          const found = resolvePart();
          if (!found) throw officeError('ItemNotFound', 'The custom XML part does not exist.');
          parts.splice(parts.indexOf(found), 1);
        });
      },
    });
    return view;
  }

  const customXmlParts = {
    add: (xml: string) => {
      let created: MockPart | null = null;
      queue.push(() => {
        need('1.5', 'customXmlParts');
        checkXml(xml);
        created = { id: `{part-${++ids}}`, xml, namespaceUri: rootNamespace(xml) };
        parts.push(created);
      });
      return part(() => created, null);
    },
    getByNamespace: (namespaceUri: string) => {
      const matching = () => parts.filter((p) => p.namespaceUri === namespaceUri);
      const scoped = {
        load: (properties: string) => {
          if (properties !== 'items/id') throw new Error(`The mock loads parts' items/id, not ${properties}`);
          later(scoped, 'items', () => matching().map((p) => part(() => (parts.includes(p) ? p : null), p)));
        },
        getOnlyItemOrNullObject: () => {
          const only = () => (matching().length === 1 ? matching()[0] : null);
          const view = part(only, only());
          later(view, 'isNullObject', () => {
            need('1.5', 'customXmlParts');
            return only() === null;
          });
          return view;
        },
      };
      return scoped;
    },
  };

  // -- context and run

  const excel = new OfficeMockObject({
    context: { runtime: {}, application: {} },
    run: async function (this: { context: unknown }, first: unknown, second?: unknown) {
      const batch = (typeof first === 'function' ? first : second) as (context: unknown) => Promise<unknown>;
      runOptions.push(typeof first === 'function' ? null : first === this.context ? 'context' : first);
      await batch(this.context);
    },
  }) as OfficeMockObject & { context: OfficeMockObject & Record<string, unknown> };

  const workbook = {};
  Object.defineProperty(workbook, 'worksheets', { value: worksheets });
  Object.defineProperty(workbook, 'customXmlParts', { value: customXmlParts });
  Object.defineProperty(excel.context, 'workbook', { value: workbook });

  let enableEvents = true;
  Object.defineProperty(excel.context.runtime, 'enableEvents', {
    get: () => enableEvents,
    set: (value: boolean) => {
      queue.push(() => {
        enableEvents = value;
        events.push(value);
      });
    },
  });

  const context = excel.context as unknown as { sync(): Promise<void> };
  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    const payload = pending;
    pending = { request: 0, response: 0 };
    payloads.push(payload);
    const limit = spec.payloadLimit ?? Infinity;
    const batch = queue;
    queue = [];
    if (payload.request > limit) {
      throw officeError('RequestPayloadSizeLimitExceeded', `${payload.request} bytes`); // nothing of it is done
    }
    await mockSync();
    for (const view of tracked) await view.sync();
    const before = pending;
    pending = payload;
    try {
      for (const operation of batch) operation(); // The first refusal rejects the sync.
    } finally {
      pending = before;
    }
    if (payload.response > limit) throw officeError('ResponsePayloadSizeLimitExceeded', `${payload.response} bytes`);
  };

  const host = createExcelHost(
    () => excel as unknown as ExcelRunner,
    () => ({ context: { requirements: { isSetSupported: (name: string, v?: string) => name === 'ExcelApi' && versionNumber(v ?? '1.1') <= maxApi } } }),
  );

  const sheetOf = (name: string): MockSheet => {
    const found = find(name);
    if (!found) throw new Error(`The mock has no sheet "${name}"`);
    return found;
  };

  return {
    host,
    syncCount: () => syncs,
    events,
    runOptions,
    sheetNames: () => sheets.map((s) => s.model.name),
    sheet: sheetOf,
    activeSheet: () => active,
    parts,
    payloads,
    change: async (sheetName, event) => {
      const target = sheetOf(sheetName);
      const args = { changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged', worksheetId: target.id, ...event } as Excel.WorksheetChangedEventArgs;
      for (const handler of [...target.handlers]) await handler(args);
    },
  };
}
