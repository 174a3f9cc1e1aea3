// Reads the saved pipeline (Pipeline Setup, columns A:C) for formulas that leave out the pipeline argument.
import type { Grid } from '../core/grid';
import { setupToRows } from '../core/setup';
import type { Services } from './gas';
import { findOwnSheet } from './own-sheets';
import { Settings } from './settings';

/**
 * One read of Pipeline Setup's first three columns. When the tab was deleted, the copy saved with the setup (never
 * the default: the formulas would count against stages the user never had); null when there is neither.
 */
export function readSavedPipelineGrid(services: Services): Grid | null {
  const sheet = findOwnSheet(services, 'setup');
  if (!sheet) {
    const saved = new Settings(services).setup;
    return saved ? setupToRows(saved, 'en').map((row) => row.slice(0, 3)) : null;
  }
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return null;
  return sheet.getRange(1, 1, lastRow, 3).getValues();
}
