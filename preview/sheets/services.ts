// createServices: one user's Apps Script services on a shared workbook, plus what tests need to watch them.

import type { Services } from '../../src/sheets/gas';
import { CacheService } from './cache';
import { Charts } from './charts';
import type { HtmlFiles, IoCounters, UiRecord } from './context';
import { UserContext } from './context';
import { LockService } from './lock';
import { PropertiesService } from './properties';
import type { UserQuotas } from './quota';
import { Range } from './range';
import { Session } from './session';
import { Sheet } from './sheet';
import { SpreadsheetApp } from './spreadsheet';
import { HtmlService } from './ui';
import { Utilities } from './utilities';
import type { Workbook } from './workbook';

export interface ServicesOptions {
  /** The user's email (Session.getActiveUser().getEmail()); default "user@example.com". */
  user?: string;
  /** The user's language (Session.getActiveUserLocale()), e.g. "en" (default) or "vi". */
  locale?: string;
  /** Script time zone (Session.getScriptTimeZone()); default the workbook's. */
  scriptTimeZone?: string;
  /** HTML files for HtmlService.createHtmlOutputFromFile: by name, or a function of the name. */
  htmlFiles?: HtmlFiles;
}

export interface PreviewServices extends Services {
  readonly workbook: Workbook;
  readonly user: string;
  /** Range reads and writes made through these services (see IoCounters for what counts). */
  readonly counters: IoCounters;
  /** Every service method called, in order: "SpreadsheetApp.getActiveSpreadsheet", "Range.getValues", ... Clear with `log.length = 0`. */
  readonly log: string[];
  /** This user's daily quotas: `quotas.properties.used` property calls today, of `limit`; `resetsAt()`. */
  readonly quotas: UserQuotas;
  /** What the Ui showed: the add-on menu, the sidebar, alerts, toasts. */
  readonly ui: UiRecord;
  /** Sets this user's selection: active sheet, active range list = the ranges, active range = the last one. */
  select(sheetName: string, a1Notations: string | string[]): void;
  /** Name of this user's active sheet (not logged). */
  activeSheetName(): string;
  /** The write after the next `writes` ones fails before changing anything, as a service call dying part-way would. */
  failWriteAfter(writes: number, message?: string): void;
}

export function createServices(workbook: Workbook, options: ServicesOptions = {}): PreviewServices {
  const user = options.user ?? 'user@example.com';
  const ctx = new UserContext(workbook, user, options.locale ?? 'en', options.scriptTimeZone ?? workbook.timeZone, options.htmlFiles ?? {});
  ctx.facades = {
    sheet: (data) => new Sheet(ctx, data),
    range: (data, rect) => new Range(ctx, data, data.checkRect(rect)),
  };
  return {
    SpreadsheetApp: new SpreadsheetApp(ctx),
    PropertiesService: new PropertiesService(
      { document: workbook.properties, script: workbook.scriptProperties, user: workbook.userPropertiesOf(user) },
      ctx,
      workbook.quotaFor(user).properties,
    ),
    CacheService: new CacheService({ document: workbook.documentCache, script: workbook.scriptCache, user: workbook.userCacheOf(user) }, ctx),
    Utilities: new Utilities(ctx),
    // The context object is the lock's owner: two services are two executions, even for the same user.
    LockService: new LockService(workbook.lock, ctx, user, ctx),
    Session: new Session(ctx),
    HtmlService: new HtmlService(ctx),
    Charts: new Charts(ctx),
    workbook,
    user,
    counters: ctx.counters,
    quotas: workbook.quotaFor(user),
    log: ctx.log,
    ui: ctx.ui,
    select(sheetName: string, a1Notations: string | string[]): void {
      const data = workbook.sheet(sheetName);
      const list = typeof a1Notations === 'string' ? [a1Notations] : a1Notations;
      if (!list.length) throw new Error('select() needs at least one range');
      ctx.select(
        data,
        list.map((a1) => data.rect(a1)),
      );
    },
    activeSheetName(): string {
      return ctx.activeSheet().name;
    },
    failWriteAfter(writes: number, message?: string): void {
      ctx.failWriteAfter(writes, message);
    },
  };
}
