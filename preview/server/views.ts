// What the preview page receives from the server: the workbook, one sheet's cells, charts. Plain JSON.

export interface CellView {
  /** A1 of the cell, e.g. "D5". */
  a1: string;
  row: number;
  col: number;
  /** The text the cell shows (rendered as text, never as HTML). */
  text: string;
  /** Numbers and dates align right, booleans centre, errors show the tooltip. */
  kind?: 'number' | 'boolean' | 'error';
  /** Tooltip: the message of a #ERROR! cell. */
  note?: string;
  /** The value breaks the cell's data validation (Sheets draws a red corner). */
  invalid?: true;
  /** Background from the add-on's highlight rule or from the cell's own format. */
  fill?: string;
  bold?: true;
  wrap?: true;
  /** Index into SheetView.dropdowns when the cell has a dropdown. */
  dropdown?: number;
  /** What editing starts from (F2, Enter): the formula, or the value as it would be typed. */
  input?: string;
}

export interface Dropdown {
  options: string[];
  /** True when other values are refused ("Reject the input"). */
  strict: boolean;
}

export interface SeriesView {
  name: string;
  values: number[];
  /** Null for an invisible series (the funnel's spacer). */
  color: string | null;
  /** Show each value beside its bar. */
  dataLabels: boolean;
}

export interface ChartView {
  id: number;
  type: string;
  title: string;
  /** Top-left corner: the cell and the offset in pixels within it. */
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
  /** In pixels: the width and height options, else the preview's default (600 × 371). */
  width: number;
  height: number;
  stacked: boolean;
  /** One label per bar, from the first column of the data range. */
  labels: string[];
  series: SeriesView[];
}

export interface SheetView {
  name: string;
  /** Names this view: the page sends it back (`since`) to receive only what changed after it. */
  id: string;
  /** Set when `cells` holds only the cells that changed since the view `base` (`cleared`: cells now blank and plain). */
  partial?: { base: string; cleared: string[] };
  /** Rows and columns drawn (the sheet's content and some room around it). */
  rows: number;
  columns: number;
  frozenRows: number;
  /** Width in pixels of columns 1…columns. */
  widths: number[];
  cells: CellView[];
  dropdowns: Dropdown[];
  charts: ChartView[];
}

export type MenuItemView = { caption: string; functionName: string } | { separator: true };

export interface WorkbookView {
  title: string;
  /** The user's language: the page's own labels follow it. */
  locale: string;
  sheets: string[];
  /** Bumps on every change to cells, sheets, the sidebar or a selection made by the add-on. */
  version: number;
  /** The user's active sheet and selected ranges (A1), and a counter that moves when the add-on changed them. */
  selection: { sheet: string; ranges: string[]; version: number };
  sidebar: { open: boolean; title: string; version: number };
  /** What opening the file could not read, in the user's language (none for the demo). */
  importNotes: string[];
  menu: MenuItemView[];
}

/** What a menu item did: the alerts and toasts it showed, or the error it threw. */
export interface MenuResult {
  alerts: string[];
  toasts: Array<{ title: string; message: string }>;
  error?: string;
}
