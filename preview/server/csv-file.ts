// Reads a CSV file into a workbook sheet: the first row is the header, numbers become numbers and dates Dates.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { isDate, parseText } from '../sheets/coerce';
import type { Workbook } from '../sheets/workbook';
import type { SeedCell } from './seed-sheet';
import { addSeededSheet } from './seed-sheet';

/**
 * One CSV field, read the way Sheets reads typed text (numbers, percents, dates in the spreadsheet's locale), except
 * that nothing becomes a formula and text that only looks numeric keeps its digits (phone numbers such as 0901…).
 */
export function readCsvField(text: string, workbook: Workbook): SeedCell {
  const trimmed = text.trim();
  if (trimmed === '') return { value: '' };
  if (trimmed.startsWith('=')) return { value: text, format: '@' };
  if (/^[+@]/.test(trimmed) || /^-\D/.test(trimmed) || /^0\d/.test(trimmed)) return { value: text };
  const parsed = parseText(trimmed, workbook.coerceContext);
  if (parsed.formula !== undefined) return { value: text };
  if (typeof parsed.value === 'number' || typeof parsed.value === 'boolean' || isDate(parsed.value)) {
    return parsed.format ? { value: parsed.value, format: parsed.format } : { value: parsed.value };
  }
  return { value: text };
}

/** Adds the CSV as one sheet named after the file; returns the sheet's name. */
export function addCsvSheet(workbook: Workbook, path: string): string {
  const records = parse(readFileSync(path, 'utf8'), { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  if (!records.length) throw new Error(`${path} is empty: it needs a header row and one prospect a row.`);
  const name = basename(path, extname(path)) || 'Sheet1';
  const rows = records.map((record, i) => record.map((field) => (i === 0 ? { value: field.trim() } : readCsvField(field, workbook))));
  addSeededSheet(workbook, name, rows, { frozenRows: 1, boldHeader: true });
  return name;
}
