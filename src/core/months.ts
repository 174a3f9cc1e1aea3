// Calendar months in the spreadsheet's time zone: the month an instant falls in, and that month's first midnight.
import { instantOfWall, zoneOffsets } from './zone-offsets';

export interface MonthClock {
  /** year × 12 + month (0-based) of the instant, in the zone. */
  monthOf(ms: number): number;
  /** Midnight of the month's first day in the zone, as a Date. */
  monthStart(month: number): Date;
}

export function monthClock(timeZone: string): MonthClock {
  const offsetAt = zoneOffsets(timeZone);
  return {
    monthOf(ms) {
      const local = new Date(ms + offsetAt(ms));
      return local.getUTCFullYear() * 12 + local.getUTCMonth();
    },
    monthStart(month) {
      return new Date(instantOfWall(offsetAt, Date.UTC(Math.floor(month / 12), month % 12, 1)));
    },
  };
}
