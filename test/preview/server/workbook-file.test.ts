// Opening a CSV or XLSX named on the command line: headers, numbers as numbers, dates as Dates, every worksheet.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ImportNote } from '../../../preview/server/import-notes';
import { describeNote } from '../../../preview/server/import-notes';
import { openWorkbookFile, spreadsheetLocale } from '../../../preview/server/workbook-file';
import { withEngine } from './bundle';

const dir = mkdtempSync(join(tmpdir(), 'stagecoach-files-'));
const TZ = 'Asia/Ho_Chi_Minh';

describe('a CSV file', () => {
  const path = join(dir, 'leads.csv');
  writeFileSync(
    path,
    '\uFEFFID,Company,Stage,Value,Stage since,Phone,Note\n' +
      'L-1,"Acme, Inc.",Lead,"1,250,000",2025-03-14,0901 234 567,=1+1\n' +
      'L-2,Bolt,Won,900.5,2025-04-01,+84 90 123 4567,50%\n' +
      '\n' +
      'L-3,Cord,Visit,,,,TRUE\n',
  );

  test('becomes one sheet named after the file, with its header row frozen', async () => {
    const { workbook, firstSheet } = await openWorkbookFile(path, { timeZone: TZ });
    expect(firstSheet).toBe('leads');
    const sheet = workbook.sheet('leads');
    expect(sheet.values('A1:G1')).toEqual([['ID', 'Company', 'Stage', 'Value', 'Stage since', 'Phone', 'Note']]);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.lastRow()).toBe(4);
  });

  test('reads numbers as numbers and dates as Dates, and keeps phone numbers and formulas as text', async () => {
    const { workbook } = await openWorkbookFile(path, { timeZone: TZ });
    const sheet = workbook.sheet('leads');
    const [first, second, third] = sheet.values('A2:G4');
    expect(first?.[1]).toBe('Acme, Inc.');
    expect(first?.[3]).toBe(1250000);
    expect(first?.[4]).toBeInstanceOf(Date);
    expect(sheet.displayValues('E2')).toEqual([['2025-03-14']]);
    expect(first?.[5]).toBe('0901 234 567');
    expect(first?.[6]).toBe('=1+1');
    expect(sheet.formulas('G2')).toEqual([['']]);
    expect(second?.[3]).toBe(900.5);
    expect(second?.[5]).toBe('+84 90 123 4567');
    expect(second?.[6]).toBe(0.5);
    expect(third?.[6]).toBe(true);
  });

  test('works with the formulas at once: CONVERSION reads its stage column', async () => {
    const { workbook } = await openWorkbookFile(path, { timeZone: TZ });
    const { engine } = withEngine(workbook);
    workbook.userEdit('leads', 'I1', '=CONVERSION(C2:C, , , {"Lead"; "Visit"; "Won"})');
    expect(engine.resultAt('leads', 1, 9).value).toBeCloseTo(1 / 3);
  });
});

describe('a CSV file read in its locale, saying what it could not read', () => {
  const vietnamese = join(dir, 'khach-hang.csv');
  writeFileSync(
    vietnamese,
    'Mã,Khách hàng,Giai đoạn,Giá trị,Ngày vào giai đoạn\n' +
      'KH-1,Nguyễn Văn An,Lái thử,"1.250.000,5",10/09/2026\n' +
      'KH-2,Trần Thị Bình,Báo giá,900,31/02/2026\n' +
      'KH-3,Lê Minh,Báo giá,,05/01/2026,thừa\n',
  );
  const english = join(dir, 'uk-leads.csv');
  writeFileSync(english, 'ID,Name,Stage,Created\nL-1,Ann,Lead,10/09/2026\nL-2,Bob,Lead,13/02/2026\n');
  /** yyyy-mm-dd in the spreadsheet's time zone. */
  const dateOf = (value: unknown) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(value as Date);

  test('a Vietnamese file (its headers say so) reads 10/09/2026 as 10 September and 1.250.000,5 as a number', async () => {
    const { workbook, notes } = await openWorkbookFile(vietnamese, { timeZone: TZ });
    expect(workbook.locale).toBe('vi_VN');
    const sheet = workbook.sheet('khach-hang');
    expect(dateOf(sheet.values('E2')[0]?.[0])).toBe('2026-09-10');
    expect(sheet.values('D2')[0]?.[0]).toBe(1250000.5);
    expect(notes[0]).toEqual({ kind: 'locale', locale: 'vi_VN', reason: 'headers' });
    // A leading zero keeps a phone number as text, not a date.
    expect(dateOf(sheet.values('E4')[0]?.[0])).toBe('2026-01-05');
  });

  test('lists the rows it could not read as dates, and rows longer than the header, in the user’s language', async () => {
    const { notes } = await openWorkbookFile(vietnamese, { timeZone: TZ });
    expect(notes.slice(1)).toEqual([
      { kind: 'notDates', column: 'E', header: 'Ngày vào giai đoạn', rows: [3], examples: ['31/02/2026'] },
      { kind: 'longRows', rows: [4], fields: 6, headers: 5 },
    ]);
    expect(describeNote(notes[1] as ImportNote, 'en')).toBe(
      'Column E “Ngày vào giai đoạn”: row 3 could not be read as dates (“31/02/2026”); kept as text.',
    );
    expect(describeNote(notes[1] as ImportNote, 'vi')).toMatch(/^Cột E “Ngày vào giai đoạn”: hàng 3 không đọc được thành ngày/);
  });

  test('an English file with a day past 12 first is read day first; --locale / LOCALE wins over what the file shows', async () => {
    const guessed = await openWorkbookFile(english, { timeZone: TZ });
    expect(guessed.workbook.locale).toBe('en_GB');
    expect(dateOf(guessed.workbook.sheet('uk-leads').values('D2')[0]?.[0])).toBe('2026-09-10');
    const asked = await openWorkbookFile(english, { timeZone: TZ, locale: spreadsheetLocale('en') });
    expect(asked.workbook.locale).toBe('en_US');
    expect(dateOf(asked.workbook.sheet('uk-leads').values('D2')[0]?.[0])).toBe('2026-10-09');
    expect(asked.notes[1]).toMatchObject({ kind: 'notDates', rows: [3], examples: ['13/02/2026'] });
  });
});

describe('an XLSX file', () => {
  const path = join(dir, 'pipeline.xlsx');

  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const leads = book.addWorksheet('Leads', { views: [{ state: 'frozen', ySplit: 1 }] });
    leads.columns = [{ width: 10 }, { width: 24 }, { width: 14 }, { width: 12 }, { width: 14 }];
    leads.addRow(['ID', 'Company', 'Stage', 'Value', 'Stage since']);
    leads.addRow(['L-1', 'Acme', 'Lead', 1250000, new Date(Date.UTC(2025, 2, 14))]);
    leads.addRow(['L-2', 'Bolt', 'Won', 900, new Date(Date.UTC(2025, 3, 1, 9, 30))]);
    leads.getCell('D2').numFmt = '#,##0';
    leads.getCell('E2').numFmt = 'yyyy-mm-dd';
    leads.getCell('E3').numFmt = 'yyyy-mm-dd hh:mm';
    leads.getCell('F1').value = { formula: 'SUM(D2:D3)', result: 1250900 } as ExcelJS.CellFormulaValue;
    const notes = book.addWorksheet('Notes');
    notes.addRow(['Owner', 'Note']);
    notes.addRow(['Lan', { richText: [{ text: 'Call ' }, { text: 'Friday', font: { bold: true } }] }]);
    await book.xlsx.writeFile(path);
  });

  test('turns every worksheet into a sheet, in order', async () => {
    const { workbook, firstSheet } = await openWorkbookFile(path, { timeZone: TZ });
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Leads', 'Notes']);
    expect(firstSheet).toBe('Leads');
    expect(workbook.sheet('Leads').frozenRows).toBe(1);
    expect(workbook.sheet('Leads').columnWidths.get(2)).toBeGreaterThan(100);
    expect(workbook.sheet('Notes').values('A1:B2')).toEqual([
      ['Owner', 'Note'],
      ['Lan', 'Call Friday'],
    ]);
  });

  test('keeps headers, numbers with their format, dates at their wall-clock time, and formulas', async () => {
    const { workbook } = await openWorkbookFile(path, { timeZone: TZ });
    const sheet = workbook.sheet('Leads');
    expect(sheet.values('A1:E1')).toEqual([['ID', 'Company', 'Stage', 'Value', 'Stage since']]);
    expect(sheet.values('D2:D3')).toEqual([[1250000], [900]]);
    expect(sheet.displayValues('D2:E2')).toEqual([['1,250,000', '2025-03-14']]);
    const [[since]] = sheet.values('E3');
    expect(since).toBeInstanceOf(Date);
    expect(sheet.displayValues('E3')).toEqual([['2025-04-01 09:30']]);
    expect(sheet.formulas('F1')).toEqual([['=SUM(D2:D3)']]);
    const { engine } = withEngine(workbook);
    expect(engine.resultAt('Leads', 1, 6).value).toBe(1250900);
  });

  test('a file of another kind, or no file, is refused with a plain message', async () => {
    const other = join(dir, 'leads.ods');
    writeFileSync(other, '');
    await expect(openWorkbookFile(other)).rejects.toThrow('give a .csv or .xlsx file');
    await expect(openWorkbookFile(join(dir, 'missing.csv'))).rejects.toThrow('No file at');
  });
});
