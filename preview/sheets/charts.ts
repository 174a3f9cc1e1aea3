// Embedded charts: the builder from sheet.newChart(), the chart objects, and Charts.ChartType.

import type { ChartsLike, EmbeddedChartBuilderLike, EmbeddedChartLike, RangeLike } from '../../src/sheets/gas';
import type { GridRef, Recorder, UserContext } from './context';
import { refOf } from './range';

/** A chart as stored on its sheet: plain data the preview can draw from. Options keep their dotted names as given. */
export interface ChartSpec {
  chartId: number | null;
  chartType: string | null;
  ranges: GridRef[];
  options: Record<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  numHeaders: number | null;
  transpose: boolean;
}

export function copyChartSpec(s: ChartSpec): ChartSpec {
  return {
    ...s,
    ranges: s.ranges.map((r) => ({ ...r })),
    options: { ...s.options },
    position: { ...s.position },
  };
}

export function emptyChartSpec(): ChartSpec {
  return {
    chartId: null,
    chartType: null,
    ranges: [],
    options: {},
    position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
    numHeaders: null,
    transpose: false,
  };
}

export class EmbeddedChart implements EmbeddedChartLike {
  constructor(
    /** Internal: this chart's data (a private copy). */
    readonly spec: ChartSpec,
    private readonly ctx: UserContext,
  ) {}

  /** Null until the chart is inserted in a sheet. */
  getChartId(): number | null {
    this.ctx.call('EmbeddedChart.getChartId');
    return this.spec.chartId;
  }

  getRanges(): RangeLike[] {
    this.ctx.call('EmbeddedChart.getRanges');
    return this.spec.ranges.flatMap((r) => {
      const sheet = this.ctx.workbook.sheetById(r.sheetId);
      return sheet ? [this.ctx.facades.range(sheet, r)] : [];
    });
  }

  getOptions(): { get(option: string): unknown } {
    this.ctx.call('EmbeddedChart.getOptions');
    const options = { ...this.spec.options };
    const rec: Recorder = this.ctx;
    return {
      get(option: string): unknown {
        rec.call('ChartOptions.get');
        return Object.prototype.hasOwnProperty.call(options, option) ? options[option] : null;
      },
    };
  }

  getType(): string | null {
    this.ctx.call('EmbeddedChart.getType');
    return this.spec.chartType;
  }

  /** A builder pre-filled from this chart; its build() keeps the chart id, for updateChart. */
  modify(): EmbeddedChartBuilder {
    this.ctx.call('EmbeddedChart.modify');
    return new EmbeddedChartBuilder(this.ctx, copyChartSpec(this.spec));
  }
}

export class EmbeddedChartBuilder implements EmbeddedChartBuilderLike {
  private readonly spec: ChartSpec;

  constructor(
    private readonly ctx: UserContext,
    spec?: ChartSpec,
  ) {
    this.spec = spec ?? emptyChartSpec();
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): EmbeddedChartBuilder {
    this.ctx.call('EmbeddedChartBuilder.setChartType');
    this.spec.chartType = String(type);
    return this;
  }

  addRange(range: RangeLike): EmbeddedChartBuilder {
    this.ctx.call('EmbeddedChartBuilder.addRange');
    this.spec.ranges.push({ ...refOf(range) });
    return this;
  }

  clearRanges(): EmbeddedChartBuilder {
    this.ctx.call('EmbeddedChartBuilder.clearRanges');
    this.spec.ranges = [];
    return this;
  }

  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.ctx.call('EmbeddedChartBuilder.setOption');
    this.spec.options[option] = value;
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilder {
    this.ctx.call('EmbeddedChartBuilder.setPosition');
    this.spec.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }

  setNumHeaders(headers: number): EmbeddedChartBuilder {
    this.ctx.call('EmbeddedChartBuilder.setNumHeaders');
    this.spec.numHeaders = headers;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilder {
    this.ctx.call('EmbeddedChartBuilder.setTransposeRowsAndColumns');
    this.spec.transpose = transpose;
    return this;
  }

  build(): EmbeddedChart {
    this.ctx.call('EmbeddedChartBuilder.build');
    return new EmbeddedChart(copyChartSpec(this.spec), this.ctx);
  }
}

/** The stored data of a chart made by this library (throws for anything else). */
export function chartSpecOf(chart: EmbeddedChartLike): ChartSpec {
  if (!(chart instanceof EmbeddedChart)) throw new Error('Not a chart built by sheet.newChart()');
  return chart.spec;
}

const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;
type ChartTypeName = (typeof CHART_TYPES)[number];

/** Charts.ChartType: each member is its name as a string, typed as Apps Script's enum. */
export function chartTypes(): Record<ChartTypeName, GoogleAppsScript.Charts.ChartType> {
  return Object.fromEntries(CHART_TYPES.map((t) => [t, t as unknown as GoogleAppsScript.Charts.ChartType])) as Record<
    ChartTypeName,
    GoogleAppsScript.Charts.ChartType
  >;
}

export class Charts implements ChartsLike {
  private readonly types = chartTypes();

  constructor(private readonly rec: Recorder) {}

  get ChartType(): Record<ChartTypeName, GoogleAppsScript.Charts.ChartType> {
    this.rec.call('Charts.ChartType');
    return this.types;
  }
}
