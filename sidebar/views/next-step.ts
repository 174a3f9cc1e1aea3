// The next step and follow-up date: shown for the selected prospect, edited in place, and asked for after every move.
import type { NextStepResult, ProspectRef, ProspectView, SidebarState } from '../../src/server/api';
import { defaultFollowUp, suggestedNextStep } from '../../src/core/next-step';
import { call } from '../client';
import { busy, type ViewContext } from '../context';
import { dayText, dueText, todayIn } from '../days';
import { button, el, field, type Child } from '../dom';
import { prospectCount } from '../format';
import { t } from '../i18n';
import { findStage } from '../stages';

/** Who the editor writes to: the refs sent to the server, and how the sidebar names them. */
export interface NextStepTarget {
  refs: ProspectRef[];
  name: string;
}

export interface NextStepValues {
  nextStep: string;
  followUp: string;
  /** The stage whose playbook the text was taken from ("" when the text is not a suggestion). */
  suggestedBy: string;
}

export interface NextStepForm {
  /** `ask`: after a move, or "done" in Today (the text is a suggestion, selected so typing replaces it); `edit`: what is there. */
  open(target: NextStepTarget, values: NextStepValues, mode: 'ask' | 'edit'): void;
  close(): void;
  /** True while open for exactly these rows. */
  isOpenFor(rows: readonly number[]): boolean;
  isOpen(): boolean;
  /** The form while open, else nothing. */
  render(): Child;
}

export interface NextStepHooks {
  /** Draws the view again (the form is part of it). */
  rerender(): void;
  saved(result: NextStepResult, target: NextStepTarget): void;
  /** Closed without saving (Skip, Escape, Cancel): where focus should go back. */
  closed(): void;
}

interface Open {
  target: NextStepTarget;
  values: NextStepValues;
  mode: 'ask' | 'edit';
  focus: boolean;
}

const columnsOf = (state: SidebarState) => ({ nextStep: Boolean(state.mapping.nextStep), followUp: Boolean(state.mapping.followUp) });

/** What the editor starts from for prospects that just entered `stageName` (or are done with their step in it). */
export function askValues(state: SidebarState, stageName: string): NextStepValues {
  const stage = findStage(state.stages, stageName);
  const suggestion = suggestedNextStep(stage);
  return { nextStep: suggestion, followUp: defaultFollowUp(stage, new Date(), state.timeZone), suggestedBy: suggestion ? (stage?.name ?? '') : '' };
}

/** The prospects a move returned, as one target (their refs as the server now sees them). */
export function movedTarget(moved: ProspectView[]): NextStepTarget {
  return {
    refs: moved.map(({ row, id, name, stage }) => ({ row, id, name, stage })),
    name: moved.length === 1 ? moved[0].name : prospectCount(moved.length),
  };
}

export function createNextStepForm(context: ViewContext, hooks: NextStepHooks): NextStepForm {
  let open: Open | null = null;

  async function save(form: HTMLElement): Promise<void> {
    if (!open) return;
    const { target, values } = open;
    const result = await busy(form, context, () =>
      call('saveNextStep', { prospects: target.refs, nextStep: values.nextStep.trim(), followUp: values.followUp }),
    );
    if (!result) return;
    open = null;
    context.status.info(target.refs.length === 1 ? t('nextStepSaved', { name: target.name }) : t('nextStepSavedMany', { count: target.name }));
    hooks.saved(result, target);
  }

  function skip(): void {
    open = null;
    hooks.rerender();
    hooks.closed();
  }

  function render(): Child {
    if (!open) return null;
    const current = open;
    const columns = columnsOf(context.state);
    const text = el('input', {
      type: 'text',
      // The step goes into a cell (at most 50,000 characters); the server refuses longer, naming it.
      maxlength: 5000,
      value: current.values.nextStep,
      'data-focus': 'next-step-text',
    });
    // An untouched suggestion is selected whenever the field gets the focus (the view may draw it again), so typing replaces it.
    text.addEventListener('focus', () => {
      if (current.mode === 'ask' && current.values.suggestedBy) text.select();
    });
    text.addEventListener('input', () => {
      current.values.nextStep = text.value;
      current.values.suggestedBy = '';
    });
    const date = el('input', { type: 'date', value: current.values.followUp, 'data-focus': 'next-step-date' });
    date.addEventListener('input', () => (current.values.followUp = date.value));
    const many = current.target.refs.length > 1;
    const form = el(
      'form',
      { class: 'inline-form next-step-form', novalidate: true, 'aria-label': current.mode === 'ask' ? t('nextStepAsk') : t('nextStepTitle') },
      el('h3', {}, current.mode === 'ask' ? t('nextStepAsk') : t('nextStepTitle')),
      many && el('p', { class: 'muted' }, t('nextStepForMany', { count: current.target.name })),
      !columns.nextStep && el('p', { class: 'notice warning' }, t('noNextStepColumnOnly')),
      !columns.followUp && el('p', { class: 'notice warning' }, t('noFollowUpColumnOnly')),
      columns.nextStep && field(t('nextStepLabel'), text),
      columns.nextStep && current.values.suggestedBy && el('p', { class: 'hint' }, t('nextStepSuggested', { stage: current.values.suggestedBy })),
      columns.followUp && field(t('followUpLabel'), date),
      el(
        'div',
        { class: 'button-row' },
        el('button', { type: 'submit', class: 'primary', 'data-focus': 'next-step-save' }, t('saveNextStep')),
        button(current.mode === 'ask' ? t('skipNextStep') : t('cancel'), () => skip(), { 'data-focus': 'next-step-skip' }),
      ),
      el('p', { class: 'hint' }, t('nextStepKeys')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void save(form);
    });
    form.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      skip();
    });
    if (current.focus) {
      current.focus = false;
      // Once the view has put the form on the page: the text selected, so typing replaces the suggestion.
      // (Looked up then: the view may have drawn itself again meanwhile, replacing these elements.)
      queueMicrotask(() => {
        const first = document.querySelector<HTMLInputElement>(
          `.next-step-form [data-focus="${columns.nextStep ? 'next-step-text' : 'next-step-date'}"]`,
        );
        first?.focus();
        if (first?.type === 'text' && current.mode === 'ask') first.select();
      });
    }
    return form;
  }

  return {
    open(target, values, mode) {
      const columns = columnsOf(context.state);
      if (!columns.nextStep && !columns.followUp) return; // nothing to write to: the view says so instead
      open = { target, values: { ...values }, mode, focus: true };
      hooks.rerender();
    },
    close() {
      open = null;
    },
    isOpenFor(rows) {
      return open !== null && open.target.refs.length === rows.length && open.target.refs.every((ref, i) => ref.row === rows[i]);
    },
    isOpen: () => open !== null,
    render,
  };
}

/** The selected prospect's next step and follow-up date, with Edit; or why they cannot be kept on this sheet. */
export function nextStepFacts(context: ViewContext, prospect: ProspectView, onEdit: () => void): HTMLElement {
  const columns = columnsOf(context.state);
  if (!columns.nextStep && !columns.followUp) {
    return el('section', { class: 'next-step' }, el('h3', {}, t('nextStepTitle')), el('p', { class: 'muted' }, t('noNextStepColumns')));
  }
  const today = todayIn(context.state.timeZone);
  const late = prospect.followUp !== '' && prospect.followUp < today;
  return el(
    'section',
    { class: 'next-step' },
    el('h3', {}, t('nextStepTitle')),
    columns.nextStep && el('p', { class: prospect.nextStep ? 'next-step-text' : 'muted' }, prospect.nextStep || t('nextStepNone')),
    columns.followUp &&
      (prospect.followUp
        ? el(
            'p',
            { class: `follow-up${late ? ' warn-text' : ''}` },
            el('span', { class: 'follow-up-date' }, dayText(prospect.followUp)),
            ' · ',
            dueText(prospect.followUp, today),
          )
        : prospect.followUpUnreadable
          ? el('p', { class: 'warn-text' }, t('followUpNotDate', { text: prospect.followUpUnreadable }))
          : el('p', { class: 'muted' }, t('followUpNone'))),
    button(t('editNextStep'), onEdit, { 'data-focus': 'next-step-edit' }),
  );
}
