// The add-on menu and the sidebar it opens.
import type { Locale } from '../core/types';
import { serverText } from '../i18n/messages';
import type { Services } from '../sheets/gas';
import { openContext } from './context';
import type { SidebarState } from './api';

const VIEW_KEY = 'stagecoach.view';

/**
 * Builds the menu. In AuthMode.NONE (the add-on not yet used in this document) no service but the menu may be
 * touched, so the user's language cannot be looked up: the menu is English then, and localised once authorised.
 */
export function buildMenu(services: Services, authorised: boolean): void {
  const locale: Locale = authorised ? openContext(services).locale : 'en';
  const t = serverText(locale);
  services.SpreadsheetApp.getUi().createAddonMenu()
    .addItem(t('menuOpenSidebar'), 'showSidebar')
    .addItem(t('menuSetUp'), 'showSetup')
    .addItem(t('menuCheck'), 'showCheck')
    .addSeparator()
    .addItem(t('menuDashboard'), 'buildDashboardFromMenu')
    .addItem(t('menuHelp'), 'showHelp')
    .addToUi();
}

/** Opens the sidebar on a view; the sidebar asks for it in getSidebarState. */
export function openSidebar(services: Services, view: SidebarState['view']): void {
  const context = openContext(services);
  services.PropertiesService.getDocumentProperties().setProperty(VIEW_KEY, view);
  const html = services.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(context.t('sidebarTitle'));
  services.SpreadsheetApp.getUi().showSidebar(html);
}

/** The view the menu asked for, once (later openings start on Prospect). */
export function takeRequestedView(services: Services): SidebarState['view'] {
  const properties = services.PropertiesService.getDocumentProperties();
  const view = properties.getProperty(VIEW_KEY);
  if (view) properties.deleteProperty(VIEW_KEY);
  return view === 'pipeline' || view === 'setup' || view === 'check' ? view : 'prospect';
}

export function showHelp(services: Services): void {
  services.SpreadsheetApp.getUi().alert(openContext(services).t('help'));
}
