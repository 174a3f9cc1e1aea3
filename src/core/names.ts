// How names are compared: the key of a stage, status or customer name, and the vocabularies read through it.
import type { Locale, StageKind } from './types';

/** NFC (Vietnamese is often typed decomposed), "-" and "_" as spaces, trimmed, white space folded, lower-cased. */
export function nameKey(text: string): string {
  return isPlainAscii(text) ? text.toLowerCase() : text.normalize('NFC').replace(/[-_]/g, ' ').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The key of text that digits will follow: nameKey(prefix + digits) is prefixKey(prefix) + digits for any ASCII
 * digits (nothing composes with a digit under NFC, and the end is not trimmed, since the digits end the text).
 */
export function prefixKey(prefix: string): string {
  return prefix.normalize('NFC').replace(/[-_]/g, ' ').trimStart().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * ASCII without "-", "_", control characters, leading, trailing or doubled spaces: the steps of nameKey before
 * lower-casing change nothing in such text (NFC leaves ASCII as it is), so they are skipped. Most cells are like this.
 */
function isPlainAscii(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c > 126 || c < 32 || c === 45 || c === 95) return false;
    if (c === 32 && (i === 0 || i === last || text.charCodeAt(i - 1) === 32)) return false;
  }
  return true;
}

/** Text without diacritics ("Giai đoạn" → "Giai doan"), for matching what people type without accents. */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Blank: empty, null/undefined, or text that is only white space. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

const keys = (...names: string[]) => new Set(names.map(nameKey));

export const LOST_WORDS = keys('lost', 'closed lost', 'dead', 'disqualified', 'thua', 'thất bại', 'mất');
export const WON_WORDS = keys('won', 'closed won', 'thắng', 'thành công', 'chốt');
export const OPEN_WORDS = keys('open', 'đang mở', 'mở');

/** Headers that name the prospects sheet's stage column (also how a stray header row in that column is recognised). */
export const STAGE_COLUMN_NAMES = ['Stage', 'Pipeline stage', 'Giai đoạn'];
export const STAGE_HEADERS = keys(...STAGE_COLUMN_NAMES);
/** Headers of a pipeline table's first column. */
export const PIPELINE_HEADERS = keys('stage', 'giai đoạn');

/** The kind column's words, per language: written in the user's language, read in either. */
export const KIND_WORDS: Record<Locale, Record<StageKind, string>> = {
  en: { stage: 'stage', won: 'won', lost: 'lost' },
  vi: { stage: 'giai đoạn', won: 'thắng', lost: 'thua' },
};

// Made once: a literal inside the function is a new RegExp object at every call (a log checks each new prospect).
const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/i;

/** Error values as Sheets passes them to custom functions. */
export function isErrorValue(value: unknown): boolean {
  return typeof value === 'string' && ERROR_VALUE.test(value.trim());
}

/** Shows a cell value in a message the way the user typed it, shortened so a 100,000-character cell does not flood a tooltip. */
export function showValue(value: unknown): string {
  if (value instanceof Date) return isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 37) + '…' : value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined) return 'an empty cell';
  if (Array.isArray(value)) return 'a nested list';
  return 'an unreadable value';
}
