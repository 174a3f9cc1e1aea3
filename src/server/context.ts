// What every server call starts from: the services, the user's language, the settings and the pipeline.
import { StagecoachError } from '../core/errors';
import { Pipeline } from '../core/pipeline';
import { pipelineFromSetup } from '../core/setup';
import type { Locale, StageSetup } from '../core/types';
import { serverText } from '../i18n/messages';
import type { Services, SpreadsheetLike } from '../sheets/gas';
import { activeUserEmail, withDocumentLock as withLock } from '../sheets/lock';
import { userLocale } from '../sheets/locale';
import { ProspectsTable, requireProspects, saveTableLayout } from '../sheets/prospects-sheet';
import { Settings } from '../sheets/settings';
import { defaultSetup, readSetupSheet } from '../sheets/setup-sheet';
import { activeSpreadsheet } from '../sheets/spreadsheet';

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
    spreadsheet: activeSpreadsheet(services),
    locale,
    t: serverText(locale),
    settings: new Settings(services),
  };
}

/**
 * The setup: the copy in settings (no range read), else the sheet (one read), else the default. Saves nothing:
 * only actions refresh the copy (saveSetup, and the actions that read the sheet fresh: see saveFreshCopies).
 */
export function currentSetup(context: Context, fresh = false): StageSetup[] {
  const cached = fresh ? null : context.settings.setup;
  return cached ?? readSetupSheet(context.services) ?? defaultSetup();
}

/**
 * After an action read Pipeline Setup and the header row fresh: saves the copies the views and the selection poll
 * read instead (each save writes nothing when its copy is unchanged).
 */
export function saveFreshCopies(context: Context, table: ProspectsTable | null, setup: StageSetup[]): void {
  context.settings.saveSetupCopy(setup);
  if (table) saveTableLayout(context.settings, table);
}

export function pipelineOf(stages: readonly StageSetup[]): Pipeline {
  return pipelineFromSetup(stages);
}

export function prospectsOf(context: Context): ProspectsTable {
  return requireProspects(context.spreadsheet, context.settings, {
    noSheet: context.t('noProspectsSheet'),
    noProspect: (sheet) => context.t('noProspectColumn', { sheet }),
  });
}

/** A refusal the sidebar shows as it is. */
export function refuse(message: string): never {
  throw new StagecoachError(message);
}

/** Who made a change, for Stage History's "By" column. */
export function currentUser(context: Context): string {
  return activeUserEmail(context.services);
}

/**
 * Runs a change under the document lock (other users' sidebars wait), refusing plainly when it stays busy.
 * The lock is always released, whatever the change throws.
 */
export function withDocumentLock<T>(context: Context, change: () => T): T {
  return withLock(context.services, change, () => refuse(context.t('busy')));
}
