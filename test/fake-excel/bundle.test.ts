import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fakeExcelBundle } from './bundle';
import type { StandInHelpers } from './helpers';
import type { StandInWorkbook } from './spec';
import { HOST_MEASURE } from './context';

type Run = (
  batch: (context: {
    workbook: { worksheets: { getItem(name: string): { getRange(a: string): { values: unknown; load(p: string): void } } } };
    sync(): Promise<void>;
  }) => Promise<unknown>,
) => Promise<unknown>;

/** The bundle as a page runs it: a script on a window that holds the workbook spec (and a page's MessageChannel and performance). */
function runBundle(spec: StandInWorkbook): { Excel: { run: Run }; Office: unknown; __KVOT_STANDIN__: StandInHelpers } {
  const window: Record<string, unknown> = { __KVOT_STANDIN_WORKBOOK__: spec };
  const globals = { window, setTimeout, Promise, JSON, Map, Set, Symbol, Object, Array, Error, String, Number, Math };
  runInNewContext(fakeExcelBundle(), { ...globals, MessageChannel, performance });
  return window as unknown as ReturnType<typeof runBundle>;
}

describe('the fake Excel bundled for the browser', () => {
  it('installs Excel, Office and the helpers from the page’s workbook spec, read-only', async () => {
    const page = runBundle({
      activeSheet: 'Blad1',
      sheets: {
        Blad1: {
          values: [
            ['Region', 'Befolkning'],
            ['Stockholm', 2_454_821],
          ],
        },
      },
      selection: 'A1',
      office: 'stand-in',
    });
    const values = await page.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange('A1:B2');
      range.load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([
      ['Region', 'Befolkning'],
      ['Stockholm', 2_454_821],
    ]);
    expect(page.__KVOT_STANDIN__.syncCount).toBe(1);
    // In a page the host answers in tasks of its own, its work marked as Excel's.
    expect(performance.getEntriesByName(HOST_MEASURE).length).toBeGreaterThan(0);
    expect(Object.getOwnPropertyDescriptor(page, 'Excel')?.writable).toBe(false);
    expect(Object.getOwnPropertyDescriptor(page, 'Office')?.writable).toBe(false);
  });

  it('leaves Office to office.js when asked, answering it as the host through window.external', () => {
    const page = runBundle({
      activeSheet: 'Blad1',
      sheets: { Blad1: { values: [] } },
      selection: 'A1',
      office: 'office.js',
      displayLanguage: 'en-US',
    });
    expect(page.Office).toBeUndefined();
    const external = (page as unknown as { external: { GetHostInfo(): string } }).external;
    expect(external.GetHostInfo()).toBe('Excel$Win32$16.01$en-US$$$$0');
  });
});
