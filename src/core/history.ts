// Stage History as data: the append-only log of stage changes, and the figures the sidebar takes from it.
import { HistoryLog, readHistoryLog } from './history-log';
import { changeKind } from './history-reader';
import { nameKey } from './names';
import { OUTCOME_WON } from './prospects';
import type { Pipeline } from './pipeline';
import { daysBetween, textOfCell } from './prospect-row';
import type { StageEntry } from './prospect-state';
import type { Locale } from './types';

export const HISTORY_COLUMNS = 9;
/** The columns of a log written before Change existed: its rows read as moves. */
export const OLD_HISTORY_COLUMNS = 8;
export const HISTORY_HEADERS: Record<Locale, string[]> = {
  en: ['When', 'ID', 'Prospect', 'From', 'To', 'Status', 'By', 'Note', 'Change'],
  vi: ['Thời điểm', 'Mã', 'Khách hàng tiềm năng', 'Từ', 'Đến', 'Trạng thái', 'Người thực hiện', 'Ghi chú', 'Loại thay đổi'],
};

/**
 * How a change was made (the Change column): through the sidebar, in the sheet itself, a spelling fix from Check,
 * a stage renamed in Setup. Written in English whatever the language: readers also accept the Vietnamese words.
 */
export type HistoryChange = 'move' | 'edit' | 'fix' | 'rename';

export interface HistoryRecord {
  when: Date;
  id: string;
  prospect: string;
  from: string;
  to: string;
  status: string;
  by: string;
  note: string;
  /** As written; blank in a row written before the Change column existed (a move). */
  change: HistoryChange | '';
}

/** A prospect's key in the log: its ID where there is one, else its name (as the history reader keys it). */
export function historyKey(id: string, name: string): string {
  return id ? `id:${nameKey(id)}` : `name:${nameKey(name)}`;
}

function changeOfCell(cell: unknown): HistoryChange | '' {
  const kind = changeKind(cell);
  if (kind !== 'entry') return kind;
  const text = nameKey(textOfCell(cell));
  return text === 'edit' ? 'edit' : text === 'move' ? 'move' : '';
}

/** Reads the log's rows (header skipped; rows without a date are ignored). */
export function parseHistory(rows: readonly unknown[][]): HistoryRecord[] {
  const records: HistoryRecord[] = [];
  for (const row of rows) {
    const when = row[0];
    if (!(when instanceof Date) || isNaN(when.getTime())) continue;
    const [id, prospect, from, to, status, by, note] = row.slice(1, OLD_HISTORY_COLUMNS).map(textOfCell);
    records.push({ when, id, prospect, from, to, status, by, note, change: changeOfCell(row[OLD_HISTORY_COLUMNS]) });
  }
  return records;
}

/** A rename row belongs to no prospect: a reader of one prospect's rows must keep these too. */
export function isRename(record: HistoryRecord): boolean {
  return record.change === 'rename';
}

/**
 * The log as the history formulas read it (renames rename earlier entries, a fix corrects the latest entry's stage
 * without restarting its time), but lenient: a row it cannot read is left out and counted (`skipped`), since the
 * sidebar must show what it can. Entry i came from records[log.row[i] − 1].
 */
export function sidebarLog(records: readonly HistoryRecord[], pipeline: Pipeline): HistoryLog {
  const grid = records.map((r) => [r.when, r.id, r.prospect, r.from, r.to, r.status, r.by, r.note, r.change]);
  return readHistoryLog(grid, pipeline, true);
}

/**
 * When each prospect (by key) entered the stage its latest entry puts it in: the first entry of its current stay
 * (another entry into the same stage, a status-only change for instance, continues the stay; a fix is no entry).
 */
export function enteredStage(log: HistoryLog): Map<string, StageEntry> {
  const entered = new Map<string, StageEntry>();
  const stage = new Int32Array(log.prospects);
  const outcome = new Int32Array(log.prospects).fill(-1);
  for (let i = 0; i < log.length; i++) {
    const p = log.prospect[i];
    const key = log.keys[p];
    if (outcome[p] === log.outcome[i] && stage[p] === log.stage[i]) continue;
    stage[p] = log.stage[i];
    outcome[p] = log.outcome[i];
    entered.set(key, { stage: textOfCell(log.stageName[i]), when: new Date(log.when[i]) });
  }
  return entered;
}

/** The entries of the prospects whose keys are given (one owner's, say); prospect numbers and keys stay as they were. */
export function onlyProspects(log: HistoryLog, keys: ReadonlySet<string>): HistoryLog {
  const kept = log.keys.map((key) => keys.has(key));
  const n = log.prospect.reduce((count, p, i) => (i < log.length && kept[p] ? count + 1 : count), 0);
  const sub: HistoryLog = {
    length: n,
    prospects: log.prospects,
    keys: log.keys,
    prospect: new Int32Array(n),
    when: new Float64Array(n),
    stage: new Int32Array(n),
    reached: new Int32Array(n),
    outcome: new Uint8Array(n),
    row: new Int32Array(n),
    stageName: new Array<unknown>(n),
    skipped: log.skipped,
  };
  let j = 0;
  for (let i = 0; i < log.length; i++) {
    if (!kept[log.prospect[i]]) continue;
    sub.prospect[j] = log.prospect[i];
    sub.when[j] = log.when[i];
    sub.stage[j] = log.stage[i];
    sub.reached[j] = log.reached[i];
    sub.outcome[j] = log.outcome[i];
    sub.row[j] = log.row[i];
    sub.stageName[j] = log.stageName[i];
    j++;
  }
  return sub;
}

/** Days from a prospect's first entry to its win, for every won prospect in the log; median of those. */
export function medianDaysToClose(log: HistoryLog): number | null {
  const first = new Float64Array(log.prospects).fill(NaN);
  const won = new Float64Array(log.prospects).fill(NaN);
  for (let i = 0; i < log.length; i++) {
    const p = log.prospect[i];
    if (isNaN(first[p])) first[p] = log.when[i];
    if (log.outcome[i] === OUTCOME_WON && isNaN(won[p])) won[p] = log.when[i];
  }
  const days: number[] = [];
  for (let p = 0; p < log.prospects; p++) if (!isNaN(won[p])) days.push(daysBetween(new Date(first[p]), new Date(won[p])));
  days.sort((a, b) => a - b);
  if (days.length === 0) return null;
  const mid = Math.floor(days.length / 2);
  return days.length % 2 ? days[mid] : (days[mid - 1] + days[mid]) / 2;
}

/** One prospect's entries in time order, read as the log reads them: From is the stage of its previous entry. */
export function entriesOf(log: HistoryLog, records: readonly HistoryRecord[], key: string): HistoryRecord[] {
  const entries: HistoryRecord[] = [];
  let previous: string | null = null;
  for (let i = 0; i < log.length; i++) {
    if (log.keys[log.prospect[i]] !== key) continue;
    const record = records[log.row[i] - 1];
    const to = textOfCell(log.stageName[i]);
    entries.push({ ...record, from: previous ?? record.from, to });
    previous = to;
  }
  return entries;
}
