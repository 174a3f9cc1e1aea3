// Pipeline Setup: read and written whole (it is small), formatted so people can edit it by hand too.
import { rowsToSetup, SETUP_COLUMNS, setupToRows } from '../core/setup';
import type { Locale, StageSetup } from '../core/types';
import { asCellText } from './cell-text';
import type { Services, SheetLike } from './gas';
import { createOwnSheet, findOwnSheet } from './own-sheets';

/** The setup read from the add-on's Pipeline Setup (one read): null stages when it is empty; missing when there is no such tab. */
export function readSetupTab(services: Services): { missing: boolean; stages: StageSetup[] | null } {
  const sheet = findOwnSheet(services, 'setup');
  if (!sheet) return { missing: true, stages: null };
  if (sheet.getLastRow() < 2) return { missing: false, stages: null };
  return { missing: false, stages: rowsToSetup(sheet.getRange(1, 1, sheet.getLastRow(), SETUP_COLUMNS).getValues()) };
}

/** The saved setup, read from the sheet (one read), or null when the spreadsheet has none. */
export function readSetupSheet(services: Services): StageSetup[] | null {
  return readSetupTab(services).stages;
}

/**
 * Writes the whole setup: one write of the table, one clear of rows left over from a longer setup. Creates the
 * add-on's own Pipeline Setup when there is none (never writing into a tab of the user's that has its name).
 */
export function writeSetupSheet(services: Services, stages: readonly StageSetup[], locale: Locale): SheetLike {
  const existing = findOwnSheet(services, 'setup', { adopt: true });
  const created = !existing;
  const sheet = existing ?? createOwnSheet(services, 'setup', locale);
  const rows = setupToRows(stages, locale).map((row) => row.map((cell) => (typeof cell === 'string' ? asCellText(cell) : cell)));
  const oldLast = sheet.getLastRow();
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, SETUP_COLUMNS).setValues(rows);
  if (oldLast > rows.length) sheet.getRange(rows.length + 1, 1, oldLast - rows.length, SETUP_COLUMNS).clearContent();
  if (created) {
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, SETUP_COLUMNS).setFontWeight('bold');
    sheet.getRange('C2:C').setNumberFormat('0%');
    sheet.getRange('D2:D').setDataValidation(services.SpreadsheetApp.newDataValidation().requireCheckbox().build());
    sheet.getRange('G2:H').setWrap(true);
    sheet.setColumnWidth(1, 160);
    sheet.setColumnWidth(5, 200);
    sheet.setColumnWidth(7, 160);
    sheet.setColumnWidth(8, 420);
  }
  return sheet;
}

/** The add-on's Pipeline Setup, written from `stages` first when there is none (formulas need a tab to refer to). */
export function ensureSetupSheet(services: Services, stages: readonly StageSetup[], locale: Locale): SheetLike {
  return findOwnSheet(services, 'setup', { adopt: true }) ?? writeSetupSheet(services, stages, locale);
}
