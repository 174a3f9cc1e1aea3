// Saves the next step and follow-up date of prospects: those two cells only, under the lock, each row's identity checked.
import { isDayKey, midnightOf } from '../core/calendar-day';
import { identityProblem, indexIdentities } from '../core/identity';
import { asCellText } from '../sheets/cell-text';
import { writeRowValues } from '../sheets/next-step-cells';
import { FIRST_PROSPECT_ROW, lastProspectRow, readIdentities } from '../sheets/prospect-rows';
import type { NextStepRequest, NextStepResult } from './api';
import { Context, prospectsOf, refuse, spreadsheetTimeZone, withDocumentLock } from './context';
import { identityMessage } from './identity-message';
import { prospectRefs } from './prospect-refs';
import { checkCellText, optionalText, requireObject, TYPED_TEXT_LIMIT } from './request-checks';

export function saveNextStep(context: Context, request: NextStepRequest): NextStepResult {
  const { t } = context;
  // Everything is checked before the first read: the texts against the cells they go to, the date as a real day.
  const fields = requireObject(t, request, 'request');
  const refs = prospectRefs(context, fields.prospects, false);
  if (refs.length === 0) refuse(t('nothingSelected'));
  const nextStep = optionalText(t, fields.nextStep, 'nextStep', TYPED_TEXT_LIMIT).trim();
  checkCellText(t, nextStep, t('fieldNextStep'));
  const followUp = optionalText(t, fields.followUp, 'followUp', 20).trim();
  if (followUp !== '' && !isDayKey(followUp)) refuse(t('followUpNotADay', { value: followUp }));
  const timeZone = followUp === '' ? '' : spreadsheetTimeZone(context);

  return withDocumentLock(context, () => {
    const table = prospectsOf(context);
    const { columns, sheet } = table;
    if (columns.nextStep < 0 && columns.followUp < 0) refuse(t('noNextStepColumns', { sheet: table.name }));
    if (columns.nextStep < 0 && nextStep !== '') refuse(t('noNextStepColumn', { sheet: table.name }));
    if (columns.followUp < 0 && followUp !== '') refuse(t('noFollowUpColumn', { sheet: table.name }));
    let last = 0;
    for (const ref of refs) last = Math.max(last, ref.row);
    if (last > lastProspectRow(table)) refuse(t('rowGone', { row: last }));
    // One read, the ID and name of every row: each target row's own identity, and that no other row shares it.
    const identities = readIdentities(table);
    const index = indexIdentities(identities);
    for (const ref of refs) {
      const holds = identities[ref.row - FIRST_PROSPECT_ROW];
      // The stage is not compared: a prospect moved meanwhile is still the one whose next step this is.
      const problem = identityProblem(ref, { id: holds?.id ?? '', name: holds?.name ?? '', stage: '' }, index);
      if (problem) refuse(identityMessage(t, problem));
    }
    const date = followUp === '' ? '' : midnightOf(followUp, timeZone);
    writeRowValues(
      sheet,
      refs.map((ref) => ref.row),
      [
        { column: columns.nextStep, value: asCellText(nextStep) },
        { column: columns.followUp, value: date },
      ],
    );
    return { saved: refs.length, nextStep: columns.nextStep >= 0 ? nextStep : '', followUp: columns.followUp >= 0 ? followUp : '' };
  });
}
