// The first minute: no setup saved yet. A prompt on every view, and what the proposed template would read, shown in Setup before anything is written.
import type { SetupProposal } from '../../src/server/api';
import type { ViewContext } from '../context';
import { button, el } from '../dom';
import { prospectCount } from '../format';
import { t } from '../i18n';

/** The proposal's name as the user knows it: a template's title, or the built-in pipeline's stages. */
export function proposalTitle(proposal: SetupProposal): string {
  return proposal.templateId === 'default' ? t('defaultPipeline', { title: proposal.title }) : proposal.title;
}

/** What the proposal is, in one sentence. */
function proposalText(proposal: SetupProposal): string {
  const title = proposalTitle(proposal);
  return proposal.rows > 0 ? t('firstRunBody', { rows: proposal.rows, title }) : t('firstRunEmpty', { title });
}

/** "Set up your pipeline", on every view but Setup's own, until a setup is saved. */
export function firstRunBanner(context: ViewContext, onSetup: boolean): HTMLElement | null {
  const proposal = context.state.proposal;
  if (!proposal || onSetup || !context.state.prospectsSheet) return null;
  return el(
    'div',
    { class: 'notice first-run', role: 'region', 'aria-label': t('firstRunTitle') },
    el('h2', {}, t('firstRunTitle')),
    el('p', {}, proposalText(proposal)),
    button(t('firstRunOpen'), () => context.openView('setup'), { 'data-focus': 'first-run-open' }, true),
  );
}

/** In Setup: how the proposed stages read the sheet's stage cells (prospects per stage, values no stage matches). */
export function proposalSummary(proposal: SetupProposal): HTMLElement {
  const used = proposal.counts.filter((c) => c.count > 0);
  return el(
    'section',
    { class: 'notice proposal', 'aria-label': t('proposalTitle') },
    el('h3', {}, t('firstRunTitle')),
    el('p', {}, proposalText(proposal)),
    used.length > 0 && el('p', { class: 'label' }, t('proposalTitle')),
    used.length > 0 && el('ul', { class: 'proposal-counts' }, ...used.map((c) => el('li', {}, `${c.stage}: ${prospectCount(c.count)}`))),
    proposal.unmatched.length > 0 &&
      el(
        'div',
        { class: 'warn-text' },
        el('p', {}, t('proposalUnmatched')),
        el(
          'ul',
          { class: 'proposal-unmatched' },
          ...proposal.unmatched.map((u) => el('li', {}, t('orphanStage', { name: u.value, count: prospectCount(u.count) }))),
        ),
        proposal.moreUnmatched > 0 && el('p', {}, t('proposalMore', { n: proposal.moreUnmatched })),
      ),
    el('p', { class: 'hint' }, t('proposalHint')),
  );
}
