// Display text of a cell value, as getDisplayValues shows it: automatic format or the cell's number format.

import type { CellValue } from '../../src/sheets/gas';
import type { LocaleRules } from './locale';
import { dateToSerial, serialToDate, wallClock } from './zone';

export interface DisplayContext {
  rules: LocaleRules;
  timeZone: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function displayValue(value: CellValue, format: string | undefined, ctx: DisplayContext): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = format && format !== '@' && format.toLowerCase() !== 'general' ? format : undefined;
  if (value instanceof Date) {
    if (!fmt) return formatDate(value, defaultDatePattern(value, ctx), ctx.timeZone);
    return isDatePattern(fmt) ? formatDate(value, fmt, ctx.timeZone) : formatNumber(dateToSerial(value, ctx.timeZone), fmt, ctx.rules);
  }
  if (!fmt) return plainNumber(value, ctx.rules);
  return isDatePattern(fmt) ? formatDate(serialToDate(value, ctx.timeZone), fmt, ctx.timeZone) : formatNumber(value, fmt, ctx.rules);
}

function defaultDatePattern(date: Date, ctx: DisplayContext): string {
  const w = wallClock(date, ctx.timeZone);
  return w.hour || w.minute || w.second ? ctx.rules.dateTimePattern : ctx.rules.datePattern;
}

/** A number in Sheets' automatic format: no grouping, float noise removed, at most 10 decimals. */
export function plainNumber(n: number, rules: LocaleRules): string {
  if (!Number.isFinite(n)) return n > 0 ? '#NUM!' : n < 0 ? '#NUM!' : '#VALUE!';
  let s = String(Number(n.toPrecision(15)));
  if (/e/.test(s)) {
    s = s.replace('e', 'E');
  } else {
    const dot = s.indexOf('.');
    if (dot >= 0 && s.length - dot - 1 > 10) s = String(Number(Number(s).toFixed(10)));
  }
  return rules.decimal === '.' ? s : s.replace('.', rules.decimal);
}

/** Splits a pattern on ";" outside quotes. */
function sections(pattern: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && i + 1 < pattern.length) {
      cur += ch + pattern[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Removes quoted text, escapes and [..] blocks so the pattern's tokens can be inspected. */
function bare(pattern: string): string {
  return pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

const datePatternCache = new Map<string, boolean>();

export function isDatePattern(pattern: string): boolean {
  let known = datePatternCache.get(pattern);
  if (known === undefined) {
    const b = bare(sections(pattern)[0] ?? '');
    known = !/[0#?]/.test(b) && (/[ydhs]/i.test(b) || /m/i.test(b));
    datePatternCache.set(pattern, known);
  }
  return known;
}

interface Piece {
  literal?: string;
  token?: string;
}

/** Tokenizes a pattern into literals and runs of format letters / digit placeholders. */
function tokenize(section: string, tokenChars: RegExp): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    if (ch === '"') {
      const close = section.indexOf('"', i + 1);
      const end = close < 0 ? section.length : close;
      pieces.push({ literal: section.slice(i + 1, end) });
      i = end;
    } else if (ch === '\\') {
      pieces.push({ literal: section[i + 1] ?? '' });
      i++;
    } else if (ch === '[') {
      const close = section.indexOf(']', i);
      const inner = section.slice(i + 1, close < 0 ? section.length : close);
      // [$€-2] is a currency symbol; [Red] and the like are colours, not shown.
      if (inner.startsWith('$')) pieces.push({ literal: inner.slice(1).split('-')[0] ?? '' });
      i = close < 0 ? section.length : close;
    } else if (ch === '_' || ch === '*') {
      i++; // spacing and fill characters take no room in text
    } else if (tokenChars.test(ch)) {
      let j = i;
      while (j + 1 < section.length && (section[j + 1] as string).toLowerCase() === ch.toLowerCase()) j++;
      pieces.push({ token: section.slice(i, j + 1) });
      i = j;
    } else {
      pieces.push({ literal: ch });
    }
  }
  return pieces;
}

interface NumberSection {
  prefix: string;
  suffix: string;
  percent: boolean;
  fracMin: number;
  fracMax: number;
  intMin: number;
  grouped: boolean;
  /** A section with no digit placeholder: shown as its literal text. */
  literalOnly: boolean;
}

const numberSections = new Map<string, NumberSection[]>();

function compileNumberSection(section: string): NumberSection {
  const lit = (text: string): string =>
    tokenize(text, /$^/)
      .map((p) => p.literal ?? '')
      .join('');
  const b = bare(section);
  const base = { prefix: '', suffix: '', percent: b.includes('%'), fracMin: 0, fracMax: 0, intMin: 0, grouped: false, literalOnly: false };
  if (b.search(/[0#?]/) < 0) return { ...base, prefix: lit(section), literalOnly: true };
  // Locate the digit span in the raw section (placeholders inside quotes do not count).
  let start = -1;
  let end = -1;
  let quoted = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (/[0#?]/.test(ch)) {
      if (start < 0) start = i;
      end = i;
    }
  }
  const [intSpec = '', fracSpec = ''] = section.slice(start, end + 1).split('.');
  return {
    ...base,
    prefix: lit(section.slice(0, start)),
    suffix: lit(section.slice(end + 1)),
    fracMin: (fracSpec.match(/0/g) ?? []).length,
    fracMax: (fracSpec.match(/[0#?]/g) ?? []).length,
    intMin: (intSpec.match(/0/g) ?? []).length,
    grouped: intSpec.includes(','),
  };
}

export function formatNumber(n: number, pattern: string, rules: LocaleRules): string {
  let secs = numberSections.get(pattern);
  if (!secs) {
    secs = sections(pattern).map(compileNumberSection);
    numberSections.set(pattern, secs);
  }
  let sec = secs[0] as NumberSection;
  let sign = n < 0 ? '-' : '';
  if (n < 0 && secs[1] && !(secs[1].literalOnly && secs[1].prefix === '')) {
    sec = secs[1];
    sign = '';
  } else if (n === 0 && secs[2]) {
    sec = secs[2];
  }
  if (sec.literalOnly) return sign + sec.prefix;
  let value = Math.abs(n);
  if (sec.percent) value *= 100;
  let [intPart = '0', fracPart = ''] = value.toFixed(sec.fracMax).split('.');
  while (fracPart.length > sec.fracMin && fracPart.endsWith('0')) fracPart = fracPart.slice(0, -1);
  intPart = intPart.replace(/^0+/, '');
  while (intPart.length < sec.intMin) intPart = '0' + intPart;
  if (sec.grouped) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, rules.group);
  const digits = fracPart ? `${intPart}${rules.decimal}${fracPart}` : intPart;
  if (sign && !/[1-9]/.test(digits)) sign = '';
  return sign + sec.prefix + digits + sec.suffix;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

interface DatePattern {
  pieces: Piece[];
  tokens: Array<string | undefined>;
  section: string;
  twelveHour: boolean;
}

const datePatterns = new Map<string, DatePattern>();

function compileDate(pattern: string): DatePattern {
  let compiled = datePatterns.get(pattern);
  if (!compiled) {
    const section = sections(pattern)[0] ?? '';
    const pieces = tokenize(section, /[ydmhsa]/i);
    compiled = { pieces, tokens: pieces.map((p) => p.token?.toLowerCase()), section, twelveHour: /am\/pm|a\/p/i.test(bare(section)) };
    datePatterns.set(pattern, compiled);
  }
  return compiled;
}

export function formatDate(date: Date, pattern: string, timeZone: string): string {
  const w = wallClock(date, timeZone);
  const { pieces, tokens, section, twelveHour } = compileDate(pattern);
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    if (p.literal !== undefined) {
      out.push(p.literal);
      continue;
    }
    const t = tokens[i] ?? '';
    const c = t[0];
    if (c === 'y') out.push(t.length <= 2 ? pad(w.year % 100) : String(w.year));
    else if (c === 'd')
      out.push(
        t.length === 1
          ? String(w.day)
          : t.length === 2
            ? pad(w.day)
            : t.length === 3
              ? (DAYS[dayOfWeek(w)] ?? '').slice(0, 3)
              : (DAYS[dayOfWeek(w)] ?? ''),
      );
    else if (c === 'h') {
      const h = twelveHour ? ((w.hour + 11) % 12) + 1 : w.hour;
      out.push(t.length === 1 ? String(h) : pad(h));
    } else if (c === 's') out.push(t.length === 1 ? String(w.second) : pad(w.second));
    else if (c === 'm') {
      // "m" is minutes right after an hour or right before seconds, else the month.
      let prev: string | undefined;
      for (let k = i - 1; k >= 0 && prev === undefined; k--) prev = tokens[k];
      let next: string | undefined;
      for (let k = i + 1; k < tokens.length && next === undefined; k++) next = tokens[k];
      const minute = (prev?.startsWith('h') ?? false) || (next?.startsWith('s') ?? false);
      if (minute) out.push(t.length === 1 ? String(w.minute) : pad(w.minute));
      else if (t.length === 1) out.push(String(w.month));
      else if (t.length === 2) out.push(pad(w.month));
      else if (t.length === 3) out.push((MONTHS[w.month - 1] ?? '').slice(0, 3));
      else if (t.length === 5) out.push((MONTHS[w.month - 1] ?? '').slice(0, 1));
      else out.push(MONTHS[w.month - 1] ?? '');
    } else if (c === 'a') {
      // "AM/PM" arrives as "a", "m", "/", "p", "m": handle it at its first letter.
      if (/^am\/pm/i.test(section.slice(section.toLowerCase().indexOf('am/pm')))) {
        out.push(w.hour < 12 ? 'AM' : 'PM');
        i += 4;
      } else out.push(p.token ?? '');
    }
  }
  return out.join('');
}

function dayOfWeek(w: { year: number; month: number; day: number }): number {
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
}
