// Runs a custom function in Apps Script: the saved pipeline, locale and time zone are read from this spreadsheet only when needed.
import { localeFrom } from '../i18n/format';
import { readSavedPipelineGrid } from '../sheets/saved-pipeline';
import { readSpreadsheetLocale, readSpreadsheetTimeZone } from '../sheets/spreadsheet-settings';
import { liveServices } from '../sheets/live-services';
import { FunctionName, runFunction } from './custom-functions';

export function callCustomFunction(name: FunctionName, args: readonly unknown[]) {
  return runFunction(name, args, () => readSavedPipelineGrid(liveServices()), {
    locale: () => localeFrom(readSpreadsheetLocale(liveServices())),
    timeZone: () => readSpreadsheetTimeZone(liveServices()),
  });
}
