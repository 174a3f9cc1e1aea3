// Reads the Stage History range for the formulas: per-prospect entries in time order, after renames and fixes.
import { cellAt, Grid, widthOf } from './grid';
import { fail, shown } from './localized-error';
import { isBlank, isErrorValue, nameKey } from './names';
import type { Pipeline } from './pipeline';
import { KeyIndex } from './key-index';
import { CellCodes } from './string-map';
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

// When | ID | Prospect | From | To | Status | By | Note | Change
const WHEN = 0;
const ID = 1;
const PROSPECT = 2;
const FROM = 3;
const TO = 4;
const STATUS = 5;
const CHANGE = 8;

/** Problems with the stage name itself (the rest are about the status). */
const STAGE_PROBLEMS = new Set<ProblemKind>(['number', 'date', 'checkbox', 'errorValue', 'notText', 'notAStage']);

const RENAME_WORDS = new Set(['rename', 'đổi tên'].map(nameKey));
const FIX_WORDS = new Set(['fix', 'sửa'].map(nameKey));

/**
 * The entries of the log in time order (equal times in sheet order), as parallel arrays: entry i belongs to
 * prospect `prospect[i]`, happened at `when[i]` (ms), put it at `stage[i]` (ordinary 0…k−1, won k, a lost stage −1),
 * which reaches `reached[i]` and leaves it open, won or lost (`outcome[i]`, as forEachProspect reports it).
 */
export interface HistoryLog {
  length: number;
  /** How many prospects the log has: `prospect[i]` is below it. */
  prospects: number;
  /** Prospect keys by number ("id:…" or "name:…"), made when first asked (the formulas need only the count). */
  readonly keys: string[];
  prospect: Int32Array;
  when: Float64Array;
  stage: Int32Array;
  reached: Int32Array;
  outcome: Uint8Array;
  /** The entry's row within the range (1 = the range's first row). */
  row: Int32Array;
  /** The stage cell each entry reads as, after renames and fixes (a status-only entry keeps the earlier name); empty unless asked. */
  stageName: unknown[];
  /** Rows left out because they could not be read (lenient reading only; a strict read throws instead). */
  skipped: number;
}

type Row = readonly unknown[];
const rowOf = (history: Grid, r: number): Row => (Array.isArray(history[r]) ? history[r] : [history[r]]) as Row;

function isSkipped(row: Row): boolean {
  return isBlank(row[WHEN]) && isBlank(row[ID]) && isBlank(row[PROSPECT]) && isBlank(row[TO]) && isBlank(row[STATUS]);
}

const NONE = 0;
const ENTRY = 1;
const RENAME = 2;
const FIX = 3;

/** What a Change cell says a row is: a rename, a fix, or (anything else, blank included) an entry. */
export function changeKind(cell: unknown): 'entry' | 'rename' | 'fix' {
  const kind = changeOf(cell);
  return kind === RENAME ? 'rename' : kind === FIX ? 'fix' : 'entry';
}

function changeOf(cell: unknown): number {
  if (typeof cell !== 'string' || isBlank(cell)) return ENTRY;
  const key = nameKey(cell);
  return RENAME_WORDS.has(key) ? RENAME : FIX_WORDS.has(key) ? FIX : ENTRY;
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

/**
 * Reads the Stage History range (header row skipped when its When is text). Strict (the formulas): throws on the
 * first row that cannot be read. Lenient (the sidebar, which must show what it can): leaves such rows out, counted.
 * `names`: fill stageName (the sidebar shows the names; the formulas need only the codes, and skip a column of copies).
 *
 * A log may have a million rows: each row is read in place, once per pass, and what is kept is in typed arrays,
 * so that reading makes almost no garbage (a formula's whole-column arguments fill the heap, where every collection
 * costs a pass over them).
 */
export function readHistoryLog(history: Grid, pipeline: Pipeline, lenient = false, names = lenient): HistoryLog {
  const width = widthOf(history);
  let skipped = 0;
  const reject = (error: Error): void => {
    if (!lenient) throw error;
    skipped++;
  };
  if (history.length > 0 && width < TO + 1) throw fail('errHistoryColumns', { columns: width });
  const start = history.length > 0 && typeof cellAt(history, 0, WHEN) === 'string' && !isBlank(cellAt(history, 0, WHEN)) ? 1 : 0;

  // Pass 1: the rows that count, their time and kind, in sheet order.
  const capacity = history.length - start;
  const rows = new Int32Array(capacity);
  const times = new Float64Array(capacity);
  const kinds = new Uint8Array(capacity);
  let count = 0;
  let renames = 0;
  let fixes = 0;
  for (let r = start; r < history.length; r++) {
    const row = rowOf(history, r);
    const when = row[WHEN];
    const time = when instanceof Date ? when.getTime() : NaN;
    if (isNaN(time)) {
      if (!isSkipped(row)) reject(fail('errHistoryWhen', { row: r + 1, value: shown(when) }));
      continue;
    }
    const kind = width > CHANGE ? changeOf(row[CHANGE]) : ENTRY;
    if (kind === RENAME) {
      if (isBlank(row[FROM]) || isBlank(row[TO]) || typeof row[FROM] !== 'string' || typeof row[TO] !== 'string') {
        reject(fail('errHistoryRenameBlank', { row: r + 1 }));
        continue;
      }
      renames++;
    }
    if (kind === FIX) fixes++;
    rows[count] = r;
    times[count] = time;
    kinds[count] = kind;
    count++;
  }
  const order = timeOrder(times, rows, count);
  // The row of the i-th entry in time order.
  const at = (i: number): number => (order === null ? i : order[i]);

  // Renames: every earlier row reads the old name as the new one, chained; found walking back from the latest.
  // Only renames and fixes change a To: without them each entry's To is read from its row (no copy of the column).
  const toCell: unknown[] | null = renames > 0 || fixes > 0 ? new Array(count) : null;
  if (toCell) for (let i = 0; i < count; i++) toCell[i] = rowOf(history, rows[at(i)])[TO];
  if (toCell && renames > 0) {
    const finalName = new Map<string, string>();
    for (let i = count - 1; i >= 0; i--) {
      const to = toCell[i];
      if (kinds[at(i)] === RENAME) {
        const from = rowOf(history, rows[at(i)])[FROM] as string;
        finalName.set(nameKey(from), finalName.get(nameKey(to as string)) ?? (to as string));
        kinds[at(i)] = NONE;
      } else if (typeof to === 'string' && finalName.size > 0) {
        toCell[i] = finalName.get(nameKey(to)) ?? to;
      }
    }
  }

  // Pass 2: who each row belongs to; a fix corrects the latest entry's To, keeping its time.
  const ids = new KeyIndex();
  const prospectNames = new KeyIndex();
  // Indexed by prospect (a log has no more prospects than rows): the row that first named it, for its key.
  const firstRow = new Int32Array(count);
  let prospects = 0;
  const lastEntry = fixes > 0 ? new Int32Array(count).fill(-1) : null;
  const toRow = fixes > 0 ? new Int32Array(count) : null;
  const statusFix: unknown[] | null = fixes > 0 ? new Array(count) : null;
  const prospectOf = (row: Row, r: number): number => {
    const id = row[ID];
    // A known ID is one lookup; only IDs not met yet (or blank) are looked at further.
    // A log keyed by names has blank IDs: those skip the ID index's slow way (a nameKey per row).
    let p = id === '' ? -1 : ids.get(id);
    if (p >= 0) return p;
    const byId = !isBlank(id);
    const cell = byId ? id : row[PROSPECT];
    if (!byId) {
      p = prospectNames.get(cell);
      if (p >= 0) return p;
    }
    if (isBlank(cell)) {
      reject(fail('errHistoryNoProspect', { row: r + 1 }));
      return -1;
    }
    if (!(typeof cell === 'number' && Number.isFinite(cell)) && !(typeof cell === 'string' && !isErrorValue(cell))) {
      reject(fail('errHistoryKey', { row: r + 1, value: shown(cell) }));
      return -1;
    }
    // An ID key and a name key never match: "id:1001" is not "name:1001".
    p = prospects++;
    firstRow[p] = r;
    (byId ? ids : prospectNames).add(cell, p);
    return p;
  };
  /** The entry's prospect, or −1 when it is none (a fix, a rename, a row that cannot be read). */
  const assign = (i: number): number => {
    const kind = kinds[at(i)];
    if (kind === NONE) return -1;
    const r = rows[at(i)];
    const p = prospectOf(rowOf(history, r), r);
    if (p < 0) return -1;
    if (kind === FIX) {
      if (isBlank(toCell![i])) {
        reject(fail('errHistoryFixBlank', { row: r + 1 }));
        return -1;
      }
      const latest = lastEntry![p];
      // A fix of a prospect with no entry yet (Check fixed a row the log never saw) corrects nothing: not an error.
      if (latest < 0) return -1;
      toCell![latest] = toCell![i];
      toRow![latest] = r;
      // A fix that also sets the status (a won or lost word made the won or lost stage) corrects the entry's status too.
      const fixStatus = rowOf(history, r)[STATUS];
      if (!isBlank(fixStatus)) statusFix![latest] = fixStatus;
      return -1;
    }
    if (lastEntry) {
      lastEntry[p] = i;
      toRow![i] = r;
    }
    return p;
  };

  // Pass 3: each entry read as a prospect row; a blank To keeps the prospect's previous stage.
  const k = pipeline.won.index;
  // In time order already, the When and row arrays of pass 1 become the log's: entry n is written where row i ≥ n
  // was read, so nothing is read after it is overwritten.
  let keys: string[] | null = null;
  const log: HistoryLog = {
    length: 0,
    prospects: 0,
    get keys() {
      return (keys ??= prospectKeys(history, firstRow, log.prospects));
    },
    prospect: new Int32Array(count),
    when: order === null ? times : new Float64Array(count),
    stage: new Int32Array(count),
    reached: new Int32Array(count),
    outcome: new Uint8Array(count),
    row: order === null ? rows : new Int32Array(count),
    stageName: new Array<unknown>(names ? count : 0),
    skipped: 0,
  };
  const stageCodes = new CellCodes((cell) => stageCode(cell, pipeline));
  const statusCodes = new CellCodes(statusCode);
  // Indexed by prospect: its stage so far, and the name that stage was typed as (shown in an error; a row's To
  // when no rename or fix changed it, so the fast way keeps only the row).
  const previousStage = new Int32Array(count).fill(BLANK);
  const previousName: unknown[] | null = toCell || names ? [] : null;
  const previousNameRow = previousName ? null : new Int32Array(count);
  let n = 0;
  // Without fixes no later row changes an entry: passes 2 and 3 run as one, each row read once. A strict read
  // still throws what the two passes would: pass 2's first error, else pass 3's first (held until the end).
  const fused = fixes === 0;
  let held: Error | null = null;
  const rejectEntry = (error: Error): void => {
    if (fused && !lenient) held ??= error;
    else reject(error);
  };
  const read = (i: number, p: number): void => {
    const r = rows[at(i)];
    const row = rowOf(history, r);
    const to = toCell ? toCell[i] : row[TO];
    const statusCell = statusFix && statusFix[i] !== undefined ? statusFix[i] : row[STATUS];
    const typed = stageCodes.get(to);
    const status = statusCodes.get(statusCell);
    let stage = typed;
    if (stage === BLANK) {
      if (previousStage[p] === BLANK) return rejectEntry(fail('errHistoryNoStage', { row: r + 1 }));
      stage = previousStage[p];
    }
    if (isBad(stage, status, k)) {
      // A stage kept from an earlier row is shown as it was typed there; a bad stage name is on the row it came from (a fix's).
      const shownStage = typed !== BLANK ? to : previousName ? previousName[p] : rowOf(history, previousNameRow![p])[TO];
      const problem = problemOf(r + 1, shownStage, statusCell, pipeline);
      if (problem) {
        const stageRow = toRow ? toRow[i] : r;
        return rejectEntry(problemError(STAGE_PROBLEMS.has(problem.kind) ? { ...problem, row: stageRow + 1 } : problem, 'errHistoryProblem'));
      }
    }
    if (typed !== BLANK) {
      if (previousName) previousName[p] = to;
      else previousNameRow![p] = r;
    }
    previousStage[p] = stage;
    if (names) log.stageName[n] = previousName![p];
    log.prospect[n] = p;
    log.when[n] = times[at(i)];
    log.stage[n] = stage;
    log.row[n] = r + 1;
    if (stage === LOST_STAGE) {
      log.reached[n] = 0;
      log.outcome[n] = OUTCOME_LOST;
    } else if (stage === k || status === WON) {
      log.reached[n] = k;
      log.outcome[n] = OUTCOME_WON;
    } else {
      log.reached[n] = stage;
      log.outcome[n] = status === LOST ? OUTCOME_LOST : OUTCOME_OPEN;
    }
    n++;
  };
  if (fused) {
    for (let i = 0; i < count; i++) {
      const p = assign(i);
      if (p >= 0) read(i, p);
    }
    if (held) throw held;
  } else {
    const prospectOfEntry = new Int32Array(count);
    for (let i = 0; i < count; i++) prospectOfEntry[i] = assign(i);
    for (let i = 0; i < count; i++) if (prospectOfEntry[i] >= 0) read(i, prospectOfEntry[i]);
  }
  log.length = n;
  log.prospects = prospects;
  log.skipped = skipped;
  return log;
}

/** "id:…" from a prospect's first row's ID, else "name:…" from its Prospect cell, as the reader keyed them. */
function prospectKeys(history: Grid, firstRow: Int32Array, prospects: number): string[] {
  const keys = new Array<string>(prospects);
  for (let p = 0; p < prospects; p++) {
    const row = rowOf(history, firstRow[p]);
    const byId = !isBlank(row[ID]);
    keys[p] = (byId ? 'id:' : 'name:') + nameKey(String(byId ? row[ID] : row[PROSPECT]));
  }
  return keys;
}

/**
 * When each prospect reached `from` and `to` (NaN when it did not), and whether its first entry was already
 * past `from` (logged mid-way, so its start was not observed). Reaching is for ever: a later loss does not undo it.
 */
export function passageTimes(log: HistoryLog, from: number, to: number): { fromAt: Float64Array; toAt: Float64Array; observed: Uint8Array } {
  const prospects = log.prospects;
  const fromAt = new Float64Array(prospects).fill(NaN);
  const toAt = new Float64Array(prospects).fill(NaN);
  const observed = new Uint8Array(prospects);
  const seen = new Uint8Array(prospects);
  for (let i = 0; i < log.length; i++) {
    const p = log.prospect[i];
    const reached = log.reached[i];
    if (!seen[p]) {
      seen[p] = 1;
      observed[p] = reached <= from ? 1 : 0;
    }
    if (reached >= from && isNaN(fromAt[p])) fromAt[p] = log.when[i];
    if (reached >= to && isNaN(toAt[p])) toAt[p] = log.when[i];
  }
  return { fromAt, toAt, observed };
}

/** A stay in an ordinary stage: from an entry into it to the next entry into another stage or the closing (end NaN: still there). */
export interface Stays {
  /** Days of every ended stay, per ordinary stage. */
  ended: number[][];
  /** Stays not ended, per ordinary stage. */
  running: number[];
}

const DAY = 86_400_000;

export function staysOf(log: HistoryLog, pipeline: Pipeline): Stays {
  const k = pipeline.won.index;
  const ended: number[][] = Array.from({ length: k }, () => []);
  const running = new Array<number>(k).fill(0);
  const current = new Int32Array(log.prospects).fill(-1);
  const since = new Float64Array(log.prospects);
  for (let i = 0; i < log.length; i++) {
    const p = log.prospect[i];
    const here = current[p];
    const open = log.outcome[i] === OUTCOME_OPEN;
    const stage = log.stage[i];
    if (open && here === stage) continue; // another entry into the same stage continues the stay
    if (here >= 0) ended[here].push((log.when[i] - since[p]) / DAY);
    current[p] = open ? stage : -1;
    since[p] = log.when[i];
  }
  for (let p = 0; p < current.length; p++) if (current[p] >= 0) running[current[p]]++;
  return { ended, running };
}

/** A prospect's standing as its latest Stage History entry leaves it: the stage (renamed, fixed) and status cells. */
export interface LatestEntry {
  stage: unknown;
  status: unknown;
}

/**
 * Each prospect's latest entry, from the log's columns ID | Prospect | From | To | Status | By | Note | Change
 * (B:I, or B:H for a log without Change), with renames and fixes applied as readHistoryLog applies them. Taken in
 * sheet order (the log is appended in order) and walked from the end, so a rename seen so far is a later one.
 * Lenient: a row without a key, a blank rename or a fix of nothing is passed over.
 */
export function latestEntries(rows: readonly (readonly unknown[])[]): Map<string, LatestEntry> {
  const B = 1; // these rows start at column B
  const latest = new Map<string, LatestEntry>();
  const pendingFix = new Map<string, unknown>();
  const pendingFixStatus = new Map<string, unknown>();
  const statusOnly = new Map<string, unknown>(); // a latest entry with a blank To: its status, its stage still to find
  const finalName = new Map<string, string>();
  const renamed = (cell: unknown): unknown => (typeof cell === 'string' && finalName.size > 0 ? (finalName.get(nameKey(cell)) ?? cell) : cell);
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r];
    const kind = changeOf(row[CHANGE - B]);
    const to = row[TO - B];
    if (kind === RENAME) {
      const from = row[FROM - B];
      if (typeof from === 'string' && typeof to === 'string' && !isBlank(from) && !isBlank(to)) {
        finalName.set(nameKey(from), finalName.get(nameKey(to)) ?? to);
      }
      continue;
    }
    const id = row[ID - B];
    const cell = isBlank(id) ? row[PROSPECT - B] : id;
    if (isBlank(cell) || !(typeof cell === 'string' || typeof cell === 'number')) continue;
    const key = (isBlank(id) ? 'name:' : 'id:') + nameKey(String(cell));
    if (latest.has(key)) continue;
    if (kind === FIX) {
      if (!pendingFix.has(key) && !isBlank(to)) {
        pendingFix.set(key, renamed(to)); // it corrects the entry before it
        if (!isBlank(row[STATUS - B])) pendingFixStatus.set(key, row[STATUS - B]);
      }
      continue;
    }
    const fixed = pendingFix.get(key);
    const stage = fixed !== undefined ? fixed : isBlank(to) ? undefined : renamed(to);
    if (stage === undefined) {
      if (!statusOnly.has(key)) statusOnly.set(key, row[STATUS - B]);
      continue;
    }
    const status = statusOnly.has(key) ? statusOnly.get(key) : pendingFixStatus.has(key) ? pendingFixStatus.get(key) : row[STATUS - B];
    latest.set(key, { stage, status });
  }
  return latest;
}
