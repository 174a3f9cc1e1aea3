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
      // A zone's offset is under a day, so an instant whose UTC day has a day of its month on either side is in
      // that month wherever it is read; only the first and last day of a month need the zone.
      const month = innerMonthOfDay(Math.floor(ms / DAY));
      if (month !== null) return month;
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

/**
 * year × 12 + month (0-based) of a UTC day number (days since 1970-01-01), or null on a month's first or last day.
 * The calendar arithmetic of Howard Hinnant's days_from_civil inverse, as Date computes it, without making a Date.
 */
export function innerMonthOfDay(day: number): number | null {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dayOfMonth = doy - Math.floor((153 * mp + 2) / 5) + 1;
  // March-based months: mp 0 = March … 11 = February; the days in each month, February's by the leap rule.
  const month = mp < 10 ? mp + 2 : mp - 10;
  const year = yoe + era * 400 + (mp < 10 ? 0 : 1);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length = month === 1 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month];
  return dayOfMonth > 1 && dayOfMonth < length ? year * 12 + month : null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
