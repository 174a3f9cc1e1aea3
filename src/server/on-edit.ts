// onEdit: a stage or status changed in the sheet itself (typed, picked, pasted, undone) is logged in Stage History.
import { detectColumns, type ColumnMap } from '../core/columns';
import type { HistoryRecord } from '../core/history';
import { historyKey } from '../core/history';
import type { LatestEntry } from '../core/history-log';
import type { DayClock } from '../core/calendar';
import { followUpDaysOf } from '../core/follow-up';
import { isBlank, nameKey } from '../core/names';
import { cellOf, identityOf, textOfCell } from '../core/prospect-row';
import { NO_STATUS, OUTCOME_OPEN, statusCode } from '../core/prospects';
import { keepEditProblem } from '../sheets/edit-problem';
import type { RangeLike, Services } from '../sheets/gas';
import { appendHistory } from '../sheets/history-sheet';
import { withDocumentLock, activeUserEmail } from '../sheets/lock';
import { userLocale } from '../sheets/locale';
import { writeColumnCells } from '../sheets/column-writes';
import { FIRST_PROSPECT_ROW, readRows } from '../sheets/prospect-rows';
import type { ProspectsTable } from '../sheets/prospects-sheet';
import { readLatestEntries } from '../sheets/history-sheet';
import { Settings } from '../sheets/settings';
import { spreadsheetClock } from '../sheets/spreadsheet-settings';

/** The event Sheets passes to onEdit (old and new values only for a single cell). */
export interface EditEvent {
  range?: RangeLike;
  value?: unknown;
  oldValue?: unknown;
  /** A User (getEmail) in Apps Script; some runtimes give { email }. */
  user?: unknown;
  authMode?: unknown;
  source?: unknown;
}

/** Never throws: a simple trigger's failure is invisible, so a problem is kept for the sidebar instead. */
export function handleEdit(services: Services, e: EditEvent): void {
  try {
    logEdit(services, e);
  } catch (error) {
    try {
      keepEditProblem(services, { when: new Date().toISOString(), detail: error instanceof Error ? error.message : String(error) });
    } catch {
      // Nowhere left to say it.
    }
  }
}

function editorOf(services: Services, user: unknown): string {
  try {
    const u = user as { getEmail?: () => string; email?: unknown } | undefined;
    const email = typeof u?.getEmail === 'function' ? u.getEmail() : typeof u?.email === 'string' ? u.email : '';
    return email || activeUserEmail(services);
  } catch {
    return activeUserEmail(services);
  }
}

/** The same status, written either way ("" and "Open", "Won" and "Thắng"). */
function sameStatus(a: unknown, b: unknown): boolean {
  const code = openIfBlank(statusCode(a));
  return code === openIfBlank(statusCode(b)) && (code >= 0 || nameKey(textOfCell(a)) === nameKey(textOfCell(b)));
}

/** A blank status is open: a history row written without one, or a status cell left blank, is not a change to Open. */
const openIfBlank = (code: number): number => (code === NO_STATUS ? OUTCOME_OPEN : code);

interface Logged {
  row: number;
  values: unknown[];
  from: string;
  /** The stage moved (not a status-only change): Stage since starts again. */
  moved: boolean;
}

function logEdit(services: Services, e: EditEvent): void {
  const range = e?.range;
  if (!range) return;
  const settings = new Settings(services);
  const layout = settings.layout; // the one property read an edit elsewhere costs
  if (!layout) return; // the add-on has not been used in this document yet
  const sheet = range.getSheet();
  if (sheet.getName() !== layout.sheet) return;
  const columns: ColumnMap = layout.columns ?? detectColumns(layout.headers, settings.mapping);
  const first = range.getColumn();
  const last = first + range.getNumColumns() - 1;
  const touches = (column: number) => column >= 0 && first <= column + 1 && column + 1 <= last;
  if (!touches(columns.stage) && !touches(columns.status)) return;
  const top = Math.max(FIRST_PROSPECT_ROW, range.getRow());
  const bottom = Math.min(range.getLastRow(), sheet.getLastRow());
  if (top > bottom) return;

  // One cell pasted comes without value and oldValue, as a block does: it is compared with its last history row.
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1 && (e.value !== undefined || e.oldValue !== undefined);
  const table: ProspectsTable = { sheet, name: layout.sheet, headers: layout.headers, columns, width: Math.max(1, layout.headers.length) };
  withDocumentLock(
    services,
    () => {
      const rows = readRows(table, rangeOfRows(top, bottom));
      const logged = single ? singleChange(e, top, rows.get(top) ?? [], columns) : pastedChanges(services, rows, columns);
      if (logged.length === 0) return;
      const now = new Date();
      const clock = spreadsheetClock(services);
      const today = clock.dayStart(clock.dayOf(now)); // Stage since is a date in the spreadsheet's time zone
      // The log first: the edit is already in the sheet, so if Apps Script fails stamping Stage since, the change
      // is still recorded (and the failure kept for the sidebar).
      const by = editorOf(services, e.user);
      const records = logged.map(({ values, from }): HistoryRecord => {
        const identity = identityOf(values, columns);
        return {
          when: now,
          id: identity.id,
          prospect: identity.name,
          from,
          to: textOfCell(cellOf(values, columns.stage)),
          status: textOfCell(cellOf(values, columns.status)),
          by,
          note: '',
          change: 'edit',
        };
      });
      appendHistory(services, records, userLocale(services));
      if (columns.stageSince >= 0) {
        const since = new Map<number, unknown>();
        // A first record whose Stage since is filled: the sheet knew better when the prospect got there.
        for (const change of logged) {
          if (change.moved && !(change.from === '' && !isBlank(cellOf(change.values, columns.stageSince)))) since.set(change.row, today);
        }
        writeColumnCells(sheet, columns.stageSince + 1, since);
      }
      if (columns.followUp >= 0) writeColumnCells(sheet, columns.followUp + 1, followUpDefaults(clock, settings, columns, logged, now));
    },
    () => {
      throw new Error('Stage History was busy (another change held the document lock).');
    },
  );
}

/**
 * A logged move into a stage with a follow-up default fills an empty follow-up date (never one someone typed): today
 * in the spreadsheet's time zone plus the stage's days. The stages come from the copy saved with the setup (property
 * reads, no range read); without a copy, no date is set.
 */
function followUpDefaults(clock: DayClock, settings: Settings, columns: ColumnMap, logged: Logged[], now: Date): Map<number, Date> {
  const due = new Map<number, Date>();
  const candidates = logged.filter((change) => change.moved && isBlank(cellOf(change.values, columns.followUp)));
  if (candidates.length === 0) return due;
  const stages = settings.setup;
  if (!stages) return due;
  const today = clock.dayOf(now);
  const dates = new Map<number, Date>();
  for (const change of candidates) {
    const days = followUpDaysOf(stages, textOfCell(cellOf(change.values, columns.stage)));
    if (days === null) continue;
    let date = dates.get(days);
    if (!date) dates.set(days, (date = clock.dayStart(today + days)));
    due.set(change.row, date);
  }
  return due;
}

function* rangeOfRows(top: number, bottom: number): Generator<number> {
  for (let row = top; row <= bottom; row++) yield row;
}

/** One cell typed or picked: Sheets gives its old value. A blank stage (a cell cleared) has no stage to log. */
function singleChange(e: EditEvent, row: number, values: unknown[], columns: ColumnMap): Logged[] {
  const stage = textOfCell(cellOf(values, columns.stage));
  const identity = identityOf(values, columns);
  if (isBlank(stage) || (!identity.id && !identity.name)) return [];
  const range = e.range!;
  if (range.getColumn() === columns.stage + 1) {
    const from = textOfCell(e.oldValue);
    return nameKey(from) === nameKey(stage) ? [] : [{ row, values, from, moved: true }];
  }
  return sameStatus(e.oldValue, cellOf(values, columns.status)) ? [] : [{ row, values, from: stage, moved: false }];
}

/** Several cells (paste, fill, delete, undo; no old values): each prospect whose stage or status differs from its latest entry. */
function pastedChanges(services: Services, rows: Map<number, unknown[]>, columns: ColumnMap): Logged[] {
  let latest: Map<string, LatestEntry> | null = null;
  const logged: Logged[] = [];
  for (const [row, values] of rows) {
    const stage = textOfCell(cellOf(values, columns.stage));
    const identity = identityOf(values, columns);
    if (isBlank(stage) || (!identity.id && !identity.name)) continue;
    latest ??= readLatestEntries(services); // read once, and only when a row may need it
    const entry = latest.get(historyKey(identity.id, identity.name));
    if (!entry) {
      logged.push({ row, values, from: '', moved: true });
      continue;
    }
    const moved = nameKey(textOfCell(entry.stage)) !== nameKey(stage);
    if (moved || !sameStatus(entry.status, cellOf(values, columns.status))) logged.push({ row, values, from: textOfCell(entry.stage), moved });
  }
  return logged;
}
