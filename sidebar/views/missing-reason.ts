// A prospect lost without a reason (typed to Lost in the sheet) is asked for one: the same field Lost uses.
import type { ProspectView } from '../../src/server/api';
import { call } from '../client';
import { busy, type ViewContext } from '../context';
import { el, field } from '../dom';
import { t } from '../i18n';

export interface MissingReason {
  /** The reason typed so far (kept across the poll's re-renders). */
  text: string;
  error: boolean;
}

/**
 * The reason form; on save the server writes that one cell (after checking the row still holds the prospect), and
 * `saved` gets the prospect as it is now.
 */
export function missingReasonForm(
  scope: HTMLElement,
  context: ViewContext,
  prospect: ProspectView,
  draft: MissingReason,
  saved: (after: ProspectView) => void,
  rerender: () => void,
): HTMLElement {
  const input = el('input', {
    type: 'text',
    required: true,
    maxlength: 5000,
    value: draft.text,
    'data-focus': 'missing-reason',
    'aria-invalid': draft.error ? 'true' : null,
    'aria-errormessage': draft.error ? 'missing-reason-error' : null,
  });
  input.addEventListener('input', () => (draft.text = input.value));
  const form = el(
    'form',
    { class: 'notice warning inline-form missing-reason', novalidate: true },
    el('p', {}, t('reasonMissingTitle')),
    field(t('lostReason'), input),
    draft.error && el('p', { class: 'error-text', id: 'missing-reason-error' }, t('lostReasonRequired')),
    el('div', { class: 'button-row' }, el('button', { type: 'submit', class: 'primary', 'data-focus': 'missing-reason-save' }, t('reasonSave'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const reason = draft.text.trim();
    if (!reason) {
      draft.error = true;
      rerender();
      return;
    }
    const { row, id, name, stage } = prospect;
    void busy(scope, context, () => call('saveLostReason', { prospect: { row, id, name, stage }, reason })).then((after) => {
      if (!after) return;
      draft.text = '';
      draft.error = false;
      context.status.info(t('reasonSaved', { name: prospect.name || prospect.id }));
      saved(after);
    });
  });
  return form;
}
