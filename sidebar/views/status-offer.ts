// The Status column offer, asked once before the first Won or Lost on a sheet without one.
import { call } from '../client';
import { busy, type ViewContext } from '../context';
import { button, el } from '../dom';
import { t } from '../i18n';

/** Adds the column (the server appends it after the last used one), says where, and reloads the sidebar state. */
export async function addStatusColumn(scope: HTMLElement, context: ViewContext): Promise<boolean> {
  const added = await busy(scope, context, () => call('addStatusColumn'));
  if (!added) return false;
  context.status.info(t('statusAdded', { column: added.column, header: added.header }));
  await context.refreshState();
  return true;
}

/** Remembers the user's "no" for the document, and reloads the sidebar state. */
export async function declineStatusColumn(scope: HTMLElement, context: ViewContext): Promise<boolean> {
  const done = await busy(scope, context, () => call('declineStatusColumn').then(() => true));
  if (!done) return false;
  await context.refreshState();
  return true;
}

/**
 * The question, with what is at stake; `answered` runs after either answer went through (the Won or Lost the user
 * asked for then goes on), `cancel` when the user backs out.
 */
export function statusOfferPanel(scope: HTMLElement, context: ViewContext, answered: () => void, cancel: () => void): HTMLElement | null {
  const offer = context.state.statusOffer;
  if (!offer || offer.state !== 'offer') return null;
  return el(
    'div',
    { class: 'notice warning status-offer', role: 'alert' },
    el('h3', {}, t('statusOfferTitle')),
    el('p', {}, t('statusOfferBody', { header: offer.header, column: offer.column })),
    el(
      'div',
      { class: 'button-row' },
      button(t('statusOfferAdd'), () => void addStatusColumn(scope, context).then((ok) => ok && answered()), { 'data-focus': 'status-add' }, true),
      button(t('statusOfferDecline'), () => void declineStatusColumn(scope, context).then((ok) => ok && answered()), {
        'data-focus': 'status-decline',
      }),
      button(t('cancel'), cancel, { 'data-focus': 'status-cancel' }),
    ),
  );
}

/** Under the Lost form once the user declined: what Lost does without the column, and a way to add it after all. */
export function statusDeclinedNote(scope: HTMLElement, context: ViewContext, added: () => void): HTMLElement | null {
  if (context.state.statusOffer?.state !== 'declined') return null;
  return el(
    'div',
    { class: 'hint status-declined' },
    el('p', {}, t('statusDeclinedNote')),
    button(t('statusOfferAdd'), () => void addStatusColumn(scope, context).then((ok) => ok && added()), { 'data-focus': 'status-add-later' }),
  );
}
