// Opens the file named on the command line (CSV or XLSX) as a new workbook, in the file's locale.
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { Workbook } from '../sheets/workbook';
import { addCsvSheet, csvLocale, readCsvRecords } from './csv-file';
import type { ImportNote } from './import-notes';
import { addXlsxSheets } from './xlsx-file';

export interface OpenedFile {
  workbook: Workbook;
  /** The first sheet, where the preview starts. */
  firstSheet: string;
  /** What could not be read (and the locale dates were read in), for the page and the console. */
  notes: ImportNote[];
}

/** A spreadsheet locale from --locale / LOCALE: "vi" is vi_VN, "en" en_US, a full code (en_GB) as given. */
export function spreadsheetLocale(given: string | undefined): string | undefined {
  if (!given) return undefined;
  const code = given.replace('-', '_');
  if (code.includes('_')) return code;
  return code.toLowerCase() === 'vi' ? 'vi_VN' : 'en_US';
}

/** `locale`: the spreadsheet locale asked for; a CSV without one is read in the locale its headers or dates show. */
export async function openWorkbookFile(path: string, options: { locale?: string; timeZone?: string } = {}): Promise<OpenedFile> {
  if (!existsSync(path)) throw new Error(`No file at ${path}.`);
  const timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
  const type = extname(path).toLowerCase();
  if (type === '.csv' || type === '.txt') {
    const records = readCsvRecords(path);
    const { locale, reason } = csvLocale(records, options.locale);
    const workbook = new Workbook({ id: path, locale, timeZone });
    const { name, notes } = addCsvSheet(workbook, path, records);
    return { workbook, firstSheet: name, notes: [{ kind: 'locale', locale, reason }, ...notes] };
  }
  const workbook = new Workbook({ id: path, locale: options.locale ?? 'en_US', timeZone });
  if (type === '.xlsx') return { workbook, firstSheet: (await addXlsxSheets(workbook, path))[0] as string, notes: [] };
  throw new Error(`Cannot open ${path}: give a .csv or .xlsx file.`);
}
