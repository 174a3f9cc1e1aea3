// Reads an XLSX file into the workbook: every worksheet becomes a sheet, with values, formulas and number formats.
import ExcelJS from 'exceljs';
import type { Workbook } from '../sheets/workbook';
import { fromWallClock } from '../sheets/zone';
import type { SeedCell } from './seed-sheet';
import { addSeededSheet } from './seed-sheet';

/** Excel stores dates without a zone: exceljs hands them over as UTC wall-clock times. */
function wallClockDate(date: Date, timeZone: string): Date {
  return fromWallClock(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
    },
    timeZone,
  );
}

function valueOf(value: ExcelJS.CellValue, timeZone: string): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return wallClockDate(value, timeZone);
  if (typeof value !== 'object') return value;
  if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  if ('result' in value) return valueOf((value.result ?? '') as ExcelJS.CellValue, timeZone);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return String(value);
}

function cellOf(cell: ExcelJS.Cell, timeZone: string): SeedCell {
  const value = valueOf(cell.value, timeZone);
  // Text that only looks like a formula stays text.
  if (typeof cell.value === 'string' && cell.value.startsWith('=')) return { value, format: '@' };
  const format = cell.numFmt;
  const formatted =
    format && format !== 'General' && (typeof value === 'number' || value instanceof Date || (typeof value === 'string' && value.startsWith('=')));
  return formatted ? { value, format } : { value };
}

/** Adds every worksheet; returns the sheet names in order. */
export async function addXlsxSheets(workbook: Workbook, path: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const names: string[] = [];
  book.eachSheet((worksheet) => {
    const rows: SeedCell[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: SeedCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = cellOf(cell, workbook.timeZone);
      });
      rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? { value: '' });
    });
    const widths = new Map<number, number>();
    worksheet.columns?.forEach((column, i) => {
      if (column?.width) widths.set(i + 1, Math.round(column.width * 7 + 5));
    });
    const frozen = worksheet.views?.find((view) => view.state === 'frozen') as { ySplit?: number } | undefined;
    addSeededSheet(
      workbook,
      worksheet.name,
      Array.from(rows, (row) => row ?? []),
      { frozenRows: frozen?.ySplit ?? 0, widths },
    );
    names.push(worksheet.name);
  });
  if (!names.length) throw new Error(`${path} has no worksheets.`);
  return names;
}
