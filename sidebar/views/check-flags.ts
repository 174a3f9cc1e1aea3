// Check's lists of prospects moved past stages without their exit criteria, and lost without a reason, with "go to row".
import type { FlaggedProspect } from '../../src/server/api';
import { button, el, type Child } from '../dom';
import { count } from '../format';
import { t } from '../i18n';

function flaggedList(title: string, hint: string | null, listed: FlaggedProspect[], total: number, goTo: (row: number) => void): Child {
  if (total === 0) return null;
  return el(
    'section',
    { class: 'check-section' },
    el('h3', {}, title),
    hint && el('p', { class: 'hint' }, hint),
    el(
      'ul',
      { class: 'problems' },
      ...listed.map((p) =>
        el(
          'li',
          {},
          el(
            'p',
            { class: 'problem-head' },
            el('span', { class: 'row-label' }, t('rowN', { row: p.row })),
            ' ',
            p.name || t('noName'),
            ' · ',
            p.stage,
          ),
          p.missing.length > 0 && el('p', { class: 'warn-text' }, t('movedWithout', { headers: p.missing.join(', ') })),
          button(t('goToRow'), () => goTo(p.row), { 'aria-label': t('goToRowOf', { row: p.row, name: p.name || t('noName') }) }),
        ),
      ),
    ),
    total > listed.length && el('p', { class: 'muted' }, t('moreFlagged', { n: count(total - listed.length) })),
  );
}

export function renderMovedWithout(listed: FlaggedProspect[], total: number, goTo: (row: number) => void): Child {
  return flaggedList(t('movedWithoutTitle', { n: count(total) }), null, listed, total, goTo);
}

export function renderLostWithoutReason(listed: FlaggedProspect[], total: number, goTo: (row: number) => void): Child {
  return flaggedList(t('lostWithoutReasonTitle', { n: count(total) }), t('lostWithoutReasonHint'), listed, total, goTo);
}
