// Range and RangeList: one user's handle on cells of a shared sheet; every call is logged, range I/O is counted.

import type { CellValue, DataValidationLike, RangeLike, RangeListLike, SheetLike } from '../../src/sheets/gas';
import type { Rect } from './a1';
import { columnToLetters, rectA1 } from './a1';
import type { GridRef, UserContext } from './context';
import { SheetData } from './grid';
import { DataValidation } from './validation';

/** How the range was written in A1, so getA1Notation gives "A:C" back for whole columns as Sheets does. */
export type RangeShape = 'cells' | 'columns' | 'rows';

export class Range implements RangeLike {
  constructor(
    private readonly ctx: UserContext,
    /** Internal: the sheet's data. */
    readonly data: SheetData,
    /** Internal: the cells covered. */
    readonly rect: Rect,
    private readonly shape: RangeShape = 'cells',
  ) {}

  get ref(): GridRef {
    return this.data.ref(this.rect);
  }

  // ---- reads (counted) ----

  getValues(): CellValue[][] {
    this.read('Range.getValues');
    return this.data.readValues(this.rect);
  }

  getDisplayValues(): string[][] {
    this.read('Range.getDisplayValues');
    return this.data.readDisplay(this.rect);
  }

  getFormulas(): string[][] {
    this.read('Range.getFormulas');
    return this.data.readFormulas(this.rect);
  }

  /** Top-left value (counted as a read, like getValues). */
  getValue(): CellValue {
    this.read('Range.getValue');
    return this.data.readValues({ ...this.rect, numRows: 1, numCols: 1 })[0]?.[0] ?? '';
  }

  getDisplayValue(): string {
    this.read('Range.getDisplayValue');
    return this.data.readDisplay({ ...this.rect, numRows: 1, numCols: 1 })[0]?.[0] ?? '';
  }

  private read(method: string): void {
    this.ctx.call(method);
    this.ctx.countRead(method, this.data, this.rect);
  }

  private write(method: string): void {
    this.ctx.call(method);
    this.ctx.countWrite(method, this.data, [this.rect]);
  }

  // ---- writes (counted) ----

  setValues(values: unknown[][]): Range {
    this.write('Range.setValues');
    SheetData.checkShape(this.rect, values, 'SpreadsheetApp.Range.setValues');
    this.data.scriptWrite(this.rect, values);
    return this;
  }

  /** Writes the same value to every cell of the range. */
  setValue(value: unknown): Range {
    this.write('Range.setValue');
    this.data.scriptFill([this.rect], value);
    return this;
  }

  setFormula(formula: string): Range {
    this.write('Range.setFormula');
    this.data.writeFormula(this.rect, formula);
    return this;
  }

  setNumberFormat(format: string): Range {
    this.write('Range.setNumberFormat');
    this.data.setOnCells(this.rect, 'format', () => format);
    return this;
  }

  setNumberFormats(formats: string[][]): Range {
    this.write('Range.setNumberFormats');
    SheetData.checkShape(this.rect, formats, 'SpreadsheetApp.Range.setNumberFormats');
    this.data.setOnCells(this.rect, 'format', (i, j) => formats[i]?.[j]);
    return this;
  }

  setDataValidation(rule: DataValidationLike | null): Range {
    this.write('Range.setDataValidation');
    if (rule !== null && !(rule instanceof DataValidation)) throw new Error('Not a rule built by SpreadsheetApp.newDataValidation()');
    const shared = rule ? rule.withRecorder(undefined) : undefined;
    this.data.setOnCells(this.rect, 'validation', () => shared);
    return this;
  }

  clearContent(): Range {
    this.write('Range.clearContent');
    this.data.clearContent(this.rect);
    return this;
  }

  // ---- formatting (logged, not counted) ----

  /** The top-left cell's weight: "bold" or "normal" (Range.getFontWeight). */
  getFontWeight(): string {
    this.ctx.call('Range.getFontWeight');
    return this.data.peek(this.rect.row, this.rect.col)?.fontWeight ?? 'normal';
  }

  /** The top-left cell's fill as #rrggbb; white for a cell without one, as Sheets answers (Range.getBackground). */
  getBackground(): string {
    this.ctx.call('Range.getBackground');
    return this.data.peek(this.rect.row, this.rect.col)?.background ?? '#ffffff';
  }

  setFontWeight(weight: string | null): Range {
    this.ctx.call('Range.setFontWeight');
    this.data.setOnCells(this.rect, 'fontWeight', () => (weight === null || weight === 'normal' ? undefined : weight));
    return this;
  }

  setBackground(color: string | null): Range {
    this.ctx.call('Range.setBackground');
    this.data.setOnCells(this.rect, 'background', () => color ?? undefined);
    return this;
  }

  setWrap(wrap: boolean): Range {
    this.ctx.call('Range.setWrap');
    this.data.setOnCells(this.rect, 'wrap', () => (wrap ? true : undefined));
    return this;
  }

  /** The rule of the top-left cell, or null. */
  getDataValidation(): DataValidationLike | null {
    this.ctx.call('Range.getDataValidation');
    const rule = this.data.peek(this.rect.row, this.rect.col)?.validation;
    return rule ? rule.withRecorder(this.ctx) : null;
  }

  // ---- geometry ----

  activate(): Range {
    this.ctx.call('Range.activate');
    this.ctx.select(this.data, [this.rect]);
    return this;
  }

  getRow(): number {
    this.ctx.call('Range.getRow');
    return this.rect.row;
  }

  getColumn(): number {
    this.ctx.call('Range.getColumn');
    return this.rect.col;
  }

  getNumRows(): number {
    this.ctx.call('Range.getNumRows');
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.ctx.call('Range.getNumColumns');
    return this.rect.numCols;
  }

  /** End row of the range (not of the sheet's content). */
  getLastRow(): number {
    this.ctx.call('Range.getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.ctx.call('Range.getLastColumn');
    return this.rect.col + this.rect.numCols - 1;
  }

  getA1Notation(): string {
    this.ctx.call('Range.getA1Notation');
    const { row, col, numRows, numCols } = this.rect;
    if (this.shape === 'columns') return `${columnToLetters(col)}:${columnToLetters(col + numCols - 1)}`;
    if (this.shape === 'rows') return `${row}:${row + numRows - 1}`;
    return rectA1(this.rect);
  }

  getSheet(): SheetLike {
    this.ctx.call('Range.getSheet');
    return this.ctx.facades.sheet(this.data);
  }
}

export class RangeList implements RangeListLike {
  constructor(
    private readonly ctx: UserContext,
    private readonly ranges: Range[],
  ) {}

  getRanges(): Range[] {
    this.ctx.call('RangeList.getRanges');
    return [...this.ranges];
  }

  /** The ranges, without logging a service call (for Spreadsheet.setActiveRangeList). */
  rangesOf(): readonly Range[] {
    return this.ranges;
  }

  /** One write, whatever the number of ranges; refused as a whole if any cell's strict rule refuses the value. */
  setValue(value: unknown): RangeList {
    this.ctx.call('RangeList.setValue');
    const first = this.ranges[0];
    if (!first) return this;
    this.ctx.countWrite(
      'RangeList.setValue',
      first.data,
      this.ranges.map((r) => r.rect),
    );
    // All ranges of a RangeList are on one sheet (Sheet.getRangeList, Spreadsheet.getActiveRangeList).
    first.data.scriptFill(
      this.ranges.map((r) => r.rect),
      value,
    );
    return this;
  }

  /** Formatting, like Range.setFontWeight: logged once, not counted as a write. */
  setFontWeight(weight: string | null): RangeList {
    this.ctx.call('RangeList.setFontWeight');
    for (const range of this.ranges)
      range.data.setOnCells(range.rect, 'fontWeight', () => (weight === null || weight === 'normal' ? undefined : weight));
    return this;
  }
}

/** The cells a RangeLike covers, for builders that keep ranges (charts, conditional formats). */
export function refOf(range: RangeLike): GridRef {
  if (!(range instanceof Range)) throw new Error('Not a range of this in-memory spreadsheet');
  return range.ref;
}
