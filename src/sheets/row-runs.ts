// Runs of consecutive sheet rows, and the reads that cover them: cells read bounded by the rows asked for.
import type { CellValue, SheetLike } from './gas';

/** Rows first…last, both included. */
export interface RowRun {
  first: number;
  last: number;
}

/**
 * A read costs a round trip to Sheets, worth about as much time as reading a few thousand cells. Two runs closer
 * than this many cells apart are read as one block (every other row selected: one read, not thousands); farther
 * apart, each is read on its own, so the cells read stay bounded by the selection, never by the span between.
 */
export const GAP_CELLS = 5000;

/** Sorted runs without overlaps; touching or overlapping runs are joined. Loops only: no spread into a call. */
export function joinRuns(runs: readonly RowRun[]): RowRun[] {
  const sorted = runs.filter((run) => run.last >= run.first).sort((a, b) => a.first - b.first);
  const joined: RowRun[] = [];
  for (const run of sorted) {
    const previous = joined[joined.length - 1];
    if (previous && run.first <= previous.last + 1) previous.last = Math.max(previous.last, run.last);
    else joined.push({ first: run.first, last: run.last });
  }
  return joined;
}

/** Runs of consecutive rows: 5,6,7,9 → 5–7, 9 (any order, repeats allowed). */
export function runsOfRows(rows: Iterable<number>): RowRun[] {
  const runs: RowRun[] = [];
  for (const row of rows) runs.push({ first: row, last: row });
  return joinRuns(runs);
}

/** Rows in the runs. */
export function rowCount(runs: readonly RowRun[]): number {
  let count = 0;
  for (const run of runs) count += run.last - run.first + 1;
  return count;
}

/** The first `limit` rows of sorted runs. */
export function firstRows(runs: readonly RowRun[], limit: number): RowRun[] {
  const kept: RowRun[] = [];
  let left = limit;
  for (const run of runs) {
    if (left <= 0) break;
    const last = Math.min(run.last, run.first + left - 1);
    kept.push({ first: run.first, last });
    left -= last - run.first + 1;
  }
  return kept;
}

/** The blocks to read for sorted runs of `width` columns: runs joined across gaps of at most GAP_CELLS cells. */
export function readBlocks(runs: readonly RowRun[], width: number): RowRun[] {
  const gapRows = Math.floor(GAP_CELLS / Math.max(1, width));
  const blocks: RowRun[] = [];
  for (const run of runs) {
    const previous = blocks[blocks.length - 1];
    if (previous && run.first - previous.last - 1 <= gapRows) previous.last = Math.max(previous.last, run.last);
    else blocks.push({ first: run.first, last: run.last });
  }
  return blocks;
}

/**
 * Columns 1…width of the rows in sorted runs: row → values. One read per block (see readBlocks): Apps Script has
 * no batched read of several ranges (RangeList has no getValues), so far-apart runs cost one read each.
 */
export function readRuns(sheet: SheetLike, runs: readonly RowRun[], width: number): Map<number, CellValue[]> {
  const rows = new Map<number, CellValue[]>();
  if (width < 1) return rows;
  let run = 0;
  for (const block of readBlocks(runs, width)) {
    const values = sheet.getRange(block.first, 1, block.last - block.first + 1, width).getValues();
    for (; run < runs.length && runs[run].last <= block.last; run++) {
      for (let row = runs[run].first; row <= runs[run].last; row++) rows.set(row, values[row - block.first]);
    }
  }
  return rows;
}
