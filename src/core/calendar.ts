// Calendar days in the spreadsheet's time zone: what "today", "days in stage" and a date cell mean to the user.
import { fail } from './localized-error';
import { instantOfWall, knownZoneOffsets } from './zone-offsets';

const DAY = 86_400_000;

export interface DayClock {
  readonly timeZone: string;
  /** Days since 1970-01-01 of the date the instant falls on, in the zone. */
  dayOf(instant: Date | number): number;
  /** Midnight of that day in the zone: what Sheets stores for a date typed into a cell. */
  dayStart(day: number): Date;
  /** The date in the zone as YYYY-MM-DD (dates cross google.script.run as text). */
  isoDate(instant: Date | number): string;
}

export function dayClock(timeZone: string): DayClock {
  const offsetAt = knownZoneOffsets(timeZone, (zone) => fail('errTimeZone', { zone }));
  const ms = (instant: Date | number) => (typeof instant === 'number' ? instant : instant.getTime());
  return {
    timeZone,
    dayOf(instant) {
      const t = ms(instant);
      return Math.floor((t + offsetAt(t)) / DAY);
    },
    dayStart(day) {
      return new Date(instantOfWall(offsetAt, day * DAY));
    },
    isoDate(instant) {
      return new Date(this.dayOf(instant) * DAY).toISOString().slice(0, 10);
    },
  };
}

/** Whole calendar days from one instant's date to another's, in the zone; never negative. */
export function calendarDaysBetween(clock: DayClock, from: Date, to: Date): number {
  return Math.max(0, clock.dayOf(to) - clock.dayOf(from));
}
