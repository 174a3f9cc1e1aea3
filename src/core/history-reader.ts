// Reads the Stage History range row by row and hands each entry, in time order, after renames and fixes, to a sink.
import { cellAt, Grid, widthOf } from './grid';
import { KeyIndex } from './key-index';
import { fail, PhraseParam, shown } from './localized-error';
import type { MessageKey } from '../i18n/messages';
import { isBlank, isErrorValue, nameKey } from './names';
import type { Pipeline } from './pipeline';
import {
  BLANK,
  isBad,
  LOST,
  LOST_STAGE,
  OUTCOME_LOST,
  OUTCOME_OPEN,
  OUTCOME_WON,
  ProblemKind,
  problemError,
  problemOf,
  stageCode,
  statusCode,
  WON,
} from './prospects';
import { CellCodes } from './string-map';

// When | ID | Prospect | From | To | Status | By | Note | Change
export const WHEN = 0;
export const ID = 1;
export const PROSPECT = 2;
export const FROM = 3;
export const TO = 4;
export const STATUS = 5;
export const CHANGE = 8;

type Params = Record<string, PhraseParam>;

/** Problems with the stage name itself (the rest are about the status). */
const STAGE_PROBLEMS = new Set<ProblemKind>(['number', 'date', 'checkbox', 'errorValue', 'notText', 'notAStage']);

const RENAME_WORDS = new Set(['rename', 'đổi tên'].map(nameKey));
const FIX_WORDS = new Set(['fix', 'sửa'].map(nameKey));

export const NONE = 0;
export const ENTRY = 1;
export const RENAME = 2;
export const FIX = 3;

/** What a Change cell says a row is: a rename, a fix, or (anything else, blank included) an entry. */
export function changeKind(cell: unknown): 'entry' | 'rename' | 'fix' {
  const kind = changeOf(cell);
  return kind === RENAME ? 'rename' : kind === FIX ? 'fix' : 'entry';
}

export function changeOf(cell: unknown): number {
  if (typeof cell !== 'string' || isBlank(cell)) return ENTRY;
  const key = nameKey(cell);
  return RENAME_WORDS.has(key) ? RENAME : FIX_WORDS.has(key) ? FIX : ENTRY;
}

export type Row = readonly unknown[];
export const rowOf = (history: Grid, r: number): Row => (Array.isArray(history[r]) ? history[r] : [history[r]]) as Row;

function isSkipped(row: Row): boolean {
  return isBlank(row[WHEN]) && isBlank(row[ID]) && isBlank(row[PROSPECT]) && isBlank(row[TO]) && isBlank(row[STATUS]);
}

function timeOf(row: Row): number {
  const when = row[WHEN];
  return when instanceof Date ? when.getTime() : NaN;
}

/**
 * What a reading hands its entries to, in time order (equal times in sheet order). Entry: prospect p, at `when`
 * (ms), put at `stage` (ordinary 0…k−1, won k, a lost stage −1), which reaches `reached` and leaves it open, won or
 * lost (`outcome`, as forEachProspect reports it); `row` within the range (1 = its first row); `stageName`, the cell
 * the stage reads as after renames and fixes (a status-only entry keeps the earlier name), when names are asked for.
 */
export interface EntrySink {
  /** Room for prospects 0…capacity−1: called before the first entry, and whenever the reader meets more. */
  grow(capacity: number): void;
  entry(p: number, when: number, stage: number, reached: number, outcome: number, row: number, stageName: unknown): void;
}

export interface Reading<Sink> {
  /** The sink that took the entries. */
  sink: Sink;
  prospects: number;
  /** Rows left out because they could not be read (lenient reading only; a strict read throws instead). */
  skipped: number;
  /** Indexed by prospect: the row that first named it (its key is made from that row). */
  firstRow: Int32Array;
}

/**
 * Reads the Stage History range (header row skipped when its When is text) into a sink from `makeSink`. Strict
 * (the formulas): throws on the first row that cannot be read. Lenient (the sidebar, which must show what it can):
 * leaves such rows out, counted. `names`: pass each entry's stage name (the sidebar shows them; formulas need codes).
 *
 * A log with a rename or a fix is read the general way. Else (the usual log, appended in time order) it is read in
 * one pass that keeps nothing per row; meeting an earlier time, the reading starts over the general way, into a new
 * sink.
 */
export function readHistory<Sink extends EntrySink>(
  history: Grid,
  pipeline: Pipeline,
  makeSink: () => Sink,
  lenient = false,
  names = lenient,
): Reading<Sink> {
  const width = widthOf(history);
  if (history.length > 0 && width < TO + 1) throw fail('errHistoryColumns', { columns: width });
  if (!hasChanges(history, width)) {
    const inOnePass = new LogReader(history, pipeline, makeSink(), lenient, names, true);
    if (inOnePass.readRows()) return inOnePass.reading();
  }
  const general = new LogReader(history, pipeline, makeSink(), lenient, names, false);
  general.readInOrder();
  return general.reading();
}

/** Whether any row's Change cell says rename or fix (a log that has them is read the general way at once). */
function hasChanges(history: Grid, width: number): boolean {
  if (width <= CHANGE) return false;
  const changeCodes = new CellCodes(changeOf);
  for (let r = 0; r < history.length; r++) if (changeCodes.get(rowOf(history, r)[CHANGE]) !== ENTRY) return true;
  return false;
}

/** Per-prospect arrays start this long and double as prospects are met (a log has far fewer prospects than rows). */
const FIRST_PROSPECTS = 1024;

/**
 * One reading of a log that may have a million rows, beside the rest of a formula's whole-column arguments. The
 * one-pass way keeps nothing per row: the heap is already full of cells, and each megabyte a call keeps per row
 * brings a collection that walks them all. The general way keeps each row's number and kind (and, out of time order,
 * its time) in typed arrays, to sort the rows and apply renames and fixes. The passes are methods, not closures made per call: their optimised code serves every call.
 */
class LogReader<Sink extends EntrySink> {
  private readonly width: number;
  private readonly k: number;
  private skipped = 0;

  // The scan, in sheet order.
  private start = 0;
  private count = 0;
  private sorted = true;
  private renames = 0;
  private fixes = 0;
  // The general way, per counted row in sheet order: the row and its kind, and its time once the rows are out of order.
  private rows = new Int32Array(0);
  private times = new Float64Array(0);
  private kinds = new Uint8Array(0);
  /** Entry i in time order is row rows[order[i]]; null when the rows are in time order already. */
  private order: Int32Array | null = null;
  /**
   * Each entry's To after renames and fixes, as an index into `toNames` (a typed array, where an array of a million
   * cells would be copied and kept by the collector); null without them (each entry's To is read from its row).
   */
  private toIndex: Int32Array | null = null;
  private readonly toNames: unknown[] = [];
  private readonly toNameCodes = new CellCodes((cell) => this.toNames.push(cell) - 1);

  // Who each row belongs to.
  private readonly ids = new KeyIndex();
  private readonly prospectNames = new KeyIndex();
  private prospects = 0;
  // Indexed by prospect, grown as prospects are met: the row that first named it (for its key); its stage so far
  // and the row (or, with renames, fixes or names, the cell) that stage was typed as, shown in an error; its
  // latest entry (fixes only).
  private firstRow = new Int32Array(FIRST_PROSPECTS);
  private previousStage = new Int32Array(FIRST_PROSPECTS).fill(BLANK);
  private previousNameRow = new Int32Array(FIRST_PROSPECTS);
  private previousName: unknown[] | null = null;
  private lastEntry: Int32Array | null = null;
  // By entry (fixes only; few): the fix row its stage name came from, the status a fix set.
  private fixRow: Map<number, number> | null = null;
  private statusFix: Map<number, unknown> | null = null;

  private readonly stageCodes: CellCodes;
  private readonly statusCodes = new CellCodes(statusCode);
  /** The Change column says move or edit on most rows: each spelling is read once. */
  private readonly changeCodes = new CellCodes(changeOf);
  /**
   * Without fixes, who and what are read in one pass; a strict read then throws what separate passes would: the
   * first error of when (a scan's), else the first of who, else the first of what. The general way scans first;
   * the one-pass way holds who's errors too.
   */
  private fused = true;
  private heldWho: Error | null = null;
  private held: Error | null = null;

  constructor(
    private readonly history: Grid,
    private readonly pipeline: Pipeline,
    private readonly sink: Sink,
    private readonly lenient: boolean,
    names: boolean,
    private readonly inOnePass: boolean,
  ) {
    this.width = widthOf(history);
    this.k = pipeline.won.index;
    this.stageCodes = new CellCodes((cell) => stageCode(cell, pipeline));
    if (names) this.previousName = [];
    this.start = history.length > 0 && typeof cellAt(history, 0, WHEN) === 'string' && !isBlank(cellAt(history, 0, WHEN)) ? 1 : 0;
    sink.grow(this.firstRow.length);
  }

  reading(): Reading<Sink> {
    const error = this.heldWho ?? this.held;
    if (error) throw error;
    return { sink: this.sink, prospects: this.prospects, skipped: this.skipped, firstRow: this.firstRow };
  }

  // Each loop is a method of its own: called at every reading, it is compiled whole, where a loop inside a longer
  // method is entered part-way (on-stack replacement) at each call and leaves through code compiled before it ran.

  /**
   * The one-pass way, for a log without renames or fixes: each dated row, in sheet order, is an entry. False, having
   * read part of the log, on meeting an earlier time.
   */
  readRows(): boolean {
    const history = this.history;
    let last = -Infinity;
    for (let r = this.start; r < history.length; r++) {
      const row = rowOf(history, r);
      const time = timeOf(row);
      if (isNaN(time)) {
        this.kindOf(row, r, time, true); // says why the row is left out
        continue;
      }
      if (time < last) return false;
      last = time;
      const p = this.prospectOf(row, r);
      if (p >= 0) this.readEntry(-1, row, r, p);
    }
    return true;
  }

  // Errors are made only when thrown or held: a lenient reading counts what it leaves out, and a strict one throws
  // only its first error. (A key and its parameters, not a closure: a closure in a method called per row makes the
  // method allocate its variables on every call.)
  private reject(key: MessageKey, params: Params): void {
    if (!this.lenient) throw fail(key, params);
    this.skipped++;
  }

  /** The kind of a row, or −1 when it does not count (`report`: rejecting it, unless it is blank). */
  private kindOf(row: Row, r: number, time: number, report: boolean): number {
    if (isNaN(time)) {
      if (report && !isSkipped(row)) this.reject('errHistoryWhen', { row: r + 1, value: shown(row[WHEN]) });
      return -1;
    }
    const kind = this.width > CHANGE ? this.changeCodes.get(row[CHANGE]) : ENTRY;
    if (kind === RENAME && (isBlank(row[FROM]) || isBlank(row[TO]) || typeof row[FROM] !== 'string' || typeof row[TO] !== 'string')) {
      if (report) this.reject('errHistoryRenameBlank', { row: r + 1 });
      return -1;
    }
    return kind;
  }

  /**
   * The rows that count, in sheet order, with their kind; how many are renames and fixes; whether they are in time
   * order. In time order, an entry's time is read again from its row when wanted: times are kept only from the first
   * row out of order on (those before it read back then).
   */
  private keepRows(): void {
    const history = this.history;
    const rows = (this.rows = new Int32Array(history.length - this.start));
    const kinds = (this.kinds = new Uint8Array(rows.length));
    let last = -Infinity;
    let count = 0;
    for (let r = this.start; r < history.length; r++) {
      const row = rowOf(history, r);
      const time = timeOf(row);
      const kind = this.kindOf(row, r, time, true);
      if (kind < 0) continue;
      if (kind === RENAME) this.renames++;
      else if (kind === FIX) this.fixes++;
      if (time < last && this.sorted) this.keepTimes(count);
      if (!this.sorted) this.times[count] = time;
      last = time;
      rows[count] = r;
      kinds[count] = kind;
      count++;
    }
    this.count = count;
  }

  /** From now on the rows' times are kept: those of the first `count` rows are read back. */
  private keepTimes(count: number): void {
    this.sorted = false;
    this.times = new Float64Array(this.rows.length);
    for (let i = 0; i < count; i++) this.times[i] = timeOf(rowOf(this.history, this.rows[i]));
  }

  /** The general way: rows sorted by time, renames and fixes applied, names kept. */
  readInOrder(): void {
    this.keepRows();
    if (!this.sorted) this.order = timeOrder(this.times, this.rows, this.count);
    if (this.renames > 0 || this.fixes > 0) this.readRenames();
    if (this.toIndex !== null) this.previousName ??= [];
    this.fused = this.fixes === 0;
    if (this.fused) this.readEntries();
    else this.readEntriesAfterFixes();
  }

  /** Without fixes: who and what of each entry in one pass. */
  private readEntries(): void {
    for (let i = 0; i < this.count; i++) {
      const p = this.assign(i);
      if (p >= 0) this.readEntryAt(i, p);
    }
  }

  /** With fixes: who of every entry first (a fix corrects an entry before it), then what. */
  private readEntriesAfterFixes(): void {
    const count = this.count;
    this.lastEntry = new Int32Array(this.firstRow.length).fill(-1);
    this.fixRow = new Map();
    this.statusFix = new Map();
    const prospectOfEntry = new Int32Array(count);
    for (let i = 0; i < count; i++) prospectOfEntry[i] = this.assign(i);
    for (let i = 0; i < count; i++) if (prospectOfEntry[i] >= 0) this.readEntryAt(i, prospectOfEntry[i]);
  }

  /** The row of the i-th entry in time order. */
  private rowAt(i: number): number {
    return this.order === null ? this.rows[i] : this.rows[this.order[i]];
  }

  private timeAt(i: number): number {
    return this.order === null ? timeOf(rowOf(this.history, this.rows[i])) : this.times[this.order[i]];
  }

  private kindAt(i: number): number {
    return this.order === null ? this.kinds[i] : this.kinds[this.order[i]];
  }

  /** Renames: every earlier row reads the old name as the new one, chained; found walking back from the latest. */
  private readRenames(): void {
    const count = this.count;
    const toIndex = (this.toIndex = new Int32Array(count));
    for (let i = 0; i < count; i++) toIndex[i] = this.nameIndex(rowOf(this.history, this.rowAt(i))[TO]);
    if (this.renames === 0) return;
    const finalName = new Map<string, string>();
    // Each name's final name under the renames met so far (a rename starts afresh): a nameKey per name, not per row.
    const renamedTo = new Map<number, number>();
    for (let i = count - 1; i >= 0; i--) {
      const to = this.toNames[toIndex[i]];
      const at = this.order === null ? i : this.order[i];
      if (this.kinds[at] === RENAME) {
        const from = rowOf(this.history, this.rows[at])[FROM] as string;
        finalName.set(nameKey(from), finalName.get(nameKey(to as string)) ?? (to as string));
        renamedTo.clear();
        this.kinds[at] = NONE;
      } else if (typeof to === 'string' && finalName.size > 0) {
        let renamed = renamedTo.get(toIndex[i]);
        if (renamed === undefined) renamedTo.set(toIndex[i], (renamed = this.nameIndex(finalName.get(nameKey(to)) ?? to)));
        toIndex[i] = renamed;
      }
    }
  }

  /** The index of a To cell in toNames (equal texts share one). */
  private nameIndex(cell: unknown): number {
    return this.toNameCodes.get(cell);
  }

  /**
   * Entry i's prospect, or −1 when it is none (a fix, a rename, a row that cannot be read). A fix corrects the
   * latest entry's To, keeping its time.
   */
  private assign(i: number): number {
    const kind = this.kindAt(i);
    if (kind === NONE) return -1;
    const r = this.rowAt(i);
    const p = this.prospectOf(rowOf(this.history, r), r);
    if (p < 0) return -1;
    if (kind === FIX) return this.fix(i, p, r);
    if (this.lastEntry !== null) this.lastEntry[p] = i;
    return p;
  }

  private fix(i: number, p: number, r: number): number {
    const toIndex = this.toIndex!;
    if (isBlank(this.toNames[toIndex[i]])) {
      this.reject('errHistoryFixBlank', { row: r + 1 });
      return -1;
    }
    const latest = this.lastEntry![p];
    // A fix of a prospect with no entry yet (Check fixed a row the log never saw) corrects nothing: not an error.
    if (latest < 0) return -1;
    toIndex[latest] = toIndex[i];
    this.fixRow!.set(latest, r);
    // A fix that also sets the status (a won or lost word made the won or lost stage) corrects the entry's status too.
    const fixStatus = rowOf(this.history, r)[STATUS];
    if (!isBlank(fixStatus)) this.statusFix!.set(latest, fixStatus);
    return -1;
  }

  private prospectOf(row: Row, r: number): number {
    const id = row[ID];
    // A known ID is one lookup; only IDs not met yet (or blank) are looked at further.
    // A log keyed by names has blank IDs: those skip the ID index's slow way (a nameKey per row).
    const p = id === '' ? -1 : this.ids.get(id);
    return p >= 0 ? p : this.newProspectOf(row, r);
  }

  private newProspectOf(row: Row, r: number): number {
    const id = row[ID];
    const byId = !isBlank(id);
    const cell = byId ? id : row[PROSPECT];
    if (!byId) {
      const p = this.prospectNames.get(cell);
      if (p >= 0) return p;
    }
    if (isBlank(cell)) {
      this.rejectWho('errHistoryNoProspect', { row: r + 1 });
      return -1;
    }
    if (!(typeof cell === 'number' && Number.isFinite(cell)) && !(typeof cell === 'string' && !isErrorValue(cell))) {
      this.rejectWho('errHistoryKey', { row: r + 1, value: shown(cell) });
      return -1;
    }
    if (this.prospects === this.firstRow.length) this.growProspects();
    // An ID key and a name key never match: "id:1001" is not "name:1001".
    const p = this.prospects++;
    this.firstRow[p] = r;
    (byId ? this.ids : this.prospectNames).add(cell, p);
    return p;
  }

  private growProspects(): void {
    const length = this.firstRow.length * 2;
    this.firstRow = grown(this.firstRow, length, 0);
    this.previousStage = grown(this.previousStage, length, BLANK);
    this.previousNameRow = grown(this.previousNameRow, length, 0);
    if (this.lastEntry !== null) this.lastEntry = grown(this.lastEntry, length, -1);
    this.sink.grow(length);
  }

  private rejectWho(key: MessageKey, params: Params): void {
    if (this.inOnePass && !this.lenient) this.heldWho ??= fail(key, params);
    else this.reject(key, params);
  }

  private rejectEntry(key: MessageKey, params: Params): void {
    if (this.fused && !this.lenient) this.held ??= fail(key, params);
    else this.reject(key, params);
  }

  private readEntryAt(i: number, p: number): void {
    const r = this.rowAt(i);
    this.readEntry(i, rowOf(this.history, r), r, p);
  }

  /** Entry i (−1 on the one-pass way) of prospect p, row r, read as a prospect row; a blank To keeps the previous stage. */
  private readEntry(i: number, row: Row, r: number, p: number): void {
    // The time is read here, not passed in: readEntry is too long to be inlined, and a time passed to it is boxed.
    const time = i < 0 ? timeOf(row) : this.timeAt(i);
    const to = this.toIndex !== null ? this.toNames[this.toIndex[i]] : row[TO];
    const statusCell = this.statusFix !== null && this.statusFix.has(i) ? this.statusFix.get(i) : row[STATUS];
    const typed = this.stageCodes.get(to);
    const status = this.statusCodes.get(statusCell);
    const k = this.k;
    let stage = typed;
    if (stage === BLANK) {
      if (this.previousStage[p] === BLANK) return this.rejectEntry('errHistoryNoStage', { row: r + 1 });
      stage = this.previousStage[p];
    }
    if (isBad(stage, status, k) && this.rejectBad(i, p, r, typed, to, statusCell)) return;
    if (typed !== BLANK) {
      // Without renames, fixes or names only the row is kept: its To is the name the stage was typed as.
      if (this.previousName !== null) this.previousName[p] = to;
      else this.previousNameRow[p] = r;
    }
    this.previousStage[p] = stage;
    const stageName = this.previousName !== null ? this.previousName[p] : undefined;
    let reached = stage;
    let outcome = status === LOST ? OUTCOME_LOST : OUTCOME_OPEN;
    if (stage === LOST_STAGE) {
      reached = 0;
      outcome = OUTCOME_LOST;
    } else if (stage === k || status === WON) {
      reached = k;
      outcome = OUTCOME_WON;
    }
    // One call: the sink's method is then compiled into this one (three calls overran what the compiler inlines,
    // and a time passed to a call that is not inlined is boxed, a heap allocation per entry).
    this.sink.entry(p, time, stage, reached, outcome, r + 1, stageName);
  }

  /** Rejects an entry whose stage and status are not a prospect row, saying why; false when they are after all. */
  private rejectBad(i: number, p: number, r: number, typed: number, to: unknown, statusCell: unknown): boolean {
    // Once a strict reading holds an error, it throws that one: a later bad entry is left out, unexamined (whether
    // it was bad after all changes nothing thrown), without the search for the closest stage name a message makes.
    if (this.fused && !this.lenient && this.held !== null) return true;
    // A stage kept from an earlier row is shown as it was typed there; a bad stage name is on the row it came from (a fix's).
    const shownStage = typed !== BLANK ? to : this.previousName !== null ? this.previousName[p] : rowOf(this.history, this.previousNameRow[p])[TO];
    const problem = problemOf(r + 1, shownStage, statusCell, this.pipeline);
    if (!problem) return false;
    const stageRow = this.fixRow?.get(i) ?? r;
    if (this.lenient) {
      this.skipped++;
      return true;
    }
    const error = problemError(STAGE_PROBLEMS.has(problem.kind) ? { ...problem, row: stageRow + 1 } : problem, 'errHistoryProblem');
    if (!this.fused) throw error;
    this.held ??= error;
    return true;
  }
}

/**
 * Rows 0…n−1 of the range ordered by When, equal Whens in sheet order; null when they are in that order already
 * (the log is appended in order: usually no sort).
 */
function timeOrder(times: Float64Array, rows: Int32Array, count: number): Int32Array | null {
  let sorted = true;
  for (let i = 1; i < count && sorted; i++) sorted = times[i - 1] <= times[i];
  if (sorted) return null;
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return order.sort((a, b) => times[a] - times[b] || rows[a] - rows[b]);
}

/** A longer copy, the new part filled. */
export function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, length: number, fill: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array as never);
  if (fill !== 0) bigger.fill(fill, array.length);
  return bigger;
}
