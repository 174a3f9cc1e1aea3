// HyperFormula holding a copy of every sheet of the workbook, kept in sync with its changes, answering formula cells.
// Formulas reach it with two rewrites: open-ended ranges (D2:E) bounded to the sheet's rows, array literals as HSTACK.
import { DetailedCellError, ErrorType, HyperFormula } from 'hyperformula';
import type { RawCellContent } from 'hyperformula';
import type { Rect } from '../sheets/a1';
import { isDate } from '../sheets/coerce';
import type { Cell, SheetData } from '../sheets/grid';
import { WORKBOOK_CELL_LIMIT } from '../sheets/workbook';
import type { FormulaEvaluator, Workbook, WorkbookChange } from '../sheets/workbook';
import { dateToSerial, type WallClock, wallClock } from '../sheets/zone';
import { stackArrayLiterals } from './array-literals';
import { boundOpenRanges } from './column-ranges';
import type { FormulaBridge } from './formula-plugin';
import { registerPlugins } from './formula-plugin';
import { SpillSizes } from './spill-sizes';

type Content = Exclude<RawCellContent, undefined>;

/**
 * A date cell as HyperFormula should hold it: it reads a Date's local fields (getFullYear, getHours…) and types the
 * number as a date, which IF and ARRAYFORMULA pass on, so a custom function gets a Date as in Sheets. These fields
 * read the wall clock of the sheet's zone, whatever the zone of this process.
 */
class SheetDate extends Date {
  private readonly wall: WallClock;

  constructor(
    date: Date,
    timeZone: string,
    /** The serial number the cell holds: what tells two contents apart. */
    readonly serial = dateToSerial(date, timeZone),
  ) {
    super(date.getTime());
    this.wall = wallClock(date, timeZone);
  }

  override getFullYear(): number {
    return this.wall.year;
  }
  override getMonth(): number {
    return this.wall.month - 1;
  }
  override getDate(): number {
    return this.wall.day;
  }
  override getHours(): number {
    return this.wall.hour;
  }
  override getMinutes(): number {
    return this.wall.minute;
  }
  override getSeconds(): number {
    return this.wall.second;
  }
  override getMilliseconds(): number {
    return 0;
  }
}

const sameContent = (a: Content, b: Content): boolean => a === b || (a instanceof SheetDate && b instanceof SheetDate && a.serial === b.serial);

/** The text Sheets shows for each of HyperFormula's errors. */
const SHOWN: Partial<Record<ErrorType, string>> = { [ErrorType.SPILL]: '#REF!', [ErrorType.CYCLE]: '#REF!', [ErrorType.LIC]: '#ERROR!' };

export interface CellResult {
  value: unknown;
  /** The error's message (the tooltip of a #ERROR! cell), or null. */
  error: string | null;
}

export class FormulaEngine {
  readonly hf: HyperFormula;
  private readonly spills = new SpillSizes();
  /** Workbook sheet id → HyperFormula sheet id. */
  private readonly ids = new Map<number, number>();
  /** What was last handed to HyperFormula per cell, to send only what changed. */
  private readonly given = new Map<number, Content[][]>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly workbook: Workbook,
    call: FormulaBridge['call'],
  ) {
    registerPlugins();
    const bridge: FormulaBridge = { call, spills: this.spills, display: workbook.displayContext };
    // smartRounding off: results keep every digit, as Sheets hands them on (the grid rounds only what it shows).
    // maxRows: Sheets' own limit is on cells (10 million), not rows; HyperFormula's 40,000-row default refused a big CSV.
    this.hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', context: bridge, maxRows: WORKBOOK_CELL_LIMIT, smartRounding: false });
    this.reconcileSheets();
    this.unsubscribe = workbook.subscribe((change) => this.onChange(change));
  }

  /** Plug into the workbook with `workbook.setFormulaEvaluator(engine.evaluator)`. */
  readonly evaluator: FormulaEvaluator = (sheetName, row, col) => {
    const { value } = this.resultAt(sheetName, row, col);
    return value;
  };

  /** The computed value at a cell (including cells an array formula spilled into), and its error message. */
  resultAt(sheetName: string, row: number, col: number): CellResult {
    const sheet = this.hf.getSheetId(sheetName);
    if (sheet === undefined) return { value: '', error: null };
    try {
      const value = this.hf.getCellValue({ sheet, row: row - 1, col: col - 1 });
      if (value instanceof DetailedCellError) return { value: SHOWN[value.type as ErrorType] ?? value.value, error: value.message || null };
      return { value: value ?? '', error: null };
    } catch (error) {
      return { value: '#ERROR!', error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** True when a cell without a formula of its own shows part of an array result. */
  isSpilled(sheetName: string, row: number, col: number): boolean {
    const sheet = this.hf.getSheetId(sheetName);
    if (sheet === undefined) return false;
    const address = { sheet, row: row - 1, col: col - 1 };
    return this.hf.isCellPartOfArray(address) && !this.hf.doesCellHaveFormula(address);
  }

  /** Rows and columns HyperFormula holds on a sheet, spilled results included. */
  extentOf(sheetName: string): { rows: number; columns: number } {
    const sheet = this.hf.getSheetId(sheetName);
    if (sheet === undefined) return { rows: 0, columns: 0 };
    const { height, width } = this.hf.getSheetDimensions(sheet);
    return { rows: height, columns: width };
  }

  close(): void {
    this.unsubscribe();
    this.hf.destroy();
  }

  private onChange(change: WorkbookChange): void {
    if (change.kind === 'cells') {
      const sheet = this.workbook.findSheet(change.sheet);
      if (sheet) this.syncRect(sheet, change);
    } else if (change.kind === 'rows') {
      const sheet = this.workbook.findSheet(change.sheet);
      if (sheet) this.loadSheet(sheet);
      // Open-ended ranges on the grown sheet now end further down.
      for (const other of this.workbook.sheets) this.syncRect(other, { row: 1, col: 1, numRows: other.maxRows, numCols: other.maxColumns }, true);
    } else if (change.kind === 'sheets') {
      this.reconcileSheets();
    }
  }

  private rowsOf = (name: string): number | undefined => this.workbook.findSheet(name)?.maxRows;

  private contentOf(cell: Cell | undefined, sheet: SheetData): Content {
    if (!cell) return null;
    if (cell.formula !== undefined) return stackArrayLiterals(boundOpenRanges(cell.formula, sheet.name, this.rowsOf));
    const value = cell.value;
    if (value === '') return null;
    // A leading apostrophe keeps text as text: HyperFormula would otherwise read "12" or "TRUE" in it.
    if (typeof value === 'string') return `'${value}`;
    if (isDate(value)) return new SheetDate(value, this.workbook.timeZone);
    return value;
  }

  private reconcileSheets(): void {
    const live = new Set<number>();
    for (const sheet of this.workbook.sheets) {
      live.add(sheet.id);
      const id = this.ids.get(sheet.id);
      if (id === undefined) this.loadSheet(sheet);
      else if (this.hf.getSheetName(id) !== sheet.name) this.hf.renameSheet(id, sheet.name);
    }
    for (const [own, id] of this.ids) {
      if (live.has(own)) continue;
      this.hf.removeSheet(id);
      this.ids.delete(own);
      this.given.delete(id);
    }
  }

  /** Hands a whole sheet to HyperFormula (a new sheet, or one whose rows moved). */
  private loadSheet(sheet: SheetData): void {
    let id = this.ids.get(sheet.id);
    if (id === undefined) {
      id = this.hf.getSheetId(this.hf.addSheet(sheet.name)) as number;
      this.ids.set(sheet.id, id);
    }
    // Array.from fills the holes of the sparse rows (HyperFormula wants every row present).
    const content: Content[][] = Array.from(sheet.rows, (row) => (row ? Array.from(row, (cell) => this.contentOf(cell, sheet)) : []));
    this.given.set(
      id,
      content.map((row) => [...row]),
    );
    const target = id;
    this.run(() => this.hf.setSheetContent(target, content));
  }

  /** Sends the cells of `rect` that differ from what HyperFormula holds (only formulas when `formulasOnly`). */
  private syncRect(sheet: SheetData, rect: Rect, formulasOnly = false): void {
    const id = this.ids.get(sheet.id);
    if (id === undefined) return this.reconcileSheets();
    const given = this.given.get(id) as Content[][];
    const changes: Array<{ row: number; col: number; content: Content }> = [];
    const lastRow = Math.min(rect.row + rect.numRows - 1, Math.max(sheet.rows.length, given.length));
    for (let r = rect.row; r <= lastRow; r++) {
      const cells = sheet.rows[r - 1];
      const before = (given[r - 1] ??= []);
      const lastCol = Math.min(rect.col + rect.numCols - 1, Math.max(cells?.length ?? 0, before.length));
      for (let c = rect.col; c <= lastCol; c++) {
        const cell = cells?.[c - 1];
        if (formulasOnly && cell?.formula === undefined) continue;
        const content = this.contentOf(cell, sheet);
        if (sameContent(content, before[c - 1] ?? null)) continue;
        before[c - 1] = content;
        changes.push({ row: r - 1, col: c - 1, content });
      }
    }
    if (!changes.length) return;
    this.run(() => {
      for (const { row, col, content } of changes) this.hf.setCellContents({ sheet: id, row, col }, [[content]]);
    });
  }

  /** Runs changes in one batch, then parses again the array formulas whose result changed size. */
  private run(changes: () => void): void {
    this.hf.batch(changes);
    for (let round = 0; round < 3; round++) {
      const reparse = this.spills.takeReparse();
      if (!reparse.length) return;
      this.hf.batch(() => {
        for (const address of reparse) {
          const formula = this.hf.doesCellHaveFormula(address) ? this.hf.getCellFormula(address) : undefined;
          if (formula) this.hf.setCellContents(address, [[formula]]);
        }
      });
    }
  }
}
