// The spreadsheet every user shares: its sheets, document properties, document lock and formula engine hook.

import type { CellValue } from '../../src/sheets/gas';
import type { CoerceContext } from './coerce';
import { isDate } from './coerce';
import { gasError, sheetExists } from './errors';
import type { DisplayContext } from './format';
import { SheetData } from './grid';
import type { LocaleRules } from './locale';
import { localeRules } from './locale';
import { DocumentLock } from './lock';
import { PropertyStore } from './properties';
import { processTimeZone } from './zone';

export interface WorkbookOptions {
  id?: string;
  /** Spreadsheet locale, e.g. "en_US" (default) or "vi_VN": decides how numbers and dates are read and shown. */
  locale?: string;
  /** Spreadsheet time zone (IANA name); defaults to this process's zone. */
  timeZone?: string;
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
  readonly timeZone: string;
  /** Document properties, shared by every user (PropertiesService.getDocumentProperties()). */
  readonly properties = new PropertyStore();
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
    this.timeZone = options.timeZone ?? processTimeZone();
    const rules = localeRules(this.locale);
    this.coerceContext = { rules, timeZone: this.timeZone };
    this.displayContext = { rules, timeZone: this.timeZone };
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
    const sheet = new SheetData(this, this.nextSheetId++, name, Math.max(size.maxRows ?? 1000, rows.length), Math.max(size.maxColumns ?? 26, widest));
    sheet.seed(rows);
    this.sheetList.push(sheet);
    this.emit({ kind: 'sheets' });
    return sheet;
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
