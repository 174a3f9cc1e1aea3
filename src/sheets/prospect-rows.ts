// Reads and writes prospect rows of the prospects sheet: all of them, one, or just the rows selected.
import { rowIdentities, type RowIdentity } from '../core/identity';
import { asCellText } from './cell-text';
import type { CellValue } from './gas';
import type { ProspectsTable } from './prospects-sheet';
import { readRuns, runsOfRows } from './row-runs';

export const FIRST_PROSPECT_ROW = 2;

/** The last row holding anything (0 for an empty sheet); not a range read. */
export function lastProspectRow(table: ProspectsTable): number {
  return table.sheet.getLastRow();
}

/** Rows 2…last of the prospects sheet in one read; row i of the result is sheet row i + 2. */
export function readProspectRows(table: ProspectsTable): unknown[][] {
  const last = table.sheet.getLastRow();
  if (last < FIRST_PROSPECT_ROW || table.width === 0) return [];
  return table.sheet.getRange(FIRST_PROSPECT_ROW, 1, last - FIRST_PROSPECT_ROW + 1, table.width).getValues();
}

/**
 * Rows 2…last, but only the span of columns from the first to the last of `columns` (0-based; negative ones, the
 * unmapped, are ignored), in one read: a view that needs a few columns does not read the whole width. Each row keeps
 * the sheet's column positions, so `row[columns.stage]` still works; cells outside the span read as "".
 */
export function readProspectColumns(table: ProspectsTable, columns: readonly number[]): unknown[][] {
  let from = Infinity;
  let to = -1;
  for (const column of columns) {
    if (column < 0 || column >= table.width) continue;
    if (column < from) from = column;
    if (column > to) to = column;
  }
  const last = table.sheet.getLastRow();
  if (last < FIRST_PROSPECT_ROW || to < 0) return [];
  const block = table.sheet.getRange(FIRST_PROSPECT_ROW, from + 1, last - FIRST_PROSPECT_ROW + 1, to - from + 1).getValues();
  if (from === 0 && to === table.width - 1) return block;
  return block.map((cells) => {
    const row: unknown[] = new Array(table.width).fill('');
    for (let c = 0; c < cells.length; c++) row[from + c] = cells[c];
    return row;
  });
}

/** One prospect row (one read), or null when the row is not a prospect row of the sheet. */
export function readProspectRow(table: ProspectsTable, row: number): unknown[] | null {
  if (!(row >= FIRST_PROSPECT_ROW) || row > table.sheet.getLastRow() || table.width === 0) return null;
  return table.sheet.getRange(row, 1, 1, table.width).getValues()[0];
}

/**
 * The given rows (any order, each below the header and at most the last row): row → values. Each run of
 * consecutive rows is read with its neighbours when they are close, on its own when far (see readRuns), so the
 * cells read stay bounded by the rows asked for, never by the span between scattered rows.
 */
export function readRows(table: ProspectsTable, rows: Iterable<number>): Map<number, CellValue[]> {
  return readRuns(table.sheet, runsOfRows(rows), table.width);
}

/** Writes one stage cell (as text: a stage name never becomes a formula). One write. */
export function writeStageCell(table: ProspectsTable, row: number, stage: string): void {
  table.sheet.getRange(row, table.columns.stage + 1).setValue(asCellText(stage));
}

/**
 * The ID and name of every prospect row, for the check that no other row holds the selected prospect: one read
 * of the columns from the ID to the name column (often adjacent), never the full width.
 */
export function readIdentities(table: ProspectsTable): RowIdentity[] {
  const { id, prospect } = table.columns;
  const last = table.sheet.getLastRow();
  if (last < FIRST_PROSPECT_ROW || (id < 0 && prospect < 0)) return [];
  const from = id < 0 ? prospect : prospect < 0 ? id : Math.min(id, prospect);
  const to = Math.max(id, prospect);
  const block = table.sheet.getRange(FIRST_PROSPECT_ROW, from + 1, last - FIRST_PROSPECT_ROW + 1, to - from + 1).getValues();
  const shifted = { ...table.columns, id: id < 0 ? -1 : id - from, prospect: prospect < 0 ? -1 : prospect - from };
  return rowIdentities(block, shifted, FIRST_PROSPECT_ROW);
}
