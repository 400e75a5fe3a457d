import type { FullWorkbookPort } from '../excel/port';
import type { Distribution } from './state/useDistribution';

/** What every view gets: the workbook and the shared agreement → table → result flow. */
export interface TabContext {
  port: FullWorkbookPort;
  flow: Distribution;
}
