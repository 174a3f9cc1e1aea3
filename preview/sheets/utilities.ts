// Utilities.formatDate: a date shown in a named time zone with a Java SimpleDateFormat pattern.

import type { UtilitiesLike } from '../../src/sheets/gas';
import type { Recorder } from './context';
import { gasError } from './errors';
import { offsetAt, wallClock } from './zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The letters of SimpleDateFormat the add-on may use; any other letter is refused rather than guessed. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const w = wallClock(date, timeZone);
  const offsetMinutes = Math.round(offsetAt(date.getTime(), timeZone) / 60000);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  const ms = ((date.getTime() % 1000) + 1000) % 1000;
  const field = (letter: string, n: number): string => {
    switch (letter) {
      case 'y':
        return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
      case 'M':
        return n >= 4 ? MONTHS[w.month - 1]! : n === 3 ? MONTHS[w.month - 1]!.slice(0, 3) : pad(w.month, n);
      case 'd':
        return pad(w.day, n);
      case 'E':
        return n >= 4 ? DAYS[weekday]! : DAYS[weekday]!.slice(0, 3);
      case 'H':
        return pad(w.hour, n);
      case 'h':
        return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
      case 'a':
        return w.hour < 12 ? 'AM' : 'PM';
      case 'm':
        return pad(w.minute, n);
      case 's':
        return pad(w.second, n);
      case 'S':
        return pad(ms, 3).slice(0, Math.max(n, 3));
      case 'Z':
      case 'X': {
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        if (letter === 'X' && abs === 0) return 'Z';
        const hh = pad(Math.floor(abs / 60), 2);
        const mm = pad(abs % 60, 2);
        return letter === 'Z' || n === 2 ? `${sign}${hh}${mm}` : n === 1 ? `${sign}${hh}` : `${sign}${hh}:${mm}`;
      }
      default:
        throw gasError(`Illegal pattern character '${letter}'`);
    }
  };
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      const literal = end < 0 ? pattern.slice(i + 1) : pattern.slice(i + 1, end);
      out += literal === '' ? "'" : literal; // '' is a quote
      i = end < 0 ? pattern.length : end + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n++;
      out += field(c, n);
      i += n;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export class Utilities implements UtilitiesLike {
  constructor(private readonly rec: Recorder) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    this.rec.call('Utilities.formatDate');
    return formatDate(date, timeZone, format);
  }
}
