// The grid's selection: one or more rectangles, the active cell, and the moves a click, shift-click or arrow key make.
import type { Rect } from '../sheets/a1';
import { cellA1, parseA1, rectA1, resolveA1 } from '../sheets/a1';

export interface Cell {
  row: number;
  col: number;
}

export type Mode = 'replace' | 'extend' | 'add';

const between = (a: Cell, b: Cell): Rect => ({
  row: Math.min(a.row, b.row),
  col: Math.min(a.col, b.col),
  numRows: Math.abs(a.row - b.row) + 1,
  numCols: Math.abs(a.col - b.col) + 1,
});

export class Selection {
  ranges: Rect[] = [{ row: 1, col: 1, numRows: 1, numCols: 1 }];
  /** The cell that edits and the formula bar follow. */
  active: Cell = { row: 1, col: 1 };
  /** Where shift-click and shift-arrow extend from, and the far corner they move. */
  private anchor: Cell = { row: 1, col: 1 };
  private corner: Cell = { row: 1, col: 1 };

  constructor(private readonly size: () => { rows: number; columns: number }) {}

  /** A click on a cell: replace the selection, extend it (shift) or add a range (ctrl / ⌘). */
  pick(cell: Cell, mode: Mode): void {
    this.span(cell, cell, mode);
  }

  /** A click on row numbers: whole rows from the anchor's row (shift) or on their own. */
  pickRows(row: number, mode: Mode): void {
    const last = this.size().columns;
    if (mode === 'extend') this.extendTo({ row, col: last }, { row: this.anchor.row, col: 1 });
    else this.span({ row, col: 1 }, { row, col: last }, mode);
  }

  /** A click on column letters. */
  pickColumns(col: number, mode: Mode): void {
    const last = this.size().rows;
    if (mode === 'extend') this.extendTo({ row: last, col }, { row: 1, col: this.anchor.col });
    else this.span({ row: 1, col }, { row: last, col }, mode);
  }

  /** Arrow keys: move the active cell, or with shift move the far corner of the last range. */
  move(rows: number, cols: number, extend: boolean): void {
    const { rows: maxRow, columns: maxCol } = this.size();
    const from = extend ? this.corner : this.active;
    const to = { row: Math.min(maxRow, Math.max(1, from.row + rows)), col: Math.min(maxCol, Math.max(1, from.col + cols)) };
    if (extend) this.extendTo(to, this.anchor);
    else this.pick(to, 'replace');
  }

  contains(row: number, col: number): boolean {
    return this.ranges.some((r) => row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols);
  }

  a1s(): string[] {
    return this.ranges.map(rectA1);
  }

  /** The name box: the active range's A1, e.g. "D5" or "A2:L4". */
  label(): string {
    const last = this.ranges[this.ranges.length - 1];
    return last ? rectA1(last) : cellA1(this.active.row, this.active.col);
  }

  /** Takes a selection the add-on made (goToRow, a sheet it activated). */
  adopt(a1s: string[]): void {
    const { rows, columns } = this.size();
    const ranges = a1s.map((a1) => resolveA1(parseA1(a1), rows, columns));
    if (!ranges.length) return;
    this.ranges = ranges;
    const last = ranges[ranges.length - 1] as Rect;
    this.active = { row: last.row, col: last.col };
    this.anchor = { ...this.active };
    this.corner = { row: last.row + last.numRows - 1, col: last.col + last.numCols - 1 };
  }

  private span(start: Cell, end: Cell, mode: Mode): void {
    if (mode === 'extend') return this.extendTo(end, this.anchor);
    const rect = between(start, end);
    this.ranges = mode === 'add' ? [...this.ranges, rect] : [rect];
    this.active = { ...start };
    this.anchor = { ...start };
    this.corner = { ...end };
  }

  private extendTo(corner: Cell, anchor: Cell): void {
    this.corner = { ...corner };
    this.ranges = [...this.ranges.slice(0, -1), between(anchor, corner)];
  }
}
