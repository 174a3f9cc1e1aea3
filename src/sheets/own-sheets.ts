// The tabs the add-on owns (Pipeline Setup, Stage History, Pipeline Dashboard): found by their mark, never by name alone.
import { HISTORY_HEADERS } from '../core/history';
import { SETUP_HEADERS } from '../core/setup';
import type { Locale } from '../core/types';
import { serverText } from '../i18n/messages';
import type { Services, SheetLike, SpreadsheetLike } from './gas';
import { DASHBOARD_SHEET, HISTORY_SHEET, isOwnSheet, SETUP_SHEET } from './sheet-names';

export type OwnTab = 'setup' | 'history' | 'dashboard';

/** Developer metadata key on each of the add-on's tabs; its value is the OwnTab. It stays with the tab through renames. */
const MARK = 'stagecoach.tab';

const NAMES: Record<OwnTab, string> = { setup: SETUP_SHEET, history: HISTORY_SHEET, dashboard: DASHBOARD_SHEET };

const LOCALES: readonly Locale[] = ['en', 'vi'];

/** The header row (or, for the dashboard, the title cell) that made a tab evidently the add-on's before tabs were marked. */
function signatures(tab: OwnTab): string[][] {
  switch (tab) {
    case 'setup':
      return LOCALES.map((l) => SETUP_HEADERS[l]);
    case 'history':
      return LOCALES.map((l) => HISTORY_HEADERS[l]);
    case 'dashboard':
      return LOCALES.map((l) => [serverText(l)('dashTitle')]);
  }
}

/**
 * True when row 1 is the add-on's header for the tab in either language: all of it, or its first columns
 * (a tab made by an older version, which had fewer columns) but never fewer than three of them.
 */
function isEvidentlyOwn(sheet: SheetLike, tab: OwnTab): boolean {
  const known = signatures(tab);
  const width = Math.max(...known.map((h) => h.length));
  if (sheet.getLastRow() < 1) return false;
  const row = sheet
    .getRange(1, 1, 1, width)
    .getDisplayValues()[0]
    .map((cell) => cell.trim());
  while (row.length > 0 && row[row.length - 1] === '') row.pop();
  const least = Math.min(3, ...known.map((h) => h.length));
  return row.length >= least && known.some((header) => row.length <= header.length && row.every((cell, i) => cell === header[i]));
}

function mark(sheet: SheetLike, tab: OwnTab): void {
  sheet.addDeveloperMetadata(MARK, tab);
}

/**
 * The add-on's own tab, whatever the user renamed it to: one developer-metadata finder call. A spreadsheet from
 * before tabs were marked has the tab under its usual name and unmarked: such a tab is taken only when its header
 * row is the add-on's (one small read), and marked then when `adopt` is set (writers; a custom function cannot write).
 * Any other tab of that name is the user's: null.
 */
export function findOwnSheet(services: Services, tab: OwnTab, options: { adopt?: boolean } = {}): SheetLike | null {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const [found] = spreadsheet.createDeveloperMetadataFinder().withKey(MARK).withValue(tab).find();
  const marked = found?.getLocation().getSheet();
  if (marked) return marked;
  const legacy = spreadsheet.getSheetByName(NAMES[tab]);
  if (!legacy || !isEvidentlyOwn(legacy, tab)) return null;
  if (options.adopt) mark(legacy, tab);
  return legacy;
}

/** The tab's usual name, or "Name (Stagecoach)", "Name (Stagecoach) 2"… when a tab of the user's already holds it. */
function freeName(spreadsheet: SpreadsheetLike, tab: OwnTab): string {
  const base = NAMES[tab];
  if (!spreadsheet.getSheetByName(base)) return base;
  const own = `${base} (Stagecoach)`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? own : `${own} ${n}`;
    if (!spreadsheet.getSheetByName(name)) return name;
  }
}

/**
 * Inserts a sheet and puts the user back on the sheet and the cells they had selected (insertSheet activates the
 * new sheet, which would pull the user away from the prospect they are working on).
 */
export function insertSheetInBackground(spreadsheet: SpreadsheetLike, name: string): SheetLike {
  const sheet = spreadsheet.getActiveSheet();
  const ranges = spreadsheet.getActiveRangeList();
  const created = spreadsheet.insertSheet(name);
  spreadsheet.setActiveSheet(sheet);
  if (ranges && ranges.getRanges().length > 0) spreadsheet.setActiveRangeList(ranges);
  return created;
}

/**
 * Creates the add-on's tab, marked as its own, leaving the user where they were. When a tab of the user's carries
 * the usual name, that tab is left alone, the new one gets a free name beside it, and a toast says so.
 */
export function createOwnSheet(services: Services, tab: OwnTab, locale: Locale): SheetLike {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const name = freeName(spreadsheet, tab);
  const sheet = insertSheetInBackground(spreadsheet, name);
  mark(sheet, tab);
  if (name !== NAMES[tab]) {
    const t = serverText(locale);
    spreadsheet.toast(t('ownTabBeside', { name: NAMES[tab], created: name }), t('sidebarTitle'));
  }
  return sheet;
}

/**
 * A test for "one of the add-on's tabs, not the user's" over many sheets, for lists of the user's sheets: a tab
 * carrying the mark (whatever it is named now; one finder call), or an unmarked tab of an add-on name (from before the
 * mark: never offered as a prospects sheet either way).
 */
export function ownSheetTest(spreadsheet: SpreadsheetLike): (sheet: SheetLike) => boolean {
  const marked = new Set(
    spreadsheet
      .createDeveloperMetadataFinder()
      .withKey(MARK)
      .find()
      .map((found) => found.getLocation().getSheet()?.getSheetId()),
  );
  return (sheet) => marked.has(sheet.getSheetId()) || isOwnSheet(sheet.getName());
}
