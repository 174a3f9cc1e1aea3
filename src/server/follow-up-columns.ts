// The follow-up columns in the prospects sheet: highlighting overdue dates, and adding Next step / Follow-up date at the end.
import { detectColumns, headerKey } from '../core/columns';
import type { ColumnMapping, StageSetup } from '../core/types';
import { asCellText } from '../sheets/cell-text';
import { applyFollowUpHighlight, type FollowUpColumns } from '../sheets/follow-up-format';
import { insertColumnsAtEnd, styleHeadersLike } from '../sheets/columns-at-end';
import { saveTableLayout, tableOf, type ProspectsTable } from '../sheets/prospects-sheet';
import type { AddColumnsResult } from './api';
import { Context, currentSetup, prospectsOf, withDocumentLock } from './context';

/** How a follow-up date is shown: the add-on's date format elsewhere (Stage History), unambiguous in both languages. */
const DATE_FORMAT = 'yyyy-mm-dd';

const ADDED_ROLES = [
  { role: 'nextStep', header: 'headerNextStep' },
  { role: 'followUp', header: 'headerFollowUp' },
] as const;

function followUpColumnsOf(table: ProspectsTable): FollowUpColumns | null {
  const { followUp, stage, status } = table.columns;
  return followUp >= 0 && stage >= 0 ? { followUp: followUp + 1, stage: stage + 1, status: status + 1 } : null;
}

/** Marks overdue and due-today follow-up dates of open prospects; removes the marks when the sheet has no follow-up column. */
export function highlightFollowUps(context: Context, table: ProspectsTable, stages: readonly StageSetup[]): void {
  const closed = stages.filter((s) => s.kind !== 'stage').map((s) => s.name);
  applyFollowUpHighlight(context.services, table.sheet, followUpColumnsOf(table), closed);
}

/** 1-based column of the last non-blank header, or 0. */
function lastHeaderColumn(headers: readonly string[]): number {
  for (let i = headers.length - 1; i >= 0; i--) if (headers[i].trim() !== '') return i + 1;
  return 0;
}

/** `wanted`, or "wanted 2", "wanted 3"… when a column of the sheet already has that header (held by another role). */
function freeHeader(wanted: string, taken: Set<string>): string {
  let header = wanted;
  for (let n = 2; taken.has(headerKey(header)); n++) header = `${wanted} ${n}`;
  return header;
}

/**
 * Adds the Next step and Follow-up date columns the prospects sheet lacks, after its last used column (no column of
 * the user's moves), headed in the user's language; formats the date column, saves the mapping where the headers
 * would not be found by themselves, and highlights overdue dates. Under the lock; a second call adds nothing.
 */
export function addFollowUpColumns(context: Context): AddColumnsResult {
  return withDocumentLock(context, () => {
    const table = prospectsOf(context); // the header row, read under the lock
    const { sheet, headers } = table;
    const mapping: ColumnMapping = { ...context.settings.mapping };
    const used = new Set(Object.values(table.columns).filter((c) => c >= 0));
    const taken = new Set(headers.map(headerKey));
    const added: string[] = [];
    const roles: Partial<Record<'nextStep' | 'followUp', string>> = {};
    for (const { role, header } of ADDED_ROLES) {
      if (table.columns[role] >= 0) continue;
      const wanted = context.t(header);
      // A column already named so that no role holds (the mapping said "none"): it is mapped, not added twice.
      const existing = headers.findIndex((h, i) => !used.has(i) && headerKey(h) === headerKey(wanted));
      const name = existing >= 0 ? headers[existing] : freeHeader(wanted, taken);
      if (existing < 0) {
        added.push(name);
        taken.add(headerKey(name));
      }
      roles[role] = name;
    }
    if (Object.keys(roles).length === 0) return { sheet: table.name, added: [], headers, mapping: {} };

    const first = table.width + 1;
    if (added.length > 0) {
      insertColumnsAtEnd(sheet, first + added.length - 1);
      sheet.getRange(1, first, 1, added.length).setValues([added.map(asCellText)]);
      // Styled like the last header the user wrote (a column with data but no header has no style to follow).
      styleHeadersLike(sheet, lastHeaderColumn(headers), first, added.length);
    }
    const newHeaders = [...headers, ...added];
    const followUpAt = roles.followUp === undefined ? -1 : newHeaders.indexOf(roles.followUp);
    if (followUpAt >= table.width && sheet.getMaxRows() > 1)
      sheet.getRange(2, followUpAt + 1, sheet.getMaxRows() - 1, 1).setNumberFormat(DATE_FORMAT);

    // The mapping is saved only where detection would not find the column by itself ("Next step 2", or a role said "none").
    const found = detectColumns(newHeaders, mapping);
    let remap = false;
    for (const [role, name] of Object.entries(roles) as ['nextStep' | 'followUp', string][]) {
      if (newHeaders[found[role]] !== name) {
        mapping[role] = name;
        remap = true;
      }
    }
    if (remap) context.settings.saveMapping(mapping);
    const grown = tableOf(sheet, mapping, newHeaders);
    saveTableLayout(context.settings, grown); // onEdit and the selection poll read the new columns from the layout
    highlightFollowUps(context, grown, currentSetup(context));
    return { sheet: table.name, added, headers: newHeaders, mapping: roles };
  });
}
