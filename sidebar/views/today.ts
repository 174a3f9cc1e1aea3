// The Today view: a search box ("a prospect calls"), then what is due: overdue, due today, stalled, no next step; mine first.
import type { ProspectSearchHit, ProspectSearchResult, TodayItem, TodayKind, TodayView } from '../../src/server/api';
import { call } from '../client';
import { busy, goToRow, type View, type ViewContext } from '../context';
import { dayText, dueText } from '../days';
import { button, el, field, fill, select, type Child } from '../dom';
import { days } from '../format';
import { t, type MessageKey } from '../i18n';
import { askValues, createNextStepForm } from './next-step';

const SECTIONS: [TodayKind, MessageKey][] = [
  ['overdue', 'sectionOverdue'],
  ['due', 'sectionDue'],
  ['stalled', 'sectionStalled'],
  ['noNextStep', 'sectionNoNextStep'],
];

const FIELD: Record<ProspectSearchHit['by'], MessageKey> = { id: 'fieldId', name: 'fieldName', phone: 'fieldPhone', email: 'fieldEmail' };

/** Overdue and due today: what the tab counts. */
export const dueCount = (view: TodayView): number => view.counts.overdue + view.counts.due;

export interface TodayViewOptions {
  /** The answer the sidebar loaded while starting (to choose its first view), shown without asking again. */
  preloaded?: TodayView | null;
  /** Called with each answer, for the tab's count. */
  onLoaded(view: TodayView): void;
}

export function createTodayView(context: ViewContext, options: TodayViewOptions): View {
  const panel = el('section', { class: 'view today' });
  let data: TodayView | null = options.preloaded ?? null;
  let everyone = false;
  let request = 0;
  let query = '';
  let found: ProspectSearchResult | null = null;
  let doneRow: number | null = null;
  let picking = false;

  const form = createNextStepForm(context, {
    rerender: () => render(),
    saved: () => {
      doneRow = null;
      void load();
    },
    closed: () => {
      const row = doneRow;
      doneRow = null;
      render();
      panel.querySelector<HTMLElement>(`[data-focus="done-${row}"]`)?.focus();
    },
  });

  async function load(): Promise<void> {
    const mine = ++request;
    if (!data) fill(panel, el('p', { class: 'muted' }, t('loading')));
    const loaded = await busy(panel, context, () => call('getToday', { everyone }));
    if (mine !== request || !loaded) return;
    data = loaded;
    options.onLoaded(loaded);
    render();
  }

  async function search(): Promise<void> {
    const text = query.trim();
    if (!text) {
      found = null;
      render();
      return;
    }
    const result = await busy(panel, context, () => call('searchProspects', text));
    if (!result) return;
    found = result;
    render();
    panel.querySelector<HTMLElement>('.search-results button')?.focus();
  }

  async function pickMe(name: string): Promise<void> {
    const saved = await busy(panel, context, () => call('setMyName', name));
    if (!saved) return;
    picking = false;
    everyone = false;
    await load();
  }

  function render(): void {
    const focused = document.activeElement && panel.contains(document.activeElement) ? document.activeElement.getAttribute('data-focus') : null;
    fill(panel, searchBox(), found && searchResults(found), data && body(data));
    if (focused) panel.querySelector<HTMLElement>(`[data-focus="${focused}"]`)?.focus();
  }

  function searchBox(): HTMLElement {
    const input = el('input', { type: 'search', value: query, placeholder: t('searchHint'), 'data-focus': 'search', autocomplete: 'off' });
    input.addEventListener('input', () => (query = input.value));
    const box = el(
      'form',
      { class: 'search', role: 'search', novalidate: true },
      field(t('searchLabel'), input),
      el('button', { type: 'submit', class: 'secondary', 'data-focus': 'search-go' }, t('searchButton')),
    );
    box.addEventListener('submit', (event) => {
      event.preventDefault();
      void search();
    });
    return box;
  }

  function searchResults(result: ProspectSearchResult): HTMLElement {
    if (!result.hits.length) return el('p', { class: 'muted search-results' }, t('searchNone', { query: result.query }));
    return el(
      'div',
      { class: 'search-results' },
      el(
        'ul',
        { class: 'today-list' },
        ...result.hits.map((hit) =>
          el(
            'li',
            {},
            el('span', { class: 'name' }, hit.name || hit.id),
            el('span', { class: 'muted' }, [hit.stage, hit.owner].filter(Boolean).join(' · ')),
            el('span', { class: 'muted' }, [hit.phone, hit.email].filter(Boolean).join(' · ')),
            el('span', { class: 'hint' }, t('searchMatched', { field: t(FIELD[hit.by]) })),
            button(t('openProspect'), () => void openHit(hit), { 'aria-label': t('openProspectOf', { name: hit.name || hit.id, row: hit.row }) }),
          ),
        ),
      ),
      result.more > 0 && el('p', { class: 'muted' }, t('searchMore', { n: result.more })),
    );
  }

  /** Selects the prospect's row and shows it in the Prospect view (what "a prospect calls" needs). */
  async function openHit(hit: ProspectSearchHit): Promise<void> {
    await goToRow(panel, context, hit.row);
    context.openView('prospect');
  }

  function body(view: TodayView): Child[] {
    const listed = SECTIONS.filter(([kind]) => view.counts[kind] > 0);
    return [
      el('h2', {}, t('todayTitle', { date: dayText(view.today) })),
      who(view),
      !view.columns.followUp && el('p', { class: 'notice warning' }, t('todayNoFollowUpColumn')),
      view.unreadableDates > 0 && el('p', { class: 'notice warning' }, t('todayUnreadable', { n: view.unreadableDates })),
      listed.length === 0 && el('p', { class: 'empty' }, t('todayNothing')),
      ...listed.map(([kind, title]) => section(view, kind, title)),
    ];
  }

  /** Whose list this is, and the way to switch: mine / everyone's, or "which owner are you?" once. */
  function who(view: TodayView): Child {
    if (!view.columns.owner) return el('p', { class: 'muted' }, t('todayNoOwnerColumn'));
    if (view.me === null || picking) {
      const owners = select(
        view.owners.map((name): [string, string] => [name, name]),
        view.owners[0] ?? '',
        { 'data-focus': 'me' },
      );
      return el(
        'div',
        { class: 'who' },
        el('p', { class: 'muted' }, t('todayEveryone')),
        view.owners.length > 0 &&
          el(
            'div',
            { class: 'move-row' },
            field(t('todayWhoAreYou'), owners),
            button(t('todayPickMe'), () => void pickMe(owners.value), { 'data-focus': 'pick-me' }),
          ),
      );
    }
    return el(
      'div',
      { class: 'who' },
      el('p', { class: 'muted' }, view.everyone ? t('todayEveryone') : t('todayMine', { me: view.me })),
      el(
        'div',
        { class: 'button-row' },
        button(
          view.everyone ? t('todayShowMine') : t('todayShowEveryone'),
          () => {
            everyone = !view.everyone;
            void load();
          },
          { 'data-focus': 'scope' },
        ),
        button(t('todayNotMe'), () => {
          picking = true;
          render();
        }),
      ),
    );
  }

  function section(view: TodayView, kind: TodayKind, title: MessageKey): HTMLElement {
    const items = view.items.filter((item) => item.kind === kind);
    const count = view.counts[kind];
    return el(
      'section',
      { class: `today-section ${kind}` },
      el('h3', {}, t('sectionCount', { title: t(title), n: count })),
      el('ul', { class: 'today-list' }, ...items.map((item) => entry(view, item))),
      count > items.length && el('p', { class: 'muted' }, t('sectionMore', { n: count - items.length })),
    );
  }

  function entry(view: TodayView, item: TodayItem): HTMLElement {
    const name = item.name || item.id;
    const when =
      item.kind === 'stalled'
        ? t('stalledDays', { days: days(item.days), limit: days(item.stallDays) })
        : item.followUp
          ? `${dayText(item.followUp)} · ${dueText(item.followUp, view.today)}`
          : '';
    return el(
      'li',
      { class: item.mine && view.everyone ? 'mine' : null },
      el('span', { class: 'name' }, name),
      el('span', { class: 'muted' }, [item.stage, item.owner].filter(Boolean).join(' · ')),
      item.nextStep && el('span', { class: 'next-step-text' }, item.nextStep),
      when && el('span', { class: item.kind === 'overdue' ? 'warn-text' : 'muted' }, when),
      item.phone && el('span', { class: 'phone', 'aria-label': t('callPhone', { phone: item.phone }) }, item.phone),
      el(
        'div',
        { class: 'button-row' },
        button(t('goToRow'), () => void goToRow(panel, context, item.row), {
          'aria-label': t('goToRowOf', { row: item.row, name }),
          'data-focus': `go-${item.row}`,
        }),
        (view.columns.nextStep || view.columns.followUp) &&
          button(t('doneNextStep'), () => done(item), { 'aria-label': t('doneNextStepOf', { name }), 'data-focus': `done-${item.row}` }),
      ),
      doneRow === item.row && form.render(),
    );
  }

  /** The step is done: the editor opens for the next one, prefilled from the prospect's stage. */
  function done(item: TodayItem): void {
    doneRow = item.row;
    form.open(
      { refs: [{ row: item.row, id: item.id, name: item.name, stage: item.stage }], name: item.name || item.id },
      askValues(context.state, item.stage),
      'ask',
    );
  }

  let first = true;
  return {
    panel,
    show() {
      // The answer loaded at start is shown once as it is; every later visit asks again.
      if (first && data) {
        first = false;
        render();
        return;
      }
      first = false;
      void load();
    },
    hide: () => undefined,
  };
}
