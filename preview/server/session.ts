// One preview: the workbook, its formula engine, and one person using the add-on (their services and their bundle).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StageSetup } from '../../src/core/types';
import { createDemo } from '../demo';
import { cellA1 } from '../sheets/a1';
import { createServices } from '../sheets/services';
import type { PreviewServices } from '../sheets/services';
import type { Workbook } from '../sheets/workbook';
import type { Addon } from './addon';
import { loadAddon, readBundle } from './addon';
import type { FormulaEngine } from './formula-engine';
import { attachFormulaEngine } from './formulas';
import { sheetView } from './sheet-view';
import { withSidebarShim } from './sidebar-shim';
import type { MenuResult, SheetView, WorkbookView } from './views';
import type { EditedRanges } from './user-edits';
import { UserEdits } from './user-edits';
import { findNext } from './find';
import { ViewChanges } from './view-changes';
import { openWorkbookFile, spreadsheetLocale } from './workbook-file';
import type { ImportNote } from './import-notes';
import { describeNote } from './import-notes';

export interface SessionOptions {
  /** The repository root (where dist/ is). */
  root: string;
  /** A CSV or XLSX file to open instead of the demo workbook. */
  file?: string;
  /** The user's language: "en" (default) or "vi". */
  locale?: string;
  /** "Today" for the demo data. */
  now?: Date;
}

export const PREVIEW_USER = 'you@example.com';

export class PreviewSession {
  version = 0;
  /** What opening the file could not read (and the locale it was read in). */
  importNotes: ImportNote[] = [];
  private selectionVersion = 0;
  private sidebarVersion = 0;
  private readonly waiters = new Set<() => void>();
  private readonly unsubscribe: () => void;
  /** The person's edits in the grid: each fires the bundle's onEdit, and Ctrl+Z undoes them. */
  private readonly edits: UserEdits;
  private readonly views = new ViewChanges();

  private constructor(
    readonly title: string,
    readonly locale: string,
    readonly workbook: Workbook,
    readonly engine: FormulaEngine,
    readonly services: PreviewServices,
    readonly addon: Addon,
  ) {
    this.unsubscribe = workbook.subscribe(() => this.changed());
    this.edits = new UserEdits(services, (event) => this.fireOnEdit(event));
  }

  static async open(options: SessionOptions): Promise<PreviewSession> {
    const code = readBundle(join(options.root, 'dist/Code.js'));
    const sidebar = readFileSync(join(options.root, 'dist/Sidebar.html'), 'utf8');
    const opened = options.file ? await openWorkbookFile(options.file, { locale: spreadsheetLocale(options.locale) }) : null;
    // The user's language: as asked, else the language of the file (a Vietnamese CSV opens in Vietnamese).
    const language = options.locale ?? opened?.workbook.locale ?? 'en';
    const locale = language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
    const demo = options.file ? null : createDemo({ now: options.now, locale });
    const workbook = demo?.workbook ?? (opened as { workbook: Workbook }).workbook;
    const engine = attachFormulaEngine(workbook, code);
    const services = createServices(workbook, { user: PREVIEW_USER, locale, htmlFiles: { Sidebar: sidebar } });
    const addon = loadAddon(code, services);
    const title = demo ? `Saigon Auto — ${demo.sheet}` : ((options.file as string).split(/[\\/]/).pop() ?? 'Workbook');
    const session = new PreviewSession(title, locale, workbook, engine, services, addon);
    session.importNotes = opened?.notes ?? [];

    if (demo) {
      // Pipeline Setup is saved through the add-on itself, which also puts the dropdowns and highlight on Leads.
      demo.addSetupAndHistory((stages: StageSetup[]) => addon.run('saveSetup', [{ stages, renames: [], renameProspects: false }]));
      services.select(demo.sheet, [`A${demo.startRow}`]);
    } else {
      const first = workbook.sheet((opened as { firstSheet: string }).firstSheet);
      services.select(first.name, [first.lastRow() >= 2 ? 'A2' : 'A1']);
    }
    addon.run('onOpen', [{ authMode: 'FULL' }]);
    addon.run('showSidebar');
    session.forgetCalls();
    return session;
  }

  /** The workbook as the page needs it to draw its frame. */
  workbookView(): WorkbookView {
    const { ui } = this.services;
    return {
      title: this.title,
      locale: this.locale,
      sheets: this.workbook.sheets.map((s) => s.name),
      version: this.version,
      selection: { ...this.selection(), version: this.selectionVersion },
      sidebar: { open: ui.sidebar !== null, title: ui.sidebar?.title || 'Stagecoach', version: this.sidebarVersion },
      importNotes: this.importNotes.map((note) => describeNote(note, this.locale)),
      menu: (ui.addonMenu ?? []).map((item) =>
        'separator' in item ? { separator: true as const } : { caption: item.caption, functionName: item.functionName },
      ),
    };
  }

  /** A sheet as the page draws it; with `since` (a view the page holds), only the cells that changed after it. */
  sheetView(name: string, since?: string): SheetView {
    const sheet = this.workbook.findSheet(name);
    if (!sheet) throw new Error(`There is no sheet named "${name}".`);
    return this.views.answer(sheetView(sheet, this.workbook, this.engine), since);
  }

  /** The page the add-on showed in its sidebar, answering google.script.run through /api/run; null when closed. */
  sidebarPage(): string | null {
    const sidebar = this.services.ui.sidebar;
    return sidebar ? withSidebarShim(sidebar.content) : null;
  }

  closeSidebar(): void {
    this.services.ui.sidebar = null;
    this.sidebarVersion++;
    this.changed();
  }

  /** The person selects cells in the grid (the sidebar's selection poll then sees them). */
  select(sheet: string, ranges: string[]): void {
    this.services.select(sheet, ranges);
    this.forgetCalls();
  }

  /** The person types `text` into a cell (or picks it from the dropdown); strict validation refuses with Sheets' message (thrown). */
  edit(sheet: string, a1: string, text: string): EditedRanges {
    return this.edits.type(sheet, a1, text);
  }

  /** The person pastes a block of text (rows of cells) with its top-left corner at `a1`. */
  paste(sheet: string, a1: string, texts: string[][]): EditedRanges {
    return this.edits.paste(sheet, a1, texts);
  }

  /** Delete / Backspace on the selected ranges. */
  clear(sheet: string, a1s: string[]): EditedRanges {
    return this.edits.clear(sheet, a1s);
  }

  /** Ctrl+Z: the person's last edit undone; the ranges it restored (null: nothing to undo). */
  undo(): EditedRanges | null {
    return this.edits.undo();
  }

  /** Ctrl+F: the next cell after `after` whose text holds `query`; `a1` null when none does. */
  find(sheetName: string, query: string, after?: string): { a1: string | null } {
    const sheet = this.workbook.sheet(sheetName);
    const from = after ? sheet.rect(after) : undefined;
    const found = findNext(sheet, query, from && { row: from.row, col: from.col });
    return { a1: found ? cellA1(found.row, found.col) : null };
  }

  /** google.script.run: one of the bundle's declared functions, with JSON arguments; its JSON result. */
  runFromSidebar(name: string, args: unknown[]): unknown {
    return this.track(() => this.addon.run(name, args));
  }

  /** An add-on menu item: only the functions the menu lists. */
  runMenuItem(functionName: string): MenuResult {
    const listed = (this.services.ui.addonMenu ?? []).some((item) => 'functionName' in item && item.functionName === functionName);
    if (!listed) return { alerts: [], toasts: [], error: `Script function not found: ${functionName}` };
    const { ui } = this.services;
    const alerts = ui.alerts.length;
    const toasts = ui.toasts.length;
    const result: MenuResult = { alerts: [], toasts: [] };
    try {
      this.track(() => this.addon.run(functionName));
    } catch (error) {
      result.error = error instanceof Error ? error.message : String(error);
    }
    result.alerts = ui.alerts.slice(alerts);
    result.toasts = ui.toasts.slice(toasts).map(({ title, message }) => ({ title, message }));
    return result;
  }

  /** Resolves once the version passes `after`, or after `timeoutMs` (long polling). */
  waitForChange(after: number, timeoutMs: number): Promise<number> {
    if (this.version > after) return Promise.resolve(this.version);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve(this.version);
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  close(): void {
    for (const done of [...this.waiters]) done();
    this.unsubscribe();
    this.engine.close();
  }

  /** onEdit as Sheets runs a simple trigger: after the person's edit; a failure is not the person's (it is only logged). */
  private fireOnEdit(event: unknown): void {
    if (!this.addon.has('onEdit')) return;
    try {
      this.track(() => this.addon.run('onEdit', [event]));
    } catch (error) {
      console.warn(`onEdit failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Runs an add-on call, noticing when it moved the selection or opened the sidebar. */
  private track<T>(call: () => T): T {
    const selection = JSON.stringify(this.selection());
    const sidebar = this.services.ui.sidebar;
    try {
      return call();
    } finally {
      if (JSON.stringify(this.selection()) !== selection) {
        this.selectionVersion++;
        this.changed();
      }
      if (this.services.ui.sidebar !== sidebar) {
        this.sidebarVersion++;
        this.changed();
      }
      this.forgetCalls();
    }
  }

  private selection(): { sheet: string; ranges: string[] } {
    const spreadsheet = this.services.SpreadsheetApp.getActiveSpreadsheet();
    const ranges =
      spreadsheet
        .getActiveRangeList()
        ?.getRanges()
        .map((r) => r.getA1Notation()) ?? [];
    return { sheet: this.services.activeSheetName(), ranges };
  }

  /** The services' call log and counters grow with every call: the preview keeps none of it. */
  private forgetCalls(): void {
    this.services.log.length = 0;
    this.services.counters.reset();
  }

  private changed(): void {
    this.version++;
    for (const done of [...this.waiters]) done();
  }
}
