import type { ExcelHost } from './host';
import { splitSheet } from './address';

/** Activates the sheet and selects the range, e.g. "Blad1!C7" or "'Min flik'!A1:B2". */
export async function selectAddress(host: ExcelHost, address: string): Promise<void> {
  const { sheetName, local } = splitSheet(address);
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = sheetName === null ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(local).select();
    await context.sync();
  });
}
