// Writes values into single cells of one column without touching any other cell, in as few calls as possible.
import type { SheetLike } from './gas';
import { columnLetter } from './prospects-sheet';
import { runsOfRows } from './row-runs';

/** Runs of consecutive rows as A1 ranges of one column: rows 5,6,7,9 of C → C5:C7, C9. */
function runsOf(column: number, rows: number[]): string[] {
  const letter = columnLetter(column);
  return runsOfRows(rows).map(({ first, last }) => (first === last ? `${letter}${first}` : `${letter}${first}:${letter}${last}`));
}

/**
 * Writes row → value into `column` (1-based). One value for all rows: one range-list write. Consecutive rows:
 * one block write. Otherwise one range-list write per distinct value, so no cell between them is rewritten
 * (someone may be typing there).
 */
export function writeColumnCells(sheet: SheetLike, column: number, values: ReadonlyMap<number, unknown>, landed?: Set<number>): number {
  if (values.size === 0) return 0;
  // Each call lands whole or not at all: `landed` learns its rows as it returns, so a failure part-way is known by row.
  const done = (rows: readonly number[]) => {
    if (landed) for (const row of rows) landed.add(row);
  };
  const rows = [...values.keys()].sort((a, b) => a - b);
  const byValue = new Map<unknown, number[]>();
  for (const row of rows) {
    const value = values.get(row);
    const key = value instanceof Date ? value.getTime() : value;
    const group = byValue.get(key);
    if (group) group.push(row);
    else byValue.set(key, [row]);
  }
  if (byValue.size === 1) {
    sheet.getRangeList(runsOf(column, rows)).setValue(values.get(rows[0]));
    done(rows);
    return 1;
  }
  if (rows[rows.length - 1] - rows[0] === rows.length - 1) {
    sheet.getRange(rows[0], column, rows.length, 1).setValues(rows.map((row) => [values.get(row)]));
    done(rows);
    return 1;
  }
  for (const group of byValue.values()) {
    sheet.getRangeList(runsOf(column, group)).setValue(values.get(group[0]));
    done(group);
  }
  return byValue.size;
}
