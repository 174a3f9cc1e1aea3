// The spreadsheet the add-on runs in: its sheets by name, and showing the user a sheet or a row.
import type { Services, SheetLike, SpreadsheetLike } from './gas';
import type { ProspectsTable } from './prospects-sheet';
import { FIRST_PROSPECT_ROW } from './prospect-rows';
import { ownSheetTest } from './own-sheets';

export function activeSpreadsheet(services: Services): SpreadsheetLike {
  return services.SpreadsheetApp.getActiveSpreadsheet();
}

/** A sheet by name (Sheets ignores case), or null when there is none or no name was given. */
export function sheetByName(spreadsheet: SpreadsheetLike, name: unknown): SheetLike | null {
  return typeof name === 'string' ? spreadsheet.getSheetByName(name) : null;
}

export function sheetName(sheet: SheetLike): string {
  return sheet.getName();
}

/** Names of the user's own sheets, in tab order: every sheet but the ones the add-on creates. */
export function userSheetNames(spreadsheet: SpreadsheetLike): string[] {
  const isOwn = ownSheetTest(spreadsheet);
  return spreadsheet
    .getSheets()
    .filter((sheet) => !isOwn(sheet))
    .map((sheet) => sheet.getName());
}

/** Brings a sheet to the front. */
export function showSheet(sheet: SheetLike): void {
  sheet.activate();
}

/** Selects a row of the prospects sheet ("go to row"); false, selecting nothing, when the row is not on the sheet. */
export function activateRow(table: ProspectsTable, row: number): boolean {
  if (!(row >= FIRST_PROSPECT_ROW) || row > table.sheet.getMaxRows()) return false;
  table.sheet.activate();
  table.sheet.getRange(row, 1, 1, Math.max(1, table.width)).activate();
  return true;
}
