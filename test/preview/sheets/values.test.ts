// Reading and writing values: shapes, Sheets' coercion of written strings, display text, formulas.

import vm from 'node:vm';

import { createServices, Workbook } from '../../../preview/sheets';

function setup(options: { locale?: string; timeZone?: string } = {}, rows: unknown[][] = []) {
  const wb = new Workbook({ timeZone: 'UTC', ...options });
  wb.addSheet('Data', rows);
  const services = createServices(wb);
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
  return { wb, services, sheet };
}

describe('getValues', () => {
  test('returns rows × columns with "" for empty cells, and numbers, booleans and Dates as stored', () => {
    const when = new Date(Date.UTC(2024, 0, 15));
    const { sheet } = setup({}, [['Acme', 1200, true, when]]);
    expect(sheet.getRange('A1:E2').getValues()).toEqual([
      ['Acme', 1200, true, when, ''],
      ['', '', '', '', ''],
    ]);
  });

  test('hands out copies of Dates, so a caller mutating one does not change the sheet', () => {
    const { sheet } = setup({}, [[new Date(Date.UTC(2024, 0, 15))]]);
    (sheet.getRange('A1').getValues()[0]![0] as Date).setUTCFullYear(1999);
    expect((sheet.getRange('A1').getValues()[0]![0] as Date).getUTCFullYear()).toBe(2024);
  });
});

describe('setValues', () => {
  test("throws Sheets' message when the data has fewer rows than the range", () => {
    // Wording from a real Apps Script log kept in a project's comments (code search): "The number of rows in the data
    // does not match the number of rows in the range. The data has 0 but the range has 119."
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B3').setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
  });

  test("throws Sheets' message when a row has the wrong number of columns, and writes nothing", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setValues([['a', 'b'], ['c']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  test('a 1-D array is refused the way Apps Script refuses a wrong argument type', () => {
    // Real logs quoted in projects' comments: "Exception: The parameters (number,number,number,null) don't match the
    // method signature for SpreadsheetApp.Range.setValues."
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B1').setValues(['a', 'b'] as unknown as unknown[][])).toThrow(
      "The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  test('text over 50,000 characters is refused', () => {
    // Apps Script's message, as reproduced by emulators: "Your input contains more than the maximum of 50000 characters in a single cell."
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    sheet.getRange('A1').setValue('x'.repeat(50000));
    expect(String(sheet.getRange('A1').getValues()[0]![0])).toHaveLength(50000);
  });

  test('Dates made in another JS realm (a vm context running the add-on bundle) are still Dates', () => {
    const { sheet } = setup();
    const foreign = vm.runInNewContext('new Date(Date.UTC(2024, 0, 2))') as Date;
    expect(foreign instanceof Date).toBe(false);
    sheet.getRange('A1').setValue(foreign);
    expect(sheet.getRange('A1').getValues()).toEqual([[new Date(Date.UTC(2024, 0, 2))]]);
  });

  test('null and undefined clear the cell', () => {
    const { sheet } = setup({}, [['x', 'y']]);
    sheet.getRange('A1:B1').setValues([[null, undefined]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getLastRow()).toBe(0);
  });

  test('setValue writes the same value to every cell of the range', () => {
    const { sheet } = setup();
    sheet.getRange('B2:C3').setValue('Lead');
    expect(sheet.getRange('B2:C3').getValues()).toEqual([
      ['Lead', 'Lead'],
      ['Lead', 'Lead'],
    ]);
  });
});

describe('strings written by a script are read the way Sheets reads typed text', () => {
  // Range.setValue/setValues behave like the Sheets API's USER_ENTERED input: gas-fakes switched its setValues from
  // RAW to USER_ENTERED "to align the behavior with apps script" (brucemcpherson/gas-fakes issue #40). USER_ENTERED is
  // "parsed exactly as if it were entered into the Google Sheets UI, so "Mar 1 2016" becomes a date, and "=1+2" becomes
  // a formula" (Sheets API ValueInputOption docs).

  test('"=..." becomes a formula', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('=SUM(B1:B3)');
    expect(sheet.getRange('A1').getFormulas()).toEqual([['=SUM(B1:B3)']]);
  });

  test('a leading apostrophe keeps the rest as text, and the apostrophe is not part of the value', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['\'=HYPERLINK("x")', "'+84 90 123", "'007", "'TRUE"]]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['=HYPERLINK("x")', '+84 90 123', '007', 'TRUE']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['', '', '', '']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['=HYPERLINK("x")', '+84 90 123', '007', 'TRUE']]);
  });

  test('text starting with + or - that is not a number becomes a formula, so user text must be escaped', () => {
    // In Sheets "+" and "-" written as user-entered values "become math operations that result in #ERROR"
    // (robin900/gspread-dataframe issue #16); "text fields starting with a + are interpreted as formulae"
    // (nithinmurali/pygsheets PR #373).
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['+84 90 123 4567', '- call back']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=+84 90 123 4567', '=- call back']]);
    sheet.getRange('C1:D1').setValues([['-12.5', '@Acme']]);
    expect(sheet.getRange('C1:D1').getValues()).toEqual([[-12.5, '@Acme']]);
  });

  test('numeric-looking strings become numbers (leading zeros dropped), "TRUE"/"false" booleans', () => {
    const { sheet } = setup();
    sheet.getRange('A1:F1').setValues([['42', '007', '1,234.5', ' 3.25 ', 'TRUE', 'false']]);
    expect(sheet.getRange('A1:F1').getValues()).toEqual([[42, 7, 1234.5, 3.25, true, false]]);
  });

  test('"50%" becomes 0.5 shown as a percentage, "$1,200" 1200 shown as money', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['50%', '$1,200']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[0.5, 1200]]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['50%', '$1,200']]);
  });

  test("date-like strings become Dates at midnight in the spreadsheet's time zone", () => {
    const { sheet } = setup({ timeZone: 'Asia/Ho_Chi_Minh' });
    sheet.getRange('A1:C1').setValues([['2024-03-05', '3/5/2024', 'Mar 5, 2024']]);
    const midnight = new Date('2024-03-05T00:00:00+07:00');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[midnight, midnight, midnight]]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['2024-03-05', '3/5/2024', '3/5/2024']]);
  });

  test('slashed dates follow the spreadsheet locale: day first in vi_VN, and "13/2/2024" is text in en_US', () => {
    const vi = setup({ locale: 'vi_VN', timeZone: 'UTC' }).sheet;
    vi.getRange('A1').setValue('13/2/2024');
    expect(vi.getRange('A1').getValues()).toEqual([[new Date(Date.UTC(2024, 1, 13))]]);
    const us = setup().sheet;
    us.getRange('A1').setValue('13/2/2024');
    expect(us.getRange('A1').getValues()).toEqual([['13/2/2024']]);
  });

  test('ordinary text stays text, untouched', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['Qualified', '  spaced  ', 'Khách hàng']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Qualified', '  spaced  ', 'Khách hàng']]);
  });

  test('Date objects stay Dates; numbers and booleans stay as they are', () => {
    const { sheet } = setup();
    const when = new Date(Date.UTC(2024, 5, 1, 9, 30));
    sheet.getRange('A1:C1').setValues([[when, 3, false]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[when, 3, false]]);
  });

  test('a cell formatted as plain text ("@") keeps numeric-looking strings as text', () => {
    // The usual advice for keeping leading zeros from a script: setNumberFormat("@") before setValues.
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('@').setValue('007');
    expect(sheet.getRange('A1').getValues()).toEqual([['007']]);
  });
});

describe('getDisplayValues', () => {
  test('shows numbers plainly, booleans as TRUE/FALSE, dates as M/d/yyyy in en_US', () => {
    const { sheet } = setup({}, [[1234.5, 0.1 + 0.2, 7, true, false, new Date(Date.UTC(2024, 0, 5))]]);
    expect(sheet.getRange('A1:F1').getDisplayValues()).toEqual([['1234.5', '0.3', '7', 'TRUE', 'FALSE', '1/5/2024']]);
  });

  test('a Date with a time of day shows the time too', () => {
    const { sheet } = setup({}, [[new Date(Date.UTC(2024, 0, 5, 14, 3, 9))]]);
    expect(sheet.getRange('A1').getDisplayValues()).toEqual([['1/5/2024 14:03:09']]);
  });

  test('honours percent formats set with setNumberFormat / setNumberFormats', () => {
    const { sheet } = setup({}, [[0.256, 0.256, 0.5]]);
    sheet.getRange('A1').setNumberFormat('0%');
    sheet.getRange('B1:C1').setNumberFormats([['0.0%', '#,##0.00']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['26%', '25.6%', '0.50']]);
  });

  test('honours grouped, decimal and date formats', () => {
    const { sheet } = setup({}, [[1234567.891, new Date(Date.UTC(2024, 11, 25)), 45000]]);
    sheet.getRange('A1:C1').setNumberFormats([['#,##0', 'yyyy-mm-dd', 'dd/mm/yyyy']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1,234,568', '2024-12-25', '15/03/2023']]);
  });

  test("uses the spreadsheet locale's decimal mark (vi_VN shows 1,5)", () => {
    // Sheets API: "Formatting is based on the spreadsheet's locale, not the requesting user's locale."
    const { sheet } = setup({ locale: 'vi_VN' }, [[1.5, new Date(Date.UTC(2024, 0, 5))]]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['1,5', '05/01/2024']]);
  });
});

describe('formulas', () => {
  test('without a formula engine a formula cell\'s value is "" and getFormulas gives the formula', () => {
    const { sheet } = setup({}, [['=FUNNEL(A2:B9)', 'plain']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', 'plain']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=FUNNEL(A2:B9)', '']]);
  });

  test('a plugged-in formula engine supplies formula values, in getValues and getDisplayValues', () => {
    const { wb, sheet } = setup({}, [['=1/4', 'x']]);
    const calls: string[] = [];
    wb.setFormulaEvaluator((sheetName, row, col, formula) => {
      calls.push(`${sheetName}!${row},${col} ${formula}`);
      return 0.25;
    });
    sheet.getRange('A1').setNumberFormat('0%');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[0.25, 'x']]);
    expect(sheet.getRange('A1').getDisplayValues()).toEqual([['25%']]);
    expect(calls[0]).toBe('Data!1,1 =1/4');
  });

  test('an engine error object becomes its text (e.g. "#NAME?")', () => {
    const { wb, sheet } = setup({}, [['=NOPE()']]);
    wb.setFormulaEvaluator(() => ({ value: '#NAME?', type: 'NAME' }));
    expect(sheet.getRange('A1').getValues()).toEqual([['#NAME?']]);
  });

  test('setFormula sets a formula; writing a value over it removes the formula', () => {
    const { sheet } = setup();
    sheet.getRange('C2').setFormula('=CONVERSION(A:A)');
    expect(sheet.getRange('C2').getFormulas()).toEqual([['=CONVERSION(A:A)']]);
    sheet.getRange('C2').setValue(5);
    expect(sheet.getRange('C2').getFormulas()).toEqual([['']]);
    expect(sheet.getRange('C2').getValues()).toEqual([[5]]);
  });

  test('clearContent empties values and formulas but keeps formats', () => {
    const { sheet } = setup({}, [[0.5, '=A1']]);
    sheet.getRange('A1').setNumberFormat('0%');
    sheet.getRange('A1:B1').clearContent();
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
    sheet.getRange('A1').setValue(0.25);
    expect(sheet.getRange('A1').getDisplayValues()).toEqual([['25%']]);
  });
});

describe('Workbook seeding and user edits', () => {
  test('addSheet stores values as given (numeric strings stay strings) but "=..." becomes a formula', () => {
    const wb = new Workbook();
    const data = wb.addSheet('Seed', [['007', 5, '=A1']]);
    expect(data.values('A1:B1')).toEqual([['007', 5]]);
    expect(data.formulas('C1')).toEqual([['=A1']]);
  });

  test('subscribers hear about every change, so the preview can redraw and re-sync its formula engine', () => {
    const wb = new Workbook();
    wb.addSheet('Seed');
    const changes: unknown[] = [];
    const stop = wb.subscribe((c) => changes.push(c));
    const sheet = createServices(wb).SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('B2:C3').setValues([
      [1, 2],
      [3, 4],
    ]);
    wb.userEdit('Seed', 'A1', 'hi');
    sheet.insertRowsAfter(1, 2);
    stop();
    sheet.getRange('A1').setValue('unheard');
    expect(changes).toEqual([
      { kind: 'cells', sheet: 'Seed', row: 2, col: 2, numRows: 2, numCols: 2 },
      { kind: 'cells', sheet: 'Seed', row: 1, col: 1, numRows: 1, numCols: 1 },
      { kind: 'rows', sheet: 'Seed', after: 1, count: 2 },
    ]);
  });

  test('cellInfo gives the preview what it draws: display text, formula, format, validation state, styling', () => {
    const wb = new Workbook();
    const data = wb.addSheet('Seed', [[0.5]]);
    const sheet = createServices(wb).SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1').setNumberFormat('0%').setFontWeight('bold').setBackground('#ffeeee').setWrap(true);
    expect(data.cellInfo(1, 1)).toEqual({
      value: 0.5,
      display: '50%',
      formula: '',
      format: '0%',
      validation: null,
      invalid: false,
      background: '#ffeeee',
      fontWeight: 'bold',
      wrap: true,
    });
  });

  test('userEdit reads typed text like Sheets does', () => {
    const wb = new Workbook({ timeZone: 'UTC' });
    const data = wb.addSheet('Seed');
    wb.userEdit('Seed', 'A1', '1500');
    wb.userEdit('Seed', 'B1', "'1500");
    wb.userEdit('Seed', 'C1', '=A1*2');
    wb.userEdit('Seed', 'D1', '2024-02-01');
    expect(data.values('A1:D1')).toEqual([[1500, '1500', '', new Date(Date.UTC(2024, 1, 1))]]);
    expect(data.formulas('C1')).toEqual([['=A1*2']]);
  });
});
