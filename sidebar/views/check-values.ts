// Check's list of values that are not numbers: "go to row", a one-click fix where the reading is unambiguous, "fix all N".
import type { FixValuesResult, ValueCheckResult, ValueProblemView } from '../../src/server/api';
import { call } from '../client';
import { busy, goToRow, type ViewContext } from '../context';
import { button, el, fill, type Child } from '../dom';
import { count, exactAmount } from '../format';
import { t } from '../i18n';

/** More values than this are summarised: fix the first ones and check again. */
const SHOWN = 200;

export interface ValueCheck {
  /** Mounted by the Check view under its stage problems; empty when the sheet has no value column. */
  panel: HTMLElement;
  load(): Promise<void>;
}

/** The problems that read as the same number, with every spelling that does ("850tr", "850 triệu"). */
interface Group {
  reading: number;
  problems: ValueProblemView[];
}

function groupsOf(problems: readonly ValueProblemView[]): Group[] {
  const byReading = new Map<number, ValueProblemView[]>();
  for (const problem of problems) {
    if (problem.reading === null) continue;
    const list = byReading.get(problem.reading);
    if (list) list.push(problem);
    else byReading.set(problem.reading, [problem]);
  }
  return [...byReading].filter(([, list]) => list.length > 1).map(([reading, list]) => ({ reading, problems: list }));
}

export function createValueCheck(context: ViewContext): ValueCheck {
  const panel = el('div', { class: 'value-check' });
  let focusNext: string | null = null;

  async function load(): Promise<void> {
    const checked = await busy(panel, context, () => call('checkValues'));
    if (checked) render(checked);
  }

  function render(checked: ValueCheckResult): void {
    const focusKey = focusNext ?? document.activeElement?.getAttribute('data-focus') ?? null;
    focusNext = null;
    const { problems } = checked;
    if (checked.column === null || problems.length === 0) {
      fill(panel);
      // Every value fixed: back to the Check view's heading.
      if (focusKey === 'values-heading') document.querySelector<HTMLElement>('[data-focus="heading"]')?.focus();
      return;
    }
    const groups = groupsOf(problems);
    fill(
      panel,
      el('h2', { tabindex: -1, 'data-focus': 'values-heading' }, t('valuesTitle', { n: count(problems.length) })),
      el('p', { class: 'muted' }, t('valuesHint')),
      groups.length > 0 && el('div', { class: 'button-row' }, ...groups.map(fixAllButton)),
      el('ul', { class: 'problems' }, ...problems.slice(0, SHOWN).map(problemItem)),
      problems.length > SHOWN && el('p', { class: 'muted' }, t('valuesMore', { n: count(problems.length - SHOWN) })),
    );
    if (focusKey) panel.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
  }

  function fixAllButton(group: Group, index: number): Child {
    const amount = exactAmount(group.reading);
    const spellings = [...new Set(group.problems.map((p) => p.value))];
    return button(
      t('valuesFixAll', { n: count(group.problems.length), amount }),
      () => void fix(group.problems, group.reading),
      {
        'aria-label': t('valuesFixAllLabel', { n: count(group.problems.length), amount, values: spellings.map((v) => `“${v}”`).join(', ') }),
        'data-focus': `values-all-${index}`,
      },
      true,
    );
  }

  function problemItem(problem: ValueProblemView, index: number): Child {
    const amount = problem.reading === null ? null : exactAmount(problem.reading);
    return el(
      'li',
      {},
      el('p', { class: 'problem-head' }, el('span', { class: 'row-label' }, t('rowN', { row: problem.row })), ' ', el('q', {}, problem.value)),
      el('p', {}, amount === null ? t('valuesNoReading') : t('valuesReadsAs', { amount })),
      el(
        'div',
        { class: 'button-row' },
        button(t('goToRow'), () => void goToRow(panel, context, problem.row), {
          'aria-label': t('goToRowN', { row: problem.row }),
          'data-focus': `values-go-${index}`,
        }),
        problem.reading !== null &&
          amount !== null &&
          button(
            t('valuesFixTo', { amount }),
            () => void fix([problem], problem.reading as number, index),
            { 'aria-label': t('valuesFixLabel', { row: problem.row, value: problem.value, amount }), 'data-focus': `values-fix-${index}` },
            true,
          ),
      ),
    );
  }

  async function fix(problems: ValueProblemView[], reading: number, index = 0): Promise<void> {
    const rows = problems.map(({ row, id, name, value }) => ({ row, id, name, value }));
    const result: FixValuesResult | undefined = await busy(panel, context, () => call('fixValues', { rows }));
    if (!result) return;
    const amount = exactAmount(reading);
    const done =
      result.fixed === 1 && problems.length === 1
        ? t('valuesFixedOne', { row: problems[0].row, amount })
        : t('valuesFixedMany', { n: count(result.fixed), amount });
    const skipped = result.skipped.length ? ` ${t('valuesSkipped', { reasons: result.skipped.join(' ') })}` : '';
    if (skipped) context.status.error(new Error(`${result.fixed > 0 ? `${done} ` : ''}${skipped.trim()}`));
    else context.status.info(done);
    const next = result.check.problems[Math.min(index, result.check.problems.length - 1)];
    focusNext = next
      ? next.reading !== null
        ? `values-fix-${Math.min(index, result.check.problems.length - 1)}`
        : `values-go-${Math.min(index, result.check.problems.length - 1)}`
      : 'values-heading';
    render(result.check);
  }

  return { panel, load };
}
