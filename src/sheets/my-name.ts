// Which owner name is "me" in this spreadsheet, kept in the user's own properties (never the document's).
import type { Services } from './gas';

// User properties follow the user into every document the add-on runs in: the key names the spreadsheet.
const keyOf = (services: Services) => `stagecoach.me.${services.SpreadsheetApp.getActiveSpreadsheet().getId()}`;

/** The name the user picked, or null (one user-property read). */
export function readMyName(services: Services): string | null {
  const name = services.PropertiesService.getUserProperties().getProperty(keyOf(services));
  return name && name.trim() !== '' ? name : null;
}

/** Saves the name ("" forgets it): one user-property write. */
export function saveMyName(services: Services, name: string): void {
  const properties = services.PropertiesService.getUserProperties();
  if (name.trim() === '') properties.deleteProperty(keyOf(services));
  else properties.setProperty(keyOf(services), name.trim());
}
