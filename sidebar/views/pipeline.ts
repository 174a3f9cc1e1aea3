// The Pipeline view: conversion KPIs, the funnel, stalled prospects with "go to row", filtered by owner.
import type { PipelineSummary, StalledProspect } from '../../src/server/api';
import { call } from '../client';
import { busy, goToRow, type View, type ViewContext } from '../context';
import { button, el, field, fill, select, type Child } from '../dom';
import { amount, count, days, NONE, percent } from '../format';
import { t } from '../i18n';
import { renderFunnel } from './funnel';
import { unreadableValuesNotice } from './unreadable-values';

const ALL = '';

export function createPipelineView(context: ViewContext): View {
  const panel = el('section', { class: 'view' });
  let owner: string | null = null;
  let summary: PipelineSummary | null = null;
  let request = 0;

  async function load(): Promise<void> {
    const mine = ++request;
    if (!summary) fill(panel, el('p', { class: 'muted' }, t('loading')));
    const loaded = await busy(panel, context, () => call('getPipelineSummary', owner));
    if (mine !== request || !loaded) return;
    summary = loaded;
    render(loaded);
  }

  function render(data: PipelineSummary): void {
    const focused = document.activeElement?.getAttribute('data-focus');
    const owners = select([[ALL, t('allOwners')], ...data.owners.map((name): [string, string] => [name, name])], data.owner ?? ALL, {
      'data-focus': 'owner',
    });
    owners.addEventListener('change', () => {
      owner = owners.value === ALL ? null : owners.value;
      void load();
    });
    fill(
      panel,
      el(
        'div',
        { class: 'toolbar' },
        field(t('ownerFilter'), owners),
        button(t('refresh'), () => void load(), { 'data-focus': 'refresh' }),
      ),
      data.problems > 0 &&
        el(
          'div',
          { class: 'notice warning' },
          el('p', {}, t('rowsSkipped', { n: data.problems })),
          button(t('openCheck'), () => context.openView('check')),
        ),
      unreadableValuesNotice(data.unreadableValues, () => context.openView('check')),
      el('h2', {}, t('kpiTitle')),
      el(
        'div',
        { class: 'tiles' },
        tile(t('kpiProspects'), count(data.prospects)),
        tile(t('kpiLeadToSale'), percent(data.leadToSale)),
        tile(
          t('kpiMomentToSale'),
          percent(data.momentOfTruthToSale),
          data.momentOfTruthStage ? `★ ${data.momentOfTruthStage}` : t('noMomentOfTruth'),
        ),
        tile(t('kpiWinRate'), percent(data.winRate)),
        tile(
          t('kpiWeightedValue'),
          amount(data.weightedOpenValue),
          undefined,
          data.weightedOpenValue === null ? undefined : count(data.weightedOpenValue),
        ),
        tile(t('kpiMedianDays'), days(data.medianDaysToClose)),
      ),
      ...timeSection(data, context),
      el('h2', {}, t('funnelTitle')),
      data.funnel.length ? renderFunnel(data.funnel) : el('p', { class: 'muted' }, t('funnelEmpty')),
      el('h2', {}, t('stalledTitle')),
      data.stalled.length ? el('ul', { class: 'stalled' }, ...data.stalled.map(stalledItem)) : el('p', { class: 'muted' }, t('stalledNone')),
      data.stalledCount > data.stalled.length && el('p', { class: 'muted' }, t('stalledMore', { n: data.stalledCount - data.stalled.length })),
    );
    if (focused) panel.querySelector<HTMLElement>(`[data-focus="${focused}"]`)?.focus();
  }

  function stalledItem(prospect: StalledProspect): HTMLElement {
    return el(
      'li',
      {},
      el('span', { class: 'name' }, prospect.name),
      el('span', { class: 'muted' }, [prospect.stage, prospect.owner].filter(Boolean).join(' · ')),
      el('span', { class: 'warn-text' }, t('stalledFor', { days: days(prospect.daysInStage), limit: days(prospect.stallDays) })),
      button(t('goToRow'), () => void goToRow(panel, context, prospect.row), {
        'aria-label': t('goToRowOf', { row: prospect.row, name: prospect.name }),
      }),
    );
  }

  return {
    panel,
    show: () => void load(),
    hide: () => undefined,
  };
}

/** Cycle time, where prospects wait, velocity (the formulas' figures), and the stages whose win probability is off. */
function timeSection(data: PipelineSummary, context: ViewContext): Child[] {
  const { cycleTime, slowestStage, velocity, calibration } = data;
  return [
    el('h2', {}, t('timeTitle')),
    el(
      'div',
      { class: 'tiles' },
      tile(t('kpiCycleTime'), days(cycleTime?.days ?? null), cycleTime ? t('kpiCycleTimeNote', { n: count(cycleTime.sales) }) : undefined),
      tile(
        t('kpiWaitsLongest'),
        slowestStage?.stage ?? NONE,
        slowestStage ? t('kpiWaitsLongestNote', { days: days(slowestStage.medianDays), n: count(slowestStage.stillInStage) }) : undefined,
      ),
      tile(t('kpiVelocity'), velocity === null ? NONE : t('kpiVelocityValue', { amount: amount(velocity) })),
    ),
    calibration.length > 0 &&
      el(
        'div',
        { class: 'notice warning calibration', role: 'note' },
        el('h3', {}, t('calibrationTitle')),
        el(
          'ul',
          {},
          ...calibration.map((row) =>
            el('li', {}, t('calibrationItem', { stage: row.stage, set: percent(row.set), observed: percent(row.observed), n: count(row.closed) })),
          ),
        ),
        el('p', { class: 'muted' }, t('calibrationHint')),
        button(t('openSetup'), () => context.openView('setup')),
      ),
  ];
}

function tile(label: string, value: string, note?: string, title?: string): Child {
  return el(
    'div',
    { class: 'tile' },
    el('span', { class: 'tile-label' }, label),
    el('span', { class: 'tile-value', title: title ?? null }, value),
    note && el('span', { class: 'tile-note' }, note),
  );
}
