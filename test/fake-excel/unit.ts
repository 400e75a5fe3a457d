/**
 * The fake as the unit tests use it: over SheetModels the test keeps (the fake writes into them),
 * wrapped in the ExcelHost the adapter takes, with what happened to assert on.
 */
import { createExcelHost, type ExcelHost, type ExcelRunner, type RequirementsProbe } from '../../src/excel/host';
import { localOf } from './address';
import { createFakeExcel } from './fakeExcel';
import type { StandInHelpers } from './helpers';
import type { SyncPayload } from './payload';
import type { ModelWorkbook } from './spec';
import type { FakeSheet } from './workbookModel';
import type { FakeXmlPart } from './xmlParts';

export interface FakeBook {
  host: ExcelHost;
  standIn: StandInHelpers;
  syncCount(): number;
  /** Each enableEvents assignment, in order. */
  events: boolean[];
  /** Options passed to Excel.run, null where none were passed. */
  runOptions: unknown[];
  /** Each sync's bytes sent and loaded, in order. */
  payloads: SyncPayload[];
  sheetNames(): string[];
  sheet(name: string): FakeSheet;
  activeSheet(): string;
  /** The custom XML parts, live. */
  parts: FakeXmlPart[];
  /** Calls the onChanged handlers registered on the sheet, as Excel would for a change. */
  change(sheetName: string, event: Partial<Excel.WorksheetChangedEventArgs> & { address: string }): Promise<void>;
  screenSuspended(): number;
  /** worksheet.activate() calls that ran. */
  activated(): number;
  /** Local address of the selection, or null when a chart is selected. */
  selected(): string | null;
  /** Local addresses of the ranges given values, formulas or formats, in the order applied. */
  writtenAddresses(): string[];
}

export function fakeWorkbook(spec: ModelWorkbook): FakeBook {
  const fake = createFakeExcel(spec);
  const { state, stats } = fake;
  const host = createExcelHost(
    () => fake.excel as unknown as ExcelRunner,
    () => fake.office as RequirementsProbe,
  );
  return {
    host,
    standIn: fake.standIn,
    syncCount: () => stats.syncCount,
    events: stats.eventsLog,
    runOptions: stats.runOptions,
    payloads: stats.payloads,
    sheetNames: () => state.model.sheets.map((s) => s.name),
    sheet: fake.sheet,
    activeSheet: () => state.model.active.name,
    parts: state.xml.parts,
    change: (sheetName, event) => state.events.raise(fake.sheet(sheetName), event),
    screenSuspended: () => stats.screenSuspensions,
    activated: () => stats.activations,
    selected: () => (state.model.selection ? localOf(state.model.selection.block) : null),
    writtenAddresses: () => [...stats.written],
  };
}
