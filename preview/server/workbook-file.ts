// Opens the file named on the command line (CSV or XLSX) as a new workbook.
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { Workbook } from '../sheets/workbook';
import { addCsvSheet } from './csv-file';
import { addXlsxSheets } from './xlsx-file';

export interface OpenedFile {
  workbook: Workbook;
  /** The first sheet, where the preview starts. */
  firstSheet: string;
}

export async function openWorkbookFile(path: string, options: { locale?: string; timeZone?: string } = {}): Promise<OpenedFile> {
  if (!existsSync(path)) throw new Error(`No file at ${path}.`);
  const workbook = new Workbook({ id: path, locale: options.locale ?? 'en_US', timeZone: options.timeZone ?? 'Asia/Ho_Chi_Minh' });
  const type = extname(path).toLowerCase();
  if (type === '.csv' || type === '.txt') return { workbook, firstSheet: addCsvSheet(workbook, path) };
  if (type === '.xlsx') return { workbook, firstSheet: (await addXlsxSheets(workbook, path))[0] as string };
  throw new Error(`Cannot open ${path}: give a .csv or .xlsx file.`);
}
