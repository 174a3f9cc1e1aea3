// Where each part of the dashboard goes, as cells: pure, so the layout (and that no two spills can meet) is testable.
import {
  DashboardColumns,
  FormulaSources,
  historyArg,
  literal,
  momentOfTruthFormula,
  ownerListFormula,
  prospectsArg,
  columnRef,
  setupRef,
} from './dashboard-formulas';
import { columnLetter } from './prospects-sheet';

export interface DashboardLabels {
  title: string;
  subtitle: string;
  owner: string;
  everyone: string;
  noOwner: string;
  ownerHelp: string;
  keyFigures: string;
  momentOfTruth: string;
  leadToSale: string;
  /** Around the moment of truth's name, which a formula reads from Pipeline Setup. */
  motToSaleBefore: string;
  motToSaleAfter: string;
  winRate: string;
  weighted: string;
  pareto: string;
  topShare: string;
  cycleTime: string;
  velocity: string;
  funnel: string;
  stageTime: string;
  calibration: string;
  byOwner: string;
  lostReasons: string;
  cohorts: string;
  forecast: string;
  helpers: string;
  chartTitle: string;
  label: string;
  spacer: string;
  reached: string;
}

export interface DashboardSpec {
  prospectsSheet: string;
  /** The add-on's own tabs as they are named now (the formulas refer to them; Sheets follows later renames). */
  setupSheet: string;
  historySheet: string;
  columns: DashboardColumns;
  /** Ordinary stages + won: the funnel's rows. */
  steps: number;
  labels: DashboardLabels;
  /** What the owner selector holds: the user's choice kept from the last build, else everyone. */
  owner: string;
}

/** The selector's place (B2), used in every formula as an absolute reference. */
export const SELECTOR_ROW = 2;
export const SELECTOR_COLUMN = 2;
const SELECTOR = '$B$2';

/** Rows kept free below a table sized by the pipeline, so a stage or two added in Setup still spills without meeting the next table. */
export const ROOM_FOR_NEW_STAGES = 3;
/** Where the chart is anchored; its helper tables lie under it (Sheets draws the chart over them). */
export const CHART_ROW = 5;
export const CHART_COLUMN = 10;
/** The first row clear of the chart's smallest size, where the tables that grow with the data start side by side. */
const BELOW_CHART = 25;
/** Sheets' default row height and column width, in pixels: the chart is sized in cells, to cover its helper tables. */
export const ROW_PIXELS = 21;
export const COLUMN_PIXELS = 100;
/** The chart's width in columns: the funnel with values under it is six wide. */
export const CHART_COLUMNS = 6;
/** A new sheet has 26 columns (A:Z): the layout stays within them. */
export const SHEET_COLUMNS = 26;
/** Rows of number formats laid under a table that grows with the data. */
const FORMATTED_ROWS = 120;

export interface Placed {
  row: number;
  col: number;
  value: string | number;
}

/** A table that spills: where its formula is, and the most rows and columns it may fill (null rows: it grows with the data). */
export interface Spill {
  name: string;
  row: number;
  col: number;
  rows: number | null;
  cols: number;
}

export interface DashboardLayout {
  cells: Placed[];
  /** Number formats by cell ("r,c" → format). */
  formats: Map<string, string>;
  bold: { row: number; col: number }[];
  spills: Spill[];
  /** The chart's table: header row + one row per step, three columns (label, spacer, reached). */
  chart: { row: number; col: number; rows: number };
  /** Where the chart sits and the cells it covers (its helper tables, down to the row above the tables below it). */
  chartAnchor: { row: number; col: number; rows: number; cols: number };
  /** The owner selector and the column its dropdown lists (everyone first), or null without an owner column. */
  selector: { row: number; col: number; list: { row: number; col: number; rows: number } } | null;
  /** The rectangle every write covers. */
  rows: number;
  cols: number;
}

class Canvas {
  readonly cells: Placed[] = [];
  readonly formats = new Map<string, string>();
  readonly bold: { row: number; col: number }[] = [];
  readonly spills: Spill[] = [];

  put(row: number, col: number, value: string | number, format?: string): void {
    this.cells.push({ row, col, value });
    if (format) this.formats.set(`${row},${col}`, format);
  }

  title(row: number, col: number, text: string): void {
    this.put(row, col, text);
    this.bold.push({ row, col });
  }

  /** A table formula and the formats of its columns (by offset) over the rows it may fill. */
  table(spill: Spill, formula: string, columnFormats: Record<number, string> = {}): void {
    this.put(spill.row, spill.col, formula);
    this.spills.push(spill);
    const rows = spill.rows ?? FORMATTED_ROWS;
    for (const [offset, format] of Object.entries(columnFormats)) {
      for (let r = 1; r < rows; r++) this.formats.set(`${spill.row + r},${spill.col + Number(offset)}`, format);
    }
  }
}

const PERCENT = '0.0%';
const SHARE = '0%';
const AMOUNT = '#,##0';
const DAYS = '0.0';
const MONTH = 'mm/yyyy';

export function dashboardLayout(spec: DashboardSpec): DashboardLayout {
  const { columns, labels } = spec;
  const sources: FormulaSources = {
    prospectsSheet: spec.prospectsSheet,
    setupSheet: spec.setupSheet,
    historySheet: spec.historySheet,
    columns,
    selector: columns.owner ? SELECTOR : null,
    everyone: labels.everyone,
    noOwner: labels.noOwner,
  };
  const canvas = new Canvas();
  const p = prospectsArg(sources);
  const setup = setupRef(sources);
  const history = historyArg(sources);
  const values = columns.value ? columnRef(sources, columns.value) : null;
  const ordinary = spec.steps - 1;

  canvas.title(1, 1, labels.title);
  if (columns.owner) {
    canvas.put(SELECTOR_ROW, 1, labels.owner);
    canvas.put(SELECTOR_ROW, SELECTOR_COLUMN, spec.owner);
    canvas.bold.push({ row: SELECTOR_ROW, col: SELECTOR_COLUMN });
  }
  canvas.put(3, 1, labels.subtitle);

  // Key figures, one a row: label, formula, format.
  canvas.title(5, 1, labels.keyFigures);
  let row = 6;
  const momentRow = row;
  const moment = `$B$${momentRow}`;
  const kpi = (label: string, formula: string, format?: string) => {
    canvas.put(row, 1, label);
    canvas.put(row, 2, formula, format);
    row++;
  };
  kpi(labels.momentOfTruth, momentOfTruthFormula(sources));
  kpi(labels.leadToSale, `=CONVERSION(${p}, , , ${setup})`, PERCENT);
  canvas.put(row, 1, `=${literal(labels.motToSaleBefore)}&${moment}&${literal(labels.motToSaleAfter)}`);
  canvas.put(row, 2, `=IF(${moment}="", "", CONVERSION(${p}, ${moment}, , ${setup}))`, PERCENT);
  row++;
  kpi(labels.winRate, `=WINRATE(${p}, ${setup})`, PERCENT);
  if (values) kpi(labels.weighted, `=PIPELINEVALUE(${p}, ${values}, ${setup})`, AMOUNT);
  if (values && columns.customer) {
    const customers = columnRef(sources, columns.customer);
    // Revenue is what won deals brought: only the won rows count (the prospects argument).
    kpi(labels.pareto, `=PARETO(${customers}, ${values}, , ${p}, ${setup})`, SHARE);
    kpi(labels.topShare, `=TOPSHARE(${customers}, ${values}, , ${p}, ${setup})`, SHARE);
  }
  kpi(labels.cycleTime, `=CYCLETIME(${history}, , , , ${setup})`, DAYS);
  if (values) kpi(labels.velocity, `=VELOCITY(${p}, ${values}, ${history}, ${setup})`, AMOUNT);

  // The funnel, without values so that a bad value cannot empty it (or the chart drawn from it); the values come
  // from a second FUNNEL among the helper cells, shown in column F, whose error stays in column F.
  row++;
  canvas.title(row, 1, labels.funnel);
  const funnelRow = row + 1;
  canvas.table({ name: 'FUNNEL', row: funnelRow, col: 1, rows: spec.steps + 1, cols: 5 }, `=FUNNEL(${p}, ${setup})`, { 3: PERCENT, 4: PERCENT });
  row = funnelRow + spec.steps + 1 + ROOM_FOR_NEW_STAGES;

  canvas.title(row, 1, labels.stageTime);
  canvas.table({ name: 'STAGETIME', row: row + 1, col: 1, rows: ordinary + 1, cols: 4 }, `=STAGETIME(${history}, ${setup})`, { 1: DAYS });
  row += 2 + ordinary + ROOM_FOR_NEW_STAGES;

  canvas.title(row, 1, labels.calibration);
  canvas.table({ name: 'CALIBRATION', row: row + 1, col: 1, rows: ordinary + 1, cols: 4 }, `=CALIBRATION(${p}, ${setup})`, { 1: SHARE, 2: SHARE });
  row += 2 + ordinary + ROOM_FOR_NEW_STAGES;

  // A table that grows with the data is the last of its columns: below the left column's tables, or below the chart.
  const valueArg = values ? `, ${values}` : ', ';
  if (columns.owner) {
    canvas.title(row, 1, labels.byOwner);
    canvas.table(
      { name: 'BYOWNER', row: row + 1, col: 1, rows: null, cols: values ? 8 : 7 },
      `=BYOWNER(${p}, ${columnRef(sources, columns.owner)}${valueArg}, ${setup})`,
      { 5: SHARE, 6: SHARE, 7: AMOUNT },
    );
  }

  // Under the chart: its table (label, spacer, reached) and the funnel with values.
  const chartRow = CHART_ROW;
  const first = funnelRow + 1;
  const last = funnelRow + spec.steps;
  canvas.put(chartRow, CHART_COLUMN, labels.label);
  canvas.put(chartRow, CHART_COLUMN + 1, labels.spacer);
  canvas.put(chartRow, CHART_COLUMN + 2, labels.reached);
  for (let i = 0; i < spec.steps; i++) {
    const r = first + i;
    canvas.put(chartRow + 1 + i, CHART_COLUMN, `=A${r}&IF(D${r}="",""," · "&TEXT(D${r},"0%"))`);
    canvas.put(chartRow + 1 + i, CHART_COLUMN + 1, `=(MAX($B$${first}:$B$${last})-B${r})/2`);
    canvas.put(chartRow + 1 + i, CHART_COLUMN + 2, `=B${r}`);
  }
  let underChart = chartRow + spec.steps + 1;
  if (values) {
    const valuesRow = underChart + ROOM_FOR_NEW_STAGES;
    canvas.table(
      { name: 'FUNNEL with values', row: valuesRow, col: CHART_COLUMN, rows: spec.steps + 1, cols: 6 },
      `=FUNNEL(${p}, ${setup}, ${values})`,
    );
    const anchor = `$${columnLetter(CHART_COLUMN)}$${valuesRow}`;
    const valueColumn = columnLetter(CHART_COLUMN + 5);
    canvas.put(funnelRow, 6, `=IF(ISERROR(${anchor}), ${anchor}, ${valueColumn}${valuesRow})`);
    for (let i = 1; i <= spec.steps; i++) canvas.put(funnelRow + i, 6, `=IF(ISERROR(${anchor}), "", ${valueColumn}${valuesRow + i})`, AMOUNT);
    underChart = valuesRow + spec.steps + 1;
  }

  // Below the chart, side by side, each in its own columns.
  const sideRow = Math.max(BELOW_CHART, underChart + ROOM_FOR_NEW_STAGES + 1);
  let col = CHART_COLUMN;
  const side = (name: string, title: string, formula: string, cols: number, formats: Record<number, string>) => {
    canvas.title(sideRow, col, title);
    canvas.table({ name, row: sideRow + 1, col, rows: null, cols }, formula, formats);
    col += cols + 1;
  };
  if (columns.lostReason) {
    const reasons = columnRef(sources, columns.lostReason);
    side('LOSTREASONS', labels.lostReasons, `=LOSTREASONS(${p}, ${reasons}${valueArg}, ${setup})`, values ? 4 : 3, { 2: SHARE, 3: AMOUNT });
  }
  if (columns.created) {
    side('COHORTS', labels.cohorts, `=COHORTS(${p}, ${columnRef(sources, columns.created)}, , ${setup})`, 5, { 0: MONTH, 3: SHARE });
  }
  if (columns.expectedClose && values) {
    const closes = columnRef(sources, columns.expectedClose);
    side('FORECAST', labels.forecast, `=FORECAST(${p}, ${values}, ${closes}, ${setup})`, 4, { 0: MONTH, 2: AMOUNT, 3: AMOUNT });
  }

  // The owner selector's list: everyone, then BYOWNER's owners over every prospect (grouped by key, one spelling each).
  let selector: DashboardLayout['selector'] = null;
  if (columns.owner) {
    // Two columns; the gap before them is dropped when the widest layout would pass column Z.
    const ownersCol = col + 1 < SHEET_COLUMNS ? col : col - 1;
    canvas.title(sideRow, ownersCol, labels.helpers);
    const owners = sideRow + 1;
    canvas.table({ name: 'owners', row: owners, col: ownersCol, rows: null, cols: 1 }, ownerListFormula(sources));
    const listCol = ownersCol + 1;
    canvas.put(owners, listCol, labels.everyone);
    const below = `${columnLetter(ownersCol)}${owners + 1}:${columnLetter(ownersCol)}`;
    canvas.table(
      { name: 'owner list', row: owners + 1, col: listCol, rows: null, cols: 1 },
      `=ARRAYFORMULA(IFERROR(FILTER(${below}, ${below}<>""), ""))`,
    );
    selector = { row: SELECTOR_ROW, col: SELECTOR_COLUMN, list: { row: owners, col: listCol, rows: FORMATTED_ROWS } };
  }
  const cols = Math.max(...canvas.cells.map((c) => c.col), ...canvas.spills.map((s) => s.col + s.cols - 1));
  return {
    cells: canvas.cells,
    formats: canvas.formats,
    bold: canvas.bold,
    spills: canvas.spills,
    chart: { row: chartRow, col: CHART_COLUMN, rows: spec.steps + 1 },
    chartAnchor: { row: CHART_ROW, col: CHART_COLUMN, rows: sideRow - 1 - CHART_ROW, cols: CHART_COLUMNS },
    selector,
    rows: Math.max(row, sideRow) + FORMATTED_ROWS,
    cols,
  };
}
