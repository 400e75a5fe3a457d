import { addressOf } from '../address';
import { ClientObject, copyOf, live, type Context } from '../context';
import { officeError } from '../errors';
import type { FakeChart } from '../workbookModel';
import type { RangeProxy } from './range';
import type { WorksheetProxy } from './worksheet';

type Series = FakeChart['series'][number];

function rangeAddressOf(range: RangeProxy | string): string {
  if (typeof range === 'string') return range;
  const target = live(range.target, 'range');
  return addressOf(target.sheet.name, target.block);
}

/** worksheet.charts. */
export class ChartCollectionProxy {
  constructor(private readonly worksheet: WorksheetProxy) {}

  /** charts.add(type, source, seriesBy): as Excel does for numbers without headers, one series per column (or row). */
  add(type: string, source: RangeProxy, seriesBy?: string): ChartProxy {
    return new ChartProxy(this.worksheet.context, () => {
      const sheet = live(this.worksheet.target, 'worksheet');
      const data = live(source.target, 'range');
      const b = data.block;
      const byRows = seriesBy === 'Rows';
      const count = byRows ? b.r1 - b.r0 + 1 : b.c1 - b.c0 + 1;
      const series = Array.from({ length: count }, (_, i): Series => {
        const line = byRows ? { ...b, r0: b.r0 + i, r1: b.r0 + i } : { ...b, c0: b.c0 + i, c1: b.c0 + i };
        return { name: null, values: addressOf(data.sheet.name, line), xValues: null };
      });
      const chart: FakeChart = {
        name: `Diagram ${sheet.charts.length + 1}`,
        type: String(type),
        source: addressOf(data.sheet.name, b),
        seriesBy: seriesBy === undefined ? 'Auto' : String(seriesBy),
        title: null,
        series,
        categoryAxis: {},
        position: null,
      };
      sheet.charts.push(chart);
      return chart;
    });
  }
}

export class ChartProxy extends ClientObject<FakeChart> {
  protected readonly kind = 'Chart';
  protected readonly scalars = ['name'];
  readonly title: { text: unknown };
  readonly axes: { categoryAxis: { reversePlotOrder: unknown; tickLabelSpacing: unknown } };
  readonly series: ChartSeriesCollectionProxy;

  constructor(context: Context, resolve: () => FakeChart | null) {
    super(context, resolve);
    const setter = (apply: (chart: FakeChart, value: unknown) => void) => (value: unknown) => {
      const copy = copyOf(value);
      this.enqueueLive((chart) => apply(chart, copy));
    };
    const setTitle = setter((chart, value) => (chart.title = String(value)));
    const setReverse = setter((chart, value) => {
      this.state.needApi('1.7', 'ChartAxis.reversePlotOrder');
      chart.categoryAxis.reversePlotOrder = value === true;
    });
    const setSpacing = setter((chart, value) => {
      this.state.needApi('1.7', 'ChartAxis.tickLabelSpacing');
      chart.categoryAxis.tickLabelSpacing = Number(value);
    });
    const unloaded = (): never => {
      throw officeError('PropertyNotLoaded', 'The fake does not load chart parts');
    };
    this.title = {
      get text() {
        return unloaded();
      },
      set text(value: unknown) {
        setTitle(value);
      },
    };
    this.axes = {
      categoryAxis: {
        get reversePlotOrder() {
          return unloaded();
        },
        set reversePlotOrder(value: unknown) {
          setReverse(value);
        },
        get tickLabelSpacing() {
          return unloaded();
        },
        set tickLabelSpacing(value: unknown) {
          setSpacing(value);
        },
      },
    };
    this.series = new ChartSeriesCollectionProxy(this);
  }

  protected override read(chart: FakeChart): unknown {
    return chart.name;
  }

  get name(): string {
    return this.get('name') as string;
  }

  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this.enqueueLive((chart) => {
      chart.position = { start: rangeAddressOf(startCell), end: endCell === undefined ? null : rangeAddressOf(endCell) };
    });
  }
}

class ChartSeriesCollectionProxy {
  constructor(private readonly chart: ChartProxy) {}

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.chart.context, () => {
      const series = live(this.chart.target, 'chart').series[index];
      if (!series) throw officeError('ItemNotFound', `The chart has no series ${index}`);
      return series;
    });
  }

  add(name?: string): ChartSeriesProxy {
    return new ChartSeriesProxy(this.chart.context, () => {
      this.chart.context.state.needApi('1.7', 'ChartSeriesCollection.add');
      const series: Series = { name: name === undefined ? null : String(name), values: null, xValues: null };
      live(this.chart.target, 'chart').series.push(series);
      return series;
    });
  }
}

class ChartSeriesProxy extends ClientObject<Series> {
  protected readonly kind = 'ChartSeries';
  protected readonly scalars = ['name'];

  protected override read(series: Series): unknown {
    return series.name;
  }

  get name(): unknown {
    return this.get('name');
  }
  set name(value: unknown) {
    this.set(value, (series, copy) => (series.name = String(copy)));
  }

  setValues(range: RangeProxy): void {
    this.enqueueLive((series) => {
      this.state.needApi('1.7', 'ChartSeries.setValues');
      series.values = rangeAddressOf(range);
    });
  }

  setXAxisValues(range: RangeProxy): void {
    this.enqueueLive((series) => {
      this.state.needApi('1.7', 'ChartSeries.setXAxisValues');
      series.xValues = rangeAddressOf(range);
    });
  }
}
