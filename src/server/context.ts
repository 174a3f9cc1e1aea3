// What every server call starts from: the services, the user's language, the settings and the pipeline.
import type { DayClock } from '../core/calendar';
import { isKnownTimeZone } from '../core/calendar-day';
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
import { readSetupSheet, readSetupTab } from '../sheets/setup-sheet';
import { activeSpreadsheet } from '../sheets/spreadsheet';
import { lazySpreadsheetClock, readSpreadsheetTimeZone } from '../sheets/spreadsheet-settings';
import { isProposal, proposedSetup } from './proposal';

export interface Context {
  services: Services;
  spreadsheet: SpreadsheetLike;
  locale: Locale;
  t: ReturnType<typeof serverText>;
  settings: Settings;
  /** The spreadsheet's time zone as Sheets gives it (File > Settings), asked once, on first use. */
  readonly timeZone: string;
  /** Calendar days in that zone (built on first use: most calls never need it). */
  readonly clock: DayClock;
}

export function openContext(services: Services): Context {
  const locale = userLocale(services);
  let zone: string | undefined;
  const readZone = () => (zone ??= readSpreadsheetTimeZone(services));
  return {
    services,
    spreadsheet: activeSpreadsheet(services),
    locale,
    t: serverText(locale),
    settings: new Settings(services),
    get timeZone() {
      return readZone();
    },
    clock: lazySpreadsheetClock(services, readZone),
  };
}

/** The setup read fresh, and whether the Pipeline Setup tab is missing (deleted) so that the saved copy stands in for it. */
export interface FreshSetup {
  stages: StageSetup[];
  /** No Pipeline Setup tab, though a copy of the setup was saved: the copy is used, and the sidebar offers to restore the tab. */
  setupMissing: boolean;
  /** False while no setup was ever saved: the stages are the template proposed for the sheet's stage cells. */
  saved: boolean;
}

/**
 * The setup from Pipeline Setup (one read); when the tab is gone, the copy saved with it (never the default, which
 * would then overwrite the copy and move prospects through stages the user never had); else the template proposed
 * for the sheet (see proposal.ts), or what `unsaved` gives (a caller that computes the proposal itself).
 */
export function freshSetup(context: Context, unsaved: () => StageSetup[] = () => proposedSetup(context)): FreshSetup {
  const tab = readSetupTab(context.services);
  if (tab.stages) return { stages: tab.stages, setupMissing: false, saved: true };
  const copy = tab.missing ? context.settings.setup : null;
  return copy ? { stages: copy, setupMissing: true, saved: true } : { stages: unsaved(), setupMissing: false, saved: false };
}

/**
 * The setup: the copy in settings (no range read), else the sheet (one read), else the proposal; fresh: see
 * freshSetup. Saves nothing: only actions refresh the copy (saveSetup, and the actions that read the sheet fresh:
 * see saveFreshCopies).
 */
export function currentSetup(context: Context, fresh = false): StageSetup[] {
  if (fresh) return freshSetup(context).stages;
  return context.settings.setup ?? readSetupSheet(context.services) ?? proposedSetup(context);
}

/**
 * After an action read Pipeline Setup and the header row fresh: saves the copies the views and the selection poll
 * read instead (each save writes nothing when its copy is unchanged).
 */
export function saveFreshCopies(context: Context, table: ProspectsTable | null, setup: StageSetup[]): void {
  // A proposal is not a setup: only Save (or a restore) makes it one.
  if (!isProposal(setup)) context.settings.saveSetupCopy(setup);
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

/** The spreadsheet's time zone (File > Settings), refused plainly when Intl does not know it (days are counted there). */
export function spreadsheetTimeZone(context: Context): string {
  const zone = context.timeZone;
  if (!isKnownTimeZone(zone)) refuse(context.t('errTimeZone', { zone: JSON.stringify(zone) }));
  return zone;
}

/** The zone, or null when Intl does not know it (for what must not fail over it: the poll, a move's reply). */
export function knownTimeZone(context: Context): string | null {
  const zone = context.timeZone;
  return isKnownTimeZone(zone) ? zone : null;
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
