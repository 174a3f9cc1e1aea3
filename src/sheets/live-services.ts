// The real Apps Script services (globals in Apps Script; in the preview, the in-memory spreadsheet's).
import type { Services } from './gas';

export function liveServices(): Services {
  return { SpreadsheetApp, PropertiesService, LockService, Session, HtmlService, Charts } as unknown as Services;
}
