// The reason of a prospect that is lost without one (typed to Lost in the sheet): that one cell, nothing else.
import { identityProblem, indexIdentities } from '../core/identity';
import { isBlank } from '../core/names';
import { cellOf, identityOf, outcomeOf, textOfCell } from '../core/prospect-row';
import { asCellText } from '../sheets/cell-text';
import { writeColumnCells } from '../sheets/column-writes';
import { FIRST_PROSPECT_ROW, lastProspectRow, readIdentities, readRows } from '../sheets/prospect-rows';
import type { LostReasonRequest, ProspectRef, ProspectView } from './api';
import { Context, currentSetup, pipelineOf, prospectsOf, refuse, withDocumentLock } from './context';
import { identityMessage } from './identity-message';
import { prospectView, rowReader } from './prospect-view';
import { CELL_TEXT_LIMIT, checkCellText, optionalText, requireObject, requireRow, TYPED_TEXT_LIMIT } from './request-checks';

function cleanRequest(context: Context, request: unknown): { ref: ProspectRef; reason: string } {
  const { t } = context;
  const fields = requireObject(t, request, 'request');
  const prospect = requireObject(t, fields.prospect, 'prospect');
  const text = (key: keyof ProspectRef) => optionalText(t, prospect[key], `prospect.${key}`, CELL_TEXT_LIMIT);
  const ref = { row: requireRow(t, prospect.row, 'prospect.row', FIRST_PROSPECT_ROW), id: text('id'), name: text('name'), stage: text('stage') };
  const reason = optionalText(t, fields.reason, 'reason', TYPED_TEXT_LIMIT).trim();
  if (!reason) refuse(t('reasonRequired'));
  checkCellText(t, reason, t('fieldLostReason'));
  return { ref, reason };
}

/**
 * Writes the lost reason cell of one lost prospect whose reason is empty: under the lock, after checking that the row
 * still holds that prospect (ID and name, held by no other row), that it is still lost and that nobody gave a reason
 * meanwhile. Not logged in Stage History: a reason is no stage or status change (the cell is its record).
 */
export function saveLostReason(context: Context, request: LostReasonRequest): ProspectView {
  const { t } = context;
  const { ref, reason } = cleanRequest(context, request);
  return withDocumentLock(context, () => {
    const setup = currentSetup(context, true);
    const pipeline = pipelineOf(setup);
    const table = prospectsOf(context);
    const { columns } = table;
    if (columns.lostReason < 0) refuse(t('lostReasonNoColumn'));
    if (ref.row > lastProspectRow(table)) refuse(t('rowGone', { row: ref.row }));
    const row = readRows(table, [ref.row]).get(ref.row)!;
    const problem = identityProblem(
      ref,
      { ...identityOf(row, columns), stage: textOfCell(cellOf(row, columns.stage)) },
      indexIdentities(readIdentities(table)),
    );
    if (problem) refuse(identityMessage(t, problem));
    const name = ref.name || ref.id;
    if (outcomeOf(row, columns, pipeline) !== 'lost') refuse(t('lostReasonNotLost', { name }));
    const given = cellOf(row, columns.lostReason);
    if (!isBlank(given)) refuse(t('lostReasonGiven', { name, reason: textOfCell(given) }));
    writeColumnCells(table.sheet, columns.lostReason + 1, new Map([[ref.row, asCellText(reason)]]));
    row[columns.lostReason] = reason;
    return prospectView(rowReader(columns, table.headers, pipeline, setup, context.locale, context.clock), row, ref.row);
  });
}
