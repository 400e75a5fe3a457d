import { install, type FakeWindow } from '../fake-excel/install';
import type { StandInHelpers } from '../fake-excel/helpers';
import type { StandInWorkbook } from '../fake-excel/spec';
import { createExcelHost, type ExcelHost, type ExcelRunner, type RequirementsProbe } from '../../src/excel/host';

export type { StandInWorkbook, StandInHelpers };
export type { StandInChart } from '../fake-excel/helpers';

/** Installs the fake Excel in a window of its own, as a page gets it, and wraps it in an ExcelHost. */
export function loadStandIn(workbook: StandInWorkbook): { host: ExcelHost; standIn: StandInHelpers; window: Record<string, unknown> } {
  const fakeWindow: FakeWindow = { __KVOT_STANDIN_WORKBOOK__: workbook };
  const fake = install(fakeWindow);
  const host = createExcelHost(
    () => fakeWindow.Excel as ExcelRunner,
    () => fakeWindow.Office as RequirementsProbe,
  );
  return { host, standIn: fake.standIn, window: fakeWindow as Record<string, unknown> };
}
