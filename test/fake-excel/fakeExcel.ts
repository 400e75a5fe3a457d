/**
 * One fake Excel for every test: unit tests call createFakeExcel and use its host; the end-to-end
 * harness bundles browser.ts, which installs the same fake as the page's Excel (and Office).
 */
import { parseLocal } from './address';
import { helpersOf, type StandInHelpers } from './helpers';
import { officeStandIn } from './office';
import { EXCEL_WEB_PAYLOAD_LIMIT } from './payload';
import { runner } from './requestContext';
import { SheetModel } from './sheetModel';
import type { ModelWorkbook, StandInWorkbook, TableSpec } from './spec';
import { FakeState, type Stats } from './state';
import { WorkbookModel, type FakeSheet } from './workbookModel';
import { XmlParts } from './xmlParts';

export interface FakeExcel {
  /** The Excel global: Excel.run. */
  excel: { run: (first: unknown, second?: unknown) => Promise<unknown> };
  /** The fake's own Office global (what the page uses when spec.office is not 'office.js'). */
  office: ReturnType<typeof officeStandIn>;
  standIn: StandInHelpers;
  stats: Stats;
  state: FakeState;
  /** A sheet by name (any case); throws when there is none. */
  sheet(name: string): FakeSheet;
}

/** SheetModels from a JSON spec, as the page gets it. */
function modelsOf(spec: StandInWorkbook): { models: SheetModel[]; tables: Record<string, TableSpec[]> } {
  const models: SheetModel[] = [];
  const tables: Record<string, TableSpec[]> = {};
  for (const [name, sheet] of Object.entries(spec.sheets ?? {})) {
    const model = new SheetModel(name);
    model.put(sheet.topLeft ?? 'A1', sheet.values ?? [], sheet.numberFormats);
    for (const row of sheet.hiddenRows ?? []) model.hiddenRows.add(row);
    for (const column of sheet.hiddenColumns ?? []) model.hiddenColumns.add(column);
    models.push(model);
    tables[name] = sheet.tables ?? [];
  }
  return { models, tables };
}

const isModelWorkbook = (spec: StandInWorkbook | ModelWorkbook): spec is ModelWorkbook => Array.isArray(spec.sheets);

export function createFakeExcel(spec: StandInWorkbook | ModelWorkbook): FakeExcel {
  const { models, tables } = isModelWorkbook(spec) ? { models: spec.sheets, tables: spec.tables ?? {} } : modelsOf(spec);
  const model = new WorkbookModel(models, spec.activeSheet, spec.selection === undefined ? 'A1' : spec.selection);
  for (const sheet of model.sheets) {
    for (const table of tables[sheet.name] ?? []) sheet.tables.push({ name: table.name, block: parseLocal(table.address) });
    if (!isModelWorkbook(spec)) sheet.visibility = spec.sheets[sheet.name]?.visibility ?? 'Visible';
  }
  const maxExcelApi = spec.maxExcelApi ?? '1.17';
  const settings = {
    maxExcelApi,
    payloadLimit: spec.payloadLimit === null ? Infinity : (spec.payloadLimit ?? EXCEL_WEB_PAYLOAD_LIMIT),
    date1904: spec.date1904 === true,
    refusePageLayout: spec.refusePageLayout === true,
    hostTasks: spec.hostTasks === true,
  };
  const xml = new XmlParts();
  const state = new FakeState(model, xml, settings);
  for (const part of spec.customXmlParts ?? []) xml.add(part);
  return {
    excel: { run: runner(state) },
    office: officeStandIn({ displayLanguage: spec.displayLanguage ?? 'sv-SE', maxExcelApi }),
    standIn: helpersOf(state),
    stats: state.stats,
    state,
    sheet: (name) => {
      const found = model.sheet(name);
      if (!found) throw new Error(`Kvot fake Excel: no sheet "${name}"`);
      return found;
    },
  };
}
