// What every server call starts from: the services, the user's language, the settings and the pipeline.
import { StagecoachError } from '../core/errors';
import { Pipeline } from '../core/pipeline';
import { pipelineFromSetup } from '../core/setup';
import type { Locale, StageSetup } from '../core/types';
import { serverText } from '../i18n/messages';
import type { Services, SpreadsheetLike } from '../sheets/gas';
import { userLocale } from '../sheets/locale';
import { ProspectsTable, requireProspects } from '../sheets/prospects-sheet';
import { Settings } from '../sheets/settings';
import { defaultSetup, readSetupSheet } from '../sheets/setup-sheet';

export interface Context {
  services: Services;
  spreadsheet: SpreadsheetLike;
  locale: Locale;
  t: ReturnType<typeof serverText>;
  settings: Settings;
}

export function openContext(services: Services): Context {
  const locale = userLocale(services);
  return {
    services,
    spreadsheet: services.SpreadsheetApp.getActiveSpreadsheet(),
    locale,
    t: serverText(locale),
    settings: new Settings(services),
  };
}

/** The setup: the copy in settings (no range read), else the sheet (one read, then cached), else the default. */
export function currentSetup(context: Context, fresh = false): StageSetup[] {
  const cached = fresh ? null : context.settings.setup;
  if (cached) return cached;
  const stages = readSetupSheet(context.services) ?? defaultSetup();
  context.settings.setup = stages;
  return stages;
}

export function pipelineOf(stages: readonly StageSetup[]): Pipeline {
  return pipelineFromSetup(stages);
}

export function prospectsOf(context: Context): ProspectsTable {
  const table = requireProspects(context.spreadsheet, context.settings, {
    noSheet: context.t('noProspectsSheet'),
    noProspect: (sheet) => context.t('noProspectColumn', { sheet }),
  });
  context.settings.layout = { sheet: table.sheet.getName(), headers: table.headers };
  return table;
}

/** A refusal the sidebar shows as it is. */
export function refuse(message: string): never {
  throw new StagecoachError(message);
}

/** Who made a change, for Stage History's "By" column. */
export function currentUser(context: Context): string {
  try {
    return context.services.Session.getActiveUser().getEmail();
  } catch {
    return ''; // without the email scope Apps Script may refuse; the log still records the change
  }
}

/**
 * Runs a change under the document lock (other users' sidebars wait), refusing plainly when it stays busy.
 * The lock is always released, whatever the change throws.
 */
export function withDocumentLock<T>(context: Context, change: () => T): T {
  const lock = context.services.LockService.getDocumentLock();
  if (lock && !lock.tryLock(10000)) refuse(context.t('busy'));
  try {
    return change();
  } finally {
    lock?.releaseLock();
  }
}
