// Calendar months in the spreadsheet's time zone: the month an instant falls in, and that month's first midnight.
import { fail } from './localized-error';
import { instantOfWall, knownZoneOffsets } from './zone-offsets';

const DAY = 86_400_000;

export interface MonthClock {
  /** year × 12 + month (0-based) of the instant, in the zone. */
  monthOf(ms: number): number;
  /** Midnight of the month's first day in the zone, as a Date. */
  monthStart(month: number): Date;
}

export function monthClock(timeZone: string): MonthClock {
  const offsetAt = knownZoneOffsets(timeZone, (zone) => fail('errTimeZone', { zone }));
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
      return new Date(instantOfWall(offsetAt, Date.UTC(Math.floor(month / 12), month % 12, 1)));
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
