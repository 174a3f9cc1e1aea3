// The last few Stage History entries of one prospect, newest first.
import type { HistoryEntry } from '../../src/server/api';
import { el } from '../dom';
import { dateTime } from '../format';
import { t } from '../i18n';

export const HISTORY_SHOWN = 5;

/**
 * `entries` come newest first, as getProspectHistory returns them; `byName` when the sheet has no ID column;
 * `olderNotShown` when the server read only the end of a long log.
 */
export function renderHistory(entries: HistoryEntry[] | null, byName = false, olderNotShown = false): HTMLElement {
  const heading = el('h3', {}, t('historyTitle'));
  if (entries === null) return el('section', { class: 'history' }, heading, el('p', { class: 'muted' }, t('loading')));
  const older = olderNotShown && el('p', { class: 'muted' }, t('historyOlder'));
  if (!entries.length)
    return el('section', { class: 'history' }, heading, el('p', { class: 'muted' }, t(olderNotShown ? 'historyNoneRecent' : 'historyNone')));
  const latest = entries.slice(0, HISTORY_SHOWN);
  return el(
    'section',
    { class: 'history' },
    heading,
    byName && el('p', { class: 'hint' }, t('historyByName')),
    el(
      'ol',
      { class: 'history-list' },
      ...latest.map((entry) =>
        el(
          'li',
          {},
          el('span', { class: 'when' }, dateTime(entry.when)),
          el('span', { class: 'move' }, entry.from ? t('fromTo', { from: entry.from, to: entry.to }) : entry.to),
          (entry.status || entry.by) && el('span', { class: 'muted' }, [entry.status, entry.by].filter(Boolean).join(' · ')),
          entry.note && el('span', { class: 'note' }, entry.note),
        ),
      ),
    ),
    older,
  );
}
