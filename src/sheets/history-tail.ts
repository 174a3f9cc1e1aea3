// Bounded reads of Stage History: one prospect's recent entries from the end in blocks, and the figures' columns.
import { HISTORY_COLUMNS, HistoryRecord, parseHistory } from '../core/history';
import type { Services, SheetLike } from './gas';
import { findOwnSheet } from './own-sheets';

/** Rows per read, from the end: a prospect opened after a move finds its entry in the first block. */
export const HISTORY_BLOCK_ROWS = 250;
/** Rows scanned at most for one prospect (4 reads, 8,000 cells, whatever the log's length). */
export const HISTORY_SCAN_ROWS = 1000;

/** The columns a read takes: all of them, or the 8 of a log made before the Change column (its rows read as moves). */
function widthOf(sheet: SheetLike): number {
  return Math.min(HISTORY_COLUMNS, sheet.getMaxColumns());
}

/**
 * Every record, for the Pipeline view's figures (one read), or none when the log does not exist yet. Change, the
 * last column, says which rows rename stages or fix spellings, so the read spans all of them.
 */
export function readHistoryFigures(services: Services): HistoryRecord[] {
  const sheet = findOwnSheet(services, 'history');
  if (!sheet || sheet.getLastRow() < 2) return [];
  return parseHistory(sheet.getRange(2, 1, sheet.getLastRow() - 1, widthOf(sheet)).getValues());
}

export interface RecentHistory {
  /** Oldest first, as in the log: the prospect's most recent entries, at most `limit`. */
  records: HistoryRecord[];
  /** True when the scan stopped before the top of the log: older entries of this prospect may exist. */
  capped: boolean;
}

/**
 * The last records (at most `limit`) that `matches` accepts: blocks are read back from the end of the log until one
 * holds a match (so the newest entry, the one into the current stage, is always found when it is in reach), and at
 * most HISTORY_SCAN_ROWS rows in all. Records `keep` accepts (renames) come along in order but do not count.
 */
export function readRecentHistory(
  services: Services,
  matches: (record: HistoryRecord) => boolean,
  limit: number,
  keep: (record: HistoryRecord) => boolean = () => false,
): RecentHistory {
  const sheet = findOwnSheet(services, 'history');
  const lastRow = sheet ? sheet.getLastRow() : 0;
  if (!sheet || lastRow < 2) return { records: [], capped: false };
  const found: HistoryRecord[] = []; // newest first while scanning
  let hits = 0;
  let end = lastRow;
  let scanned = 0;
  while (end >= 2 && hits === 0 && scanned < HISTORY_SCAN_ROWS) {
    const start = Math.max(2, end - HISTORY_BLOCK_ROWS + 1);
    const block = parseHistory(sheet.getRange(start, 1, end - start + 1, widthOf(sheet)).getValues());
    for (let i = block.length - 1; i >= 0 && hits < limit; i--) {
      if (matches(block[i])) {
        found.push(block[i]);
        hits++;
      } else if (keep(block[i])) found.push(block[i]);
    }
    scanned += end - start + 1;
    end = start - 1;
  }
  return { records: found.reverse(), capped: end >= 2 && hits < limit };
}
