// The follow-up date a prospect gets when it enters a stage: that stage's default, counted in the spreadsheet's days.
import { nameKey } from './names';
import type { StageSetup } from './types';

const DAY = 86_400_000;

/** Milliseconds the zone's wall clock is ahead of UTC at `ms` (whole seconds), or null for a zone Intl does not know. */
function offsetIn(timeZone: string): ((ms: number) => number) | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
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
    return null;
  }
  return (ms) => {
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
  };
}

/**
 * Midnight in `timeZone` of the day `days` after the day `now` falls on there (Sheets shows it as that date in a
 * spreadsheet set to that zone); null when the zone is unknown.
 */
export function dayInZone(now: Date, days: number, timeZone: string): Date | null {
  const offset = offsetIn(timeZone);
  if (!offset) return null;
  const local = now.getTime() + offset(now.getTime());
  const wall = Math.floor(local / DAY) * DAY + days * DAY; // that day's midnight on the zone's wall clock
  // The offset at midnight can differ from now's (a change of summer time in between): look it up there.
  return new Date(wall - offset(wall - offset(wall)));
}

/** The follow-up default of the stage named `stage` (names compared by key): its days, or null when it has none. */
export function followUpDaysOf(stages: readonly StageSetup[], stage: string): number | null {
  const key = nameKey(stage);
  const days = stages.find((s) => nameKey(s.name) === key)?.followUpDays;
  return typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : null;
}
