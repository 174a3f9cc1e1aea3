// The add-on's follow-up rules, evaluated for the grid: overdue follow-up dates of open prospects, and today's.
import { lettersToColumn } from '../sheets/a1';
import { isDate } from '../sheets/coerce';
import type { SheetData } from '../sheets/grid';
import type { Workbook } from '../sheets/workbook';
import { dateToSerial } from '../sheets/zone';

/** The shape src/sheets/follow-up-format.ts writes: a date test on one column, then NOT(OR(TRIM($X2)="closed", …)). */
const OUR_RULE = /^=AND\(ISNUMBER\(\$([A-Z]+)2\), (?:\$[A-Z]+2<TODAY\(\)|(INT)\(\$[A-Z]+2\)=TODAY\(\)), NOT\(OR\((.*)\)\)\)$/;
const CLOSED_TEST = /TRIM\(\$([A-Z]+)2\)="((?:[^"]|"")*)"/g;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim().toLowerCase() : String(value ?? '').toLowerCase());

/**
 * Adds to `fills` ("row:col" → colour) the follow-up cells our rules colour in the rows shown: a date (or a number, as
 * ISNUMBER counts it) whose day in the workbook's zone is before today (overdue) or is today, on a row whose trimmed
 * stage and status match none of the closed names (Sheets compares text with "=" ignoring case).
 */
export function addFollowUpFills(sheet: SheetData, workbook: Workbook, rows: number, fills: Map<string, string>, now = new Date()): void {
  const today = Math.floor(dateToSerial(now, workbook.timeZone));
  for (const rule of sheet.conditionalFormats) {
    const match = rule.formula ? OUR_RULE.exec(rule.formula) : null;
    if (!match || !rule.background) continue;
    const dueToday = match[2] === 'INT';
    const closed = [...(match[3] as string).matchAll(CLOSED_TEST)].map(([, letters, name]) => ({
      col: lettersToColumn(letters as string),
      name: (name as string).replace(/""/g, '"').trim().toLowerCase(),
    }));
    for (const range of rule.ranges) {
      if (range.sheetId !== sheet.id) continue;
      const last = Math.min(range.row + range.numRows - 1, rows, sheet.lastRow());
      for (let row = range.row; row <= last; row++) {
        const value = sheet.valueOf(sheet.peek(row, range.col), row, range.col);
        const serial = isDate(value) ? dateToSerial(value as Date, workbook.timeZone) : typeof value === 'number' ? value : null;
        if (serial === null) continue;
        const day = Math.floor(serial);
        if (dueToday ? day !== today : day >= today) continue;
        const isClosed = closed.some(({ col, name }) => text(sheet.valueOf(sheet.peek(row, col), row, col)) === name);
        if (!isClosed) fills.set(`${row}:${range.col}`, rule.background);
      }
    }
  }
}
