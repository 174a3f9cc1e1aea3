// The cells of one sheet, shared by every user: values, formulas, formats, validation, and the grid's size.

import type { CellValue } from '../../src/sheets/gas';
import type { Rect } from './a1';
import { cellA1, parseA1, resolveA1 } from './a1';
import type { ChartSpec } from './charts';
import type { CellInput } from './coerce';
import { CELL_TEXT_LIMIT, coerceScriptValue, isDate, parseText } from './coerce';
import type { ConditionalFormatSpec } from './conditional-format';
import type { GridRef } from './context';
import type { MetadataSpec } from './metadata';
import type { ProtectionSpec } from './protection';
import { columnsMismatch, gasError, OUTSIDE_SHEET, rowsMismatch, signatureMismatch, TOO_LONG, validationRejected } from './errors';
import { displayValue } from './format';
import type { DataValidation } from './validation';
import type { Workbook } from './workbook';

export interface Cell {
  value: CellValue;
  formula?: string;
  format?: string;
  validation?: DataValidation;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  wrap?: boolean;
}

/** Everything the preview grid needs to draw one cell. */
export interface CellInfo {
  value: CellValue;
  display: string;
  formula: string;
  format: string | null;
  validation: DataValidation | null;
  /** True when the cell breaks its (warning-only) validation: Sheets marks it with a red corner. */
  invalid: boolean;
  background: string | null;
  fontWeight: string | null;
  wrap: boolean;
}

type Row = Array<Cell | undefined>;

/** A cell's content as undo keeps it. */
export interface CellContent {
  value: CellValue;
  formula?: string;
  format?: string;
}

export class SheetData {
  rows: Array<Row | undefined> = [];
  conditionalFormats: ConditionalFormatSpec[] = [];
  charts: ChartSpec[] = [];
  frozenRows = 0;
  /** Developer metadata on the sheet: it belongs to the sheet, so it survives renames. */
  metadata: MetadataSpec[] = [];
  /** The sheet's protection (Sheet.protect()), if any. */
  protection: ProtectionSpec | null = null;
  readonly columnWidths = new Map<number, number>();

  constructor(
    readonly workbook: Workbook,
    readonly id: number,
    public name: string,
    public maxRows: number,
    public maxColumns: number,
  ) {}

  // ---- geometry ----

  /** Throws Sheets' error when the rectangle is not inside the grid. */
  checkRect(rect: Rect): Rect {
    if (rect.row + rect.numRows - 1 > this.maxRows || rect.col + rect.numCols - 1 > this.maxColumns) throw gasError(OUTSIDE_SHEET);
    return rect;
  }

  /** A1 notation on this sheet (a sheet prefix, if any, is ignored here) to a checked rectangle. */
  rect(a1: string): Rect {
    return this.checkRect(resolveA1(parseA1(a1), this.maxRows, this.maxColumns));
  }

  ref(rect: Rect): GridRef {
    return { sheetId: this.id, row: rect.row, col: rect.col, numRows: rect.numRows, numCols: rect.numCols };
  }

  // ---- cells ----

  peek(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  private cellAt(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = { value: '' };
      r[col - 1] = c;
    }
    return c;
  }

  /** The cell's value; a formula cell's value comes from the workbook's formula evaluator. */
  valueOf(cell: Cell | undefined, row: number, col: number): CellValue {
    if (!cell) return '';
    if (cell.formula !== undefined) return this.workbook.evaluate(this.name, row, col, cell.formula);
    return cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value;
  }

  displayOf(cell: Cell | undefined, row: number, col: number): string {
    const spilled = this.spilledInto(cell, row, col);
    if (spilled !== undefined) return displayValue(spilled, cell?.format, this.workbook.displayContext);
    if (!cell) return '';
    return displayValue(this.valueOf(cell, row, col), cell.format, this.workbook.displayContext);
  }

  /** The value an array formula spilled into this empty cell, if any. */
  private spilledInto(cell: Cell | undefined, row: number, col: number): CellValue | undefined {
    if (!this.workbook.spillReader || (cell && (cell.formula !== undefined || cell.value !== ''))) return undefined;
    return this.workbook.spilledAt(this.name, row, col);
  }

  readValues(rect: Rect): CellValue[][] {
    const out: CellValue[][] = new Array(rect.numRows);
    for (let i = 0; i < rect.numRows; i++) {
      const src = this.rows[rect.row - 1 + i];
      const line: CellValue[] = new Array(rect.numCols);
      for (let j = 0; j < rect.numCols; j++) {
        const cell = src?.[rect.col - 1 + j];
        line[j] = this.spilledInto(cell, rect.row + i, rect.col + j) ?? (cell ? this.valueOf(cell, rect.row + i, rect.col + j) : '');
      }
      out[i] = line;
    }
    return out;
  }

  readDisplay(rect: Rect): string[][] {
    const out: string[][] = new Array(rect.numRows);
    for (let i = 0; i < rect.numRows; i++) {
      const src = this.rows[rect.row - 1 + i];
      const line: string[] = new Array(rect.numCols);
      for (let j = 0; j < rect.numCols; j++) line[j] = this.displayOf(src?.[rect.col - 1 + j], rect.row + i, rect.col + j);
      out[i] = line;
    }
    return out;
  }

  readFormulas(rect: Rect): string[][] {
    const out: string[][] = new Array(rect.numRows);
    for (let i = 0; i < rect.numRows; i++) {
      const src = this.rows[rect.row - 1 + i];
      const line: string[] = new Array(rect.numCols);
      for (let j = 0; j < rect.numCols; j++) line[j] = src?.[rect.col - 1 + j]?.formula ?? '';
      out[i] = line;
    }
    return out;
  }

  // ---- writes ----

  /** Throws Apps Script's messages when `data` is not a 2-D array of the range's shape. */
  static checkShape(rect: Rect, data: unknown[][], method: string): void {
    if (!Array.isArray(data) || !data.every((line) => Array.isArray(line))) throw gasError(signatureMismatch(data, method));
    if (data.length !== rect.numRows) throw gasError(rowsMismatch(data.length, rect.numRows));
    for (const line of data) if (line.length !== rect.numCols) throw gasError(columnsMismatch(line.length, rect.numCols));
  }

  /** Refuses a value that a strict ("reject input") rule does not allow; blank and formulas pass. */
  private checkRule(cell: Cell | undefined, input: CellInput, row: number, col: number): void {
    const rule = cell?.validation;
    if (!rule || rule.allowInvalid || input.formula !== undefined) return;
    const display = displayValue(input.value, input.format ?? cell?.format, this.workbook.displayContext);
    if (!rule.accepts(input.value, display)) throw gasError(validationRejected(cellA1(row, col), rule.list));
  }

  private apply(row: number, col: number, input: CellInput): void {
    const existing = this.peek(row, col);
    if (!existing && input.value === '' && input.formula === undefined) return; // keep empty cells sparse
    const cell = existing ?? this.cellAt(row, col);
    cell.value = input.value;
    if (input.formula !== undefined) cell.formula = input.formula;
    else delete cell.formula;
    if (input.format && !cell.format) cell.format = input.format;
  }

  /**
   * setValue/setValues from a script: every cell is parsed and checked (length, strict rules) before any is written,
   * so a refusal leaves no trace.
   */
  scriptWrite(rect: Rect, data: unknown[][]): void {
    const ctx = this.workbook.coerceContext;
    // First pass only looks (cheap for the common case): over-long text anywhere, and cells under a strict rule.
    for (let i = 0; i < rect.numRows; i++) {
      const line = data[i] as unknown[];
      const src = this.rows[rect.row - 1 + i];
      for (let j = 0; j < rect.numCols; j++) {
        const v = line[j];
        if (typeof v === 'string' && v.length > CELL_TEXT_LIMIT) throw gasError(TOO_LONG);
        const cell = src?.[rect.col - 1 + j];
        if (cell?.validation) this.checkRule(cell, coerceScriptValue(v, ctx, cell.format), rect.row + i, rect.col + j);
      }
    }
    for (let i = 0; i < rect.numRows; i++) {
      const line = data[i] as unknown[];
      for (let j = 0; j < rect.numCols; j++) {
        const cell = this.peek(rect.row + i, rect.col + j);
        this.apply(rect.row + i, rect.col + j, coerceScriptValue(line[j], ctx, cell?.format));
      }
    }
    this.changed(rect);
  }

  /** The same value in every cell of several rectangles (setValue, RangeList.setValue); all checked before any is written. */
  scriptFill(rects: Rect[], value: unknown): void {
    const ctx = this.workbook.coerceContext;
    // A cell's format can change how the value reads ("@" keeps text), so inputs are per format.
    const byFormat = new Map<string | undefined, CellInput>();
    const inputFor = (format: string | undefined): CellInput => {
      let input = byFormat.get(format);
      if (!input) {
        input = coerceScriptValue(value, ctx, format);
        byFormat.set(format, input);
      }
      return input;
    };
    inputFor(undefined); // refuses an over-long text even on a range of empty cells
    for (const rect of rects) {
      for (let i = 0; i < rect.numRows; i++) {
        for (let j = 0; j < rect.numCols; j++) {
          const cell = this.peek(rect.row + i, rect.col + j);
          const input = inputFor(cell?.format);
          if (cell?.validation) this.checkRule(cell, input, rect.row + i, rect.col + j);
        }
      }
    }
    for (const rect of rects) {
      for (let i = 0; i < rect.numRows; i++) {
        for (let j = 0; j < rect.numCols; j++) {
          const cell = this.peek(rect.row + i, rect.col + j);
          this.apply(rect.row + i, rect.col + j, inputFor(cell?.format));
        }
      }
    }
    // One change for the whole call (its bounding box), as Sheets recalculates once per write: a formula engine
    // listening recalculates once, not once per range of the list.
    if (rects.length > 0) this.changed(boundingBox(rects));
  }

  writeFormula(rect: Rect, formula: string): void {
    if (!formula.startsWith('=')) {
      this.scriptFill([rect], formula);
      return;
    }
    for (let i = 0; i < rect.numRows; i++) for (let j = 0; j < rect.numCols; j++) this.apply(rect.row + i, rect.col + j, { value: '', formula });
    this.changed(rect);
  }

  /** A person typing into one cell: parsed like Sheets parses typed text, refused by a strict rule. */
  userWrite(row: number, col: number, text: string): void {
    this.checkRect({ row, col, numRows: 1, numCols: 1 });
    const cell = this.peek(row, col);
    const input = parseText(text, this.workbook.coerceContext, cell?.format);
    this.checkRule(cell, input, row, col);
    this.apply(row, col, input);
    this.changed({ row, col, numRows: 1, numCols: 1 });
  }

  /**
   * A person pasting a block of text (or clearing cells): every cell parsed as typed and checked against a strict rule
   * before any is written, so a refused paste leaves no trace (one change for the whole block).
   */
  userWriteBlock(rect: Rect, texts: string[][]): void {
    this.checkRect(rect);
    const inputs = texts.map((line, i) =>
      line.map((text, j) => {
        const cell = this.peek(rect.row + i, rect.col + j);
        const input = parseText(text, this.workbook.coerceContext, cell?.format);
        this.checkRule(cell, input, rect.row + i, rect.col + j);
        return input;
      }),
    );
    inputs.forEach((line, i) => line.forEach((input, j) => this.apply(rect.row + i, rect.col + j, input)));
    this.changed(rect);
  }

  /** What the cells of `rect` hold (value, formula, format), for undo. */
  snapshot(rect: Rect): CellContent[][] {
    const out: CellContent[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const line: CellContent[] = [];
      for (let j = 0; j < rect.numCols; j++) {
        const cell = this.peek(rect.row + i, rect.col + j);
        const value = cell?.value instanceof Date ? new Date(cell.value.getTime()) : (cell?.value ?? '');
        line.push({ value, formula: cell?.formula, format: cell?.format });
      }
      out.push(line);
    }
    return out;
  }

  /** Undo: puts back what a snapshot held (no rule is checked: the cells held it before). */
  restore(rect: Rect, contents: CellContent[][]): void {
    contents.forEach((line, i) =>
      line.forEach((content, j) => {
        const existing = this.peek(rect.row + i, rect.col + j);
        if (!existing && content.value === '' && content.formula === undefined && content.format === undefined) return;
        const cell = existing ?? this.cellAt(rect.row + i, rect.col + j);
        cell.value = content.value;
        if (content.formula === undefined) delete cell.formula;
        else cell.formula = content.formula;
        if (content.format === undefined) delete cell.format;
        else cell.format = content.format;
      }),
    );
    this.changed(rect);
  }

  /** Seeding: values as given, except that a string starting with "=" is a formula. */
  seed(rows: unknown[][]): void {
    rows.forEach((line, i) => {
      line.forEach((v, j) => {
        if (v === null || v === undefined || v === '') return;
        if (typeof v === 'string' && v.startsWith('=') && v.length > 1) this.apply(i + 1, j + 1, { value: '', formula: v });
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') this.apply(i + 1, j + 1, { value: v });
        else if (isDate(v)) this.apply(i + 1, j + 1, { value: new Date(v.getTime()) });
        else this.apply(i + 1, j + 1, { value: String(v) });
      });
    });
  }

  /** Sets a property on every cell of the rectangle (formats, validation); undefined removes it. */
  setOnCells<K extends Exclude<keyof Cell, 'value' | 'formula'>>(rect: Rect, key: K, values: (i: number, j: number) => Cell[K] | undefined): void {
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numCols; j++) {
        const v = values(i, j);
        if (v === undefined) {
          const cell = this.peek(rect.row + i, rect.col + j);
          if (cell) delete cell[key];
        } else this.cellAt(rect.row + i, rect.col + j)[key] = v;
      }
    }
    this.changed(rect);
  }

  clearContent(rect: Rect): void {
    for (let i = 0; i < rect.numRows; i++) {
      const src = this.rows[rect.row - 1 + i];
      if (!src) continue;
      for (let j = 0; j < rect.numCols; j++) {
        const cell = src[rect.col - 1 + j];
        if (cell) {
          cell.value = '';
          delete cell.formula;
        }
      }
    }
    this.changed(rect);
  }

  /** Sheet.clear(): contents and formats go; data validation stays (see the test citing gas-fakes). */
  clear(): void {
    for (const r of this.rows) {
      if (!r) continue;
      for (let j = 0; j < r.length; j++) {
        const cell = r[j];
        if (!cell) continue;
        r[j] = cell.validation ? { value: '', validation: cell.validation } : undefined;
      }
    }
    this.changed({ row: 1, col: 1, numRows: this.maxRows, numCols: this.maxColumns });
  }

  insertRowsAfter(after: number, count: number): void {
    if (after < 0 || after > this.maxRows) throw gasError(OUTSIDE_SHEET);
    if (!(count >= 1)) throw gasError('The number of rows to insert must be at least 1.');
    this.workbook.checkGrowth(count * this.maxColumns);
    if (after < this.rows.length) {
      const tail = this.rows.slice(after);
      this.rows.length = after;
      this.rows.length = after + count;
      for (const r of tail) this.rows.push(r);
    }
    this.maxRows += count;
    const shift = (ref: GridRef): void => {
      if (ref.sheetId !== this.id) return;
      if (ref.row > after) ref.row += count;
      else if (ref.row + ref.numRows - 1 > after) ref.numRows += count;
    };
    for (const sheet of this.workbook.sheets) {
      for (const cf of sheet.conditionalFormats) cf.ranges.forEach(shift);
      for (const chart of sheet.charts) chart.ranges.forEach(shift);
    }
    for (const chart of this.charts) if (chart.position.row > after) chart.position.row += count;
    this.workbook.emit({ kind: 'rows', sheet: this.name, after, count });
  }

  /**
   * Sheet.insertColumnsAfter at the right edge: the grid grows by `count` empty columns (a cell-limit check as for
   * rows). Inserting between columns would also move cells, formats and every formula's references, which this
   * in-memory sheet does not model: it refuses that instead of answering wrongly.
   */
  insertColumnsAfter(after: number, count: number): void {
    if (after < 0 || after > this.maxColumns) throw gasError(OUTSIDE_SHEET);
    if (!(count >= 1)) throw gasError('The number of columns to insert must be at least 1.');
    if (after < this.maxColumns) throw new Error('The in-memory spreadsheet inserts columns only after the last column.');
    this.workbook.checkGrowth(count * this.maxRows);
    this.maxColumns += count;
    this.changed({ row: 1, col: after + 1, numRows: this.maxRows, numCols: count });
  }

  private changed(rect: Rect): void {
    this.workbook.emit({ kind: 'cells', sheet: this.name, row: rect.row, col: rect.col, numRows: rect.numRows, numCols: rect.numCols });
  }

  // ---- content extent ----

  private static hasContent(cell: Cell | undefined): boolean {
    return !!cell && (cell.formula !== undefined || cell.value !== '');
  }

  /** Last row holding a value or a formula; 0 for an empty sheet. Formats and validation do not count. */
  lastRow(): number {
    for (let i = this.rows.length - 1; i >= 0; i--) if (this.rows[i]?.some(SheetData.hasContent)) return i + 1;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let j = r.length - 1; j >= last; j--) {
        if (SheetData.hasContent(r[j])) {
          last = j + 1;
          break;
        }
      }
    }
    return last;
  }

  // ---- helpers for tests and the preview (no counting, no log) ----

  private dataRect(a1?: string): Rect {
    return a1 ? this.rect(a1) : { row: 1, col: 1, numRows: Math.max(1, this.lastRow()), numCols: Math.max(1, this.lastColumn()) };
  }

  /** Values of an A1 range, or of the data range (A1 to the last row and column with content). */
  values(a1?: string): CellValue[][] {
    return this.readValues(this.dataRect(a1));
  }

  displayValues(a1?: string): string[][] {
    return this.readDisplay(this.dataRect(a1));
  }

  formulas(a1?: string): string[][] {
    return this.readFormulas(this.dataRect(a1));
  }

  cellInfo(row: number, col: number): CellInfo {
    const cell = this.peek(row, col);
    const value = this.valueOf(cell, row, col);
    const display = cell ? displayValue(value, cell.format, this.workbook.displayContext) : '';
    const rule = cell?.validation ?? null;
    return {
      value,
      display,
      formula: cell?.formula ?? '',
      format: cell?.format ?? null,
      validation: rule,
      invalid: !!rule && !rule.accepts(value, display),
      background: cell?.background ?? null,
      fontWeight: cell?.fontWeight ?? null,
      wrap: cell?.wrap ?? false,
    };
  }
}

function boundingBox(rects: readonly Rect[]): Rect {
  const row = Math.min(...rects.map((r) => r.row));
  const col = Math.min(...rects.map((r) => r.col));
  const lastRow = Math.max(...rects.map((r) => r.row + r.numRows - 1));
  const lastCol = Math.max(...rects.map((r) => r.col + r.numCols - 1));
  return { row, col, numRows: lastRow - row + 1, numCols: lastCol - col + 1 };
}
