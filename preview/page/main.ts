// Boots the preview page: the sheet grid and its tabs, the Extensions menu, the sidebar; follows the server's changes.
import { cellA1 } from '../sheets/a1';
import type { Edited } from './api';
import { api } from './api';
import { fromTsv, toTsv } from './clipboard';
import type { Then } from './editor';
import { CellEditor } from './editor';
import { FindBar } from './find-bar';
import { Grid } from './grid';
import { setPageLocale, t } from './i18n';
import { ExtensionsMenu } from './menu';
import { hideProblemNow, showAlert, showNotes, showProblem, showToast } from './messages';
import type { Cell } from './selection';
import { Selection } from './selection';
import { SidebarPanel } from './sidebar';
import { SheetTabs } from './tabs';

const ADDON = 'Stagecoach';
const SELECT_DELAY_MS = 60;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function boot(): Promise<void> {
  let workbook = await api.workbook();
  setPageLocale(workbook.locale);
  document.documentElement.lang = workbook.locale;
  document.title = `${workbook.title} — ${ADDON} preview`;
  byId('doc-title').textContent = workbook.title;
  byId('name-box').setAttribute('aria-label', t('nameBox'));
  byId('formula-text').setAttribute('aria-label', t('formula'));

  let current = '';
  let known = workbook.version;
  let selectionVersion = workbook.selection.version;
  const remembered = new Map<string, string[]>();
  const selection = new Selection(() => ({ rows: grid.sheet?.rows ?? 1000, columns: grid.sheet?.columns ?? 26 }));
  let selectTimer: ReturnType<typeof setTimeout> | undefined;
  let renderWaiting = false;

  const formulaBar = () => {
    byId('name-box').textContent = selection.label();
    byId('formula-text').textContent = grid.cellView(selection.active)?.input ?? '';
  };

  /** Tells the server (so the sidebar's selection poll sees it) a moment after the selection settles. */
  const sendSelection = () => {
    clearTimeout(selectTimer);
    const sheet = current;
    const ranges = selection.a1s();
    remembered.set(sheet, ranges);
    selectTimer = setTimeout(() => void api.select(sheet, ranges).catch((error: Error) => showProblem(error.message)), SELECT_DELAY_MS);
  };

  const moveOn = (then: Then) => {
    if (then === 'stay') return;
    selection.move(then === 'down' ? 1 : 0, then === 'right' ? 1 : 0, false);
    grid.paint();
    grid.reveal(selection.active);
    formulaBar();
    sendSelection();
  };

  /** The person's edits go to the server one after another, in the order made; the page marks itself busy meanwhile. */
  let edits: Promise<unknown> = Promise.resolve();
  let editsWaiting = 0;
  /** Counts answered edits: a typed cell shows its text until a view asked for after its answer is drawn. */
  let answered = 0;
  const typedCells = new Map<string, { cell: Cell; sheet: string; answer: number }>();
  const busy = () => {
    if (editsWaiting > 0 || refreshesWaiting > 0) document.body.dataset.busy = 'true';
    else delete document.body.dataset.busy;
  };
  function queue<T>(send: () => Promise<T>): Promise<T | undefined> {
    editsWaiting++;
    busy();
    const done = edits.then(send).then(
      (value) => value,
      (error: Error) => {
        showProblem(error.message);
        return undefined;
      },
    );
    edits = done.finally(() => {
      editsWaiting--;
      busy();
      void refresh();
    });
    return done;
  }

  const editor = new CellEditor({
    get content() {
      return grid.content;
    },
    cellElement: (cell) => grid.cellElement(cell),
    contentOf(cell) {
      const view = grid.cellView(cell);
      const dropdown = view?.dropdown === undefined ? undefined : grid.sheet?.dropdowns[view.dropdown];
      return { input: view?.input ?? '', options: dropdown ? dropdown.options : null };
    },
    commit(cell, text, then) {
      if (then !== 'stay') grid.focus();
      commitEdit(cell, text, then);
    },
    cancel() {
      grid.focus();
      if (renderWaiting) void refresh();
    },
  });

  /** Enter moves on at once, as in Sheets: the next keystroke already goes to the next cell while this one is sent. */
  function commitEdit(cell: Cell, text: string, then: Then): void {
    const unchanged = text === (grid.cellView(cell)?.input ?? '') && !typedCells.has(`${cell.row}:${cell.col}`);
    moveOn(then);
    if (unchanged) {
      if (renderWaiting) void refresh();
      return;
    }
    const sheet = current;
    const key = `${cell.row}:${cell.col}`;
    grid.showTyped(cell, text);
    typedCells.set(key, { cell, sheet, answer: Infinity });
    void queue(async () => {
      try {
        await api.edit(sheet, cellA1(cell.row, cell.col), text);
        hideProblemNow();
      } catch (error) {
        // Refused (a value the dropdown does not allow): the cell shows what it held again, with the message.
        typedCells.delete(key);
        if (current === sheet) grid.settle(cell);
        throw error;
      } finally {
        const typed = typedCells.get(key);
        if (typed) typed.answer = ++answered;
      }
    });
  }

  /** Typed cells whose answer came before the view just drawn was asked for show that view again. */
  function settleTyped(askedAfter: number): void {
    for (const [key, typed] of typedCells) {
      if (typed.answer > askedAfter) continue;
      typedCells.delete(key);
      if (typed.sheet === current) grid.settle(typed.cell);
    }
  }

  /** After a paste or an undo, the grid selects what changed, as Sheets does. */
  function selectEdited(edited: Partial<Edited> | undefined): void {
    if (!edited?.sheet || !edited.ranges?.length) return;
    if (edited.sheet !== current) {
      void showSheet(edited.sheet, edited.ranges).then(sendSelection);
      return;
    }
    selection.adopt(edited.ranges);
    grid.paint();
    grid.reveal(selection.active);
    formulaBar();
    sendSelection();
  }

  /** What Ctrl+C copied: the cells as typed (pasted back within the grid) and as shown (the clipboard's text). */
  let copied: { shown: string; inputs: string[][] } | null = null;

  function copyBlock(): string {
    const range = selection.ranges[selection.ranges.length - 1] ?? { row: 1, col: 1, numRows: 1, numCols: 1 };
    const inputs: string[][] = [];
    const shown: string[][] = [];
    for (let row = range.row; row < range.row + range.numRows; row++) {
      const input: string[] = [];
      const text: string[] = [];
      for (let col = range.col; col < range.col + range.numCols; col++) {
        const view = grid.cellView({ row, col });
        input.push(view?.input ?? '');
        text.push(view?.text ?? '');
      }
      inputs.push(input);
      shown.push(text);
    }
    copied = { shown: toTsv(shown), inputs };
    return copied.shown;
  }

  function pasteBlock(text: string | null): void {
    const inputs = text === null || (copied && text === copied.shown) ? copied?.inputs : fromTsv(text);
    if (!inputs?.length) return;
    const range = selection.ranges[selection.ranges.length - 1] ?? { row: 1, col: 1, numRows: 1, numCols: 1 };
    // One value pasted over a larger selection fills it, as in Sheets.
    const single = inputs.length === 1 && inputs[0]?.length === 1;
    const block = single ? Array.from({ length: range.numRows }, () => Array.from({ length: range.numCols }, () => inputs[0]?.[0] ?? '')) : inputs;
    const sheet = current;
    void queue(() => api.paste(sheet, cellA1(range.row, range.col), block)).then(selectEdited);
  }

  const grid: Grid = new Grid(byId('grid-scroller'), selection, {
    selected() {
      hideProblemNow();
      formulaBar();
      sendSelection();
    },
    edit: (cell, typed) => editor.open(cell, typed),
    dropdown(cell) {
      if (grid.cellView(cell)?.dropdown !== undefined) editor.open(cell, null, true);
    },
    clear() {
      const sheet = current;
      void queue(() => api.clear(sheet, selection.a1s()));
    },
    copy: copyBlock,
    paste: pasteBlock,
    undo() {
      void queue(async () => {
        const undone = await api.undo();
        if (!undone.sheet) showToast(ADDON, t('nothingToUndo'));
        return undone;
      }).then(selectEdited);
    },
    find: () => findBar.open(),
  });

  const findBar = new FindBar(
    byId('grid-scroller').parentElement as HTMLElement,
    async (query) => {
      const { a1 } = await api.find(current, query, cellA1(selection.active.row, selection.active.col));
      if (!a1) return t('noMatch', { query });
      const rows = grid.sheet?.rows ?? 0;
      selection.adopt([a1]);
      if (selection.active.row > rows) return t('foundBelow', { cell: a1, rows: String(rows) });
      grid.paint();
      grid.reveal(selection.active, true);
      formulaBar();
      sendSelection();
      return '';
    },
    () => grid.focus(),
  );

  const tabs = new SheetTabs(byId('sheet-tabs'), (name) => {
    if (name === current) return;
    void showSheet(name, remembered.get(name) ?? ['A1']).then(() => {
      sendSelection();
      grid.focus();
    });
  });
  const menu = new ExtensionsMenu(byId('menubar'), (functionName) => void runMenu(functionName));
  const sidebar = new SidebarPanel();

  async function runMenu(functionName: string): Promise<void> {
    const result = await api.menu(functionName).catch((error: Error) => ({ alerts: [], toasts: [], error: error.message }));
    for (const toast of result.toasts) showToast(toast.title || ADDON, toast.message);
    if (result.error) showToast(ADDON, result.error);
    await refresh();
    for (const alert of result.alerts) await showAlert(ADDON, alert);
  }

  /** Draws a sheet: only what changed when the page holds an earlier view of it, else the whole sheet. */
  async function showSheet(name: string, ranges: string[] | null, reveal = true): Promise<void> {
    const view = await api.sheet(name, name === current ? grid.viewId : undefined);
    if (current && current !== name) remembered.set(current, selection.a1s());
    if (name === current && grid.update(view)) {
      if (ranges) selection.adopt(ranges);
    } else if (editor.isOpen) {
      // A whole redraw would take the cell being typed away: it waits for the editor to close.
      renderWaiting = true;
      return;
    } else {
      current = name;
      grid.render(view);
      selection.adopt(ranges ?? selection.a1s());
    }
    grid.paint();
    if (reveal) grid.reveal(selection.active, true);
    tabs.show(workbook.sheets, current);
    formulaBar();
  }

  /** Draws what changed on the server: sheets, the sidebar, the grid, and a selection the add-on made. */
  let refreshing: Promise<void> = Promise.resolve();
  let refreshesWaiting = 0;
  let shownMenu = '';
  function refresh(): Promise<void> {
    refreshesWaiting++;
    busy();
    refreshing = refreshing
      .then(async () => {
        const askedAfter = answered;
        workbook = await api.workbook();
        known = Math.max(known, workbook.version);
        const items = JSON.stringify(workbook.menu);
        if (items !== shownMenu) menu.show(workbook.menu, ADDON);
        shownMenu = items;
        sidebar.show(workbook.sidebar);
        const moved = workbook.selection.version !== selectionVersion;
        // While a cell is being typed, only a redraw of changed cells may happen (it keeps the editor where it is).
        if (editor.isOpen && (moved || !workbook.sheets.includes(current))) {
          renderWaiting = true;
          return;
        }
        renderWaiting = false;
        selectionVersion = workbook.selection.version;
        if (moved) await showSheet(workbook.selection.sheet, workbook.selection.ranges);
        else {
          const keep = workbook.sheets.includes(current) ? current : (workbook.sheets[0] as string);
          await showSheet(keep, keep === current ? null : ['A1'], keep !== current);
        }
        settleTyped(askedAfter);
      })
      .catch((error: Error) => showProblem(error.message))
      .finally(() => {
        refreshesWaiting--;
        busy();
      });
    return refreshing;
  }

  async function follow(): Promise<void> {
    for (;;) {
      try {
        const { version } = await api.changes(known);
        if (version !== known) {
          known = version;
          await refresh();
        }
      } catch {
        showProblem(t('offline'));
        await new Promise((done) => setTimeout(done, 3000));
      }
    }
  }

  document.addEventListener('mousedown', () => hideProblemNow());
  menu.show(workbook.menu, ADDON);
  shownMenu = JSON.stringify(workbook.menu);
  sidebar.show(workbook.sidebar);
  await showSheet(workbook.selection.sheet, workbook.selection.ranges);
  grid.focus();
  if (workbook.importNotes.length) showNotes(t('importNotes'), workbook.importNotes, t('close'));
  void follow();
}

declare global {
  interface Window {
    /** Set once the page has drawn the workbook (the browser tests wait for it). */
    previewReady?: boolean;
  }
}

void boot().then(() => {
  window.previewReady = true;
  document.body.dataset.ready = 'true';
});
