// The selected prospect's Stage History, newest first.
import { historyKey } from '../core/history';
import { identityOf } from '../core/prospect-row';
import { readHistory } from '../sheets/history-sheet';
import { readProspectRow } from '../sheets/prospect-rows';
import { activateRow } from '../sheets/spreadsheet';
import type { HistoryEntry } from './api';
import { Context, prospectsOf } from './context';

export function getProspectHistory(context: Context, row: number): HistoryEntry[] {
  const table = prospectsOf(context);
  const values = readProspectRow(table, Math.floor(Number(row)));
  if (!values) return [];
  const identity = identityOf(values, table.columns);
  const key = historyKey(identity.id, identity.name);
  return readHistory(context.services)
    .filter((record) => historyKey(record.id, record.prospect) === key)
    .reverse()
    .map((record) => ({ when: record.when.toISOString(), from: record.from, to: record.to, status: record.status, by: record.by, note: record.note }));
}

/** Selects a prospect's row on the prospects sheet ("go to row"). */
export function goToRow(context: Context, row: number): void {
  const table = prospectsOf(context);
  activateRow(table, Math.floor(Number(row)));
}
