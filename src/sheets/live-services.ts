// The real Apps Script services (globals in Apps Script; in the preview, the in-memory spreadsheet's).
import type { Services } from './gas';

/** Each service is looked up only when used: a custom function must not touch services it does not need. */
export function liveServices(): Services {
  return {
    get SpreadsheetApp() {
      return SpreadsheetApp;
    },
    get PropertiesService() {
      return PropertiesService;
    },
    get LockService() {
      return LockService;
    },
    get Session() {
      return Session;
    },
    get HtmlService() {
      return HtmlService;
    },
    get Charts() {
      return Charts;
    },
    get CacheService() {
      return CacheService;
    },
    get Utilities() {
      return Utilities;
    },
  } as unknown as Services;
}
