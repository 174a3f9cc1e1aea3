// The selection poll: the selected prospect rows, in one small read of just those rows.
import { detectColumns } from '../core/columns';
import type { SelectionView } from './api';
import { Context, currentSetup, pipelineOf, prospectsOf } from './context';
import { isEmptyRow, prospectView, rowReader } from './prospect-view';

// Large selections are summarised beyond this many rows (a whole column selected by mistake stays cheap).
export const SELECTION_LIMIT = 10000;

/** Sheet rows selected on the active sheet, header row excluded, capped at the sheet's last row. */
function selectedRows(context: Context): { sheet: string; rows: number[] } {
  const sheet = context.spreadsheet.getActiveSheet();
  const ranges = context.spreadsheet.getActiveRangeList()?.getRanges() ?? [];
  const active = context.spreadsheet.getActiveRange();
  if (ranges.length === 0 && active) ranges.push(active);
  const last = sheet.getLastRow();
  const rows = new Set<number>();
  for (const range of ranges) {
    for (let row = Math.max(2, range.getRow()); row <= Math.min(last, range.getLastRow()); row++) rows.add(row);
  }
  return { sheet: sheet.getName(), rows: [...rows].sort((a, b) => a - b) };
}

export function getSelection(context: Context): SelectionView {
  const layout = context.settings.layout ?? (prospectsOf(context), context.settings.layout);
  const { sheet: sheetName, rows } = selectedRows(context);
  if (!layout || sheetName !== layout.sheet) return { sheet: sheetName, onProspects: false, prospects: [], more: 0 };
  if (rows.length === 0) return { sheet: sheetName, onProspects: true, prospects: [], more: 0 };
  const shown = rows.slice(0, SELECTION_LIMIT);
  const first = shown[0];
  const sheet = context.spreadsheet.getActiveSheet();
  const width = Math.max(1, layout.headers.length);
  const block = sheet.getRange(first, 1, shown[shown.length - 1] - first + 1, width).getValues();
  const setup = currentSetup(context);
  const reader = rowReader(detectColumns(layout.headers, context.settings.mapping), layout.headers, pipelineOf(setup), setup, context.locale);
  const prospects = shown
    .filter((row) => !isEmptyRow(block[row - first]))
    .map((row) => prospectView(reader, block[row - first], row));
  return { sheet: sheetName, onProspects: true, prospects, more: rows.length - shown.length };
}
