// Reads the saved pipeline (Pipeline Setup, columns A:C) for formulas that leave out the pipeline argument.
import type { Grid } from '../core/grid';
import type { Services } from './gas';
import { SETUP_SHEET } from './sheet-names';

/** One read of Pipeline Setup's first three columns, or null when the sheet does not exist or is empty. */
export function readSavedPipelineGrid(services: Services): Grid | null {
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SETUP_SHEET);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return null;
  return sheet.getRange(1, 1, lastRow, 3).getValues();
}
