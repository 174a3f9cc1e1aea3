// The Check view: every stage cell that is not a stage of the pipeline, with "go to row", a one-click fix and "fix all
// N rows"; Tidy spelling; prospects moved without their exit criteria or lost without a reason; possible duplicates.
import type { CheckResult, FixRequest, FixResult, StageProblemView } from '../../src/server/api';
import { call } from '../client';
import { busy, goToRow, type View, type ViewContext } from '../context';
import { button, el, fill, type Child } from '../dom';
import { count } from '../format';
import { t } from '../i18n';
import { createValueCheck } from './check-values';
import { renderDuplicates } from './check-duplicates';
import { renderLostWithoutReason, renderMovedWithout } from './check-flags';

/** More rows than this are summarised: fix the first ones and check again. */
const SHOWN = 200;

const fixKey = (p: StageProblemView) => `${p.value}\u0000${p.suggestion}\u0000${p.suggestedStatus}`;
const fixOf = (p: StageProblemView): FixRequest => ({
  row: p.row,
  id: p.id,
  name: p.name,
  value: p.value,
  replacement: p.suggestion,
  ...(p.suggestedStatus && { status: p.suggestedStatus }),
});

export function createCheckView(context: ViewContext): View {
  const panel = el('section', { class: 'view' });
  let result: CheckResult | null = null;
  let focusNext: string | null = null;
  const values = createValueCheck(context);
  const goTo = (row: number) => void goToRow(panel, context, row);

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
        : [
            checked.untidy > 0 &&
              el(
                'div',
                { class: 'notice warning' },
                el('p', {}, t('untidyNote', { n: count(checked.untidy) })),
                button(t('tidySpelling'), () => void tidy(), { 'data-focus': 'tidy' }, true),
              ),
            problems.length === 0
              ? el('p', { class: 'notice success' }, t('noProblems', { sheet: checked.sheet }))
              : [
                  el('ul', { class: 'problems' }, ...problems.slice(0, SHOWN).map(problemItem)),
                  problems.length > SHOWN && el('p', { class: 'muted' }, t('moreProblems', { n: count(problems.length - SHOWN) })),
                ],
            values.panel,
            renderMovedWithout(checked.movedWithout, checked.movedWithoutCount, goTo),
            renderLostWithoutReason(checked.lostWithoutReason, checked.lostWithoutReasonCount, goTo),
            renderDuplicates(checked.duplicates, checked.duplicateCount, goTo),
          ],
    );
    if (focusKey) panel.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
  }

  function problemItem(problem: StageProblemView, index: number): Child {
    const fixLabel = problem.suggestedStatus
      ? t('fixToStatus', { suggestion: problem.suggestion, status: problem.suggestedStatus })
      : t('fixTo', { suggestion: problem.suggestion });
    return el(
      'li',
      {},
      el('p', { class: 'problem-head' }, el('span', { class: 'row-label' }, t('rowN', { row: problem.row })), ' ', el('q', {}, problem.value)),
      el('p', {}, problem.problem),
      el(
        'div',
        { class: 'button-row' },
        button(t('goToRow'), () => goTo(problem.row), { 'aria-label': t('goToRowN', { row: problem.row }), 'data-focus': `go-${index}` }),
        problem.suggestion &&
          button(
            fixLabel,
            () => void fix(problem, index),
            {
              'aria-label': t('fixLabel', { row: problem.row, value: problem.value, suggestion: problem.suggestion }),
              'data-focus': `fix-${index}`,
            },
            true,
          ),
        problem.suggestion &&
          problem.sameFix > 1 &&
          button(t('fixAll', { n: count(problem.sameFix) }), () => void fixAll(problem, index), {
            'aria-label': t('fixAllLabel', { value: problem.value, suggestion: problem.suggestion, n: count(problem.sameFix) }),
            'data-focus': `fix-all-${index}`,
          }),
      ),
    );
  }

  /** Shows the check after a fix, focus on the problem now in the fixed one's place. */
  function after(fixed: FixResult, index: number): void {
    const at = Math.min(index, fixed.problems.length - 1);
    const next = fixed.problems[at];
    focusNext = next ? (next.suggestion ? `fix-${at}` : `go-${at}`) : 'heading';
    render(fixed);
  }

  async function fix(problem: StageProblemView, index: number): Promise<void> {
    const fixed = await busy(panel, context, () => call('fixStage', fixOf(problem)));
    if (!fixed) return;
    context.status.info(t('fixed', { row: problem.row, suggestion: problem.suggestion }));
    after(fixed, index);
  }

  async function fixAll(problem: StageProblemView, index: number): Promise<void> {
    const same = (result?.problems ?? []).filter((p) => fixKey(p) === fixKey(problem));
    const fixed = await busy(panel, context, () => call('fixStages', { fixes: same.map(fixOf) }));
    if (!fixed) return;
    context.status.info(t('fixedAll', { n: count(same.length), suggestion: problem.suggestion }));
    after(
      fixed,
      Math.min(
        index,
        (result?.problems ?? []).findIndex((p) => fixKey(p) === fixKey(problem)),
      ),
    );
  }

  async function tidy(): Promise<void> {
    const tidied = await busy(panel, context, () => call('tidySpelling'));
    if (!tidied) return;
    context.status.info(t('tidied', { n: count(tidied.fixed) }));
    focusNext = 'heading';
    render(tidied);
  }

  return {
    panel,
    show: () => void load(),
    hide: () => undefined,
  };
}
