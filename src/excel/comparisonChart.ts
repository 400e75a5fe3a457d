import type { ComparisonSheet } from '../core/scenario/sheet';
import type { ExcelHost } from './host';
import { localAddress, type SheetBlock } from './address';
import { a1 } from '../core/table/address';

/** Chart height in rows: about one row per region, within a readable size. */
const chartRows = (regions: number): number => Math.min(Math.max(regions + 6, 15), 45);
const CHART_COLUMNS = 8;

/**
 * Queues a clustered bar chart of payouts per region on the comparison sheet: one series per
 * result (baseline first) from its total column, the region names as categories, top to bottom in
 * sheet order. The totals are not next to the names, so the chart starts from the first total column
 * and the names and other series are set through the series API (ExcelApi 1.7, the manifest's minimum;
 * an older host gets the baseline series alone). Placed right of the table. Nothing is synced here.
 */
export function queuePayoutChart(host: ExcelHost, sheet: Excel.Worksheet, layout: ComparisonSheet, block: SheetBlock): void {
  const [first, ...rest] = layout.totalColumns;
  if (!first || layout.lastDataRow < layout.firstDataRow) return;
  const column = (c: number): Excel.Range =>
    sheet.getRange(localAddress({ ...block, firstRow: layout.firstDataRow, lastRow: layout.lastDataRow, firstColumn: c, lastColumn: c }));

  const chart = sheet.charts.add('BarClustered', column(first.column), 'Columns');
  const title = layout.values[0]?.[0];
  chart.title.text = typeof title === 'string' && title !== '' ? title : block.sheetName;
  const baseline = chart.series.getItemAt(0);
  baseline.name = first.name;
  if (host.supports('1.7')) {
    const names = column(layout.nameColumn);
    baseline.setXAxisValues(names);
    for (const total of rest) {
      const series = chart.series.add(total.name);
      series.setValues(column(total.column));
      series.setXAxisValues(names);
    }
    // Bars run bottom-up by default; reversed, the regions read in sheet order, every name shown.
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.axes.categoryAxis.tickLabelSpacing = 1;
  }
  const top = Math.max(layout.headerRow - 1, 0);
  const left = block.lastColumn + 2;
  chart.setPosition(a1(top, left), a1(top + chartRows(layout.lastDataRow - layout.firstDataRow + 1) - 1, left + CHART_COLUMNS - 1));
}
