// Arguments as Sheets passes them: a range is a 2-D array, a single cell a scalar.

export type Grid = readonly unknown[][];

/** A range argument as rows × columns: a scalar becomes 1×1, a flat list one column (only junk arrives flat). */
export function toGrid(value: unknown): Grid {
  if (!Array.isArray(value)) return [[value]];
  return value as unknown[][];
}

/** The cell at row r, column c of a grid whose rows may be ragged or not arrays at all. */
export function cellAt(grid: Grid, r: number, c: number): unknown {
  const row: unknown = grid[r];
  if (Array.isArray(row)) return row[c];
  return c === 0 ? row : undefined;
}

/** Number of columns, read from the first row (Sheets' ranges are rectangular). */
export function widthOf(grid: Grid): number {
  const first: unknown = grid[0];
  return Array.isArray(first) ? first.length : grid.length > 0 ? 1 : 0;
}

/** A one-row grid read as a column (a pipeline typed as {"Lead","Won"}). */
export function rowAsColumn(grid: Grid): Grid {
  if (grid.length === 1 && Array.isArray(grid[0]) && grid[0].length > 1) return grid[0].map((cell) => [cell]);
  return grid;
}
