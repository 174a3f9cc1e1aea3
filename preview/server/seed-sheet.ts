// Adds a sheet of imported cells to a workbook: values, their number formats, a bold frozen header row.
import type { Workbook } from '../sheets/workbook';

export interface SeedCell {
  value: unknown;
  /** A number format such as "0%" or "yyyy-mm-dd", when the source had one. */
  format?: string;
}

export interface SeedOptions {
  frozenRows?: number;
  boldHeader?: boolean;
  /** Column widths in pixels by 1-based column. */
  widths?: Map<number, number>;
}

/** Text that must stay text although it starts with "=" (a cell formatted as plain text keeps what it is given). */
const isPlainText = (cell: SeedCell | undefined) => cell?.format === '@' && typeof cell.value === 'string';

export function addSeededSheet(workbook: Workbook, name: string, rows: SeedCell[][], options: SeedOptions = {}): void {
  const sheet = workbook.addSheet(
    name,
    rows.map((row) => row.map((cell) => (isPlainText(cell) ? '' : (cell?.value ?? '')))),
  );
  rows.forEach((row, i) =>
    row.forEach((cell, j) => {
      const rect = { row: i + 1, col: j + 1, numRows: 1, numCols: 1 };
      if (cell?.format) sheet.setOnCells(rect, 'format', () => cell.format);
      if (isPlainText(cell)) sheet.scriptWrite(rect, [[cell.value]]);
    }),
  );
  const width = rows.reduce((n, row) => Math.max(n, row.length), 0);
  if (options.boldHeader && width) sheet.setOnCells({ row: 1, col: 1, numRows: 1, numCols: width }, 'fontWeight', () => 'bold');
  if (options.frozenRows) sheet.frozenRows = options.frozenRows;
  for (const [column, px] of options.widths ?? []) sheet.columnWidths.set(column, px);
}
