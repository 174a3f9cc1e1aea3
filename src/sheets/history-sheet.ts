// Stage History: created on first use, appended in one write per batch, never edited.
import { HISTORY_COLUMNS, HISTORY_HEADERS, HistoryRecord, parseHistory } from '../core/history';
import type { Locale } from '../core/types';
import { asCellText } from './cell-text';
import type { Services, SheetLike } from './gas';
import { createOwnSheet, findOwnSheet } from './own-sheets';
import { serverText } from '../i18n/messages';

/** The add-on's own Stage History; created (marked, warning-only protected) on first use, beside any tab of the user's of that name. */
function historySheet(services: Services, locale: Locale): SheetLike {
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
  const sheet = historySheet(services, locale);
  const start = sheet.getLastRow() + 1;
  const needed = start + records.length - 1;
  if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  const text = (s: string) => asCellText(s);
  const rows = records.map((r) => [r.when, text(r.id), text(r.prospect), text(r.from), text(r.to), text(r.status), text(r.by), text(r.note)]);
  sheet.getRange(start, 1, rows.length, HISTORY_COLUMNS).setValues(rows);
}

/** Every record (one read), or none when the log does not exist yet. */
export function readHistory(services: Services): HistoryRecord[] {
  const sheet = findOwnSheet(services, 'history');
  if (!sheet || sheet.getLastRow() < 2) return [];
  return parseHistory(sheet.getRange(2, 1, sheet.getLastRow() - 1, HISTORY_COLUMNS).getValues());
}
