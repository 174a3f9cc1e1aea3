// Spreadsheet and SpreadsheetApp: one user's view of the workbook (their active sheet, range and selection).

import type { RangeLike, RangeListLike, SheetLike, SpreadsheetAppLike, SpreadsheetLike } from '../../src/sheets/gas';
import { ConditionalFormatRuleBuilder } from './conditional-format';
import type { UserContext } from './context';
import { DeveloperMetadataFinder, metadataVisibilities } from './metadata';
import { protectionTypes } from './protection';
import { Range, RangeList } from './range';
import { Sheet } from './sheet';
import { Ui } from './ui';
import { DataValidationBuilder } from './validation';

export class Spreadsheet implements SpreadsheetLike {
  constructor(private readonly ctx: UserContext) {}

  getId(): string {
    this.ctx.call('Spreadsheet.getId');
    return this.ctx.workbook.id;
  }

  getSheets(): Sheet[] {
    this.ctx.call('Spreadsheet.getSheets');
    return this.ctx.workbook.sheets.map((s) => new Sheet(this.ctx, s));
  }

  /** Null when there is no such sheet; names match regardless of case, as in Sheets. */
  getSheetByName(name: string): Sheet | null {
    this.ctx.call('Spreadsheet.getSheetByName');
    const data = this.ctx.workbook.findSheet(name);
    return data ? new Sheet(this.ctx, data) : null;
  }

  /** A new 1000 × 26 sheet, which becomes this user's active sheet. */
  insertSheet(sheetName: string): Sheet {
    this.ctx.call('Spreadsheet.insertSheet');
    const data = this.ctx.workbook.addSheet(sheetName);
    this.ctx.select(data, [{ row: 1, col: 1, numRows: 1, numCols: 1 }]);
    return new Sheet(this.ctx, data);
  }

  getActiveSheet(): Sheet {
    this.ctx.call('Spreadsheet.getActiveSheet');
    return new Sheet(this.ctx, this.ctx.activeSheet());
  }

  getActiveRange(): Range | null {
    this.ctx.call('Spreadsheet.getActiveRange');
    const ranges = this.ctx.activeRanges();
    const last = ranges[ranges.length - 1];
    return last ? this.rangeOf(last) : null;
  }

  getActiveRangeList(): RangeListLike | null {
    this.ctx.call('Spreadsheet.getActiveRangeList');
    return new RangeList(
      this.ctx,
      this.ctx.activeRanges().map((r) => this.rangeOf(r)),
    );
  }

  /** "Sheet name!A1:B2", or A1 on the active sheet. */
  getRange(a1Notation: string): Range {
    this.ctx.call('Spreadsheet.getRange');
    return new Sheet(this.ctx, this.ctx.activeSheet()).rangeA1(a1Notation);
  }

  getSpreadsheetLocale(): string {
    this.ctx.call('Spreadsheet.getSpreadsheetLocale');
    return this.ctx.workbook.locale;
  }

  getSpreadsheetTimeZone(): string {
    this.ctx.call('Spreadsheet.getSpreadsheetTimeZone');
    return this.ctx.workbook.timeZone;
  }

  /** Dates already in cells keep their wall-clock reading (see Workbook.setTimeZone). */
  setSpreadsheetTimeZone(timezone: string): void {
    this.ctx.call('Spreadsheet.setSpreadsheetTimeZone');
    this.ctx.workbook.setTimeZone(timezone);
  }

  /** Makes the sheet active; with restoreSelection, its last selection comes back, else its A1 is selected. */
  setActiveSheet(sheet: SheetLike, restoreSelection = false): Sheet {
    this.ctx.call('Spreadsheet.setActiveSheet');
    const data = sheetDataOf(sheet);
    const previous = restoreSelection ? this.ctx.selectionBySheet.get(data.id) : undefined;
    this.ctx.select(data, previous ?? [{ row: 1, col: 1, numRows: 1, numCols: 1 }]);
    return new Sheet(this.ctx, data);
  }

  /** Selects the range, making its sheet the active one. */
  setActiveRange(range: RangeLike): Range {
    this.ctx.call('Spreadsheet.setActiveRange');
    if (!(range instanceof Range)) throw new Error('Not a range of this in-memory spreadsheet');
    this.ctx.select(range.data, [range.rect]);
    return range;
  }

  /** Selects the ranges of the list (all on one sheet), making their sheet the active one. */
  setActiveRangeList(rangeList: RangeListLike): RangeListLike {
    this.ctx.call('Spreadsheet.setActiveRangeList');
    if (!(rangeList instanceof RangeList)) throw new Error('Not a range list of this in-memory spreadsheet');
    const ranges = rangeList.rangesOf();
    const first = ranges[0];
    if (first)
      this.ctx.select(
        first.data,
        ranges.map((r) => r.rect),
      );
    return rangeList;
  }

  /** Selects an A1 range ("Sheet!A1:B2" or on the active sheet), making its sheet the active one. */
  setActiveSelection(a1Notation: string): Range {
    this.ctx.call('Spreadsheet.setActiveSelection');
    const range = new Sheet(this.ctx, this.ctx.activeSheet()).rangeA1(a1Notation);
    this.ctx.select(range.data, [range.rect]);
    return range;
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    this.ctx.call('Spreadsheet.createDeveloperMetadataFinder');
    return new DeveloperMetadataFinder(() => this.ctx.workbook.sheets, this.ctx);
  }

  toast(msg: string, title = '', timeoutSeconds?: number): void {
    this.ctx.call('Spreadsheet.toast');
    this.ctx.ui.toasts.push({ message: msg, title, timeoutSeconds: timeoutSeconds ?? null });
  }

  private rangeOf(ref: { sheetId: number; row: number; col: number; numRows: number; numCols: number }): Range {
    const data = this.ctx.workbook.sheetById(ref.sheetId) ?? this.ctx.activeSheet();
    return new Range(this.ctx, data, data.checkRect(ref));
  }
}

export class SpreadsheetApp implements SpreadsheetAppLike {
  constructor(private readonly ctx: UserContext) {}

  getActiveSpreadsheet(): Spreadsheet {
    this.ctx.call('SpreadsheetApp.getActiveSpreadsheet');
    return new Spreadsheet(this.ctx);
  }

  getActive(): Spreadsheet {
    this.ctx.call('SpreadsheetApp.getActive');
    return new Spreadsheet(this.ctx);
  }

  getUi(): Ui {
    this.ctx.call('SpreadsheetApp.getUi');
    return new Ui(this.ctx);
  }

  newDataValidation(): DataValidationBuilder {
    this.ctx.call('SpreadsheetApp.newDataValidation');
    return new DataValidationBuilder(this.ctx);
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    this.ctx.call('SpreadsheetApp.newConditionalFormatRule');
    return new ConditionalFormatRuleBuilder(this.ctx);
  }

  /** Writes are immediate here; flush only shows up in the log (in order with Lock.releaseLock, on the same log). */
  flush(): void {
    this.ctx.call('SpreadsheetApp.flush');
  }

  get ProtectionType(): ReturnType<typeof protectionTypes> {
    return protectionTypes();
  }

  get DeveloperMetadataVisibility(): ReturnType<typeof metadataVisibilities> {
    return metadataVisibilities();
  }
}

function sheetDataOf(sheet: SheetLike) {
  if (!(sheet instanceof Sheet)) throw new Error('Not a sheet of this in-memory spreadsheet');
  return sheet.data;
}
