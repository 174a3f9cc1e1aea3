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
import { Renames } from './history-renames';
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
 * The usual log, appended in time order without renames or fixes, is read in one pass that keeps nothing per row.
 * Meeting a rename or a fix, the reading starts over into a new sink, in two passes: the first finds who each row
 * is, the renames and what each fix corrects; the second reads the entries, renamed as it goes. Meeting an earlier
 * time, it starts over the general way: the rows sorted by time, then read in one pass (no rename or fix) or the
 * same two.
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
  const inOnePass = new LogReader(history, pipeline, makeSink(), lenient, names);
  const read = inOnePass.readRows();
  if (read === READ) return inOnePass.reading();
  if (read === CHANGED) {
    const inSheetOrder = new LogReader(history, pipeline, makeSink(), lenient, names);
    if (inSheetOrder.findChanges()) return inSheetOrder.readChangedRows();
  }
  const general = new LogReader(history, pipeline, makeSink(), lenient, names);
  if (!general.sortRows()) return general.readSortedRows();
  general.findChanges(); // true: the rows are in time order now
  return general.readChangedRows();
}

// How the one-pass way ended.
const READ = 0;
const CHANGED = 1;
const OUT_OF_ORDER = 2;

// What a row is, when not an entry of a prospect (whoOf); an entry a fix corrected has the FIXED bit.
const NOT_AN_ENTRY = -1;
const RENAMED = -2;
const FIXED = 1 << 30;

/** Per-prospect arrays start this long and double as prospects are met (a log has far fewer prospects than rows). */
const FIRST_PROSPECTS = 1024;

/**
 * One reading of a log that may have a million rows, beside the rest of a formula's whole-column arguments. The
 * heap is already full of cells, and each megabyte a call keeps per row brings a collection that walks them all:
 * the one-pass way keeps nothing per row, the two passes for renames and fixes one number, the general way three
 * more to sort. And each pass costs about as much as reading every cell once: there are as few as the log allows.
 * The passes are methods, not closures made per call: their optimised code serves every call.
 */
class LogReader<Sink extends EntrySink> {
  private readonly width: number;
  private readonly k: number;
  private readonly start: number;
  private skipped = 0;

  /** Sorted (the general way): position i in time order is row rows[order[i]]; else position i is row start + i. */
  private order: Int32Array | null = null;
  private rows = new Int32Array(0);
  /**
   * By position, set by findChanges: the prospect whose entry it is (with the FIXED bit when a fix corrected it), or
   * what else it is (RENAMED, NOT_AN_ENTRY).
   */
  private whoOf: Int32Array | null = null;
  private readonly renames = new Renames();

  // Who each row belongs to.
  private readonly ids = new KeyIndex();
  private readonly prospectNames = new KeyIndex();
  private prospects = 0;
  // Indexed by prospect, grown as prospects are met: the row that first named it (for its key); its stage so far
  // and the row (or, with renames, fixes or names, the cell) that stage was typed as, shown in an error; the
  // position of its latest entry (findChanges).
  private firstRow = new Int32Array(FIRST_PROSPECTS);
  private previousStage = new Int32Array(FIRST_PROSPECTS).fill(BLANK);
  private previousNameRow = new Int32Array(FIRST_PROSPECTS);
  private previousName: unknown[] | null = null;
  private lastEntry: Int32Array | null = null;
  // By the row of an entry a fix corrected (few): the To the fix set (renamed by the renames after the fix), the
  // fix's row, the status it set.
  private readonly fixTo = new Map<number, unknown>();
  private readonly fixRow = new Map<number, number>();
  private readonly statusFix = new Map<number, unknown>();

  private readonly stageCodes: CellCodes;
  private readonly statusCodes = new CellCodes(statusCode);
  /** The Change column says move or edit on most rows: each spelling is read once. */
  private readonly changeCodes = new CellCodes(changeOf);
  /**
   * A strict read throws what separate passes would: the first error of when, else the first of who (a fix's own
   * error among them), else the first of what. So who's errors are held until the rows' times have all been read,
   * and where one pass reads who and what (fused: the one-pass way, readSortedRows) what's errors too.
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
   * The one-pass way: each dated row, in sheet order, is an entry. It stops, having read part of the log, at a
   * rename or fix (CHANGED) or an earlier time (OUT_OF_ORDER).
   */
  readRows(): number {
    const history = this.history;
    let last = -Infinity;
    for (let r = this.start; r < history.length; r++) {
      const row = rowOf(history, r);
      const time = timeOf(row);
      const kind = this.kindOf(row, r, time, true);
      if (kind < 0) continue;
      if (time < last) return OUT_OF_ORDER;
      last = time;
      if (kind !== ENTRY) return CHANGED;
      const p = this.prospectOf(row, r);
      if (p >= 0) this.readEntry(row, r, p, false);
    }
    return READ;
  }

  /**
   * The general way: the rows that count, sorted by time (equal times in sheet order), rejecting the others.
   * Whether they have a rename or a fix (without, one pass reads them: readSortedRows).
   */
  sortRows(): boolean {
    const history = this.history;
    const rows = (this.rows = new Int32Array(history.length - this.start));
    const times = new Float64Array(rows.length);
    let count = 0;
    let changes = false;
    for (let r = this.start; r < history.length; r++) {
      const row = rowOf(history, r);
      const time = timeOf(row);
      const kind = this.kindOf(row, r, time, true);
      if (kind < 0) continue;
      if (kind !== ENTRY) changes = true;
      rows[count] = r;
      times[count++] = time;
    }
    const order = (this.order = new Int32Array(count));
    for (let i = 0; i < count; i++) order[i] = i;
    order.sort((a, b) => times[a] - times[b] || rows[a] - rows[b]);
    return changes;
  }

  /** Sorted rows without a rename or fix: who and what of each entry in one pass, as the one-pass way reads them. */
  readSortedRows(): Reading<Sink> {
    const order = this.order!;
    for (let i = 0; i < order.length; i++) {
      const r = this.rows[order[i]];
      const row = rowOf(this.history, r);
      const p = this.prospectOf(row, r);
      if (p >= 0) this.readEntry(row, r, p, false);
    }
    return this.reading();
  }

  /** The row at position i. */
  private rowAt(i: number): number {
    return this.order === null ? this.start + i : this.rows[this.order[i]];
  }

  /**
   * The first of the two passes: who each row is, the renames, and the entry each fix corrects (the prospect's
   * latest). In sheet order it also rejects the rows that do not count, and is false on meeting an earlier time.
   */
  findChanges(): boolean {
    const history = this.history;
    const inSheetOrder = this.order === null;
    const whoOf = (this.whoOf = new Int32Array(inSheetOrder ? history.length - this.start : this.order!.length));
    whoOf.fill(NOT_AN_ENTRY);
    this.lastEntry = new Int32Array(this.firstRow.length).fill(-1);
    // The fixes that corrected an entry, in order: the entry's row, the fix's To, how many renames came before it.
    const fixed: [number, unknown, number][] = [];
    let last = -Infinity;
    for (let i = 0; i < whoOf.length; i++) {
      const r = this.rowAt(i);
      const row = rowOf(history, r);
      const time = timeOf(row);
      const kind = this.kindOf(row, r, time, inSheetOrder);
      if (kind < 0) continue;
      if (time < last) return false;
      last = time;
      if (kind === RENAME) {
        this.renames.add(row[FROM] as string, row[TO] as string);
        whoOf[i] = RENAMED;
        continue;
      }
      const p = this.prospectOf(row, r);
      if (p < 0) continue;
      if (kind === ENTRY) {
        this.lastEntry![p] = i;
        whoOf[i] = p;
      } else if (this.fix(p, r)) fixed.push([this.rowAt(this.lastEntry![p]), row[TO], this.renames.count]);
    }
    if (this.heldWho !== null) throw this.heldWho;
    this.renameFixes(fixed);
    if (this.prospects > this.previousStage.length) this.growEntryArrays(this.prospects);
    this.fused = false;
    // The log has a rename or a fix (that is why it is read in two passes): a stage kept is shown by the cell it was
    // renamed or fixed to, not by its row's To.
    this.previousName ??= [];
    return true;
  }

  /** A fix corrects the prospect's latest entry (false: it has none, or the fix cannot be read). */
  private fix(p: number, r: number): boolean {
    const row = rowOf(this.history, r);
    if (isBlank(row[TO])) {
      this.rejectWho('errHistoryFixBlank', { row: r + 1 });
      return false;
    }
    const latest = this.lastEntry![p];
    // A fix of a prospect with no entry yet (Check fixed a row the log never saw) corrects nothing: not an error.
    if (latest < 0) return false;
    this.whoOf![latest] |= FIXED;
    const entry = this.rowAt(latest);
    this.fixRow.set(entry, r);
    // A won or lost word made the won or lost stage: the fix wrote the status too.
    if (!isBlank(row[STATUS])) this.statusFix.set(entry, row[STATUS]);
    return true;
  }

  /** Each fix's To, renamed by the renames after the fix (a later fix of the same entry wins). */
  private renameFixes(fixed: [number, unknown, number][]): void {
    this.renames.rewind();
    for (const [entry, to, renamesBefore] of fixed) {
      while (this.renames.passed < renamesBefore) this.renames.pass();
      this.fixTo.set(entry, this.renames.final(to));
    }
    this.renames.rewind();
  }

  /** The second pass: each entry in time order, renamed and fixed. */
  readChangedRows(): Reading<Sink> {
    const whoOf = this.whoOf!;
    for (let i = 0; i < whoOf.length; i++) {
      const who = whoOf[i];
      if (who >= 0) {
        const r = this.rowAt(i);
        this.readEntry(rowOf(this.history, r), r, who & ~FIXED, (who & FIXED) !== 0);
      } else if (who === RENAMED) this.renames.pass();
    }
    return this.reading();
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
    if (this.lastEntry !== null) this.lastEntry = grown(this.lastEntry, length, -1);
    // What only the entries use is grown to its size once findChanges has met every prospect.
    if (this.whoOf === null) this.growEntryArrays(length);
  }

  private growEntryArrays(length: number): void {
    this.previousStage = grown(this.previousStage, length, BLANK);
    this.previousNameRow = grown(this.previousNameRow, length, 0);
    this.sink.grow(length);
  }

  private rejectWho(key: MessageKey, params: Params): void {
    if (!this.lenient) this.heldWho ??= fail(key, params);
    else this.skipped++;
  }

  private rejectEntry(key: MessageKey, params: Params): void {
    if (this.fused && !this.lenient) this.held ??= fail(key, params);
    else this.reject(key, params);
  }

  /** The entry on row r of prospect p (`fixed`: as a fix corrected it), read as a prospect row; a blank To keeps the previous stage. */
  private readEntry(row: Row, r: number, p: number, fixed: boolean): void {
    // The time is read here, not passed in: readEntry is too long to be inlined, and a time passed to it is boxed.
    const time = timeOf(row);
    const to = fixed ? this.fixTo.get(r) : this.whoOf === null ? row[TO] : this.renames.final(row[TO]);
    const statusCell = fixed && this.statusFix.has(r) ? this.statusFix.get(r) : row[STATUS];
    const typed = this.stageCodes.get(to);
    const status = this.statusCodes.get(statusCell);
    const k = this.k;
    let stage = typed;
    if (stage === BLANK) {
      if (this.previousStage[p] === BLANK) return this.rejectEntry('errHistoryNoStage', { row: r + 1 });
      stage = this.previousStage[p];
    }
    if (isBad(stage, status, k) && this.rejectBad(p, r, typed, to, statusCell)) return;
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
  private rejectBad(p: number, r: number, typed: number, to: unknown, statusCell: unknown): boolean {
    // Once a strict reading holds an error, it throws that one: a later bad entry is left out, unexamined (whether
    // it was bad after all changes nothing thrown), without the search for the closest stage name a message makes.
    if (this.fused && !this.lenient && this.held !== null) return true;
    // A stage kept from an earlier row is shown as it was typed there; a bad stage name is on the row it came from (a fix's).
    const shownStage = typed !== BLANK ? to : this.previousName !== null ? this.previousName[p] : rowOf(this.history, this.previousNameRow[p])[TO];
    const problem = problemOf(r + 1, shownStage, statusCell, this.pipeline);
    if (!problem) return false;
    const stageRow = this.fixRow.get(r) ?? r;
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

/** A longer copy, the new part filled. */
export function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, length: number, fill: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array as never);
  if (fill !== 0) bigger.fill(fill, array.length);
  return bigger;
}
