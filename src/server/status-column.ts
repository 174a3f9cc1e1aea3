// The Status column offer: without one, Won and Lost replace the stage and the funnel forgets how far a prospect got.
import { headerKey } from '../core/columns';
import { asCellText } from '../sheets/cell-text';
import { insertColumnsAtEnd, styleHeadersLike } from '../sheets/columns-at-end';
import { columnLetter, saveTableLayout, tableOf } from '../sheets/prospects-sheet';
import { saveStatusOfferDeclined, saveStatusWordsLocale } from '../sheets/settings';
import { applyStatusDropdown } from '../sheets/validation';
import type { AddStatusColumnResult } from './api';
import { Context, prospectsOf, withDocumentLock } from './context';

/** The three statuses in the user's language: what the dropdown offers and what moves write. */
export function statusWords(t: Context['t']): string[] {
  return [t('statusOpen'), t('statusWon'), t('statusLost')];
}

/** "Status" / "Trạng thái", or "Status 2"… when a header of the sheet already reads so (without being the status column). */
export function statusHeaderFor(context: Context, headers: readonly string[]): string {
  const base = context.t('statusHeader');
  const taken = new Set(headers.map(headerKey));
  let header = base;
  for (let n = 2; taken.has(headerKey(header)); n++) header = `${base} ${n}`;
  return header;
}

/**
 * Appends a Status column after the last used column (never moving the user's columns), with a dropdown of the
 * statuses in the user's language, and maps it. Under the lock, from a fresh header row: when someone added a status
 * column meanwhile, nothing is written. The cells stay blank (blank reads as open; a lost stage stays lost).
 */
export function addStatusColumn(context: Context): AddStatusColumnResult {
  return withDocumentLock(context, () => {
    const table = prospectsOf(context);
    const { sheet, columns, headers } = table;
    if (columns.status >= 0) return { header: headers[columns.status], column: columnLetter(columns.status + 1), added: false };
    const header = statusHeaderFor(context, headers);
    const column = sheet.getLastColumn() + 1;
    insertColumnsAtEnd(sheet, column);
    sheet.getRange(1, column).setValue(asCellText(header));
    styleHeadersLike(sheet, column - 1, column, 1);
    const padded = [...headers, ...new Array<string>(Math.max(0, column - 1 - headers.length)).fill(''), header];
    const mapping = { ...context.settings.mapping, status: header };
    context.settings.saveMapping(mapping);
    saveTableLayout(context.settings, tableOf(sheet, mapping, padded));
    applyStatusDropdown(context.services, sheet, column, statusWords(context.t));
    saveStatusWordsLocale(context.services, context.locale);
    return { header, column: columnLetter(column), added: true };
  });
}

/** The user's "no": asked once, remembered for the document (Setup still offers the column). */
export function declineStatusColumn(context: Context): void {
  saveStatusOfferDeclined(context.services);
}
