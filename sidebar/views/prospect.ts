// The Prospect view: follows the selection, shows where the prospect is and what happens next, and moves it.
import type {
  HeldBack,
  MoveAction,
  MoveRequest,
  MoveResult,
  ProspectHistory,
  ProspectRef,
  ProspectView,
  SelectionView,
  StageSetup,
} from '../../src/server/api';
import { call } from '../client';
import { busy, type View, type ViewContext } from '../context';
import { button, el, field, fill, select, type Child } from '../dom';
import { days, prospectCount } from '../format';
import { t } from '../i18n';
import { POLL_MS } from '../poll-schedule';
import { createPoller } from '../poller';
import { findStage } from '../stages';
import { renderHistory } from './history';
import { renderMovedWithout } from './moved-without';
import { missingReasonForm, type MissingReason } from './missing-reason';
import { statusDeclinedNote, statusOfferPanel } from './status-offer';
import { askValues, createNextStepForm, movedTarget, nextStepFacts } from './next-step';
import { renderStepper } from './stepper';

/** A selection of more prospects than this lists only the first ones (the actions still apply to all). */
const LISTED = 50;

interface Offer {
  message: string;
  action: MoveAction;
  /** The prospects "move anyway" resends: those their exit criteria held back. */
  refs: ProspectRef[];
}

interface Change {
  name: string;
  from: string;
  to: string;
}

const toRef = ({ row, id, name, stage }: ProspectView): ProspectRef => ({ row, id, name, stage });
const rowsKey = (selection: SelectionView) => selection.prospects.map((p) => `${p.row}|${p.id}|${p.name}`).join('\n');

export function createProspectView(context: ViewContext): View {
  const panel = el('section', { class: 'view' });
  const historySlot = el('div');
  let visible = false;
  let selection: SelectionView | null = null;
  let shownKey = '';
  let moving = false;
  let moveTarget = '';
  let lost = { open: false, reason: '', error: false };
  let offer: Offer | null = null;
  let heldBack: { rows: string; list: HeldBack[] } | null = null;
  let changes: { rows: string; list: Change[] } | null = null;
  let history: { key: string; loaded: ProspectHistory | null } | null = null;
  let focusNext: string | null = null;
  let pollError: unknown = undefined;
  /** Won or Lost waiting for the answer to the Status column offer. */
  let statusAsk: 'won' | 'lost' | null = null;
  let missingReason: MissingReason = { text: '', error: false };

  const poller = createPoller(loadSelection, POLL_MS, () => visible);
  const nextStep = createNextStepForm(context, {
    rerender: () => render(),
    saved: () => {
      shownKey = '';
      render();
      poller.now();
    },
    closed: () => focusAfterNextStep(),
  });
  /** Back to where the user was: the first action, else the Edit button. */
  const focusAfterNextStep = () => panel.querySelector<HTMLElement>('[data-focus="advance"], [data-focus="next-step-edit"]')?.focus();

  /** True when the answer differs from the last one (the poller slows down while it does not). */
  async function loadSelection(): Promise<boolean> {
    let next: SelectionView;
    try {
      next = await call('getSelection');
    } catch (error) {
      pollError = error;
      context.status.error(error);
      return false;
    }
    if (pollError !== undefined) {
      // The sheet is readable again: the poll's last error no longer holds.
      context.status.clear(pollError);
      pollError = undefined;
    }
    const key = JSON.stringify(next);
    if (key === shownKey) return false;
    if (moving) return true;
    if (!selection || rowsKey(selection) !== rowsKey(next)) {
      lost = { open: false, reason: '', error: false };
      offer = null;
      statusAsk = null;
      missingReason = { text: '', error: false };
      moveTarget = '';
      if (changes?.rows !== rowsKey(next)) changes = null;
      if (heldBack?.rows !== rowsKey(next)) heldBack = null;
      if (!nextStep.isOpenFor(next.prospects.map((p) => p.row))) nextStep.close();
    }
    selection = next;
    shownKey = key;
    render();
    void loadHistory();
    return true;
  }

  /** Loads the history of the one selected prospect when it changed (not on every poll). */
  async function loadHistory(): Promise<void> {
    const prospect = selection?.prospects.length === 1 && !selection.more ? selection.prospects[0] : null;
    const key = prospect ? `${prospect.row}|${prospect.id}|${prospect.name}|${prospect.stage}` : '';
    if (!prospect) {
      history = null;
      fill(historySlot);
      return;
    }
    if (history?.key === key) return;
    history = { key, loaded: null };
    fill(historySlot, renderHistory(null));
    try {
      const loaded = await call('getProspectHistory', prospect.row);
      if (history?.key !== key) return;
      history.loaded = loaded;
      fill(historySlot, renderHistory(loaded.entries, !context.state.mapping.id, loaded.olderNotShown));
      // Without a Stage since column, the server's days in stage come with the log.
      if (prospect.daysInStage === null) render();
    } catch (error) {
      if (history?.key === key) fill(historySlot);
      context.status.error(error);
    }
  }

  /** Moves the selection (or `only` those of it: "move anyway" after a batch); a batch moves those that can. */
  async function move(action: MoveAction, force = false, only?: ProspectRef[]): Promise<void> {
    if (!selection || moving || !selection.prospects.length) return;
    const sent = only ? selection.prospects.filter((p) => only.some((ref) => ref.row === p.row)) : selection.prospects;
    if (!sent.length) return;
    const request: MoveRequest = { prospects: sent.map(toRef), action };
    if (force) request.force = true;
    moving = true;
    offer = null;
    const result = await busy(panel, context, () => call('moveProspects', request));
    moving = false;
    if (!result) {
      render();
      return;
    }
    const held = result.heldBack ?? [];
    heldBack = held.length ? { rows: rowsKey(selection), list: held } : null;
    if (result.blocked) {
      // Exit criteria held some back (all of them, for one prospect): the user may insist, for those only.
      const again = held.length ? sent.filter((p) => held.some((h) => h.criteria && h.row === p.row)) : sent;
      offer = { message: result.blocked.message, action, refs: again.map(toRef) };
      focusNext = 'force';
    }
    if (result.moved > 0) {
      changes = { rows: rowsKey(selection), list: changesOf(sent, result, context.state.stages) };
      lost = { open: false, reason: '', error: false };
      moveTarget = '';
      context.status.info(
        result.moved === 1 && sent.length === 1
          ? t('movedOne', { name: sent[0].name })
          : result.moved === sent.length
            ? t('movedMany', { count: prospectCount(result.moved) })
            : t('movedSome', { n: result.moved, total: sent.length }),
      );
      history = null;
      shownKey = '';
      // Every move asks what happens next, prefilled from the stage the prospects are in now.
      const stages = new Set(result.prospects.map((p) => p.stage));
      if (result.prospects.length > 0) {
        const values = stages.size === 1 ? askValues(context.state, result.prospects[0].stage) : { nextStep: '', followUp: '', suggestedBy: '' };
        nextStep.open(movedTarget(result.prospects), values, 'ask');
      }
    } else if (held.length) {
      context.status.info(t('movedSome', { n: 0, total: sent.length }));
    }
    render();
    if (result.moved > 0) poller.now();
  }

  function submitLost(event: Event): void {
    event.preventDefault();
    lost.reason = lost.reason.trim();
    if (!lost.reason) {
      lost.error = true;
      focusNext = 'lost-reason';
      render();
      return;
    }
    void move({ kind: 'lost', reason: lost.reason });
  }

  function render(): void {
    const active = document.activeElement;
    const focusKey = focusNext ?? (active && panel.contains(active) ? active.getAttribute('data-focus') : null);
    focusNext = null;
    fill(panel, ...content());
    if (focusKey) panel.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
  }

  function content(): Child[] {
    if (!selection) return [el('p', { class: 'muted' }, t('loading'))];
    const { prospects, more } = selection;
    if (!selection.onProspects || !prospects.length) {
      const sheet = context.state.prospectsSheet;
      return [
        el('p', { class: 'empty' }, sheet ? t('selectProspect', { sheet }) : t('noProspectsSheet')),
        !sheet && button(t('openSetup'), () => context.openView('setup')),
      ];
    }
    return [
      ...(prospects.length === 1 && !more ? single(prospects[0]) : several(prospects, more)),
      actions(prospects),
      nextStep.render(),
      changes && changes.list.length > 0 && changesList(changes.list),
      heldBack && heldBackList(heldBack.list),
      historySlot,
    ];
  }

  function single(prospect: ProspectView): Child[] {
    const stages = context.state.stages;
    const stage = findStage(stages, prospect.stage);
    // The selection poll reads no log: where it does not know the days, the history answer does.
    const standing = prospect.daysInStage === null && history?.loaded ? history.loaded : prospect;
    return [
      el('h2', { class: 'prospect-name' }, prospect.name || t('noName')),
      prospect.status !== 'open' && el('p', { class: `badge ${prospect.status}` }, t(prospect.status === 'won' ? 'statusWon' : 'statusLost')),
      prospect.lostWithoutReason && missingReasonForm(panel, context, prospect, missingReason, reasonSaved, render),
      !prospect.stageKnown &&
        el(
          'div',
          { class: 'notice warning' },
          el('p', {}, t('stageUnknown', { stage: prospect.stage })),
          button(t('openCheck'), () => context.openView('check')),
        ),
      el(
        'dl',
        { class: 'facts' },
        fact(t('inStageFor'), days(standing.daysInStage)),
        prospect.owner && fact(t('owner'), prospect.owner),
        prospect.value && fact(t('value'), prospect.value),
        prospect.id && fact(t('id'), prospect.id),
      ),
      standing.stalled && stage && el('p', { class: 'notice warning' }, t('stalledNote', { days: days(stage.stallDays) })),
      renderStepper(stages, prospect.stage),
      !nextStep.isOpen() &&
        nextStepFacts(context, prospect, () =>
          nextStep.open(movedTarget([prospect]), { nextStep: prospect.nextStep, followUp: prospect.followUp, suggestedBy: '' }, 'edit'),
        ),
      prospect.missingExitCriteria.length > 0 &&
        el(
          'div',
          { class: 'notice warning' },
          el('p', {}, t('missingTitle')),
          el('ul', { class: 'missing' }, ...prospect.missingExitCriteria.map((header) => el('li', {}, header))),
        ),
      renderMovedWithout(prospect.movedWithout),
      stage &&
        el(
          'section',
          { class: 'playbook' },
          el('h3', {}, t('playbookTitle', { stage: stage.name })),
          stage.playbook ? el('p', { class: 'multiline' }, stage.playbook) : el('p', { class: 'muted' }, t('playbookEmpty')),
          stage.buyerStep && el('p', { class: 'buyer' }, el('span', { class: 'label' }, t('buyerStep')), ' ', stage.buyerStep),
        ),
    ];
  }

  function several(prospects: ProspectView[], more: number): Child[] {
    return [
      el('h2', {}, t('nSelected', { count: prospectCount(prospects.length + more) })),
      more > 0 && el('p', { class: 'notice warning' }, t('moreSelected', { shown: prospects.length })),
      el(
        'ul',
        { class: 'selected-list' },
        ...prospects
          .slice(0, LISTED)
          .map((p) =>
            el(
              'li',
              {},
              el('span', { class: 'name' }, p.name || t('noName')),
              el('span', { class: 'muted' }, p.stage),
              p.missingExitCriteria.length > 0 &&
                el('span', { class: 'warn-text' }, t('missingShort', { headers: p.missingExitCriteria.join(', ') })),
            ),
          ),
      ),
      prospects.length > LISTED && el('p', { class: 'muted' }, t('moreListed', { count: prospectCount(prospects.length - LISTED) })),
    ];
  }

  function actions(prospects: ProspectView[]): HTMLElement {
    const stages = context.state.stages;
    const one = prospects.length === 1 ? prospects[0] : null;
    const next = one?.nextStage ?? null;
    const open = prospects.some((p) => p.status === 'open');
    const target = moveTarget || next || stages[0]?.name || '';
    const moveSelect = select(
      stages.map((stage) => [stage.name, stage.name]),
      target,
      { 'data-focus': 'move-select' },
    );
    moveSelect.addEventListener('change', () => (moveTarget = moveSelect.value));
    return el(
      'section',
      { class: 'actions', 'aria-label': t('actionsLabel') },
      open &&
        el(
          'div',
          { class: 'button-row advance-row' },
          (!one || one.stageKnown) &&
            button(next ? t('advanceTo', { stage: next }) : t('advance'), () => void move({ kind: 'advance' }), { 'data-focus': 'advance' }, true),
          button(t('won'), () => askStatusFirst('won'), { 'data-focus': 'won', 'aria-label': t('markWon') }),
          button(t('lost'), () => askStatusFirst('lost'), { 'data-focus': 'lost', 'aria-label': t('markLost'), 'aria-expanded': String(lost.open) }),
        ),
      statusAsk && statusOfferPanel(panel, context, statusAnswered, cancelStatusAsk),
      lost.open && lostForm(),
      el(
        'div',
        { class: 'move-row' },
        field(t('moveTo'), moveSelect),
        button(t('move'), () => void move({ kind: 'move', stage: moveSelect.value }), { 'data-focus': 'move' }),
      ),
      offer && forceOffer(offer),
    );
  }

  /** Before the first Won or Lost on a sheet without a Status column, the offer to add one (asked once). */
  function askStatusFirst(kind: 'won' | 'lost'): void {
    if (context.state.statusOffer?.state === 'offer' && !(kind === 'lost' && lost.open)) {
      statusAsk = kind;
      focusNext = 'status-add';
      render();
      return;
    }
    if (kind === 'won') void move({ kind: 'won' });
    else openLost();
  }

  function statusAnswered(): void {
    const kind = statusAsk;
    statusAsk = null;
    if (kind === 'won') void move({ kind: 'won' });
    else if (kind === 'lost') openLost();
    else render();
  }

  function cancelStatusAsk(): void {
    focusNext = statusAsk ?? 'lost';
    statusAsk = null;
    render();
  }

  function reasonSaved(after: ProspectView): void {
    if (selection) selection = { ...selection, prospects: selection.prospects.map((p) => (p.row === after.row ? after : p)) };
    shownKey = '';
    history = null;
    render();
    poller.now();
  }

  function openLost(): void {
    lost = { open: !lost.open, reason: lost.reason, error: false };
    focusNext = lost.open ? 'lost-reason' : 'lost';
    render();
  }

  function lostForm(): HTMLElement {
    const input = el('input', {
      type: 'text',
      required: true,
      // The reason goes into a cell (at most 50,000 characters) and into Stage History's note; the server refuses longer, naming it.
      maxlength: 5000,
      value: lost.reason,
      'data-focus': 'lost-reason',
      'aria-invalid': lost.error ? 'true' : null,
      'aria-errormessage': lost.error ? 'lost-error' : null,
    });
    input.addEventListener('input', () => {
      lost.reason = input.value;
    });
    const form = el(
      'form',
      { class: 'inline-form', novalidate: true },
      field(t('lostReason'), input),
      lost.error && el('p', { class: 'error-text', id: 'lost-error' }, t('lostReasonRequired')),
      statusDeclinedNote(panel, context, render),
      el(
        'div',
        { class: 'button-row' },
        el('button', { type: 'submit', class: 'primary', 'data-focus': 'lost-submit' }, t('markLost')),
        button(t('cancel'), () => openLost()),
      ),
    );
    form.addEventListener('submit', submitLost);
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') openLost();
    });
    return form;
  }

  function forceOffer({ message, action, refs }: Offer): HTMLElement {
    const several = (selection?.prospects.length ?? 0) > 1;
    return el(
      'div',
      { class: 'notice warning', role: 'alert' },
      el('p', {}, message),
      el(
        'div',
        { class: 'button-row' },
        button(several ? t('moveHeldAnyway', { n: refs.length }) : t('moveAnyway'), () => void move(action, true, refs), { 'data-focus': 'force' }),
        button(t('cancel'), () => {
          offer = null;
          focusNext = 'advance';
          render();
        }),
      ),
    );
  }

  return {
    panel,
    show() {
      visible = true;
      poller.now();
    },
    hide() {
      visible = false;
      poller.stop();
    },
  };
}

function fact(label: string, value: string): Child[] {
  return [el('dt', {}, label), el('dd', {}, value)];
}

function changesOf(sent: ProspectView[], result: MoveResult, stages: StageSetup[]): Change[] {
  return result.prospects.flatMap((after) => {
    const before = sent.find((p) => p.row === after.row) ?? sent.find((p) => p.name === after.name);
    if (!before) return [];
    // The outcome is said when the stage name does not say it already (a won or lost stage does).
    const outcomeStage = findStage(stages, after.stage)?.kind === after.status;
    const status = after.status === 'open' || outcomeStage ? '' : ` (${t(after.status === 'won' ? 'statusWon' : 'statusLost')})`;
    return [{ name: after.name, from: before.stage, to: after.stage + status }];
  });
}

function heldBackList(list: HeldBack[]): HTMLElement {
  return el(
    'section',
    { class: 'notice warning held-back' },
    el('h3', {}, t('heldBackTitle', { n: list.length })),
    el('ul', {}, ...list.map((held) => el('li', {}, `${held.name || t('noName')}: `, held.reason))),
  );
}

function changesList(list: Change[]): HTMLElement {
  return el(
    'section',
    { class: 'notice success' },
    el('h3', {}, t('changesTitle')),
    el('ul', {}, ...list.map((change) => el('li', {}, `${change.name}: `, t('fromTo', { from: change.from, to: change.to })))),
  );
}
