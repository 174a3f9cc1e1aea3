// A1 notation: parsing "B2", "A1:C10", "A:C", "A2:C", "2:5", "'My sheet'!A1" and writing coordinates back.

import { gasError } from './errors';

/** One corner of an A1 reference; a missing part means "open" (whole column or whole row). */
export interface A1Corner {
  row?: number;
  col?: number;
}

export interface ParsedA1 {
  sheetName?: string;
  start: A1Corner;
  end: A1Corner;
  /** True for "A:C" (whole columns) and "2:5" (whole rows): Sheets writes those back the same way. */
  wholeColumns: boolean;
  wholeRows: boolean;
}

/** A rectangle on a sheet, 1-based. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

const CORNER = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

export function columnToLetters(col: number): string {
  let out = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return columnToLetters(col) + row;
}

export function rectA1(rect: Rect): string {
  const first = cellA1(rect.row, rect.col);
  if (rect.numRows === 1 && rect.numCols === 1) return first;
  return `${first}:${cellA1(rect.row + rect.numRows - 1, rect.col + rect.numCols - 1)}`;
}

function parseCorner(text: string): A1Corner | null {
  const m = CORNER.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const corner: A1Corner = {};
  if (m[1]) corner.col = lettersToColumn(m[1]);
  if (m[2]) {
    corner.row = Number(m[2]);
    if (corner.row < 1) return null;
  }
  return corner;
}

/** Parses A1 notation; throws Apps Script's "Range not found" when it is not A1. */
export function parseA1(notation: string): ParsedA1 {
  let text = notation.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    const raw = text.slice(0, bang);
    sheetName = raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2 ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    text = text.slice(bang + 1);
  }
  const parts = text.split(':');
  if (parts.length > 2) throw gasError('Range not found');
  const start = parseCorner(parts[0] ?? '');
  const end = parts.length === 2 ? parseCorner(parts[1] ?? '') : start;
  if (!start || !end) throw gasError('Range not found');
  // A lone "A" or "7" is not a range in Sheets; "A:A" and "7:7" are.
  if (parts.length === 1 && (start.row === undefined || start.col === undefined)) throw gasError('Range not found');
  const wholeColumns = start.row === undefined && end.row === undefined;
  const wholeRows = start.col === undefined && end.col === undefined;
  const parsed: ParsedA1 = { start, end, wholeColumns, wholeRows };
  if (sheetName !== undefined) parsed.sheetName = sheetName;
  return parsed;
}

/** Turns parsed A1 into a rectangle; open ends stop at the sheet's max rows / columns. */
export function resolveA1(parsed: ParsedA1, maxRows: number, maxCols: number): Rect {
  const { start, end } = parsed;
  let r1: number;
  let r2: number;
  let c1: number;
  let c2: number;
  if (parsed.wholeColumns) {
    r1 = 1;
    r2 = maxRows;
  } else {
    r1 = start.row ?? 1;
    r2 = end.row ?? maxRows;
  }
  if (parsed.wholeRows) {
    c1 = 1;
    c2 = maxCols;
  } else {
    c1 = start.col ?? 1;
    c2 = end.col ?? maxCols;
  }
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.max(r1, r2) - row + 1, numCols: Math.max(c1, c2) - col + 1 };
}
