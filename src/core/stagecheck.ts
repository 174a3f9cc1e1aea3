// STAGECHECK: every row the other functions would refuse, as a table to fix from.
import type { Grid } from './grid';
import type { Pipeline } from './pipeline';
import { findProblems } from './prospects';

export const STAGECHECK_HEADER = ['Row', 'Value', 'Problem', 'Suggestion'];

function textOfCell(value: unknown): string | number | boolean {
  if (value instanceof Date) return isNaN(value.getTime()) ? 'invalid date' : value.toISOString().slice(0, 10);
  // A cell holds at most 50,000 characters; the start of the value is enough to find it.
  if (typeof value === 'string') return value.length > 200 ? value.slice(0, 199) + '…' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return value === null || value === undefined ? '' : String(Array.isArray(value) ? 'nested list' : typeof value);
}

/** The problem table, or the single cell "OK". */
export function stageCheck(prospects: Grid, pipeline: Pipeline): (string | number | boolean)[][] | string {
  const problems = findProblems(prospects, pipeline);
  if (problems.length === 0) return 'OK';
  return [STAGECHECK_HEADER, ...problems.map((p) => [p.row, textOfCell(p.value), p.problem, p.suggestion])];
}
