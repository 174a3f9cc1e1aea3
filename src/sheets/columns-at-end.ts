// Grows a sheet to the right when the add-on appends columns after the last one it has (no column of the user's moves).
import type { SheetLike } from './gas';

/** Makes sure column `last` (1-based) exists: Sheets refuses a range outside the grid, so missing columns are inserted at the end. */
export function insertColumnsAtEnd(sheet: SheetLike, last: number): void {
  const max = sheet.getMaxColumns();
  if (last > max) sheet.insertColumnsAfter(max, last - max);
}
