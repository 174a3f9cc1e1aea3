// The sheet grid: an ARIA grid of the cells' text with column letters, row numbers, a frozen header, the selection.
import { cellA1, columnToLetters, parseA1, resolveA1 } from '../sheets/a1';
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
  /** Ctrl+C: the selection's cells as the clipboard should hold them. */
  copy(): string;
  /** Ctrl+V: the clipboard's text, or null when the browser gave none (the grid's own copy is pasted then). */
  paste(text: string | null): void;
  /** Ctrl+Z. */
  undo(): void;
  /** Ctrl+F. */
  find(): void;
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
  /** Text typed into cells whose edit the server has not answered yet: shown instead of the cell's last view. */
  private readonly typed = new Map<string, string>();
  /** Ctrl+V pressed: the browser's paste event brings the clipboard, else the grid's own copy is pasted. */
  private pasteWaiting = false;

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
    document.addEventListener('copy', (event) => {
      if (!this.hasFocus() || !event.clipboardData) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', this.events.copy());
    });
    document.addEventListener('paste', (event) => {
      if (!this.hasFocus()) return;
      event.preventDefault();
      this.pasteWaiting = false;
      this.events.paste(event.clipboardData?.getData('text/plain') ?? null);
    });
  }

  private hasFocus(): boolean {
    return !!this.table && document.activeElement === this.table;
  }

  /** The id of the view drawn (the server sends what changed since it). */
  get viewId(): string | undefined {
    return this.view?.id;
  }

  /** Shows typed text in a cell at once, until `settle`: the server's answer comes a moment later. */
  showTyped(cell: Cell, text: string): void {
    this.typed.set(`${cell.row}:${cell.col}`, text);
    this.redraw(cell.row, cell.col);
  }

  /** The cell shows what the server last sent for it again. */
  settle(cell: Cell): void {
    if (this.typed.delete(`${cell.row}:${cell.col}`)) this.redraw(cell.row, cell.col);
  }

  /**
   * Applies a view holding only the cells that changed since the one drawn; false when it does not follow the view
   * drawn (then `render` draws it whole). The table stays, and so do the focus and the scroll position.
   */
  update(view: SheetView): boolean {
    const drawn = this.view;
    if (!view.partial || !drawn || view.partial.base !== drawn.id || view.name !== drawn.name) return false;
    this.view = { ...drawn, id: view.id, dropdowns: view.dropdowns };
    for (const a1 of view.partial.cleared) {
      const { row, col } = resolveA1(parseA1(a1), drawn.rows, drawn.columns);
      this.cells.delete(`${row}:${col}`);
      this.redraw(row, col);
    }
    for (const cell of view.cells) {
      this.cells.set(`${cell.row}:${cell.col}`, cell);
      this.redraw(cell.row, cell.col);
    }
    this.paint();
    return true;
  }

  private redraw(row: number, col: number): void {
    const line = this.elements[row - 1];
    const old = line?.[col - 1];
    if (!line || !old) return;
    const td = this.cell(row, col, this.cells.get(`${row}:${col}`));
    td.style.top = old.style.top;
    old.replaceWith(td);
    line[col - 1] = td;
    if (old.classList.contains('active')) this.table?.setAttribute('aria-activedescendant', td.id);
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
    // The grid keeps the keyboard across a redraw: the next keystroke goes to the new table, not to the page.
    const active = document.activeElement;
    const hadFocus = !this.table || active === this.table || active === document.body || active === null;
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
    if (hadFocus) this.focus();
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
    const typed = this.typed.get(`${row}:${col}`);
    if (typed !== undefined) return this.typedCell(td, typed, view);
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

  private typedCell(td: HTMLTableCellElement, typed: string, view: CellView | undefined): HTMLTableCellElement {
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = typed;
    td.append(text);
    td.classList.add('pending');
    if (view?.bold) td.classList.add('bold');
    if (view?.fill) td.style.background = view.fill;
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
    if ((event.ctrlKey || event.metaKey) && !event.altKey && this.onShortcut(event)) return;
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

  /** Ctrl (⌘) shortcuts: copy, paste, undo, find. True when handled. */
  private onShortcut(event: KeyboardEvent): boolean {
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.events.undo();
    } else if (key === 'f') {
      event.preventDefault();
      this.events.find();
    } else if (key === 'c') {
      // The browser's copy event follows and fills the clipboard; the grid remembers the block either way.
      this.events.copy();
    } else if (key === 'v') {
      // The browser's paste event brings the clipboard's text; a browser that fires none pastes the grid's own copy.
      this.pasteWaiting = true;
      setTimeout(() => {
        if (!this.pasteWaiting) return;
        this.pasteWaiting = false;
        this.events.paste(null);
      }, 0);
    } else {
      return false;
    }
    return true;
  }
}
