// The spreadsheet's own locale and time zone (File > Settings), which custom functions follow for language and months.
import type { Services } from './gas';

export function readSpreadsheetLocale(services: Services): string {
  return services.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
}

export function readSpreadsheetTimeZone(services: Services): string {
  return services.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}
