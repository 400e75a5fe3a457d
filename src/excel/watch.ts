import type { ExcelHost } from './host';
import type { FoundTable } from './port';
import { parseBlock } from './address';
import { isTableChange } from './changeFilter';

/**
 * Calls `listener` when a user changes values in the table's block (worksheet.onChanged, ExcelApi
 * 1.7). Returns the function that removes the handler, in the context it was added in, as Office.js
 * requires. Hosts without ExcelApi 1.7 cannot report changes: the returned function does nothing.
 */
export async function watchTable(host: ExcelHost, found: FoundTable, listener: () => void): Promise<() => Promise<void>> {
  if (!host.supports('1.7')) return async () => undefined;
  const block = parseBlock(found.address);
  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (isTableChange(event, block)) listener();
  };
  const registration = await host.run(async (context) => {
    const added = context.workbook.worksheets.getItem(block.sheetName).onChanged.add(handler);
    await context.sync();
    return added;
  });
  let removed = false;
  return async () => {
    if (removed) return;
    removed = true;
    await host.runIn(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}
