// The selection poll: the selected prospect rows, read in runs bounded by the selection.
import { detectColumns } from '../core/columns';
import { layoutOf } from '../sheets/prospects-sheet';
import { readSelectedRows, selectedRuns } from '../sheets/selection';
import type { ProspectView, SelectionView } from './api';
import { Context, currentSetup, knownTimeZone, pipelineOf, prospectsOf } from './context';
import { isEmptyRow, prospectView, rowReader } from './prospect-view';

// Rows returned beyond this many are only counted (a whole column selected by mistake stays cheap). The sidebar
// lists 50 of them, but Advance, Move, Won and Lost apply to every row returned, so the cap is not the list's.
export const SELECTION_LIMIT = 10000;

export function getSelection(context: Context): SelectionView {
  // The settings from the document cache (no property read on a hit). The header row as an action last saved it;
  // until one has, it is read (and not saved: a poll saves nothing).
  const copy = context.settings.pollCopy;
  const layout = copy.layout ?? layoutOf(prospectsOf(context));
  const selection = selectedRuns(context.spreadsheet);
  const sheetName = selection.sheetName;
  if (sheetName !== layout.sheet) return { sheet: sheetName, onProspects: false, prospects: [], more: 0 };
  if (selection.count === 0) return { sheet: sheetName, onProspects: true, prospects: [], more: 0 };
  const rows = readSelectedRows(selection, SELECTION_LIMIT, Math.max(1, layout.headers.length));
  const setup = copy.setup ?? currentSetup(context, true);
  const columns = detectColumns(layout.headers, copy.mapping);
  // The zone only where there is a follow-up column to show (it is one more service call per poll).
  const timeZone = columns.followUp >= 0 ? knownTimeZone(context) : null;
  const reader = rowReader(columns, layout.headers, pipelineOf(setup), setup, context.locale, context.clock, new Date(), timeZone);
  const prospects: ProspectView[] = [];
  for (const [row, values] of rows) if (!isEmptyRow(values)) prospects.push(prospectView(reader, values, row));
  return { sheet: sheetName, onProspects: true, prospects, more: selection.count - rows.size };
}
