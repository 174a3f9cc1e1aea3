// Writes the next step and follow-up cells of prospect rows, and nothing between or around them.
import { writeColumnCells } from './column-writes';
import type { SheetLike } from './gas';

/** A column (0-based, −1 when the sheet has none) and the value every row gets there. */
export interface ColumnValue {
  column: number;
  value: unknown;
}

/**
 * Writes each value into its column on every row. One row whose two cells sit side by side: one write of both.
 * Otherwise one range-list write per column, whatever the rows (the cells between them are never rewritten).
 */
export function writeRowValues(sheet: SheetLike, rows: readonly number[], cells: readonly ColumnValue[]): number {
  const used = cells.filter((cell) => cell.column >= 0).sort((a, b) => a.column - b.column);
  if (rows.length === 0 || used.length === 0) return 0;
  if (rows.length === 1 && used.length === 2 && used[1].column === used[0].column + 1) {
    sheet.getRange(rows[0], used[0].column + 1, 1, 2).setValues([[used[0].value, used[1].value]]);
    return 1;
  }
  let writes = 0;
  for (const { column, value } of used) writes += writeColumnCells(sheet, column + 1, new Map(rows.map((row) => [row, value])));
  return writes;
}
