// The Setup view's offer to add the Next step and Follow-up date columns the prospects sheet lacks.
import type { AddColumnsResult, ColumnMapping, SetupView } from '../../src/server/api';
import { call } from '../client';
import { busy, type ViewContext } from '../context';
import { button, el } from '../dom';
import { t } from '../i18n';

/** The Setup view after columns were added: their headers in the mapping's lists, and mapped. */
export function withAddedColumns(view: SetupView, mapping: ColumnMapping, result: AddColumnsResult): { setup: SetupView; mapping: ColumnMapping } {
  const headers = result.headers.filter((h) => h.trim() !== '');
  return { setup: { ...view, headers, mapping: { ...view.mapping, ...result.mapping } }, mapping: { ...mapping, ...result.mapping } };
}

/**
 * The offer, shown while the Setup view is about the saved prospects sheet and it has no Next step or no Follow-up
 * date column; null otherwise. `onAdded` gets what the server added, to update the view without losing edits.
 */
export function addColumnsOffer(
  context: ViewContext,
  view: SetupView,
  sheet: string | null,
  onAdded: (result: AddColumnsResult) => void,
): HTMLElement | null {
  // The server adds to the saved prospects sheet: while another sheet is being chosen (not saved yet), nothing is offered.
  const saved = context.state.prospectsSheet;
  if (!saved || sheet !== saved || view.prospectsSheet !== saved) return null;
  const missing = [!view.mapping.nextStep && t('headerNextStep'), !view.mapping.followUp && t('headerFollowUp')].filter(
    (name): name is string => !!name,
  );
  if (missing.length === 0) return null;
  const columns = missing.length === 2 ? t('columnsAnd', { a: missing[0], b: missing[1] }) : missing[0];
  const box = el('div', { class: 'notice' });
  const add = button(
    t('addColumnsButton', { columns }),
    async () => {
      const result = await busy(box, context, () => call('addFollowUpColumns'));
      if (!result) return;
      const added = result.added.length === 2 ? t('columnsAnd', { a: result.added[0], b: result.added[1] }) : result.added[0];
      context.status.info(added ? t('columnsAdded', { columns: added, sheet: result.sheet }) : t('columnsAlreadyThere', { sheet: result.sheet }));
      onAdded(result);
    },
    { 'data-focus': 'add-columns' },
  );
  box.append(el('p', {}, t(missing.length === 2 ? 'addColumnsTwo' : 'addColumnsOne', { sheet: view.prospectsSheet, columns })), add);
  return box;
}
