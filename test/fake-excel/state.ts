import { officeError, versionNumber } from './errors';
import { ChangeEvents } from './events';
import type { SyncPayload } from './payload';
import type { WorkbookModel } from './workbookModel';
import type { XmlParts } from './xmlParts';

/** What the fake counts and records for the tests' assertions. */
export interface Stats {
  syncCount: number;
  runCount: number;
  /** Each enableEvents assignment, in order. */
  eventsLog: boolean[];
  /** Options passed to Excel.run, null where none were passed. */
  runOptions: unknown[];
  screenSuspensions: number;
  activations: number;
  /** Queued operations never synced before their Excel.run ended (real Office.js drops them). */
  unsyncedAtRunEnd: number;
  changeEvents: { sheet: string; address: string; triggerSource: string; handlers: number }[];
  handlerErrors: string[];
  calculations: string[];
  hostCalls: string[];
  payloads: SyncPayload[];
  /** Local addresses of the ranges given values, formulas or formats, in the order applied. */
  written: string[];
}

export const newStats = (): Stats => ({
  syncCount: 0,
  runCount: 0,
  eventsLog: [],
  runOptions: [],
  screenSuspensions: 0,
  activations: 0,
  unsyncedAtRunEnd: 0,
  changeEvents: [],
  handlerErrors: [],
  calculations: [],
  hostCalls: [],
  payloads: [],
  written: [],
});

/** One fake Excel: the workbook, the host's settings and what happened, shared by every request context. */
export class FakeState {
  readonly runtime = { enableEvents: true };
  readonly stats = newStats();
  readonly events = new ChangeEvents(this.stats, this.runtime, (version) => this.supports(version));
  readonly maxApi: number;

  constructor(
    readonly model: WorkbookModel,
    readonly xml: XmlParts,
    readonly settings: { maxExcelApi: string; payloadLimit: number; date1904: boolean; refusePageLayout: boolean; hostTasks: boolean },
  ) {
    this.maxApi = versionNumber(settings.maxExcelApi);
  }

  supports(version: string): boolean {
    return versionNumber(version) <= this.maxApi;
  }

  /** ApiNotFound at sync for a call the host's ExcelApi does not have. */
  needApi(version: string, what: string): void {
    if (!this.supports(version)) throw officeError('ApiNotFound', `${what} needs ExcelApi ${version}.`);
  }
}
