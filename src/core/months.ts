// Calendar months in the spreadsheet's time zone: the month an instant falls in, and that month's first midnight.
import { fail } from './localized-error';

const DAY = 86_400_000;
const QUARTER_HOUR = 900_000;

export interface MonthClock {
  /** year × 12 + month (0-based) of the instant, in the zone. */
  monthOf(ms: number): number;
  /** Midnight of the month's first day in the zone, as a Date. */
  monthStart(month: number): Date;
}

export function monthClock(timeZone: string): MonthClock {
  let parts: Intl.DateTimeFormat;
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw fail('errTimeZone', { zone: JSON.stringify(String(timeZone)) });
  }
  const exactOffset = (ms: number): number => {
    const p: Record<string, number> = {};
    for (const part of parts.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    return wall - Math.floor(ms / 1000) * 1000;
  };
  // Offsets change at most once a day, on a quarter hour: one lookup per day, per quarter hour on the days they change.
  const byDay = new Map<number, number>();
  const byQuarter = new Map<number, number>();
  const dayOffset = (day: number): number => {
    let offset = byDay.get(day);
    if (offset === undefined) byDay.set(day, (offset = exactOffset(day * DAY)));
    return offset;
  };
  const offsetAt = (ms: number): number => {
    const day = Math.floor(ms / DAY);
    const start = dayOffset(day);
    if (start === dayOffset(day + 1)) return start;
    const quarter = Math.floor(ms / QUARTER_HOUR);
    let offset = byQuarter.get(quarter);
    if (offset === undefined) byQuarter.set(quarter, (offset = exactOffset(quarter * QUARTER_HOUR)));
    return offset;
  };
  return {
    monthOf(ms) {
      const local = new Date(ms + offsetAt(ms));
      return local.getUTCFullYear() * 12 + local.getUTCMonth();
    },
    monthStart(month) {
      const wall = Date.UTC(Math.floor(month / 12), month % 12, 1);
      const guess = wall - offsetAt(wall);
      return new Date(wall - offsetAt(guess));
    },
  };
}
