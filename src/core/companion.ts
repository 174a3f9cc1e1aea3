// Columns that travel with the prospects (values, dates, reasons, owners): same rows, checked on every prospect row.
import { cellAt, Grid } from './grid';
import { fail, shown } from './localized-error';
import { isBlank, isErrorValue } from './names';

export function checkSameRowsAs(prospects: Grid, other: Grid, column: string): void {
  if (other.length !== prospects.length) throw fail('errSameRows', { column, rows: other.length, prospects: prospects.length });
}

/** A number cell, NaN when blank; anything else is an error naming the row of `column`. */
export function numberAt(grid: Grid, r: number, column: string): number {
  const cell = cellAt(grid, r, 0);
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) return NaN;
  throw fail('errValueNotNumber', { row: r + 1, column, value: shown(cell) });
}

/** A date cell as milliseconds, NaN when blank; anything else is an error naming the row of `column`. */
export function dateAt(grid: Grid, r: number, column: string): number {
  const cell = cellAt(grid, r, 0);
  if (cell instanceof Date && !isNaN(cell.getTime())) return cell.getTime();
  if (isBlank(cell)) return NaN;
  throw fail('errDateNotDate', { row: r + 1, column, value: shown(cell) });
}

/** A free-text label cell (a reason, an owner): text or a number as typed, "" when blank; else an error naming the row. */
export function labelAt(grid: Grid, r: number, column: string): string | number {
  const cell = cellAt(grid, r, 0);
  if (typeof cell === 'string' && !isErrorValue(cell)) return cell;
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) return '';
  throw fail('errLabelNotText', { row: r + 1, column, value: shown(cell) });
}
