// The Stage History as the formulas and the sidebar read it: entries in time order, after renames and fixes, and
// the figures taken from them (passages, stays) as they arrive.
import type { Grid } from './grid';
import { CHANGE, changeOf, EntrySink, FIX, FROM, ID, grown, PROSPECT, readHistory, RENAME, rowOf, STATUS, TO } from './history-reader';
import { isBlank, nameKey } from './names';
import type { Pipeline } from './pipeline';
import { OUTCOME_OPEN } from './prospects';

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

/**
 * Reads the whole log into arrays (the sidebar's, whose log is small and read several ways). The formulas read
 * theirs with readHistory into the one figure they need, keeping nothing per row.
 */
export function readHistoryLog(history: Grid, pipeline: Pipeline, lenient = false, names = lenient): HistoryLog {
  const { sink, prospects, skipped, firstRow } = readHistory(history, pipeline, () => new LogSink(history.length, names), lenient, names);
  let keys: string[] | null = null;
  return {
    length: sink.length,
    prospects,
    get keys() {
      return (keys ??= prospectKeys(history, firstRow, prospects));
    },
    prospect: sink.prospect,
    when: sink.when,
    stage: sink.stage,
    reached: sink.reached,
    outcome: sink.outcome,
    row: sink.row,
    stageName: sink.stageName,
    skipped,
  };
}

class LogSink implements EntrySink {
  length = 0;
  readonly prospect: Int32Array;
  readonly when: Float64Array;
  readonly stage: Int32Array;
  readonly reached: Int32Array;
  readonly outcome: Uint8Array;
  readonly row: Int32Array;
  readonly stageName: unknown[] = [];

  constructor(
    capacity: number,
    private readonly names: boolean,
  ) {
    this.prospect = new Int32Array(capacity);
    this.when = new Float64Array(capacity);
    this.stage = new Int32Array(capacity);
    this.reached = new Int32Array(capacity);
    this.outcome = new Uint8Array(capacity);
    this.row = new Int32Array(capacity);
  }

  grow(): void {}

  entry(p: number, when: number, stage: number, reached: number, outcome: number, row: number, stageName: unknown): void {
    const n = this.length++;
    this.prospect[n] = p;
    this.when[n] = when;
    this.stage[n] = stage;
    this.reached[n] = reached;
    this.outcome[n] = outcome;
    this.row[n] = row;
    if (this.names) this.stageName[n] = stageName;
  }
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

/** Hands a log read already to a sink, as the reading did; returns the sink. */
export function replay<Sink extends EntrySink>(log: HistoryLog, sink: Sink): Sink {
  sink.grow(log.prospects);
  for (let i = 0; i < log.length; i++) {
    sink.entry(log.prospect[i], log.when[i], log.stage[i], log.reached[i], log.outcome[i], log.row[i], log.stageName[i]);
  }
  return sink;
}

const UNSEEN = 0;
const OBSERVED = 1;
const STARTED_PAST = 2;
const DAY = 86_400_000;
const FIRST_STAYS = 64;

/**
 * When each prospect reached `from` and `to`, and whether its first entry was already past `from` (logged mid-way,
 * so its start was not observed). Reaching is for ever: a later loss does not undo it.
 */
export class Passages implements EntrySink {
  private fromAt = new Float64Array(0);
  private toAt = new Float64Array(0);
  private start = new Uint8Array(0);

  constructor(
    private readonly from: number,
    private readonly to: number,
  ) {}

  grow(capacity: number): void {
    this.fromAt = grown(this.fromAt, capacity, NaN);
    this.toAt = grown(this.toAt, capacity, NaN);
    this.start = grown(this.start, capacity, UNSEEN);
  }

  entry(p: number, when: number, _stage: number, reached: number): void {
    if (this.start[p] === UNSEEN) this.start[p] = reached <= this.from ? OBSERVED : STARTED_PAST;
    if (reached >= this.from && isNaN(this.fromAt[p])) this.fromAt[p] = when;
    if (reached >= this.to && isNaN(this.toAt[p])) this.toAt[p] = when;
  }

  /** Days of every observed passage: prospects that reached both stages and whose first entry did not start past `from`. */
  days(): number[] {
    const days: number[] = [];
    for (let p = 0; p < this.start.length; p++) {
      if (this.start[p] === OBSERVED && !isNaN(this.fromAt[p]) && !isNaN(this.toAt[p])) days.push((this.toAt[p] - this.fromAt[p]) / DAY);
    }
    return days;
  }
}

/** A stay in an ordinary stage: from an entry into it to the next entry into another stage or the closing (end NaN: still there). */
export interface Stays {
  /** Days of every ended stay, per ordinary stage, in the order they ended. */
  ended: Float64Array[];
  /** Stays not ended, per ordinary stage. */
  running: number[];
}

/**
 * The stays in each ordinary stage, as entries arrive. A log of a million rows ends most of as many stays: they are
 * kept in typed arrays that double, not in arrays of numbers that the collector would copy as they grow.
 */
export class StayCounter implements EntrySink {
  private readonly ended: Float64Array[];
  private readonly endedCount: Int32Array;
  private current = new Int32Array(0);
  private since = new Float64Array(0);

  constructor(private readonly k: number) {
    this.ended = Array.from({ length: k }, () => new Float64Array(FIRST_STAYS));
    this.endedCount = new Int32Array(k);
  }

  grow(capacity: number): void {
    this.current = grown(this.current, capacity, -1);
    this.since = grown(this.since, capacity, 0);
  }

  entry(p: number, when: number, stage: number, _reached: number, outcome: number): void {
    const here = this.current[p];
    const open = outcome === OUTCOME_OPEN;
    if (open && here === stage) return; // another entry into the same stage continues the stay
    if (here >= 0) this.end(here, (when - this.since[p]) / DAY);
    this.current[p] = open ? stage : -1;
    this.since[p] = when;
  }

  private end(stage: number, days: number): void {
    const n = this.endedCount[stage]++;
    if (n === this.ended[stage].length) this.ended[stage] = grown(this.ended[stage], 2 * n, 0);
    this.ended[stage][n] = days;
  }

  stays(): Stays {
    const running = new Array<number>(this.k).fill(0);
    for (let p = 0; p < this.current.length; p++) if (this.current[p] >= 0) running[this.current[p]]++;
    return { ended: this.ended.map((days, stage) => days.subarray(0, this.endedCount[stage])), running };
  }
}

export function staysOf(log: HistoryLog, pipeline: Pipeline): Stays {
  return replay(log, new StayCounter(pipeline.won.index)).stays();
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
