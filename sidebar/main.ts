// Boots the sidebar: loads its state, builds the views behind tabs and opens the one the menu asked for (Today when something is due).
import type { SidebarState, TodayView } from '../src/server/api';
import { localeFrom } from '../src/i18n/format';
import { call, serverAvailable } from './client';
import { withProposalTexts } from './proposal-texts';
import type { View, ViewContext, ViewName } from './context';
import { el, fill } from './dom';
import { setLocale, t } from './i18n';
import { createStatus } from './status';
import { createTabs } from './tabs';
import { createCheckView } from './views/check';
import { createPipelineView } from './views/pipeline';
import { createProspectView } from './views/prospect';
import { createSetupView } from './views/setup';
import { firstRunBanner } from './views/first-run';
import { createTodayView, dueCount } from './views/today';
import { setupMissingBanner } from './views/setup-missing';

async function boot(): Promise<void> {
  const app = document.getElementById('app') as HTMLElement;
  setLocale(localeFrom(navigator.language));
  const status = createStatus(document.getElementById('status') as HTMLElement);
  if (!serverAvailable()) {
    status.error(t('noServer'));
    return;
  }
  let state: SidebarState;
  // Asked at once, side by side: what is due decides the first view. Its failure only leaves Today to say so when opened.
  const todayAnswer = call('getToday', null).catch((): TodayView | null => null);
  try {
    state = withProposalTexts(await call('getSidebarState'));
  } catch (error) {
    status.error(error);
    return;
  }
  const preloaded = await todayAnswer;
  setLocale(state.locale);
  document.documentElement.lang = state.locale;

  const problems = el('div', { class: 'problems' });
  const showProblems = () =>
    fill(
      problems,
      setupMissingBanner(context),
      firstRunBanner(context, shown === 'setup'),
      state.problems.length > 0 && el('div', { class: 'notice warning' }, el('ul', {}, ...state.problems.map((problem) => el('li', {}, problem)))),
    );

  const context: ViewContext = {
    get state() {
      return state;
    },
    status,
    openView: (view) => tabs.select(view, true),
    async refreshState() {
      try {
        state = withProposalTexts(await call('getSidebarState'));
        showProblems();
      } catch (error) {
        status.error(error);
      }
    },
  };

  const showCount = (view: TodayView) => tabs.setCount('today', dueCount(view), t('tabTodayCount', { n: dueCount(view) }));
  const views: Record<ViewName, View> = {
    today: createTodayView(context, { preloaded, onLoaded: showCount }),
    prospect: createProspectView(context),
    pipeline: createPipelineView(context),
    setup: createSetupView(context),
    check: createCheckView(context),
  };
  const labels: Record<ViewName, string> = {
    today: t('tabToday'),
    prospect: t('tabProspect'),
    pipeline: t('tabPipeline'),
    setup: t('tabSetup'),
    check: t('tabCheck'),
  };
  const names = Object.keys(views) as ViewName[];
  let shown: ViewName | null = null;
  const tabs = createTabs(
    names.map((name) => ({ name, label: labels[name], panel: views[name].panel })),
    t('tabsLabel'),
    (name) => {
      if (shown) views[shown].hide();
      shown = name;
      views[name].show();
      showProblems();
    },
  );
  (document.getElementById('tabs') as HTMLElement).replaceWith(tabs.element);
  showProblems();
  fill(app, problems, ...names.map((name) => views[name].panel));
  if (preloaded) showCount(preloaded);
  // The default view is Prospect; Today instead when something is due (a view the menu asked for wins).
  const first = state.view === 'prospect' && preloaded && dueCount(preloaded) > 0 ? 'today' : state.view;
  tabs.select(names.includes(first) ? first : 'prospect');
}

void boot();
