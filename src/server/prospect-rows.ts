// Reads every prospect row of the prospects sheet in one read.
import type { ColumnMap } from '../core/columns';
import { cellOf } from '../core/prospect-row';
import type { ProspectsTable } from '../sheets/prospects-sheet';

/** Rows 2…last of the prospects sheet; row i of the result is sheet row i + 2. */
export function readProspectRows(table: ProspectsTable): unknown[][] {
  const last = table.sheet.getLastRow();
  if (last < 2 || table.width === 0) return [];
  return table.sheet.getRange(2, 1, last - 1, table.width).getValues();
}

export const FIRST_PROSPECT_ROW = 2;

/** A row as the formulas' prospects argument sees it: [stage], or [stage, status] when the sheet has a status column. */
export function stageCells(row: readonly unknown[], columns: ColumnMap): unknown[] {
  return columns.status >= 0 ? [cellOf(row, columns.stage), cellOf(row, columns.status)] : [cellOf(row, columns.stage)];
}
