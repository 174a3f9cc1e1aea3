// The Check view: every stage cell that is not a stage of the pipeline, with "go to row" and a one-click fix.
import type { CheckResult, StageProblemView } from '../../src/server/api';
import { call } from '../client';
import { busy, goToRow, type View, type ViewContext } from '../context';
import { button, el, fill, type Child } from '../dom';
import { count } from '../format';
import { t } from '../i18n';
import { createValueCheck } from './check-values';

/** More rows than this are summarised: fix the first ones and check again. */
const SHOWN = 200;

export function createCheckView(context: ViewContext): View {
  const panel = el('section', { class: 'view' });
  let result: CheckResult | null = null;
  let focusNext: string | null = null;
  const values = createValueCheck(context);

  async function load(): Promise<void> {
    if (!result) fill(panel, el('p', { class: 'muted' }, t('loading')));
    void values.load();
    const checked = await busy(panel, context, () => call('checkStages'));
    if (!checked) return;
    render(checked);
  }

  function render(checked: CheckResult): void {
    result = checked;
    const focusKey = focusNext ?? document.activeElement?.getAttribute('data-focus') ?? null;
    focusNext = null;
    const problems = checked.problems;
    fill(
      panel,
      el(
        'div',
        { class: 'toolbar' },
        el('h2', { tabindex: -1, 'data-focus': 'heading' }, problems.length ? t('problemsTitle', { n: count(problems.length) }) : t('checkTitle')),
        button(t('checkAgain'), () => void load(), { 'data-focus': 'again' }),
      ),
      checked.sheet === null
        ? el('p', { class: 'notice warning' }, t('noProspectsSheet'))
        : problems.length === 0
          ? el('p', { class: 'notice success' }, t('noProblems', { sheet: checked.sheet }))
          : [
              el('ul', { class: 'problems' }, ...problems.slice(0, SHOWN).map(problemItem)),
              problems.length > SHOWN && el('p', { class: 'muted' }, t('moreProblems', { n: count(problems.length - SHOWN) })),
            ],
      values.panel,
    );
    if (focusKey) panel.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
  }

  function problemItem(problem: StageProblemView, index: number): Child {
    return el(
      'li',
      {},
      el('p', { class: 'problem-head' }, el('span', { class: 'row-label' }, t('rowN', { row: problem.row })), ' ', el('q', {}, problem.value)),
      el('p', {}, problem.problem),
      el(
        'div',
        { class: 'button-row' },
        button(t('goToRow'), () => void goToRow(panel, context, problem.row), {
          'aria-label': t('goToRowN', { row: problem.row }),
          'data-focus': `go-${index}`,
        }),
        problem.suggestion &&
          button(
            t('fixTo', { suggestion: problem.suggestion }),
            () => void fix(problem, index),
            {
              'aria-label': t('fixLabel', { row: problem.row, value: problem.value, suggestion: problem.suggestion }),
              'data-focus': `fix-${index}`,
            },
            true,
          ),
      ),
    );
  }

  async function fix(problem: StageProblemView, index: number): Promise<void> {
    const fixed = await busy(panel, context, () =>
      call('fixStage', { row: problem.row, id: problem.id, name: problem.name, value: problem.value, replacement: problem.suggestion }),
    );
    if (!fixed) return;
    context.status.info(t('fixed', { row: problem.row, suggestion: problem.suggestion }));
    const next = fixed.problems[Math.min(index, fixed.problems.length - 1)];
    focusNext = next
      ? next.suggestion
        ? `fix-${Math.min(index, fixed.problems.length - 1)}`
        : `go-${Math.min(index, fixed.problems.length - 1)}`
      : 'heading';
    render(fixed);
  }

  return {
    panel,
    show: () => void load(),
    hide: () => undefined,
  };
}
