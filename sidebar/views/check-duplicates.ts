// Check's list of possible duplicates (same phone, same email, same name and customer), each row with "go to row".
import type { DuplicateView } from '../../src/server/api';
import { button, el, type Child } from '../dom';
import { count } from '../format';
import { t } from '../i18n';

const KIND_LABEL = { phone: 'duplicatePhone', email: 'duplicateEmail', nameCustomer: 'duplicateNameCustomer' } as const;

export function renderDuplicates(groups: DuplicateView[], total: number, goTo: (row: number) => void): Child {
  if (total === 0) return null;
  return el(
    'section',
    { class: 'check-section duplicates' },
    el('h3', {}, t('duplicatesTitle', { n: count(total) })),
    el(
      'ul',
      { class: 'problems' },
      ...groups.map((group) =>
        el(
          'li',
          {},
          el('p', { class: 'problem-head' }, t(KIND_LABEL[group.kind], { value: group.value })),
          el(
            'ul',
            { class: 'duplicate-rows' },
            ...group.rows.map(({ row, name }) =>
              el(
                'li',
                {},
                el('span', { class: 'row-label' }, t('rowN', { row })),
                ' ',
                name || t('noName'),
                ' ',
                button(t('goToRow'), () => goTo(row), { 'aria-label': t('goToRowOf', { row, name: name || t('noName') }) }),
              ),
            ),
          ),
        ),
      ),
    ),
    total > groups.length && el('p', { class: 'muted' }, t('moreFlagged', { n: count(total - groups.length) })),
  );
}
