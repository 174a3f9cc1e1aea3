// Stage History: created on first use, appended in one write per batch, never edited.
import { HISTORY_COLUMNS, HISTORY_HEADERS, HistoryRecord, parseHistory } from '../core/history';
import { LatestEntry, latestEntries } from '../core/history-log';
import type { Locale } from '../core/types';
import { asCellText } from './cell-text';
import type { Services, SheetLike } from './gas';
import { createOwnSheet, findOwnSheet } from './own-sheets';
import { serverText } from '../i18n/messages';

/** The add-on's own Stage History; created (marked, warning-only protected) on first use, beside any tab of the user's of that name. */
export function ensureHistorySheet(services: Services, locale: Locale): SheetLike {
  const existing = findOwnSheet(services, 'history', { adopt: true });
  if (existing) return existing;
  const sheet = createOwnSheet(services, 'history', locale);
  // Warning only: people may still fix a row by hand, but are told first that the figures are read from it.
  sheet.protect().setWarningOnly(true).setDescription(serverText(locale)('historyProtection'));
  sheet.getRange(1, 1, 1, HISTORY_COLUMNS).setValues([HISTORY_HEADERS[locale]]);
  sheet.getRange(1, 1, 1, HISTORY_COLUMNS).setFontWeight('bold');
  sheet.getRange('A2:A').setNumberFormat('yyyy-mm-dd hh:mm');
  sheet.setFrozenRows(1);
  return sheet;
}

/** Appends the records below the last row, in one write; grows the grid when it is full. */
export function appendHistory(services: Services, records: readonly HistoryRecord[], locale: Locale): void {
  if (records.length === 0) return;
  const sheet = ensureHistorySheet(services, locale);
  const start = sheet.getLastRow() + 1;
  const needed = start + records.length - 1;
  if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  const text = (s: string) => asCellText(s);
  const rows = records.map((r) => [
    r.when,
    text(r.id),
    text(r.prospect),
    text(r.from),
    text(r.to),
    text(r.status),
    text(r.by),
    text(r.note),
    r.change || 'move',
  ]);
  // A log made before the Change column existed gets its header now; its earlier rows, blank there, read as moves.
  // (A grid cut down to 8 columns by hand keeps 8: Change is then blank, a move, which only a rename or a fix misreads.)
  const width = Math.min(HISTORY_COLUMNS, sheet.getMaxColumns());
  if (start > 1 && width === HISTORY_COLUMNS && sheet.getLastColumn() < HISTORY_COLUMNS) {
    sheet.getRange(1, HISTORY_COLUMNS).setValue(HISTORY_HEADERS[locale][HISTORY_COLUMNS - 1]);
  }
  sheet.getRange(start, 1, rows.length, width).setValues(width === HISTORY_COLUMNS ? rows : rows.map((row) => row.slice(0, width)));
}

/** Every record (one read), or none when the log does not exist yet. A log without the Change column reads as moves. */
export function readHistory(services: Services): HistoryRecord[] {
  const sheet = findOwnSheet(services, 'history');
  if (!sheet || sheet.getLastRow() < 2) return [];
  const width = Math.min(HISTORY_COLUMNS, sheet.getMaxColumns());
  return parseHistory(sheet.getRange(2, 1, sheet.getLastRow() - 1, width).getValues());
}

/** Each prospect's latest entry (renames and fixes applied): one read of the columns ID to Change only. */
export function readLatestEntries(services: Services): Map<string, LatestEntry> {
  const sheet = findOwnSheet(services, 'history');
  if (!sheet || sheet.getLastRow() < 2) return new Map();
  const width = Math.min(HISTORY_COLUMNS, sheet.getMaxColumns()) - 1;
  return latestEntries(sheet.getRange(2, 2, sheet.getLastRow() - 1, width).getValues());
}
