// A chart the add-on built (sheet.charts), read into bars for the page: labels from the first column, one series a column.
import type { ChartSpec } from '../sheets/charts';
import type { Workbook } from '../sheets/workbook';
import type { ChartView, SeriesView } from './views';

/** A chart's size in pixels without width and height options: what the preview always drew (not checked against Sheets). */
const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 371;

/** Google Charts' default series colours. */
const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24'];

interface SeriesOption {
  color?: string;
  dataLabel?: string;
}

export function chartView(spec: ChartSpec, workbook: Workbook): ChartView {
  const options = spec.options;
  const seriesOptions = (options.series ?? {}) as Record<string, SeriesOption>;
  // A series the colour of the chart's background is drawn in Sheets but not seen (the funnel's spacer): none here.
  const background = typeof options.backgroundColor === 'string' ? options.backgroundColor.toLowerCase() : null;
  const unseen = (color: string) => color === 'transparent' || color === 'none' || color.toLowerCase() === background;
  const headers = spec.numHeaders ?? 0;
  const columns: Array<{ header: string; values: unknown[]; shown: string[] }> = [];
  for (const range of spec.ranges) {
    const sheet = workbook.sheetById(range.sheetId);
    if (!sheet) continue;
    const values = sheet.readValues(range);
    const shown = sheet.readDisplay(range);
    for (let j = 0; j < range.numCols; j++) {
      columns.push({
        header: headers > 0 ? (shown[0]?.[j] ?? '') : '',
        values: values.slice(headers).map((row) => row[j]),
        shown: shown.slice(headers).map((row) => row[j] ?? ''),
      });
    }
  }
  const [domain, ...data] = columns;
  const series: SeriesView[] = data.map((column, i) => {
    const option = seriesOptions[String(i)] ?? {};
    const color = option.color ?? PALETTE[i % PALETTE.length] ?? '#4285f4';
    return {
      name: column.header || `Series ${i + 1}`,
      values: column.values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)),
      color: unseen(color) ? null : color,
      dataLabels: option.dataLabel === 'value',
    };
  });
  return {
    id: spec.chartId ?? 0,
    type: spec.chartType ?? 'BAR',
    title: typeof options.title === 'string' ? options.title : '',
    anchor: { ...spec.position },
    width: typeof options.width === 'number' ? options.width : DEFAULT_WIDTH,
    height: typeof options.height === 'number' ? options.height : DEFAULT_HEIGHT,
    stacked: options.isStacked === true,
    labels: domain ? domain.shown : [],
    series,
  };
}
