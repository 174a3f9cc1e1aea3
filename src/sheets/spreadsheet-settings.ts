// The spreadsheet's own locale and time zone (File > Settings), which custom functions follow for language and months.
import { dayClock, type DayClock } from '../core/calendar';
import type { Services } from './gas';

export function readSpreadsheetLocale(services: Services): string {
  return services.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
}

export function readSpreadsheetTimeZone(services: Services): string {
  return services.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}

/**
 * The spreadsheet's calendar; an unknown zone (never seen from Sheets) falls back on the script's own. `zone`: the
 * spreadsheet's zone when the caller has read it already.
 */
export function spreadsheetClock(services: Services, zone = readSpreadsheetTimeZone(services)): DayClock {
  try {
    return dayClock(zone);
  } catch {
    return dayClock(services.Session.getScriptTimeZone());
  }
}

/** The spreadsheet's calendar, built only when first used (most calls never need it), from `readZone`. */
export function lazySpreadsheetClock(services: Services, readZone: () => string = () => readSpreadsheetTimeZone(services)): DayClock {
  let clock: DayClock | null = null;
  const real = () => (clock ??= spreadsheetClock(services, readZone()));
  return {
    get timeZone() {
      return real().timeZone;
    },
    dayOf: (instant) => real().dayOf(instant),
    dayStart: (day) => real().dayStart(day),
    isoDate: (instant) => real().isoDate(instant),
  };
}
