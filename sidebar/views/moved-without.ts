// The Prospect view's note for a prospect past stages whose exit criteria are still empty ("moved without: Value").
import { el, type Child } from '../dom';
import { t } from '../i18n';

export function renderMovedWithout(headers: readonly string[]): Child {
  if (headers.length === 0) return null;
  return el('p', { class: 'notice warning moved-without' }, t('movedWithout', { headers: headers.join(', ') }));
}
