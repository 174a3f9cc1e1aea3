// The selected prospect's Stage History, newest first, and the days in stage the log tells.
import { enteredStage, entriesOf, historyKey, isRename, sidebarLog } from '../core/history';
import { identityOf } from '../core/prospect-row';
import { readHistory } from '../sheets/history-sheet';
import { readProspectRow } from '../sheets/prospect-rows';
import { activateRow } from '../sheets/spreadsheet';
import type { ProspectHistory } from './api';
import { Context, currentSetup, pipelineOf, prospectsOf } from './context';
import { prospectView, rowReader } from './prospect-view';

export function getProspectHistory(context: Context, row: number): ProspectHistory {
  const table = prospectsOf(context);
  const rowNumber = Math.floor(Number(row));
  const values = readProspectRow(table, rowNumber);
  if (!values) return { entries: [], daysInStage: null, stalled: false };
  const identity = identityOf(values, table.columns);
  const key = historyKey(identity.id, identity.name);
  // Rename rows belong to no prospect but rename its earlier entries.
  const records = readHistory(context.services).filter((record) => isRename(record) || historyKey(record.id, record.prospect) === key);
  const setup = currentSetup(context);
  const pipeline = pipelineOf(setup);
  const log = sidebarLog(records, pipeline);
  const reader = rowReader(table.columns, table.headers, pipeline, setup, context.locale);
  const { daysInStage, stalled } = prospectView(reader, values, rowNumber, enteredStage(log).get(key));
  const entries = entriesOf(log, records, key)
    .reverse()
    .map((record) => ({
      when: record.when.toISOString(),
      from: record.from,
      to: record.to,
      status: record.status,
      by: record.by,
      note: record.note,
    }));
  return { entries, daysInStage, stalled };
}

/** Selects a prospect's row on the prospects sheet ("go to row"). */
export function goToRow(context: Context, row: number): void {
  const table = prospectsOf(context);
  activateRow(table, Math.floor(Number(row)));
}
