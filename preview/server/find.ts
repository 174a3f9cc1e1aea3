// Ctrl+F: the next cell after a given one whose shown text contains the query (case ignored, as Sheets' find box).
import type { SheetData } from '../sheets/grid';

export interface Found {
  row: number;
  col: number;
}

/** Row by row from the cell after `after`, wrapping round to the top; null when no cell matches. */
export function findNext(sheet: SheetData, query: string, after: Found = { row: 1, col: 0 }): Found | null {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return null;
  const lastRow = sheet.lastRow();
  const lastCol = sheet.lastColumn();
  const matches = (row: number, col: number) => {
    const cell = sheet.peek(row, col);
    return !!cell && sheet.displayOf(cell, row, col).toLocaleLowerCase().includes(needle);
  };
  for (let pass = 0; pass < 2; pass++) {
    const fromRow = pass === 0 ? after.row : 1;
    const toRow = pass === 0 ? lastRow : after.row;
    for (let row = fromRow; row <= toRow; row++) {
      if (!sheet.rows[row - 1]) continue;
      const fromCol = pass === 0 && row === after.row ? after.col + 1 : 1;
      const toCol = pass === 1 && row === after.row ? after.col : lastCol;
      for (let col = fromCol; col <= toCol; col++) if (matches(row, col)) return { row, col };
    }
  }
  return null;
}
