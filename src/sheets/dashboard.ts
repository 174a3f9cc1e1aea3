// Pipeline Dashboard: live formulas of our own functions and one funnel chart, rebuilt in place.
import type { Locale } from '../core/types';
import type { Services, SheetLike } from './gas';
import { createOwnSheet, findOwnSheet } from './own-sheets';
import { columnLetter, quoteSheet } from './prospects-sheet';

export interface DashboardSpec {
  prospectsSheet: string;
  /** The add-on's Pipeline Setup tab, as it is named now (the formulas refer to it; Sheets follows later renames). */
  setupSheet: string;
  /** 1-based columns of the prospects sheet; 0 = absent. */
  stageColumn: number;
  statusColumn: number;
  valueColumn: number;
  customerColumn: number;
  momentOfTruth: string | null;
  /** Ordinary stages + won: the funnel's rows. */
  steps: number;
  labels: {
    title: string;
    subtitle: string;
    leadToSale: string;
    motToSale: string;
    winRate: string;
    weighted: string;
    pareto: string;
    topShare: string;
    funnel: string;
    chartTitle: string;
    label: string;
    spacer: string;
    reached: string;
  };
}

export const FUNNEL_ROW = 12;

/** The chart's background, set explicitly so the spacer series can wear the same colour (series colours take no alpha). */
export const CHART_BACKGROUND = '#ffffff';

function setupRef(spec: DashboardSpec): string {
  return `${quoteSheet(spec.setupSheet)}!A:C`;
}

function columnRef(sheet: string, column: number): string {
  const letter = columnLetter(column);
  return `${quoteSheet(sheet)}!${letter}2:${letter}`;
}

/** A formula-safe string literal. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The prospects argument: the stage column, or stage and status together. */
export function prospectsRef(spec: DashboardSpec): string {
  const stage = columnRef(spec.prospectsSheet, spec.stageColumn);
  if (!spec.statusColumn) return stage;
  if (spec.statusColumn === spec.stageColumn + 1) {
    return `${quoteSheet(spec.prospectsSheet)}!${columnLetter(spec.stageColumn)}2:${columnLetter(spec.statusColumn)}`;
  }
  return `{${stage}, ${columnRef(spec.prospectsSheet, spec.statusColumn)}}`;
}

/** Label and formula per KPI row, in the order they appear. */
export function kpiFormulas(spec: DashboardSpec): [string, string, string][] {
  const prospects = prospectsRef(spec);
  const setup = setupRef(spec);
  const value = spec.valueColumn ? columnRef(spec.prospectsSheet, spec.valueColumn) : null;
  const customer = spec.customerColumn ? columnRef(spec.prospectsSheet, spec.customerColumn) : null;
  const rows: [string, string, string][] = [[spec.labels.leadToSale, `=CONVERSION(${prospects}, , , ${setup})`, '0.0%']];
  if (spec.momentOfTruth) {
    rows.push([spec.labels.motToSale, `=CONVERSION(${prospects}, ${literal(spec.momentOfTruth)}, , ${setup})`, '0.0%']);
  }
  rows.push([spec.labels.winRate, `=WINRATE(${prospects}, ${setup})`, '0.0%']);
  if (value) rows.push([spec.labels.weighted, `=PIPELINEVALUE(${prospects}, ${value}, ${setup})`, '#,##0']);
  if (value && customer) {
    rows.push([spec.labels.pareto, `=PARETO(${customer}, ${value})`, '0%']);
    rows.push([spec.labels.topShare, `=TOPSHARE(${customer}, ${value})`, '0%']);
  }
  return rows;
}

/**
 * Builds or rebuilds the dashboard: one sheet, one chart, whatever it held before. Only the add-on's own dashboard
 * is cleared: a tab of the user's named "Pipeline Dashboard" is left alone and a new one is made beside it.
 */
export function buildDashboardSheet(services: Services, spec: DashboardSpec, locale: Locale): SheetLike {
  const sheet = findOwnSheet(services, 'dashboard', { adopt: true }) ?? createOwnSheet(services, 'dashboard', locale);
  sheet.clear();
  const setup = setupRef(spec);
  const kpis = kpiFormulas(spec);
  const value = spec.valueColumn ? columnRef(spec.prospectsSheet, spec.valueColumn) : null;
  const first = FUNNEL_ROW + 1;
  const last = FUNNEL_ROW + spec.steps;
  const funnel = `=FUNNEL(${prospectsRef(spec)}, ${setup}${value ? `, ${value}` : ''})`;
  const chartRows = Array.from({ length: spec.steps }, (_, i) => {
    const r = first + i;
    return [`=A${r}&IF(D${r}="",""," · "&TEXT(D${r},"0%"))`, `=(MAX($B$${first}:$B$${last})-B${r})/2`, `=B${r}`];
  });

  // One write for the text, KPI formulas and funnel; one for the chart's helper columns.
  const grid: unknown[][] = Array.from({ length: FUNNEL_ROW }, () => ['', '']);
  grid[0] = [spec.labels.title, ''];
  grid[1] = [spec.labels.subtitle, ''];
  kpis.forEach(([label, formula], i) => {
    grid[3 + i] = [label, formula];
  });
  grid[FUNNEL_ROW - 2] = [spec.labels.funnel, ''];
  grid[FUNNEL_ROW - 1] = [funnel, ''];
  sheet.getRange(1, 1, FUNNEL_ROW, 2).setValues(grid);
  sheet.getRange(FUNNEL_ROW, 8, spec.steps + 1, 3).setValues([[spec.labels.label, spec.labels.spacer, spec.labels.reached], ...chartRows]);
  sheet.getRange(4, 2, kpis.length, 1).setNumberFormats(kpis.map(([, , format]) => [format]));
  sheet.getRange(first, 4, spec.steps, 2).setNumberFormat('0%');
  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.setColumnWidth(1, 300);

  const charts = sheet.getCharts();
  const builder = (charts[0] ? charts[0].modify().clearRanges() : sheet.newChart())
    .setChartType(services.Charts.ChartType.BAR)
    .addRange(sheet.getRange(FUNNEL_ROW, 8, spec.steps + 1, 3))
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
    .setPosition(3, 8, 0, 0); // over the chart's helper columns, clear of the funnel table
  if (charts[0]) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
  charts.slice(1).forEach((extra) => sheet.removeChart(extra));
  return sheet;
}
