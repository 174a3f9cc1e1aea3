// What the user has selected on the active sheet, read in runs bounded by the selection.
import type { CellValue, SheetLike, SpreadsheetLike } from './gas';
import { FIRST_PROSPECT_ROW } from './prospect-rows';
import { firstRows, joinRuns, readRuns, rowCount, RowRun } from './row-runs';

export interface SelectedRuns {
  sheet: SheetLike;
  sheetName: string;
  /** Selected rows below the header up to the last row with content, as sorted runs without overlaps. */
  runs: RowRun[];
  /** Rows in the runs. */
  count: number;
}

/**
 * The selected rows of the active sheet (every range of the range list), with no range read: the last row is asked
 * once, and a whole-column selection (1…1,000,000) is clamped to it without visiting a row.
 */
export function selectedRuns(spreadsheet: SpreadsheetLike): SelectedRuns {
  const sheet = spreadsheet.getActiveSheet();
  const ranges = spreadsheet.getActiveRangeList()?.getRanges() ?? [];
  const active = spreadsheet.getActiveRange();
  if (ranges.length === 0 && active) ranges.push(active);
  const last = sheet.getLastRow();
  const clamped: RowRun[] = [];
  for (const range of ranges) clamped.push({ first: Math.max(FIRST_PROSPECT_ROW, range.getRow()), last: Math.min(last, range.getLastRow()) });
  const runs = joinRuns(clamped);
  return { sheet, sheetName: sheet.getName(), runs, count: rowCount(runs) };
}

/** The first `limit` selected rows, `width` columns each: row → values, in sheet order. Reads as readRuns does. */
export function readSelectedRows(selection: SelectedRuns, limit: number, width: number): Map<number, CellValue[]> {
  return readRuns(selection.sheet, firstRows(selection.runs, limit), width);
}
