// Wall-clock time in a named time zone: Sheets shows and parses dates in the spreadsheet's zone, not the machine's.

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset (ms) of the zone from UTC at an instant, straight from Intl (slow: a few microseconds). */
function rawOffset(instant: number, timeZone: string): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(seconds))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, (parts.hour ?? 0) % 24, parts.minute ?? 0, parts.second ?? 0);
  return asUtc - seconds;
}

// Offsets change at most a couple of times a year, so they are cached per UTC month (and per day in a month with a
// change): reading 10,000 dates must not cost 10,000 Intl calls. null = the offset changes within that period.
const offsetCache = new Map<string, Map<number, number | null>>();

function cachedOffset(timeZone: string, key: number, start: number, end: number): number | null {
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  let off = zone.get(key);
  if (off === undefined) {
    const a = rawOffset(start, timeZone);
    off = a === rawOffset(end, timeZone) ? a : null;
    zone.set(key, off);
  }
  return off;
}

/** Offset (ms) of the zone from UTC at an instant. */
export function offsetAt(instant: number, timeZone: string): number {
  const d = new Date(instant);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const monthly = cachedOffset(timeZone, y * 12 + m, Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1) - 1000);
  if (monthly !== null) return monthly;
  const day = Date.UTC(y, m, d.getUTCDate());
  // Day keys are negative so they never meet month keys.
  const daily = cachedOffset(timeZone, -1 - day / 86400000, day, day + 86399000);
  return daily !== null ? daily : rawOffset(instant, timeZone);
}

export function wallClock(date: Date, timeZone: string): WallClock {
  const local = new Date(date.getTime() + offsetAt(date.getTime(), timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** The instant at which the clock in `timeZone` reads the given wall-clock time. */
export function fromWallClock(w: WallClock, timeZone: string): Date {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  let instant = guess - offsetAt(guess, timeZone);
  // Second pass settles the offset when the first guess sat on the other side of a DST change.
  instant = guess - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** The time zone this process runs in: the default for a new workbook, so local Dates read naturally. */
export function processTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Spreadsheet serial number (days since 1899-12-30, in the sheet's zone) of a Date, and back. */
export function dateToSerial(date: Date, timeZone: string): number {
  const w = wallClock(date, timeZone);
  const days = Date.UTC(w.year, w.month - 1, w.day) / 86400000 + 25569;
  return days + (w.hour * 3600 + w.minute * 60 + w.second) / 86400;
}

export function serialToDate(serial: number, timeZone: string): Date {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return fromWallClock(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    timeZone,
  );
}
