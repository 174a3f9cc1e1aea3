// One sheet as the page draws it: what each cell shows, its tooltip, red corner, highlight, dropdown; and the charts.
import { cellA1 } from '../sheets/a1';
import type { CellValue } from '../../src/sheets/gas';
import { isDate } from '../sheets/coerce';
import { displayValue } from '../sheets/format';
import type { SheetData } from '../sheets/grid';
import type { DataValidation } from '../sheets/validation';
import type { Workbook } from '../sheets/workbook';
import { chartView } from './chart-view';
import type { FormulaEngine } from './formula-engine';
import { highlightedCells } from './highlights';
import { addFollowUpFills } from './follow-up-highlights';
import type { CellView, Dropdown, SheetView } from './views';

const ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/;
/** Rows and columns an embedded chart covers (600 × 371 px, as Sheets draws a new chart). */
const CHART_ROWS = 19;
const CHART_COLUMNS = 6;
/** The grid draws every row it shows (no virtual scrolling): a very long sheet is shown up to this row. */
export const MAX_ROWS_SHOWN = 3000;

function kindOf(value: unknown): CellView['kind'] {
  if (typeof value === 'number' || isDate(value)) return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string' && ERROR.test(value)) return 'error';
  return undefined;
}

/** What editing a cell starts from: its formula, or its value as one would type it. */
function inputOf(value: CellValue, display: string, formula: string): string {
  if (formula) return formula;
  if (typeof value === 'number') return String(value);
  return display;
}

export function sheetView(sheet: SheetData, workbook: Workbook, engine: FormulaEngine): Omit<SheetView, 'id'> {
  const extent = engine.extentOf(sheet.name);
  const chartRows = Math.max(0, ...sheet.charts.map((c) => c.position.row + CHART_ROWS));
  const chartColumns = Math.max(0, ...sheet.charts.map((c) => c.position.col + CHART_COLUMNS));
  const rows = Math.min(sheet.maxRows, MAX_ROWS_SHOWN, Math.max(sheet.lastRow(), extent.rows, chartRows, 30) + 30);
  const columns = Math.min(sheet.maxColumns, Math.max(sheet.lastColumn(), extent.columns, chartColumns, 25) + 1);
  const fills = highlightedCells(sheet, workbook, rows);
  addFollowUpFills(sheet, workbook, rows, fills);
  const dropdowns: Dropdown[] = [];
  const dropdownIndex = new Map<DataValidation, number>();
  const cells: CellView[] = [];

  for (let row = 1; row <= rows; row++) {
    for (let col = 1; col <= columns; col++) {
      const cell = sheet.peek(row, col);
      const fill = fills.get(`${row}:${col}`) ?? cell?.background ?? undefined;
      const view: CellView = { a1: cellA1(row, col), row, col, text: '' };
      if (cell) {
        const info = sheet.cellInfo(row, col);
        view.text = info.display;
        view.input = inputOf(info.value, info.display, info.formula);
        view.kind = kindOf(info.value);
        if (info.formula && view.kind === 'error') view.note = engine.resultAt(sheet.name, row, col).error ?? undefined;
        if (info.invalid) view.invalid = true;
        if (info.fontWeight === 'bold') view.bold = true;
        if (info.wrap) view.wrap = true;
        const rule = info.validation;
        if (rule && (rule.criteriaType === 'VALUE_IN_LIST' || rule.criteriaType === 'VALUE_IN_RANGE')) {
          let index = dropdownIndex.get(rule);
          if (index === undefined) {
            index = dropdowns.push({ options: [...rule.list], strict: !rule.allowInvalid }) - 1;
            dropdownIndex.set(rule, index);
          }
          view.dropdown = index;
        }
      }
      if (!cell?.formula && (!cell || cell.value === '') && extent.rows >= row && engine.isSpilled(sheet.name, row, col)) {
        const result = engine.resultAt(sheet.name, row, col);
        view.text = displayValue(result.value as CellValue, cell?.format, workbook.displayContext);
        view.kind = kindOf(result.value);
        if (result.error) view.note = result.error;
      }
      if (fill) view.fill = fill;
      const plain = view.text === '' && !view.fill && !view.bold && !view.invalid && view.dropdown === undefined;
      if (!plain) cells.push(view);
    }
  }

  const widths = Array.from({ length: columns }, (_, i) => sheet.columnWidths.get(i + 1) ?? 100);
  return {
    name: sheet.name,
    rows,
    columns,
    frozenRows: sheet.frozenRows,
    widths,
    cells,
    dropdowns,
    charts: sheet.charts.map((c) => chartView(c, workbook)),
  };
}
