// Prospect rows as the formulas read them (the rows themselves are read by src/sheets/prospect-rows.ts).
import type { ColumnMap } from '../core/columns';
import { cellOf } from '../core/prospect-row';

/** A row as the formulas' prospects argument sees it: [stage], or [stage, status] when the sheet has a status column. */
export function stageCells(row: readonly unknown[], columns: ColumnMap): unknown[] {
  return columns.status >= 0 ? [cellOf(row, columns.stage), cellOf(row, columns.status)] : [cellOf(row, columns.stage)];
}
