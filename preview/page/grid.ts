// The sheet grid: an ARIA grid of the cells' text with column letters, row numbers, a frozen header, the selection.
import { cellA1, columnToLetters } from '../sheets/a1';
import type { CellView, SheetView } from '../server/views';
import { drawChart } from './chart';
import { t } from './i18n';
import type { Cell, Mode, Selection } from './selection';

export interface GridEvents {
  /** The selection changed through the grid (click, drag, keys). */
  selected(): void;
  /** Start editing `cell`: with the key typed, or (null) from the cell's content. */
  edit(cell: Cell, typed: string | null): void;
  /** Open the dropdown list of `cell`. */
  dropdown(cell: Cell): void;
  /** Delete / Backspace on the selection. */
  clear(): void;
}

const HEADER_HEIGHT = 24;
const ROW_HEADER_WIDTH = 46;

const modeOf = (event: MouseEvent | KeyboardEvent): Mode => (event.shiftKey ? 'extend' : event.ctrlKey || event.metaKey ? 'add' : 'replace');

export class Grid {
  readonly content: HTMLElement;
  private table: HTMLTableElement | null = null;
  private view: SheetView | null = null;
  private cells = new Map<string, CellView>();
  private elements: HTMLTableCellElement[][] = [];
  private painted: HTMLElement[] = [];
  private dragging = false;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly selection: Selection,
    private readonly events: GridEvents,
  ) {
    this.content = document.createElement('div');
    this.content.className = 'grid-content';
    scroller.replaceChildren(this.content);
    document.addEventListener('mouseup', () => {
      if (!this.dragging) return;
      this.dragging = false;
      this.events.selected();
    });
  }

  get sheet(): SheetView | null {
    return this.view;
  }

  cellView(cell: Cell): CellView | undefined {
    return this.cells.get(`${cell.row}:${cell.col}`);
  }

  cellElement(cell: Cell): HTMLTableCellElement | undefined {
    return this.elements[cell.row - 1]?.[cell.col - 1];
  }

  focus(): void {
    this.table?.focus({ preventScroll: true });
  }

  /** Draws a sheet; the scroll position is kept when it is the same sheet. */
  render(view: SheetView): void {
    const sameSheet = this.view?.name === view.name;
    const { scrollTop, scrollLeft } = this.scroller;
    this.view = view;
    this.cells = new Map(view.cells.map((cell) => [`${cell.row}:${cell.col}`, cell]));
    const table = document.createElement('table');
    table.className = 'grid';
    table.setAttribute('role', 'grid');
    table.setAttribute('aria-label', view.name);
    table.setAttribute('aria-multiselectable', 'true');
    table.setAttribute('aria-rowcount', String(view.rows + 1));
    table.setAttribute('aria-colcount', String(view.columns + 1));
    table.tabIndex = 0;
    // A fixed layout needs the table's width: then every column keeps its own width, whatever its text.
    table.style.width = `${view.widths.reduce((sum, width) => sum + width, ROW_HEADER_WIDTH)}px`;
    table.append(this.columnGroup(view), this.header(view), this.body(view));
    this.table = table;
    this.content.replaceChildren(table, ...view.charts.map((chart) => this.chartFigure(chart)));
    this.freezeRows(view.frozenRows);
    this.listen(table);
    this.paint();
    if (sameSheet) {
      this.scroller.scrollTop = scrollTop;
      this.scroller.scrollLeft = scrollLeft;
    } else {
      this.scroller.scrollTop = 0;
      this.scroller.scrollLeft = 0;
    }
  }

  /** Marks the selected cells (aria-selected) and the active cell (aria-activedescendant). */
  paint(): void {
    for (const element of this.painted) {
      element.setAttribute('aria-selected', 'false');
      element.classList.remove('selected', 'active', 'header-lit');
    }
    this.painted = [];
    if (!this.view || !this.table) return;
    const { rows, columns } = this.view;
    const litRows = new Set<number>();
    const litCols = new Set<number>();
    for (const range of this.selection.ranges) {
      const lastRow = Math.min(rows, range.row + range.numRows - 1);
      const lastCol = Math.min(columns, range.col + range.numCols - 1);
      for (let row = range.row; row <= lastRow; row++) {
        litRows.add(row);
        for (let col = range.col; col <= lastCol; col++) {
          litCols.add(col);
          const element = this.cellElement({ row, col });
          if (!element) continue;
          element.setAttribute('aria-selected', 'true');
          element.classList.add('selected');
          this.painted.push(element);
        }
      }
    }
    for (const row of litRows) this.lightHeader(this.table.querySelector<HTMLElement>(`th[data-row="${row}"]`));
    for (const col of litCols) this.lightHeader(this.table.querySelector<HTMLElement>(`th[data-col="${col}"]`));
    const active = this.cellElement(this.selection.active);
    if (active) {
      active.classList.add('active');
      this.painted.push(active);
      this.table.setAttribute('aria-activedescendant', active.id);
    }
  }

  /** Scrolls so that the cell is in view below the frozen rows (`center`: in the middle, for a jump). */
  reveal(cell: Cell, center = false): void {
    const element = this.cellElement(cell);
    if (!element || !this.view) return;
    const frozen = HEADER_HEIGHT + this.frozenHeight();
    const top = element.offsetTop;
    const { scrollTop, clientHeight, scrollLeft, clientWidth } = this.scroller;
    const outside = top - frozen < scrollTop || top + element.offsetHeight > scrollTop + clientHeight;
    if (center && outside) this.scroller.scrollTop = Math.max(0, top - frozen - (clientHeight - frozen) / 2);
    else if (top - frozen < scrollTop) this.scroller.scrollTop = Math.max(0, top - frozen);
    else if (top + element.offsetHeight > scrollTop + clientHeight) this.scroller.scrollTop = top + element.offsetHeight - clientHeight + 4;
    const left = element.offsetLeft - ROW_HEADER_WIDTH;
    if (left < scrollLeft) this.scroller.scrollLeft = Math.max(0, left);
    else if (element.offsetLeft + element.offsetWidth > scrollLeft + clientWidth)
      this.scroller.scrollLeft = element.offsetLeft + element.offsetWidth - clientWidth + 4;
  }

  private lightHeader(header: HTMLElement | null): void {
    if (!header) return;
    header.classList.add('header-lit');
    this.painted.push(header);
  }

  private frozenHeight(): number {
    let height = 0;
    for (let row = 1; row <= (this.view?.frozenRows ?? 0); row++) height += this.cellElement({ row, col: 1 })?.offsetHeight ?? 0;
    return height;
  }

  private columnGroup(view: SheetView): HTMLElement {
    const group = document.createElement('colgroup');
    const widths = [ROW_HEADER_WIDTH, ...view.widths];
    for (const width of widths) {
      const col = document.createElement('col');
      col.style.width = `${width}px`;
      group.append(col);
    }
    return group;
  }

  private header(view: SheetView): HTMLElement {
    const head = document.createElement('thead');
    const row = document.createElement('tr');
    row.setAttribute('role', 'row');
    row.setAttribute('aria-rowindex', '1');
    const corner = document.createElement('th');
    corner.className = 'corner';
    corner.setAttribute('role', 'columnheader');
    row.append(corner);
    for (let col = 1; col <= view.columns; col++) {
      const th = document.createElement('th');
      th.setAttribute('role', 'columnheader');
      th.setAttribute('aria-colindex', String(col + 1));
      th.dataset.col = String(col);
      th.textContent = columnToLetters(col);
      row.append(th);
    }
    head.append(row);
    return head;
  }

  private body(view: SheetView): HTMLElement {
    const body = document.createElement('tbody');
    this.elements = [];
    for (let r = 1; r <= view.rows; r++) {
      const row = document.createElement('tr');
      row.setAttribute('role', 'row');
      row.setAttribute('aria-rowindex', String(r + 1));
      if (r <= view.frozenRows) row.className = r === view.frozenRows ? 'frozen frozen-last' : 'frozen';
      const number = document.createElement('th');
      number.setAttribute('role', 'rowheader');
      number.dataset.row = String(r);
      number.textContent = String(r);
      row.append(number);
      const line: HTMLTableCellElement[] = [];
      for (let c = 1; c <= view.columns; c++) {
        const td = this.cell(r, c, this.cells.get(`${r}:${c}`));
        line.push(td);
        row.append(td);
      }
      this.elements.push(line);
      body.append(row);
    }
    return body;
  }

  private cell(row: number, col: number, view: CellView | undefined): HTMLTableCellElement {
    const td = document.createElement('td');
    const a1 = cellA1(row, col);
    td.id = `cell-${a1}`;
    td.setAttribute('role', 'gridcell');
    td.setAttribute('aria-selected', 'false');
    td.setAttribute('aria-colindex', String(col + 1));
    td.dataset.cell = a1;
    if (!view) return td;
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = view.text;
    td.append(text);
    const classes = [
      view.kind ? `kind-${view.kind}` : '',
      view.invalid ? 'invalid' : '',
      view.bold ? 'bold' : '',
      view.wrap ? 'wrap' : '',
      view.dropdown !== undefined ? 'has-dropdown' : '',
    ];
    td.className = classes.filter(Boolean).join(' ');
    if (view.fill) td.style.background = view.fill;
    const note = view.note ?? (view.invalid ? t('invalid') : undefined);
    if (note) td.title = note;
    if (view.dropdown !== undefined && view.text !== '') {
      const chip = document.createElement('span');
      chip.className = 'chip';
      chip.setAttribute('aria-hidden', 'true');
      chip.textContent = '▾';
      td.append(chip);
    }
    return td;
  }

  /** Frozen rows stick below the column letters, each at the height of the rows above it. */
  private freezeRows(frozen: number): void {
    let top = HEADER_HEIGHT;
    for (let row = 1; row <= frozen; row++) {
      const line = this.elements[row - 1];
      if (!line) break;
      const header = this.table?.querySelector<HTMLElement>(`th[data-row="${row}"]`);
      for (const element of [header, ...line]) if (element) element.style.top = `${top}px`;
      top += line[0]?.offsetHeight || 21;
    }
  }

  private chartFigure(chart: SheetView['charts'][number]): HTMLElement {
    const figure = document.createElement('figure');
    figure.className = 'chart';
    figure.append(drawChart(chart, t('noData')));
    // Placed once the table is laid out: at the anchor cell's corner plus the offset.
    requestAnimationFrame(() => {
      const anchor = this.cellElement({ row: chart.anchor.row, col: chart.anchor.col });
      figure.style.left = `${(anchor?.offsetLeft ?? ROW_HEADER_WIDTH) + chart.anchor.offsetX}px`;
      figure.style.top = `${(anchor?.offsetTop ?? HEADER_HEIGHT) + chart.anchor.offsetY}px`;
    });
    return figure;
  }

  private locate(target: EventTarget | null): { cell?: Cell; row?: number; col?: number; chip?: boolean } {
    const element = target instanceof Element ? target : null;
    const td = element?.closest<HTMLElement>('td[data-cell]');
    if (td) {
      const row = (td.parentElement as HTMLTableRowElement).rowIndex;
      const col = (td as HTMLTableCellElement).cellIndex;
      return { cell: { row, col }, chip: !!element?.closest('.chip') };
    }
    const th = element?.closest<HTMLElement>('th');
    if (th?.dataset.row) return { row: Number(th.dataset.row) };
    if (th?.dataset.col) return { col: Number(th.dataset.col) };
    return {};
  }

  private listen(table: HTMLTableElement): void {
    table.addEventListener('mousedown', (event) => {
      if (event.button !== 0) return;
      const hit = this.locate(event.target);
      if (!hit.cell && !hit.row && !hit.col) return;
      event.preventDefault();
      this.focus();
      if (hit.cell) {
        this.selection.pick(hit.cell, modeOf(event));
        this.dragging = !hit.chip;
      } else if (hit.row) this.selection.pickRows(hit.row, modeOf(event));
      else if (hit.col) this.selection.pickColumns(hit.col, modeOf(event));
      this.paint();
      if (hit.chip && hit.cell) this.events.dropdown(hit.cell);
      if (!this.dragging) this.events.selected();
    });
    table.addEventListener('mouseover', (event) => {
      if (!this.dragging || !(event.buttons & 1)) return;
      const hit = this.locate(event.target);
      if (!hit.cell) return;
      this.selection.pick(hit.cell, 'extend');
      this.paint();
    });
    table.addEventListener('dblclick', (event) => {
      const hit = this.locate(event.target);
      if (hit.cell) this.events.edit(hit.cell, null);
    });
    table.addEventListener('keydown', (event) => this.onKey(event));
  }

  private onKey(event: KeyboardEvent): void {
    const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const step = arrows[event.key];
    if (event.key === 'ArrowDown' && event.altKey) {
      event.preventDefault();
      return this.events.dropdown(this.selection.active);
    }
    if (step) {
      event.preventDefault();
      this.selection.move(step[0], step[1], event.shiftKey);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      this.selection.move(0, event.shiftKey ? -1 : 1, false);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      return this.events.edit(this.selection.active, null);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      return this.events.clear();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      return this.events.edit(this.selection.active, event.key);
    } else {
      return;
    }
    this.paint();
    this.reveal(this.selection.active);
    this.events.selected();
  }
}
