// Sends the page only what changed in a sheet since the view it holds: a typed cell redraws one cell, not 3,000 rows.
import type { CellView, SheetView } from './views';

/** Views kept per sheet (a page or two following the same sheet). */
const KEPT = 3;

interface Kept {
  view: SheetView;
  /** Each cell's JSON by A1: what it showed. */
  cells: Map<string, string>;
}

const sameFrame = (a: SheetView, b: SheetView) =>
  a.rows === b.rows &&
  a.columns === b.columns &&
  a.frozenRows === b.frozenRows &&
  a.widths.join() === b.widths.join() &&
  JSON.stringify(a.dropdowns) === JSON.stringify(b.dropdowns) &&
  JSON.stringify(a.charts) === JSON.stringify(b.charts);

export class ViewChanges {
  private next = 1;
  private readonly kept = new Map<string, Kept[]>();

  /** The view, named; or (when `since` names a view kept of the same frame) only its changed and cleared cells. */
  answer(full: Omit<SheetView, 'id'>, since?: string): SheetView {
    const view: SheetView = { ...full, id: `${this.next++}` };
    const cells = new Map(view.cells.map((cell) => [cell.a1, JSON.stringify(cell)]));
    const list = this.kept.get(view.name) ?? [];
    const base = since ? list.find((kept) => kept.view.id === since) : undefined;
    list.push({ view, cells });
    if (list.length > KEPT) list.shift();
    this.kept.set(view.name, list);
    if (!base || !sameFrame(base.view, view)) return view;
    const changed: CellView[] = view.cells.filter((cell) => base.cells.get(cell.a1) !== cells.get(cell.a1));
    const cleared = [...base.cells.keys()].filter((a1) => !cells.has(a1));
    return { ...view, cells: changed, partial: { base: base.view.id, cleared } };
  }
}
