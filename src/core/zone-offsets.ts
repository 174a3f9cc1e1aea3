// A time zone's offset from UTC at any instant, looked up once a day (per quarter hour on the days it changes).
// No message catalogue here: the sidebar bundles it (through calendar-day.ts); callers say what an unknown zone means.

const DAY = 86_400_000;
const QUARTER_HOUR = 900_000;

/** ms to add to an instant to get its wall-clock time in `timeZone`, read as UTC; null for a zone Intl does not know. */
export function zoneOffsets(timeZone: string): ((ms: number) => number) | null {
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
    return null;
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
  return (ms) => {
    const day = Math.floor(ms / DAY);
    const start = dayOffset(day);
    if (start === dayOffset(day + 1)) return start;
    const quarter = Math.floor(ms / QUARTER_HOUR);
    let offset = byQuarter.get(quarter);
    if (offset === undefined) byQuarter.set(quarter, (offset = exactOffset(quarter * QUARTER_HOUR)));
    return offset;
  };
}

/** The instant of a wall-clock time in the zone (its first occurrence when clocks go back). */
export function instantOfWall(offsetAt: (ms: number) => number, wall: number): number {
  const guess = wall - offsetAt(wall);
  return wall - offsetAt(guess);
}

/** The zone's offsets, or the localized error the formulas and the server give for a zone Sheets would not have. */
export function knownZoneOffsets(timeZone: string, unknown: (zone: string) => Error): (ms: number) => number {
  const offsets = zoneOffsets(timeZone);
  if (!offsets) throw unknown(JSON.stringify(String(timeZone)));
  return offsets;
}
