// Reads a CSV file into a workbook sheet: the first row is the header, numbers become numbers and dates Dates, read in
// the file's locale; what could not be read is listed (ImportNote), never silently changed.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { columnToLetters } from '../sheets/a1';
import { isDate, parseText } from '../sheets/coerce';
import type { Workbook } from '../sheets/workbook';
import type { ImportNote } from './import-notes';
import type { SeedCell } from './seed-sheet';
import { addSeededSheet } from './seed-sheet';

const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(\s|$)/;

/**
 * One CSV field, read the way Sheets reads typed text (numbers, percents, dates in the spreadsheet's locale), except
 * that nothing becomes a formula and text that only looks numeric keeps its digits (phone numbers such as 0901…).
 */
export function readCsvField(text: string, workbook: Workbook): SeedCell {
  const trimmed = text.trim();
  if (trimmed === '') return { value: '' };
  if (trimmed.startsWith('=')) return { value: text, format: '@' };
  // A leading zero keeps phone numbers as text, but not a date such as 05/01/2026.
  if (/^[+@]/.test(trimmed) || /^-\D/.test(trimmed) || (/^0\d/.test(trimmed) && !SLASH_DATE.test(trimmed))) return { value: text };
  const parsed = parseText(trimmed, workbook.coerceContext);
  if (parsed.formula !== undefined) return { value: text };
  if (typeof parsed.value === 'number' || typeof parsed.value === 'boolean' || isDate(parsed.value)) {
    return parsed.format ? { value: parsed.value, format: parsed.format } : { value: parsed.value };
  }
  return { value: text };
}

export function readCsvRecords(path: string): string[][] {
  const records = parse(readFileSync(path, 'utf8'), { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  if (!records.length) throw new Error(`${path} is empty: it needs a header row and one prospect a row.`);
  return records;
}

/** Letters Vietnamese has and English does not (đ, and the vowels with their tone marks). */
const VIETNAMESE = /[đĐăâêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;

/**
 * The locale to read the file in: the one asked for (--locale / LOCALE), else vi_VN for Vietnamese headers, else
 * en_GB when a date starts with a day past 12 (13/02/2026 cannot be month first), else en_US as Sheets' default.
 */
export function csvLocale(records: string[][], given?: string): { locale: string; reason: 'given' | 'headers' | 'dates' | 'default' } {
  if (given) return { locale: given, reason: 'given' };
  if ((records[0] ?? []).some((header) => VIETNAMESE.test(header))) return { locale: 'vi_VN', reason: 'headers' };
  for (let i = 1; i < records.length; i++) {
    for (const field of records[i] as string[]) {
      const m = SLASH_DATE.exec(field.trim());
      if (m && Number(m[1]) > 12 && Number(m[2]) <= 12) return { locale: 'en_GB', reason: 'dates' };
    }
  }
  return { locale: 'en_US', reason: 'default' };
}

const looksLikeDate = (text: string) => /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(text.trim());
const looksLikeNumber = (text: string) => /^[+-]?[\d.,\s]+%?$/.test(text.trim()) && /\d/.test(text);

/**
 * Columns mostly read as dates (or numbers) whose other fields look like one but could not be read: listed with their
 * rows, kept as text. Rows with more fields than headers are listed too.
 */
export function unreadFields(records: string[][], rows: SeedCell[][]): ImportNote[] {
  const headers = records[0] ?? [];
  const notes: ImportNote[] = [];
  const width = Math.max(...records.map((r) => r.length));
  for (let col = 0; col < width; col++) {
    let dates = 0;
    let numbers = 0;
    const odd: Array<{ row: number; text: string; date: boolean }> = [];
    for (let i = 1; i < rows.length; i++) {
      const cell = rows[i]?.[col];
      const text = records[i]?.[col] ?? '';
      if (!cell || text.trim() === '') continue;
      if (isDate(cell.value)) dates++;
      else if (typeof cell.value === 'number') numbers++;
      else if (looksLikeDate(text)) odd.push({ row: i + 1, text, date: true });
      else if (looksLikeNumber(text) && !/^0\d/.test(text.trim()) && !/^\+/.test(text.trim())) odd.push({ row: i + 1, text, date: false });
    }
    const date = dates >= numbers;
    const wrong = odd.filter((o) => o.date === date);
    if (!wrong.length || (date ? dates : numbers) === 0) continue;
    notes.push({
      kind: date ? 'notDates' : 'notNumbers',
      column: columnToLetters(col + 1),
      header: headers[col] ?? '',
      rows: wrong.map((o) => o.row),
      examples: wrong.slice(0, 3).map((o) => o.text),
    });
  }
  const long = records.map((r, i) => ({ row: i + 1, fields: r.length })).filter((r) => r.row > 1 && r.fields > headers.length);
  if (long.length)
    notes.push({ kind: 'longRows', rows: long.map((r) => r.row), fields: Math.max(...long.map((r) => r.fields)), headers: headers.length });
  return notes;
}

/** Adds the CSV as one sheet named after the file; returns the sheet's name and what could not be read. */
export function addCsvSheet(workbook: Workbook, path: string, records = readCsvRecords(path)): { name: string; notes: ImportNote[] } {
  const name = basename(path, extname(path)) || 'Sheet1';
  const rows = records.map((record, i) => record.map((field) => (i === 0 ? { value: field.trim() } : readCsvField(field, workbook))));
  addSeededSheet(workbook, name, rows, { frozenRows: 1, boldHeader: true });
  return { name, notes: unreadFields(records, rows) };
}
