// Stage History as data: the append-only log of stage changes, and the figures it gives (days in stage, days to close).
import { textOfCell, daysBetween } from './prospect-row';
import { nameKey, WON_WORDS } from './names';
import type { Pipeline } from './pipeline';
import type { Locale } from './types';

export const HISTORY_COLUMNS = 8;
export const HISTORY_HEADERS: Record<Locale, string[]> = {
  en: ['When', 'ID', 'Prospect', 'From', 'To', 'Status', 'By', 'Note'],
  vi: ['Thời điểm', 'Mã', 'Khách hàng tiềm năng', 'Từ', 'Đến', 'Trạng thái', 'Người thực hiện', 'Ghi chú'],
};

export interface HistoryRecord {
  when: Date;
  id: string;
  prospect: string;
  from: string;
  to: string;
  status: string;
  by: string;
  note: string;
}

/** A prospect's key in the log: its ID where there is one, else its name. */
export function historyKey(id: string, name: string): string {
  return id ? `id:${nameKey(id)}` : `name:${nameKey(name)}`;
}

/** Reads the log's rows (header skipped; rows without a date are ignored). */
export function parseHistory(rows: readonly unknown[][]): HistoryRecord[] {
  const records: HistoryRecord[] = [];
  for (const row of rows) {
    const when = row[0];
    if (!(when instanceof Date) || isNaN(when.getTime())) continue;
    const [id, prospect, from, to, status, by, note] = row.slice(1, HISTORY_COLUMNS).map(textOfCell);
    records.push({ when, id, prospect, from, to, status, by, note });
  }
  return records;
}

/** Last entry per prospect key into its current stage: when it entered it. */
export function enteredStage(records: readonly HistoryRecord[]): Map<string, { stage: string; when: Date }> {
  const entered = new Map<string, { stage: string; when: Date }>();
  for (const record of records) {
    const key = historyKey(record.id, record.prospect);
    const last = entered.get(key);
    if (!last || record.when >= last.when) entered.set(key, { stage: record.to, when: record.when });
  }
  return entered;
}

/** Days from a prospect's first logged change to its win, for every won prospect in the log; median of those. */
export function medianDaysToClose(records: readonly HistoryRecord[], pipeline: Pipeline): number | null {
  const first = new Map<string, Date>();
  const wonAt = new Map<string, Date>();
  for (const record of records) {
    const key = historyKey(record.id, record.prospect);
    const start = first.get(key);
    if (!start || record.when < start) first.set(key, record.when);
    const won = nameKey(record.to) === pipeline.won.key || WON_WORDS.has(nameKey(record.status));
    if (won && !wonAt.has(key)) wonAt.set(key, record.when);
  }
  const days = [...wonAt].map(([key, when]) => daysBetween(first.get(key)!, when)).sort((a, b) => a - b);
  if (days.length === 0) return null;
  const mid = Math.floor(days.length / 2);
  return days.length % 2 ? days[mid] : (days[mid - 1] + days[mid]) / 2;
}
