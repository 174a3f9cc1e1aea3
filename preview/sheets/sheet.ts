// Sheet: one user's handle on a shared sheet (ranges, size, frozen rows, conditional formats, charts, metadata, protection).

import type { ConditionalFormatRuleLike, EmbeddedChartLike, SheetLike } from '../../src/sheets/gas';
import type { Rect } from './a1';
import { parseA1, resolveA1 } from './a1';
import type { ChartSpec } from './charts';
import { chartSpecOf, copyChartSpec, EmbeddedChart, EmbeddedChartBuilder } from './charts';
import { ruleFor, specOf, type ConditionalFormatRule } from './conditional-format';
import type { UserContext } from './context';
import { gasError, sheetExists } from './errors';
import type { SheetData } from './grid';
import { DeveloperMetadata, isVisibility, visibilityOf } from './metadata';
import { Protection, protectionTypes } from './protection';
import type { RangeShape } from './range';
import { Range, RangeList } from './range';

export class Sheet implements SheetLike {
  constructor(
    private readonly ctx: UserContext,
    /** Internal: the sheet's data. */
    readonly data: SheetData,
  ) {}

  getName(): string {
    this.ctx.call('Sheet.getName');
    return this.data.name;
  }

  /** Renames the sheet; it keeps its id, so ranges, metadata and protection held on it still apply. */
  setName(name: string): Sheet {
    this.ctx.call('Sheet.setName');
    const other = this.ctx.workbook.findSheet(name);
    if (other && other !== this.data) throw gasError(sheetExists(name));
    this.data.name = name;
    this.ctx.workbook.emit({ kind: 'sheets' });
    return this;
  }

  getSheetId(): number {
    this.ctx.call('Sheet.getSheetId');
    return this.data.id;
  }

  getRange(a1Notation: string): Range;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): Range;
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    this.ctx.call('Sheet.getRange');
    return typeof a1OrRow === 'string' ? this.rangeA1(a1OrRow) : this.rangeAt(a1OrRow, column ?? 1, numRows ?? 1, numColumns ?? 1);
  }

  /** Internal: a range from coordinates, with Apps Script's argument errors. */
  rangeAt(row: number, col: number, numRows: number, numCols: number): Range {
    if (row < 1) throw gasError('The starting row of the range is too small.');
    if (col < 1) throw gasError('The starting column of the range is too small.');
    if (numRows < 1) throw gasError('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw gasError('The number of columns in the range must be at least 1.');
    const rect: Rect = { row, col, numRows, numCols };
    return new Range(this.ctx, this.data, this.data.checkRect(rect));
  }

  /** Internal: a range from A1 ("Other sheet!A1" reaches the named sheet, as in Apps Script). */
  rangeA1(a1: string): Range {
    const parsed = parseA1(a1);
    const data = parsed.sheetName === undefined ? this.data : this.ctx.workbook.findSheet(parsed.sheetName);
    if (!data) throw gasError('Range not found');
    const rect = data.checkRect(resolveA1(parsed, data.maxRows, data.maxColumns));
    const shape: RangeShape = parsed.wholeColumns ? 'columns' : parsed.wholeRows ? 'rows' : 'cells';
    return new Range(this.ctx, data, rect, shape);
  }

  getRangeList(a1Notations: string[]): RangeList {
    this.ctx.call('Sheet.getRangeList');
    return new RangeList(
      this.ctx,
      a1Notations.map((a1) => this.rangeA1(a1)),
    );
  }

  /** The range from A1 to the last row and column with content (not counted: it only reads the extent). */
  getDataRange(): Range {
    this.ctx.call('Sheet.getDataRange');
    return this.rangeAt(1, 1, Math.max(1, this.data.lastRow()), Math.max(1, this.data.lastColumn()));
  }

  getLastRow(): number {
    this.ctx.call('Sheet.getLastRow');
    return this.data.lastRow();
  }

  getLastColumn(): number {
    this.ctx.call('Sheet.getLastColumn');
    return this.data.lastColumn();
  }

  getMaxRows(): number {
    this.ctx.call('Sheet.getMaxRows');
    return this.data.maxRows;
  }

  getMaxColumns(): number {
    this.ctx.call('Sheet.getMaxColumns');
    return this.data.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.ctx.call('Sheet.insertRowsAfter');
    this.data.insertRowsAfter(afterPosition, howMany);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.ctx.call('Sheet.insertColumnsAfter');
    this.data.insertColumnsAfter(afterPosition, howMany);
    return this;
  }

  setFrozenRows(rows: number): void {
    this.ctx.call('Sheet.setFrozenRows');
    this.data.frozenRows = rows;
    this.ctx.workbook.emit({ kind: 'sheet', sheet: this.data.name });
  }

  getFrozenRows(): number {
    this.ctx.call('Sheet.getFrozenRows');
    return this.data.frozenRows;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.ctx.call('Sheet.setColumnWidth');
    this.data.columnWidths.set(columnPosition, width);
    this.ctx.workbook.emit({ kind: 'sheet', sheet: this.data.name });
    return this;
  }

  /** Sheets' default column width is 100 px. */
  getColumnWidth(columnPosition: number): number {
    this.ctx.call('Sheet.getColumnWidth');
    return this.data.columnWidths.get(columnPosition) ?? 100;
  }

  /** Makes this the user's active sheet, its A1 the active cell. */
  activate(): Sheet {
    this.ctx.call('Sheet.activate');
    this.ctx.select(this.data, [{ row: 1, col: 1, numRows: 1, numCols: 1 }]);
    return this;
  }

  clear(): Sheet {
    this.ctx.call('Sheet.clear');
    this.data.clear();
    return this;
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    this.ctx.call('Sheet.getConditionalFormatRules');
    return this.data.conditionalFormats.map((s) => ruleFor(s, this.ctx));
  }

  /** Replaces all of the sheet's rules. */
  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void {
    this.ctx.call('Sheet.setConditionalFormatRules');
    this.data.conditionalFormats = rules.map(specOf);
    this.ctx.workbook.emit({ kind: 'sheet', sheet: this.data.name });
  }

  getCharts(): EmbeddedChart[] {
    this.ctx.call('Sheet.getCharts');
    return this.data.charts.map((s) => new EmbeddedChart(copyChartSpec(s), this.ctx));
  }

  newChart(): EmbeddedChartBuilder {
    this.ctx.call('Sheet.newChart');
    return new EmbeddedChartBuilder(this.ctx);
  }

  insertChart(chart: EmbeddedChartLike): void {
    this.ctx.call('Sheet.insertChart');
    const spec = copyChartSpec(chartSpecOf(chart));
    spec.chartId = this.ctx.workbook.newChartId();
    // The inserted chart object now answers its id, as in Apps Script.
    chartSpecOf(chart).chartId = spec.chartId;
    this.data.charts.push(spec);
    this.ctx.workbook.emit({ kind: 'sheet', sheet: this.data.name });
  }

  /** Replaces the chart with the same id (from chart.modify()...build()). */
  updateChart(chart: EmbeddedChartLike): void {
    this.ctx.call('Sheet.updateChart');
    const spec = chartSpecOf(chart);
    const i = this.indexOf(spec);
    this.data.charts[i] = copyChartSpec(spec);
    this.ctx.workbook.emit({ kind: 'sheet', sheet: this.data.name });
  }

  removeChart(chart: EmbeddedChartLike): void {
    this.ctx.call('Sheet.removeChart');
    this.data.charts.splice(this.indexOf(chartSpecOf(chart)), 1);
    this.ctx.workbook.emit({ kind: 'sheet', sheet: this.data.name });
  }

  /** Tags the sheet with a key, and optionally a value and a visibility (DOCUMENT unless told). */
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Sheet {
    this.ctx.call('Sheet.addDeveloperMetadata');
    const hasValue = valueOrVisibility !== undefined && !isVisibility(valueOrVisibility);
    this.data.metadata.push({
      id: this.ctx.workbook.newMetadataId(),
      key: String(key),
      value: hasValue ? String(valueOrVisibility) : null,
      visibility: visibilityOf(hasValue ? visibility : valueOrVisibility),
    });
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    this.ctx.call('Sheet.getDeveloperMetadata');
    return this.data.metadata.map((spec) => new DeveloperMetadata(this.data, spec, this.ctx));
  }

  /** Protects the sheet; on a sheet already protected, answers the existing protection (as Apps Script documents). */
  protect(): Protection {
    this.ctx.call('Sheet.protect');
    if (!this.data.protection) this.data.protection = { description: '', warningOnly: false };
    return new Protection(this.data, this.data.protection, this.ctx);
  }

  /** The sheet's protection for ProtectionType.SHEET; range protections are not modelled, so RANGE finds none. */
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] {
    this.ctx.call('Sheet.getProtections');
    if (String(type) !== String(protectionTypes().SHEET) || !this.data.protection) return [];
    return [new Protection(this.data, this.data.protection, this.ctx)];
  }

  private indexOf(spec: ChartSpec): number {
    const i = spec.chartId === null ? -1 : this.data.charts.findIndex((c) => c.chartId === spec.chartId);
    if (i < 0) throw gasError('The chart is not on this sheet.');
    return i;
  }
}
