// What the add-on shows outside the sheet: its menu, the sidebar, alerts and toasts.
import type { Services } from './gas';

/** A menu item calling a top-level function of Code.js, or a separator line. */
export type MenuItem = { caption: string; functionName: string } | 'separator';

/** Adds the add-on menu (Extensions → Stagecoach); the only service call allowed in AuthMode.NONE. */
export function buildAddonMenu(services: Services, items: readonly MenuItem[]): void {
  let menu = services.SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) menu = item === 'separator' ? menu.addSeparator() : menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

/** Opens an HTML file of the project (e.g. "Sidebar") in the sidebar. */
export function showSidebar(services: Services, file: string, title: string): void {
  const html = services.HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  services.SpreadsheetApp.getUi().showSidebar(html);
}

export function alert(services: Services, text: string): void {
  services.SpreadsheetApp.getUi().alert(text);
}

export function toast(services: Services, message: string, title: string): void {
  services.SpreadsheetApp.getActiveSpreadsheet().toast(message, title);
}
