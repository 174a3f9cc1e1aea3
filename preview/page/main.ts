// Boots the preview page: the sheet grid and its tabs, the Extensions menu, the sidebar; follows the server's changes.
import { cellA1 } from '../sheets/a1';
import { api } from './api';
import { CellEditor } from './editor';
import { Grid } from './grid';
import { setPageLocale, t } from './i18n';
import { ExtensionsMenu } from './menu';
import { hideProblemNow, showAlert, showProblem, showToast } from './messages';
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

  const moveOn = (then: 'down' | 'right') => {
    selection.move(then === 'down' ? 1 : 0, then === 'right' ? 1 : 0, false);
    grid.paint();
    grid.reveal(selection.active);
    formulaBar();
    sendSelection();
  };

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
      grid.focus();
      void commitEdit(cell, text, then);
    },
    cancel() {
      grid.focus();
      if (renderWaiting) void refresh();
    },
  });

  async function commitEdit(cell: Cell, text: string, then: 'down' | 'right'): Promise<void> {
    if (text === (grid.cellView(cell)?.input ?? '')) return moveOn(then);
    try {
      await api.edit(current, cellA1(cell.row, cell.col), text);
      hideProblemNow();
      moveOn(then);
    } catch (error) {
      showProblem((error as Error).message);
    }
    await refresh();
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
      const cells = selection.ranges.flatMap((range) => {
        const found = [];
        for (let row = range.row; row < range.row + range.numRows && found.length < 500; row++) {
          for (let col = range.col; col < range.col + range.numCols; col++) if (grid.cellView({ row, col })?.input) found.push(cellA1(row, col));
        }
        return found;
      });
      void (async () => {
        for (const a1 of cells) await api.edit(current, a1, '').catch((error: Error) => showProblem(error.message));
        await refresh();
      })();
    },
  });

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

  async function showSheet(name: string, ranges: string[], reveal = true): Promise<void> {
    const view = await api.sheet(name);
    if (current && current !== name) remembered.set(current, selection.a1s());
    current = name;
    grid.render(view);
    selection.adopt(ranges);
    grid.paint();
    if (reveal) grid.reveal(selection.active, true);
    tabs.show(workbook.sheets, current);
    formulaBar();
  }

  /** Draws what changed on the server: sheets, the sidebar, the grid, and a selection the add-on made. */
  let refreshing: Promise<void> = Promise.resolve();
  function refresh(): Promise<void> {
    refreshing = refreshing
      .then(async () => {
        workbook = await api.workbook();
        known = Math.max(known, workbook.version);
        menu.show(workbook.menu, ADDON);
        sidebar.show(workbook.sidebar);
        if (editor.isOpen) {
          renderWaiting = true;
          return;
        }
        renderWaiting = false;
        const moved = workbook.selection.version !== selectionVersion;
        selectionVersion = workbook.selection.version;
        if (moved) return showSheet(workbook.selection.sheet, workbook.selection.ranges);
        const keep = workbook.sheets.includes(current) ? current : (workbook.sheets[0] as string);
        return showSheet(keep, keep === current ? selection.a1s() : ['A1'], keep !== current);
      })
      .catch((error: Error) => showProblem(error.message));
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
  sidebar.show(workbook.sidebar);
  await showSheet(workbook.selection.sheet, workbook.selection.ranges);
  grid.focus();
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
