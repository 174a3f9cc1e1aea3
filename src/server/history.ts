// The selected prospect's Stage History, newest first, and the days in stage the log tells.
import { enteredStage, entriesOf, historyKey, isRename, sidebarLog } from '../core/history';
import { identityOf } from '../core/prospect-row';
import { readRecentHistory } from '../sheets/history-tail';
import { readProspectRow } from '../sheets/prospect-rows';
import { activateRow } from '../sheets/spreadsheet';
import type { ProspectHistory } from './api';
import { Context, currentSetup, pipelineOf, prospectsOf } from './context';
import { prospectView, rowReader } from './prospect-view';
import { requireRow } from './request-checks';

/** Entries returned at most (the sidebar shows the latest few). */
export const HISTORY_ENTRIES = 20;

export function getProspectHistory(context: Context, row: number): ProspectHistory {
  const rowNumber = requireRow(context.t, row, 'row');
  const table = prospectsOf(context);
  const values = readProspectRow(table, rowNumber);
  if (!values) return { entries: [], daysInStage: null, stalled: false, olderNotShown: false };
  const identity = identityOf(values, table.columns);
  const key = historyKey(identity.id, identity.name);
  // Rename rows belong to no prospect but rename its earlier entries: they come along, uncounted.
  const { records, capped } = readRecentHistory(
    context.services,
    (record) => historyKey(record.id, record.prospect) === key,
    HISTORY_ENTRIES,
    isRename,
  );
  // The latest entry is the newest one found, so the entry into the current stage is right whenever one was found.
  // The setup copy from the document cache: the sidebar asks this on every new selection, all day.
  const setup = context.settings.pollCopy.setup ?? currentSetup(context, true);
  const pipeline = pipelineOf(setup);
  const log = sidebarLog(records, pipeline);
  const reader = rowReader(table.columns, table.headers, pipeline, setup, context.locale, context.clock);
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
  return { entries, daysInStage, stalled, olderNotShown: capped };
}

/** Selects a prospect's row on the prospects sheet ("go to row"). */
export function goToRow(context: Context, row: number): void {
  const rowNumber = requireRow(context.t, row, 'row');
  activateRow(prospectsOf(context), rowNumber);
}
