// One prospect row read through the column map: who it is, where it is, what it still lacks.
import type { ColumnMap } from './columns';
import { LOST_WORDS, nameKey, WON_WORDS } from './names';
import type { Pipeline, Stage } from './pipeline';
import type { Outcome } from './types';
import { calendarDaysBetween, type DayClock } from './calendar';
const DAY = 24 * 60 * 60 * 1000;

/** A cell as text, the way the sidebar and the identity checks compare it. */
export function textOfCell(cell: unknown): string {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

export function cellOf(row: readonly unknown[], column: number): unknown {
  return column >= 0 ? row[column] : '';
}

/** The stage of the pipeline a row's stage cell names, or undefined. */
export function stageOfRow(row: readonly unknown[], columns: ColumnMap, pipeline: Pipeline): Stage | undefined {
  const cell = cellOf(row, columns.stage);
  return typeof cell === 'string' ? pipeline.byKey.get(nameKey(cell)) : undefined;
}

/** Open, won or lost, from the stage kind and the status column. */
export function outcomeOf(row: readonly unknown[], columns: ColumnMap, pipeline: Pipeline): Outcome {
  const stage = stageOfRow(row, columns, pipeline);
  if (stage?.kind === 'won') return 'won';
  if (stage?.kind === 'lost') return 'lost';
  const status = cellOf(row, columns.status);
  if (typeof status === 'string') {
    const key = nameKey(status);
    if (WON_WORDS.has(key)) return 'won';
    if (LOST_WORDS.has(key)) return 'lost';
  }
  return 'open';
}

/** The identity a move checks before writing: the ID where the sheet has one, else the name. */
export function identityOf(row: readonly unknown[], columns: ColumnMap): { id: string; name: string } {
  const id = textOfCell(cellOf(row, columns.id));
  const name = textOfCell(cellOf(row, columns.prospect)) || id;
  return { id, name };
}

/**
 * Calendar days, in the spreadsheet's time zone, from a stage-since date to today, or null when the cell is not a
 * date: a prospect stamped at 23:00 yesterday has been 1 day in its stage at 01:00, as the user counts.
 */
export function daysSince(cell: unknown, now: Date, clock: DayClock): number | null {
  if (!(cell instanceof Date) || isNaN(cell.getTime())) return null;
  return calendarDaysBetween(clock, cell, now);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY));
}
