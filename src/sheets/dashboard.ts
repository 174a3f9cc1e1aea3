// Pipeline Dashboard: live formulas of our own functions and one funnel chart, rebuilt in place.
import type { Locale } from '../core/types';
import { COLUMN_PIXELS, dashboardLayout, DashboardSpec, ROW_PIXELS, SELECTOR_COLUMN, SELECTOR_ROW } from './dashboard-layout';
import type { Services, SheetLike } from './gas';
import { createOwnSheet, findOwnSheet } from './own-sheets';
import { columnLetter } from './prospects-sheet';

export type { DashboardSpec } from './dashboard-layout';

/** The chart's background, set explicitly so the spacer series can wear the same colour (series colours take no alpha). */
export const CHART_BACKGROUND = '#ffffff';

/** The add-on's dashboard, if it has one (found by its mark, whatever it is called now). */
export function findDashboard(services: Services): SheetLike | null {
  return findOwnSheet(services, 'dashboard', { adopt: true });
}

/** The owner chosen in an existing dashboard's selector (one read of one cell), so a rebuild keeps it; '' when none. */
export function readOwnerChoice(sheet: SheetLike | null): string {
  if (!sheet || sheet.getLastRow() < SELECTOR_ROW) return '';
  const value = sheet.getRange(SELECTOR_ROW, SELECTOR_COLUMN).getValues()[0]?.[0];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Builds or rebuilds the dashboard: one sheet, one chart, whatever it held before. Only the add-on's own dashboard
 * is cleared: a tab of the user's named "Pipeline Dashboard" is left alone and a new one is made beside it.
 * Writes: the cells (one call), their number formats (one), the selector's dropdown (one, two on a rebuild).
 */
export function buildDashboardSheet(services: Services, spec: DashboardSpec, locale: Locale, existing: SheetLike | null = null): SheetLike {
  const sheet = existing ?? findDashboard(services) ?? createOwnSheet(services, 'dashboard', locale);
  sheet.clear();
  const layout = dashboardLayout(spec);
  // clear() keeps data validation: the old selector's rule would refuse the kept choice while its list is rewritten.
  if (existing && layout.selector) sheet.getRange(layout.selector.row, layout.selector.col).setDataValidation(null);
  if (sheet.getMaxRows() < layout.rows) sheet.insertRowsAfter(sheet.getMaxRows(), layout.rows - sheet.getMaxRows());

  const grid: (string | number)[][] = Array.from({ length: layout.rows }, () => Array<string | number>(layout.cols).fill(''));
  const formats: string[][] = Array.from({ length: layout.rows }, () => Array<string>(layout.cols).fill(''));
  for (const { row, col, value } of layout.cells) grid[row - 1][col - 1] = value;
  for (const [at, format] of layout.formats) {
    const [row, col] = at.split(',').map(Number);
    formats[row - 1][col - 1] = format;
  }
  const all = sheet.getRange(1, 1, layout.rows, layout.cols);
  all.setValues(grid);
  all.setNumberFormats(formats);
  sheet.getRangeList(layout.bold.map(({ row, col }) => `${columnLetter(col)}${row}`)).setFontWeight('bold');
  sheet.setColumnWidth(1, 300);

  if (layout.selector) {
    const { list } = layout.selector;
    const rule = services.SpreadsheetApp.newDataValidation()
      .requireValueInRange(sheet.getRange(list.row, list.col, list.rows, 1), true)
      .setAllowInvalid(false)
      .setHelpText(spec.labels.ownerHelp)
      .build();
    sheet.getRange(layout.selector.row, layout.selector.col).setDataValidation(rule);
  }

  const chartRange = sheet.getRange(layout.chart.row, layout.chart.col, layout.chart.rows, 3);
  const charts = sheet.getCharts();
  const builder = (charts[0] ? charts[0].modify().clearRanges() : sheet.newChart())
    .setChartType(services.Charts.ChartType.BAR)
    .addRange(chartRange)
    .setNumHeaders(1)
    .setOption('title', spec.labels.chartTitle)
    .setOption('isStacked', true)
    .setOption('backgroundColor', CHART_BACKGROUND)
    .setOption('legend', { position: 'none' })
    .setOption('series', {
      0: { color: CHART_BACKGROUND, visibleInLegend: false, enableInteractivity: false },
      1: { color: '#1a73e8', dataLabel: 'value' },
    })
    .setOption('vAxis', { textPosition: 'out' })
    .setOption('hAxis', { textPosition: 'none', gridlines: { count: 0 } })
    // Over its helper tables, hiding them, and clear of the tables below it.
    .setOption('width', layout.chartAnchor.cols * COLUMN_PIXELS)
    .setOption('height', layout.chartAnchor.rows * ROW_PIXELS)
    .setPosition(layout.chartAnchor.row, layout.chartAnchor.col, 0, 0);
  if (charts[0]) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
  charts.slice(1).forEach((extra) => sheet.removeChart(extra));
  return sheet;
}
