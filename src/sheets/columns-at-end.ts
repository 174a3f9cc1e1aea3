// Appending columns after the last one a sheet has: growing the grid (no column of the user's moves), styling the headers.
import type { SheetLike } from './gas';

/** Makes sure column `last` (1-based) exists: Sheets refuses a range outside the grid, so missing columns are inserted at the end. */
export function insertColumnsAtEnd(sheet: SheetLike, last: number): void {
  const max = sheet.getMaxColumns();
  if (last > max) sheet.insertColumnsAfter(max, last - max);
}

/**
 * Gives header cells the weight and fill of the header `like` (1-based column), so an appended header looks like its
 * neighbours (most header rows are bold, many filled).
 */
export function styleHeadersLike(sheet: SheetLike, like: number, first: number, count: number): void {
  if (like < 1 || count < 1) return;
  const model = sheet.getRange(1, like);
  const headers = sheet.getRange(1, first, 1, count);
  const weight = model.getFontWeight();
  if (weight === 'bold') headers.setFontWeight('bold');
  const fill = model.getBackground();
  if (fill && fill.toLowerCase() !== '#ffffff') headers.setBackground(fill);
}
