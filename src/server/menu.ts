// The add-on menu and the sidebar it opens.
import type { Locale } from '../core/types';
import { serverText } from '../i18n/messages';
import type { Services } from '../sheets/gas';
import { findProspects } from '../sheets/prospects-sheet';
import { saveRequestedView, takeRequestedView as takeSavedView } from '../sheets/settings';
import { alert, buildAddonMenu, showSidebar } from '../sheets/ui';
import { currentSetup, openContext, saveFreshCopies } from './context';
import type { EntryPoint } from '../entry-contract';
import type { SidebarState } from './api';

/** A menu item: its function name must be an export of src/index.ts, or this fails to compile. */
const item = (caption: string, functionName: EntryPoint) => ({ caption, functionName });

/**
 * Builds the menu. In AuthMode.NONE (the add-on not yet used in this document) no service but the menu may be
 * touched, so the user's language cannot be looked up: the menu is English then, and localised once authorised.
 */
export function buildMenu(services: Services, authorised: boolean): void {
  const locale: Locale = authorised ? openContext(services).locale : 'en';
  const t = serverText(locale);
  buildAddonMenu(services, [
    item(t('menuOpenSidebar'), 'showSidebar'),
    item(t('menuSetUp'), 'showSetup'),
    item(t('menuCheck'), 'showCheck'),
    'separator',
    item(t('menuDashboard'), 'buildDashboardFromMenu'),
    item(t('menuHelp'), 'showHelp'),
  ]);
}

/**
 * Opens the sidebar on a view; the sidebar asks for it in getSidebarState. Opening is an action, so it saves the
 * copies of Pipeline Setup and the header row that the selection poll and the views read (they save nothing).
 */
export function openSidebar(services: Services, view: SidebarState['view']): void {
  const context = openContext(services);
  saveFreshCopies(context, findProspects(context.spreadsheet, context.settings), currentSetup(context, true));
  saveRequestedView(services, view);
  showSidebar(services, 'Sidebar', context.t('sidebarTitle'));
}

/** The view the menu asked for, once (later openings start on Prospect). */
export function takeRequestedView(services: Services): SidebarState['view'] {
  const view = takeSavedView(services);
  return view === 'pipeline' || view === 'setup' || view === 'check' ? view : 'prospect';
}

export function showHelp(services: Services): void {
  alert(services, openContext(services).t('help'));
}
