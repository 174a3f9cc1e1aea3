// How Sheets turns what a script writes (or a person types) into a cell: formulas, numbers, booleans, dates, text.

import type { CellValue } from '../../src/sheets/gas';
import type { LocaleRules } from './locale';
import { gasError, TOO_LONG } from './errors';
import { fromWallClock } from './zone';

/** Sheets holds at most 50,000 characters in a cell. */
export const CELL_TEXT_LIMIT = 50000;

/** What ends up in a cell: a value, or a formula, plus the number format Sheets infers (e.g. "0%" for "50%"). */
export interface CellInput {
  value: CellValue;
  formula?: string;
  format?: string;
}

export interface CoerceContext {
  rules: LocaleRules;
  timeZone: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const numberPatterns = new Map<string, RegExp>();

function numberPattern(rules: LocaleRules): RegExp {
  const key = rules.decimal + rules.group;
  let re = numberPatterns.get(key);
  if (!re) {
    const d = rules.decimal === '.' ? '\\.' : rules.decimal;
    const g = rules.group === '.' ? '\\.' : rules.group;
    // sign, optional "$", digits (grouped by 3 or not), decimals, exponent, optional "%"
    re = new RegExp(`^([+-])?(\\$)?((?:\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}\\d*)?|${d}\\d+)(?:[eE]([+-]?\\d+))?(%)?$`);
    numberPatterns.set(key, re);
  }
  return re;
}

/** True for a Date from any realm (the preview may run the add-on bundle in a vm context, whose Date is another class). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A JS value written by setValue/setValues. Strings are read the way Sheets reads typed text. */
export function coerceScriptValue(value: unknown, ctx: CoerceContext, cellFormat: string | undefined): CellInput {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'string') return parseText(value, ctx, cellFormat);
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  if (isDate(value)) return { value: new Date(value.getTime()) };
  return { value: String(value) };
}

/** Text a person types, or a script writes as a string. */
export function parseText(text: string, ctx: CoerceContext, cellFormat?: string): CellInput {
  if (text === '') return { value: '' };
  if (text.length > CELL_TEXT_LIMIT) throw gasError(TOO_LONG);
  // A leading apostrophe forces text and is not part of the value.
  if (text.startsWith("'")) return { value: text.slice(1) };
  // A cell formatted as plain text keeps what it is given.
  if (cellFormat === '@') return { value: text };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  // Cheap look at the text first: most cells are words, which need no regular expression at all.
  const first = trimmed.charCodeAt(0);
  const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (isLetter) {
    if (trimmed.length <= 5 && /^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
    if (/\d/.test(trimmed)) {
      const date = parseDate(trimmed, ctx);
      if (date) return date;
    }
  } else if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 36 || first === 46 || first === 44) {
    const num = parseNumber(trimmed, ctx.rules);
    if (num) return num;
    const date = parseDate(trimmed, ctx);
    if (date) return date;
  }
  // Sheets reads a leading + or - as the start of a formula ("+1 555 0100" becomes =+1 555 0100, an error).
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1) return { value: '', formula: `=${text}` };
  return { value: text };
}

function parseNumber(text: string, rules: LocaleRules): CellInput | null {
  const m = numberPattern(rules).exec(text);
  if (!m) return null;
  const [, sign, dollar, digits = '', exp, percent] = m;
  let n = Number(digits.split(rules.group).join('').replace(rules.decimal, '.'));
  if (exp) n *= 10 ** Number(exp);
  if (sign === '-') n = -n;
  const decimals = digits.includes(rules.decimal) ? (digits.split(rules.decimal)[1] ?? '').length : 0;
  if (percent) {
    n /= 100;
    return { value: n, format: decimals ? `0.${'0'.repeat(decimals)}%` : '0%' };
  }
  if (dollar) return { value: n, format: decimals ? '"$"#,##0.00' : '"$"#,##0' };
  return { value: n };
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function parseDate(text: string, ctx: CoerceContext): CellInput | null {
  let y: number;
  let mo: number;
  let d: number;
  let time: string[] = [];
  let format: string;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
    time = m.slice(4);
    format = m[4] ? 'yyyy-mm-dd H:mm:ss' : 'yyyy-mm-dd';
  } else if ((m = /^(\d{1,4})\/(\d{1,2})\/(\d{1,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text))) {
    const [a = '', b = '', c = ''] = [m[1], m[2], m[3]];
    if (a.length === 4) {
      [y, mo, d] = [Number(a), Number(b), Number(c)];
    } else if (c.length === 2 || c.length === 4) {
      y = fullYear(c);
      [mo, d] = ctx.rules.dateOrder === 'DMY' ? [Number(b), Number(a)] : [Number(a), Number(b)];
    } else return null;
    time = m.slice(4);
    format = m[4] ? ctx.rules.dateTimePattern : ctx.rules.datePattern;
  } else if ((m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(text)) || (m = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(text))) {
    const monthFirst = /^[A-Za-z]/.test(text);
    const name = (monthFirst ? m[1] : m[2]) ?? '';
    const idx = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
    if (idx < 0) return null;
    y = Number(m[3]);
    mo = idx + 1;
    d = Number(monthFirst ? m[2] : m[1]);
    format = ctx.rules.datePattern;
  } else return null;
  if (!validDay(y, mo, d)) return null;
  const [hh, mm, ss] = time;
  const hour = hh ? Number(hh) : 0;
  const minute = mm ? Number(mm) : 0;
  const second = ss ? Number(ss) : 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { value: fromWallClock({ year: y, month: mo, day: d, hour, minute, second }, ctx.timeZone), format };
}
