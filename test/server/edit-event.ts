// Builds the event Sheets passes to onEdit from a range of the in-memory workbook (which fires no triggers itself).
import type { PreviewServices } from '../../preview/sheets';
import type { EditEvent } from '../../src/server/on-edit';

/** As Sheets builds it: value and oldValue only for a single cell, the editor as a User, LIMITED auth. */
export function editEvent(services: PreviewServices, sheet: string, a1: string, oldValue?: unknown): EditEvent {
  const range = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!.getRange(a1);
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  const user = services.user;
  return {
    range,
    ...(single ? { value: services.workbook.sheet(sheet).values(a1)[0][0], ...(oldValue === undefined ? {} : { oldValue }) } : {}),
    user: { getEmail: () => user, getNickname: () => user.split('@')[0] },
    authMode: 'LIMITED',
    source: services.SpreadsheetApp.getActiveSpreadsheet(),
  };
}
