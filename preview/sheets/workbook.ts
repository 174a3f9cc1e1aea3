// The spreadsheet every user shares: its sheets, properties, caches, quotas, document lock, clock and formula engine hook.

import type { CellValue } from '../../src/sheets/gas';
import type { CoerceContext } from './coerce';
import { isDate } from './coerce';
import { CacheStore } from './cache';
import { CELL_LIMIT, gasError, sheetExists } from './errors';
import type { DisplayContext } from './format';
import { SheetData } from './grid';
import type { LocaleRules } from './locale';
import { localeRules } from './locale';
import { DocumentLock } from './lock';
import { PropertyStore } from './properties';
import type { Clock } from './quota';
import { UserQuotas } from './quota';
import { dateToSerial, processTimeZone, serialToDate } from './zone';

/** Sheets holds at most 10 million cells in a spreadsheet, counting every cell of every sheet's grid. */
export const WORKBOOK_CELL_LIMIT = 10_000_000;

export interface WorkbookOptions {
  id?: string;
  /** Spreadsheet locale, e.g. "en_US" (default) or "vi_VN": decides how numbers and dates are read and shown. */
  locale?: string;
  /** Spreadsheet time zone (IANA name); defaults to this process's zone. */
  timeZone?: string;
  /** The clock of quotas and cache expiry (ms since the epoch); default Date.now. */
  now?: Clock;
  /** Property reads/writes a user may make a day; default 50,000 (consumer accounts). */
  propertiesPerDay?: number;
}

/** Plugs in a formula engine: the value of the formula in (sheet, row, col). Without one, a formula's value is "". */
export type FormulaEvaluator = (sheetName: string, row: number, col: number, formula: string) => unknown;

export type WorkbookChange =
  | { kind: 'cells'; sheet: string; row: number; col: number; numRows: number; numCols: number }
  | { kind: 'rows'; sheet: string; after: number; count: number }
  | { kind: 'sheets' }
  | { kind: 'sheet'; sheet: string };

export class Workbook {
  readonly id: string;
  readonly locale: string;
  private zone: string;
  /** Document properties, shared by every user (PropertiesService.getDocumentProperties()). */
  readonly properties = new PropertyStore();
  /** Script properties: the add-on's own, the same for every user. */
  readonly scriptProperties = new PropertyStore();
  readonly now: Clock;
  readonly documentCache: CacheStore;
  readonly scriptCache: CacheStore;
  private readonly userProperties = new Map<string, PropertyStore>();
  private readonly userCaches = new Map<string, CacheStore>();
  private readonly quotas = new Map<string, UserQuotas>();
  private readonly propertiesPerDay: number | undefined;
  private nextMetadataId = 1;
  /** The document lock (LockService.getDocumentLock()). */
  readonly lock = new DocumentLock();
  readonly coerceContext: CoerceContext;
  readonly displayContext: DisplayContext;
  private readonly sheetList: SheetData[] = [];
  private nextSheetId = 0;
  private nextChartId = 1;
  private evaluator: FormulaEvaluator | null = null;
  private readonly listeners = new Set<(change: WorkbookChange) => void>();
  private changes = 0;

  constructor(options: WorkbookOptions = {}) {
    this.id = options.id ?? 'in-memory-spreadsheet';
    this.locale = options.locale ?? 'en_US';
    this.zone = options.timeZone ?? processTimeZone();
    this.now = options.now ?? Date.now;
    this.propertiesPerDay = options.propertiesPerDay;
    this.documentCache = new CacheStore(() => this.now());
    this.scriptCache = new CacheStore(() => this.now());
    const rules = localeRules(this.locale);
    this.coerceContext = { rules, timeZone: this.zone };
    this.displayContext = { rules, timeZone: this.zone };
  }

  get timeZone(): string {
    return this.zone;
  }

  /**
   * Spreadsheet.setSpreadsheetTimeZone: Sheets keeps dates as serial numbers, so a date cell keeps its wall-clock
   * reading (10:00 stays 10:00) and becomes another instant. Throws for a name that is no IANA zone.
   */
  setTimeZone(timeZone: string): void {
    new Intl.DateTimeFormat('en-US', { timeZone }); // throws a RangeError for an unknown zone
    const before = this.zone;
    for (const sheet of this.sheetList) {
      for (const row of sheet.rows) {
        for (const cell of row ?? []) {
          if (cell && isDate(cell.value)) cell.value = serialToDate(dateToSerial(cell.value, before), timeZone);
        }
      }
    }
    this.zone = timeZone;
    this.coerceContext.timeZone = timeZone;
    this.displayContext.timeZone = timeZone;
    this.emit({ kind: 'sheets' });
  }

  /** A user's daily quotas: per user, whichever document or execution spends them. */
  quotaFor(user: string): UserQuotas {
    let q = this.quotas.get(user);
    if (!q) {
      q = new UserQuotas(() => this.now(), { propertiesPerDay: this.propertiesPerDay });
      this.quotas.set(user, q);
    }
    return q;
  }

  userPropertiesOf(user: string): PropertyStore {
    let p = this.userProperties.get(user);
    if (!p) {
      p = new PropertyStore();
      this.userProperties.set(user, p);
    }
    return p;
  }

  userCacheOf(user: string): CacheStore {
    let c = this.userCaches.get(user);
    if (!c) {
      c = new CacheStore(() => this.now());
      this.userCaches.set(user, c);
    }
    return c;
  }

  newMetadataId(): number {
    return this.nextMetadataId++;
  }

  /** Cells in every sheet's grid (empty ones count: the limit is on the grid's size). */
  totalCells(): number {
    return this.sheetList.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  /** Throws Sheets' error when adding `cells` to the grids would pass 10 million cells. */
  checkGrowth(cells: number): void {
    if (this.totalCells() + cells > WORKBOOK_CELL_LIMIT) throw gasError(CELL_LIMIT);
  }

  get rules(): LocaleRules {
    return this.coerceContext.rules;
  }

  get sheets(): readonly SheetData[] {
    return this.sheetList;
  }

  /**
   * Adds a sheet seeded with rows (values as given; a string starting with "=" is a formula).
   * Like a new Google sheet it has at least 1000 rows and 26 columns.
   */
  addSheet(name: string, rows: unknown[][] = [], size: { maxRows?: number; maxColumns?: number } = {}): SheetData {
    if (this.findSheet(name)) throw gasError(sheetExists(name));
    const widest = rows.reduce((n, r) => Math.max(n, r.length), 0);
    const maxRows = Math.max(size.maxRows ?? 1000, rows.length);
    const maxColumns = Math.max(size.maxColumns ?? 26, widest);
    this.checkGrowth(maxRows * maxColumns);
    const sheet = new SheetData(this, this.nextSheetId++, name, maxRows, maxColumns);
    sheet.seed(rows);
    this.sheetList.push(sheet);
    this.emit({ kind: 'sheets' });
    return sheet;
  }

  /** Deletes a sheet, as a person deleting its tab does (its metadata, charts and protection go with it). */
  removeSheet(name: string): void {
    const sheet = this.sheet(name);
    this.sheetList.splice(this.sheetList.indexOf(sheet), 1);
    this.emit({ kind: 'sheets' });
  }

  /** The sheet of that name (throws when there is none; see findSheet). */
  sheet(name: string): SheetData {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet named "${name}" (sheets: ${this.sheetList.map((s) => s.name).join(', ')})`);
    return sheet;
  }

  /** Sheet names are case-insensitive in Google Sheets. */
  findSheet(name: string): SheetData | undefined {
    const key = name.toLowerCase();
    return this.sheetList.find((s) => s.name.toLowerCase() === key);
  }

  sheetById(id: number): SheetData | undefined {
    return this.sheetList.find((s) => s.id === id);
  }

  newChartId(): number {
    return this.nextChartId++;
  }

  setFormulaEvaluator(fn: FormulaEvaluator | null): void {
    this.evaluator = fn;
    this.emit({ kind: 'sheets' });
  }

  /**
   * What an array formula spilled into an empty cell (undefined: nothing): in Sheets, getValues, the display and a
   * dropdown listing a range see spilled values like any other. Set by the formula engine with the evaluator.
   */
  spillReader: ((sheetName: string, row: number, col: number) => unknown) | null = null;

  spilledAt(sheetName: string, row: number, col: number): CellValue | undefined {
    if (!this.spillReader) return undefined;
    const value = this.spillReader(sheetName, row, col);
    return value === undefined ? undefined : toCellValue(value);
  }

  evaluate(sheetName: string, row: number, col: number, formula: string): CellValue {
    if (!this.evaluator) return '';
    return toCellValue(this.evaluator(sheetName, row, col, formula));
  }

  /** A person types `text` into a cell: parsed as Sheets parses typing; a strict validation rule refuses it (throws). */
  userEdit(sheetName: string, a1: string, text: string): void {
    const sheet = this.sheet(sheetName);
    const rect = sheet.rect(a1);
    sheet.userWrite(rect.row, rect.col, text);
  }

  /** Calls `listener` after every change (the preview re-syncs its formula engine and redraws). */
  subscribe(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Moves on with every change (a cache of cell contents is good while this stays the same). */
  get version(): number {
    return this.changes;
  }

  emit(change: WorkbookChange): void {
    // Once before the listeners and once after: what a listener reads while others catch up is not kept.
    this.changes++;
    for (const l of this.listeners) l(change);
    this.changes++;
  }
}

/** A formula engine's answer as a cell value: errors (objects with a `value` such as "#NAME?") become their text. */
function toCellValue(x: unknown): CellValue {
  if (x === null || x === undefined) return '';
  if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return x;
  if (isDate(x)) return new Date(x.getTime());
  if (typeof x === 'object' && typeof (x as { value?: unknown }).value === 'string') return (x as { value: string }).value;
  return String(x);
}
