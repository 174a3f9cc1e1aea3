// Calendar days in the spreadsheet's time zone, as "YYYY-MM-DD" keys: what "today", "overdue" and a follow-up date mean.
// (No message catalogue here: the sidebar bundles this file. Callers check the zone first with isKnownTimeZone.)
import { instantOfWall, zoneOffsets } from './zone-offsets';

const DAY = 86_400_000;
const KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const offsets = new Map<string, ((ms: number) => number) | null>();

function offsetsOf(timeZone: string): ((ms: number) => number) | null {
  if (!offsets.has(timeZone)) offsets.set(timeZone, zoneOffsets(timeZone));
  return offsets.get(timeZone)!;
}

/** True for a time zone Intl knows ("Asia/Ho_Chi_Minh"); the functions below throw a RangeError for any other. */
export function isKnownTimeZone(timeZone: string): boolean {
  return offsetsOf(timeZone) !== null;
}

/** The zone's offset from UTC (ms) at an instant. */
function offsetAt(ms: number, timeZone: string): number {
  const offset = offsetsOf(timeZone);
  if (!offset) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return offset(ms);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function keyOfUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The day an instant falls on in the zone: "2026-12-02". */
export function dayKeyOf(date: Date, timeZone: string): string {
  const ms = date.getTime();
  return keyOfUtc(ms + offsetAt(ms, timeZone));
}

/** True for "YYYY-MM-DD" naming a real day (no 2026-02-30) between the years 1900 and 9999. */
export function isDayKey(text: string): boolean {
  const m = KEY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return keyOfUtc(Date.UTC(year, month - 1, day)) === text;
}

function utcOf(key: string): number {
  const m = KEY.exec(key);
  if (!m) throw new Error(`Not a day: ${key}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The day `days` days after `key` (before, when negative). */
export function addDays(key: string, days: number): string {
  return keyOfUtc(utcOf(key) + Math.round(days) * DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY);
}

/** Midnight at the start of the day in the zone, as a Date: the value Sheets stores for a date typed into a cell. */
export function midnightOf(key: string, timeZone: string): Date {
  return new Date(instantOfWall((ms) => offsetAt(ms, timeZone), utcOf(key)));
}

/**
 * The day a follow-up cell names: a date (any time of day) in the zone, or text typed as "YYYY-MM-DD" in a cell
 * formatted as plain text; null for a blank cell or anything else (a word, a number).
 */
export function dayOfCell(cell: unknown, timeZone: string): string | null {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? null : dayKeyOf(cell, timeZone);
  if (typeof cell === 'string') {
    const text = cell.trim();
    return isDayKey(text) ? text : null;
  }
  return null;
}
