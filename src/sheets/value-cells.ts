// The value column's cells as a fix needs them: which hold formulas (never overwritten), and the numbers written.
import { writeColumnCells } from './column-writes';
import type { ProspectsTable } from './prospects-sheet';

/** The sheet rows, among `rows`, whose cell in `column` (0-based) holds a formula: one read, of the span of those rows only. */
export function formulaRows(table: ProspectsTable, column: number, rows: readonly number[]): Set<number> {
  if (rows.length === 0) return new Set();
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    if (row < first) first = row;
    if (row > last) last = row;
  }
  const formulas = table.sheet.getRange(first, column + 1, last - first + 1, 1).getFormulas();
  return new Set(rows.filter((row) => formulas[row - first]?.[0]));
}

/** Writes one number into the given rows of `column` (0-based): one range-list write, whatever the rows. */
export function writeNumberCells(table: ProspectsTable, column: number, rows: readonly number[], value: number): void {
  writeColumnCells(table.sheet, column + 1, new Map(rows.map((row) => [row, value])));
}
