// The Pipeline view's notice when the weighted open value left out values that are not numbers, with a way to Check.
import { button, el, type Child } from '../dom';
import { count } from '../format';
import { t } from '../i18n';

/** Nothing when every open value was read; else how many were left out, and a button that opens Check. */
export function unreadableValuesNotice(unreadable: number, openCheck: () => void): Child {
  if (unreadable <= 0) return null;
  return el(
    'div',
    { class: 'notice warning', 'data-notice': 'unreadable-values' },
    el('p', {}, t(unreadable === 1 ? 'valuesUnreadableOne' : 'valuesUnreadableMany', { n: count(unreadable) })),
    button(t('openCheck'), openCheck, { 'aria-label': t('valuesUnreadableCheck') }),
  );
}
