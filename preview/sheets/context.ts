// One user's session on a workbook: the call log, the range I/O counters, the selection and what the Ui showed.

import type { RangeLike, SheetLike } from '../../src/sheets/gas';
import type { Rect } from './a1';
import { rectA1 } from './a1';
import type { SheetData } from './grid';
import type { Workbook } from './workbook';

/** Anything that records service calls as "Service.method". */
export interface Recorder {
  call(name: string): void;
}

/** A rectangle on a given sheet, stored by sheet id so it survives renames. */
export interface GridRef extends Rect {
  sheetId: number;
}

export interface IoRecord {
  kind: 'read' | 'write';
  /** "Range.getValues", "RangeList.setValue", ... */
  method: string;
  sheet: string;
  /** A1 of the range (several, comma-separated, for a RangeList). */
  a1: string;
  cells: number;
}

/**
 * Range I/O of one user, for holding the add-on to its budgets.
 * Reads: Range.getValues, getDisplayValues, getFormulas (one each per call).
 * Writes: Range.setValues, setValue, setFormula, setNumberFormat, setNumberFormats, clearContent,
 * setDataValidation, and RangeList.setValue (one per call, however many ranges it covers).
 * Formatting (setBackground, setFontWeight, setWrap), Sheet.clear and insertRowsAfter are not counted: they are in `log`.
 */
export class IoCounters {
  reads = 0;
  writes = 0;
  cellsRead = 0;
  cellsWritten = 0;
  readonly io: IoRecord[] = [];

  reset(): void {
    this.reads = 0;
    this.writes = 0;
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.io.length = 0;
  }
}

export type MenuEntry = { caption: string; functionName: string } | { separator: true };

export interface UiRecord {
  /** Items of the add-on menu as last added to the Ui (null before addToUi). */
  addonMenu: MenuEntry[] | null;
  /** The sidebar last shown. */
  sidebar: { title: string; content: string } | null;
  alerts: string[];
  toasts: Array<{ message: string; title: string; timeoutSeconds: number | null }>;
}

export type HtmlFiles = Record<string, string> | ((name: string) => string | undefined);

/** Builds the user-facing objects; set by services.ts so the modules below it need not import each other. */
export interface Facades {
  sheet(sheet: SheetData): SheetLike;
  range(sheet: SheetData, rect: Rect): RangeLike;
}

export class UserContext implements Recorder {
  readonly log: string[] = [];
  readonly counters = new IoCounters();
  readonly ui: UiRecord = { addonMenu: null, sidebar: null, alerts: [], toasts: [] };
  activeSheetId: number | null = null;
  /** Active range list; the last one is the active range. */
  selection: GridRef[] = [];
  /** The last selection on each sheet, for setActiveSheet(sheet, true). */
  readonly selectionBySheet = new Map<number, GridRef[]>();
  facades!: Facades;

  constructor(
    readonly workbook: Workbook,
    readonly user: string,
    readonly userLocale: string,
    readonly scriptTimeZone: string,
    readonly htmlFiles: HtmlFiles,
  ) {}

  call(name: string): void {
    this.log.push(name);
  }

  countRead(method: string, sheet: SheetData, rect: Rect): void {
    this.counters.reads++;
    this.counters.cellsRead += rect.numRows * rect.numCols;
    this.counters.io.push({ kind: 'read', method, sheet: sheet.name, a1: rectA1(rect), cells: rect.numRows * rect.numCols });
  }

  /**
   * Makes the write after the next `writes` ones fail before it changes anything, as Apps Script does when a service
   * call dies part-way through a script ("Service Spreadsheets failed while accessing document…", a timeout, a cell
   * protected by someone else): for testing that an action records what it had written.
   */
  failWriteAfter(writes: number, message = 'Exception: Service Spreadsheets failed while accessing document with id demo.'): void {
    this.failure = { after: writes, message };
  }

  private failure: { after: number; message: string } | null = null;

  countWrite(method: string, sheet: SheetData, rects: Rect[]): void {
    if (this.failure) {
      if (this.failure.after <= 0) {
        const { message } = this.failure;
        this.failure = null;
        throw new Error(message);
      }
      this.failure.after--;
    }
    const cells = rects.reduce((n, r) => n + r.numRows * r.numCols, 0);
    this.counters.writes++;
    this.counters.cellsWritten += cells;
    this.counters.io.push({ kind: 'write', method, sheet: sheet.name, a1: rects.map(rectA1).join(','), cells });
  }

  /** The active sheet: the one this user last activated, else the first sheet. */
  activeSheet(): SheetData {
    const chosen = this.activeSheetId === null ? undefined : this.workbook.sheetById(this.activeSheetId);
    const sheet = chosen ?? this.workbook.sheets[0];
    if (!sheet) throw new Error('The workbook has no sheets: add one with workbook.addSheet(name) first.');
    return sheet;
  }

  /** The selection on the active sheet, or its A1 cell when nothing was selected there. */
  activeRanges(): GridRef[] {
    const sheet = this.activeSheet();
    const onSheet = this.selection.filter((r) => r.sheetId === sheet.id);
    return onSheet.length ? onSheet : [{ sheetId: sheet.id, row: 1, col: 1, numRows: 1, numCols: 1 }];
  }

  select(sheet: SheetData, rects: Rect[]): void {
    this.activeSheetId = sheet.id;
    this.selection = rects.map((r) => ({ sheetId: sheet.id, row: r.row, col: r.col, numRows: r.numRows, numCols: r.numCols }));
    this.selectionBySheet.set(sheet.id, this.selection);
  }
}
