// Finds the user's prospects sheet and reads its header row; the add-on writes only its own cells there.
import { ColumnMap, detectColumns } from '../core/columns';
import { StagecoachError } from '../core/errors';
import type { ColumnMapping } from '../core/types';
import type { SheetLike, SpreadsheetLike } from './gas';
import { ownSheetTest } from './own-sheets';
import type { Layout, Settings } from './settings';

export interface ProspectsTable {
  sheet: SheetLike;
  /** The sheet's name as it was when the table was read. */
  name: string;
  headers: string[];
  columns: ColumnMap;
  /** Number of columns in the header row. */
  width: number;
}

/** One read: the header row (row 1). */
export function readHeaders(sheet: SheetLike): string[] {
  const width = sheet.getLastColumn();
  if (width === 0) return [];
  return sheet.getRange(1, 1, 1, width).getDisplayValues()[0];
}

/** Any sheet read as a prospects sheet (one read of its header row, unless the headers are given). */
export function tableOf(sheet: SheetLike, mapping: ColumnMapping, headers: string[] = readHeaders(sheet)): ProspectsTable {
  return { sheet, name: sheet.getName(), headers, columns: detectColumns(headers, mapping), width: headers.length };
}

/**
 * The prospects sheet: the one saved in settings, else the active sheet when it has a stage column, else the
 * first sheet that has one. Returns null when no sheet qualifies. Reads one header row per sheet it looks at, and
 * saves nothing: the sheet found is saved by the next action (saveSetup, a move).
 */
export function findProspects(spreadsheet: SpreadsheetLike, settings: Settings): ProspectsTable | null {
  const saved = settings.prospectsSheet;
  const savedSheet = saved ? spreadsheet.getSheetByName(saved) : null;
  if (savedSheet) return tableOf(savedSheet, settings.mapping);
  const active = spreadsheet.getActiveSheet();
  const candidates = [active, ...spreadsheet.getSheets().filter((s) => s.getName() !== active.getName())];
  const isOwn = ownSheetTest(spreadsheet);
  for (const sheet of candidates) {
    if (isOwn(sheet)) continue;
    const found = tableOf(sheet, settings.mapping);
    if (found.columns.stage >= 0) return found;
  }
  return null;
}

/** Like findProspects, but a missing sheet or prospect column is an error the user can act on. */
export function requireProspects(
  spreadsheet: SpreadsheetLike,
  settings: Settings,
  messages: { noSheet: string; noProspect: (sheet: string) => string },
): ProspectsTable {
  const found = findProspects(spreadsheet, settings);
  if (!found || found.columns.stage < 0) throw new StagecoachError(messages.noSheet);
  if (found.columns.prospect < 0 && found.columns.id < 0) throw new StagecoachError(messages.noProspect(found.sheet.getName()));
  return found;
}

/** The header row as the selection poll reads it without reading it again. */
export function layoutOf(table: ProspectsTable): Layout {
  return { sheet: table.name, headers: table.headers, columns: table.columns };
}

/** Saves which sheet holds the prospects and its header row, as read by an action. */
export function saveTableLayout(settings: Settings, table: ProspectsTable): void {
  settings.saveProspectsSheet(table.name);
  settings.saveLayout(layoutOf(table));
}

/** A1 notation of a column letter (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name as formulas need it: quoted, with apostrophes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
