// The person's edits in the grid as Sheets makes them (typed, picked, pasted, deleted, undone): each is one undo step and
// fires the bundle's onEdit with the event Sheets builds. The add-on's own writes never come through here, so they fire
// nothing (Sheets runs onEdit for a person's edits only).
import type { Rect } from '../sheets/a1';
import { rectA1 } from '../sheets/a1';
import type { CellContent, SheetData } from '../sheets/grid';
import type { PreviewServices } from '../sheets/services';
import type { EditEvent } from '../../src/server/on-edit';

/** Sheets keeps a long undo history; the preview keeps the person's last hundred edits. */
const UNDO_STEPS = 100;

interface UndoStep {
  sheet: SheetData;
  rects: Rect[];
  before: CellContent[][][];
}

/** What the grid selects after an edit or an undo, as Sheets selects the cells it changed. */
export interface EditedRanges {
  sheet: string;
  ranges: string[];
}

const isEmpty = (content: CellContent | undefined) => !content || (content.value === '' && content.formula === undefined);

export class UserEdits {
  private readonly steps: UndoStep[] = [];

  constructor(
    private readonly services: PreviewServices,
    /** Runs the bundle's onEdit (the session notices what it changed). */
    private readonly fire: (event: EditEvent) => void,
  ) {}

  /** Typing into one cell, or picking from its dropdown. A strict rule refuses with Sheets' message (thrown). */
  type(sheetName: string, a1: string, text: string): EditedRanges {
    const sheet = this.services.workbook.sheet(sheetName);
    const rect = sheet.rect(a1);
    if (rect.numRows !== 1 || rect.numCols !== 1) throw new Error(`Type into one cell, not ${a1}.`);
    const before = sheet.snapshot(rect);
    sheet.userWrite(rect.row, rect.col, text);
    this.remember({ sheet, rects: [rect], before: [before] });
    this.fire(this.event(sheet, rect, { oldValue: before[0]?.[0], withValue: true }));
    return { sheet: sheet.name, ranges: [rectA1(rect)] };
  }

  /**
   * A block of text pasted with its top-left at `a1` (rows past the sheet's end are added, as Sheets does). One onEdit
   * for the block, without value or oldValue even for one cell (Sheets gives none for a paste).
   */
  paste(sheetName: string, a1: string, texts: string[][]): EditedRanges {
    const sheet = this.services.workbook.sheet(sheetName);
    const at = sheet.rect(a1);
    const numCols = Math.max(1, ...texts.map((line) => line.length));
    if (!texts.length) throw new Error('There is nothing to paste.');
    if (at.col + numCols - 1 > sheet.maxColumns) {
      throw new Error(`The paste is ${numCols} columns wide: from ${a1} it would pass the sheet's last column. Paste further left.`);
    }
    const rect: Rect = { row: at.row, col: at.col, numRows: texts.length, numCols };
    const missing = rect.row + rect.numRows - 1 - sheet.maxRows;
    if (missing > 0) sheet.insertRowsAfter(sheet.maxRows, missing);
    const block = texts.map((line) => Array.from({ length: numCols }, (_, j) => line[j] ?? ''));
    const before = sheet.snapshot(rect);
    sheet.userWriteBlock(rect, block);
    this.remember({ sheet, rects: [rect], before: [before] });
    this.fire(this.event(sheet, rect, {}));
    return { sheet: sheet.name, ranges: [rectA1(rect)] };
  }

  /** Delete / Backspace on the selection: the contents go (formats and dropdowns stay); one onEdit per range. */
  clear(sheetName: string, a1s: string[]): EditedRanges {
    const sheet = this.services.workbook.sheet(sheetName);
    // Only the part that holds anything: deleting whole columns of a long sheet keeps no snapshot of empty cells.
    const rects = a1s.map((a1) => sheet.rect(a1)).map((rect) => this.withinContent(sheet, rect));
    const before = rects.map((rect) => sheet.snapshot(rect));
    const step: UndoStep = { sheet, rects: [], before: [] };
    rects.forEach((rect, i) => {
      const contents = before[i] as CellContent[][];
      if (contents.every((line) => line.every(isEmpty))) return;
      sheet.clearContent(rect);
      step.rects.push(rect);
      step.before.push(contents);
    });
    if (step.rects.length) this.remember(step);
    step.rects.forEach((rect, i) => this.fire(this.event(sheet, rect, { oldValue: step.before[i]?.[0]?.[0], withValue: true })));
    return { sheet: sheet.name, ranges: a1s };
  }

  /** Ctrl+Z: puts back what the last edit replaced and fires onEdit for it; null when there is nothing to undo. */
  undo(): EditedRanges | null {
    const step = this.steps.pop();
    if (!step) return null;
    const { sheet } = step;
    if (!this.services.workbook.sheets.includes(sheet)) return this.undo(); // its sheet was deleted since
    step.rects.forEach((rect, i) => {
      sheet.restore(rect, step.before[i] as CellContent[][]);
      // Apps Script's event docs say nothing of undo; the add-on's contract reads it with paste and delete, as an edit
      // that gives no old value (the add-on then compares with Stage History, so a delete undone restarts nothing).
      this.fire(this.event(sheet, rect, {}));
    });
    return { sheet: sheet.name, ranges: step.rects.map(rectA1) };
  }

  get canUndo(): boolean {
    return this.steps.length > 0;
  }

  private remember(step: UndoStep): void {
    this.steps.push(step);
    if (this.steps.length > UNDO_STEPS) this.steps.shift();
  }

  private withinContent(sheet: SheetData, rect: Rect): Rect {
    const numRows = Math.max(1, Math.min(rect.numRows, sheet.lastRow() - rect.row + 1));
    const numCols = Math.max(1, Math.min(rect.numCols, sheet.lastColumn() - rect.col + 1));
    return { ...rect, numRows, numCols };
  }

  /**
   * The event Sheets passes to onEdit (developers.google.com/apps-script/guides/triggers/events, "Edit"): `value` and
   * `oldValue` only when the edited range is a single cell, `oldValue` undefined when the cell had no content; the
   * editor as a User; authMode LIMITED for a simple trigger; source the spreadsheet.
   */
  private event(sheet: SheetData, rect: Rect, single: { oldValue?: CellContent; withValue?: boolean }): EditEvent {
    const spreadsheet = this.services.SpreadsheetApp.getActiveSpreadsheet();
    const range = spreadsheet.getSheetByName(sheet.name)!.getRange(rect.row, rect.col, rect.numRows, rect.numCols);
    const user = this.services.user;
    const event: EditEvent = {
      range,
      user: { getEmail: () => user, getNickname: () => user.split('@')[0] },
      authMode: 'LIMITED',
      source: spreadsheet,
    };
    if (single.withValue && rect.numRows === 1 && rect.numCols === 1) {
      const value = sheet.readValues(rect)[0]?.[0];
      if (value !== '' && value !== undefined) event.value = value;
      if (!isEmpty(single.oldValue)) event.oldValue = oldValueOf(single.oldValue as CellContent);
    }
    return event;
  }
}

/** The old value: a formula's result is not kept, so its formula text stands in. */
const oldValueOf = (content: CellContent): unknown => content.formula ?? content.value;
