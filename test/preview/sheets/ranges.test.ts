// Sheets and ranges: grid size, Sheets' range errors, getLastRow / getLastColumn, inserting rows.

import { createServices, Workbook } from '../../../preview/sheets';

function setup(rows: unknown[][] = []) {
  const wb = new Workbook();
  wb.addSheet('Prospects', rows);
  const services = createServices(wb);
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  return { wb, services, ss, sheet: ss.getSheetByName('Prospects')! };
}

describe('sheets and ranges', () => {
  test('a new sheet is 1000 rows by 26 columns', () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('Stage History');
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  test('a range past the grid throws Sheets\' "outside the dimensions" error, by coordinates and by A1', () => {
    // Wording as reported from live Apps Script runs, e.g. an "api_status": "Error: Exception: The coordinates of the
    // range are outside the dimensions of the sheet." log found with the code search (find_string).
    const { sheet } = setup();
    const message = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1001, 1)).toThrow(message);
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(message);
    expect(() => sheet.getRange('A995:B1005')).toThrow(message);
  });

  test("row or column 0 and empty sizes throw Apps Script's argument errors", () => {
    // Messages as emulators tested against Apps Script write them (code search: "The starting row of the range is too small.").
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
  });

  test('getRange("A2:C") reads down to getMaxRows, so a header-less read covers every data row', () => {
    const { sheet } = setup([
      ['Name', 'Stage'],
      ['Acme', 'Lead'],
    ]);
    const range = sheet.getRange('A2:C');
    expect([range.getRow(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 999, 3]);
    expect(range.getValues()[0]).toEqual(['Acme', 'Lead', '']);
  });

  test('getLastRow / getLastColumn give the last row and column with content, 0 on an empty sheet', () => {
    const { sheet, ss } = setup([['Name', 'Stage', '', ''], ['Acme', 'Lead'], [], ['', '', '', 'x']]);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(4);
    const empty = ss.insertSheet('Empty');
    expect([empty.getLastRow(), empty.getLastColumn()]).toEqual([0, 0]);
    // Formats and validation are not content.
    empty.getRange('A1:C50').setBackground('#eeeeee');
    expect(empty.getLastRow()).toBe(0);
    // A formula is content even when its value is "".
    empty.getRange('B7').setFormula('=""');
    expect([empty.getLastRow(), empty.getLastColumn()]).toEqual([7, 2]);
  });

  test("Range.getLastRow is the end row of the range, not of the sheet's content", () => {
    const { sheet } = setup([['Name']]);
    expect(sheet.getRange('B5:C9').getLastRow()).toBe(9);
  });

  test('insertRowsAfter grows the grid and moves the rows below down', () => {
    const { sheet } = setup([['Name'], ['Acme'], ['Beta']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['Name'], [''], [''], ['Acme'], ['Beta']]);
    sheet.insertRowsAfter(sheet.getMaxRows(), 500);
    expect(sheet.getMaxRows()).toBe(1502);
    sheet.getRange(1502, 1).setValue('last');
    expect(sheet.getLastRow()).toBe(1502);
  });

  test('insertColumnsAfter the last column grows the grid to the right, so a write there is no longer refused', () => {
    // Sheet.insertColumnsAfter(afterPosition, howMany): "Inserts a given number of columns after the given column
    // position" (developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer));
    // a range past the last column is refused until then ("The coordinates of the range are outside the dimensions of
    // the sheet.").
    const wb = new Workbook();
    wb.addSheet('Prospects', [['Name', 'Stage']], { maxColumns: 2 });
    const sheet = createServices(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Prospects')!;
    expect(() => sheet.getRange(1, 3)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 2);
    expect(sheet.getMaxColumns()).toBe(4);
    sheet.getRange(1, 3, 1, 2).setValues([['Next step', 'Follow-up date']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['Name', 'Stage', 'Next step', 'Follow-up date']]);
    expect(sheet.getLastColumn()).toBe(4);
  });

  test('getFontWeight and getBackground answer the top-left cell, "normal" and white when it has none', () => {
    // Range.getFontWeight(): "Returns the font weight of the cell in the top-left corner of the range";
    // Range.getBackground(): "Returns the background color of the top-left cell in the range" as a CSS colour, e.g.
    // '#ffffff' (developers.google.com/apps-script/reference/spreadsheet/range; the wording as mirrored by Univer's
    // reference of the same API, reference.univer.ai/@univerjs/core/classes/Range).
    const { sheet } = setup([['Name', 'Stage']]);
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    sheet.getRange('A1:B1').setFontWeight('bold').setBackground('#d9ead3');
    expect(sheet.getRange('A1:C1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('B1').getBackground()).toBe('#d9ead3');
  });

  test('insertColumnsAfter between columns is refused rather than modelled half-way (cells and references would move)', () => {
    const { sheet } = setup([['Name', 'Stage']]);
    expect(() => sheet.insertColumnsAfter(1, 1)).toThrow(/only after the last column/);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Name', 'Stage']]);
    expect(() => sheet.insertColumnsAfter(27, 1)).toThrow('outside the dimensions');
  });

  test("insertSheet refuses a name that exists (ignoring case) with Sheets' message", () => {
    // Message echoed by the Sheets API ("A sheet with the name \"…\" already exists. Please enter another name."),
    // seen in code search results; sheet names ignore case (socialpoint-labs/sheetfu PR #26: "Google sheets internally
    // ignores case for sheet names ... trying to create 2 sheets with the same name but different cases fails").
    const { ss } = setup();
    expect(() => ss.insertSheet('Prospects')).toThrow('A sheet with the name "Prospects" already exists. Please enter another name.');
    expect(() => ss.insertSheet('PROSPECTS')).toThrow('already exists');
  });

  test('getSheetByName returns null for a missing sheet and finds a sheet whatever the case', () => {
    const { ss } = setup();
    expect(ss.getSheetByName('Pipeline Setup')).toBeNull();
    expect(ss.getSheetByName('prospects')?.getName()).toBe('Prospects');
  });

  test('a sheet-qualified A1 reaches the named sheet', () => {
    const { ss, sheet } = setup([['here']]);
    const setup2 = ss.insertSheet('Pipeline Setup');
    setup2.getRange('A1').setValue('Stage');
    expect(sheet.getRange("'Pipeline Setup'!A1").getValues()).toEqual([['Stage']]);
    expect(() => sheet.getRange('Nowhere!A1')).toThrow('Range not found');
  });

  test('sheet.clear() removes contents and formats but keeps data validation', () => {
    // gas-fakes (tanaikech/gas-fakes, src/services/spreadsheetapp/fakesheet.js), checked against live Apps Script:
    // "sheet.clear() with no options clears content and format" (userEnteredValue, userEnteredFormat), not dataValidation.
    const { services, sheet } = setup([['Stage'], ['Lead']]);
    const rule = services.SpreadsheetApp.newDataValidation().requireValueInList(['Lead', 'Won']).build();
    sheet.getRange('A2').setDataValidation(rule).setNumberFormat('@').setBackground('#ff0000');
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A2').getDataValidation()?.getCriteriaValues()).toEqual([['Lead', 'Won'], true]);
    // The number format is gone: a numeric string becomes a number again.
    sheet.getRange('A3').setValue('12');
    expect(sheet.getRange('A3').getValues()).toEqual([[12]]);
  });

  test('frozen rows and column widths are kept', () => {
    const { sheet, wb } = setup();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 240);
    expect(wb.sheet('Prospects').frozenRows).toBe(1);
    expect(wb.sheet('Prospects').columnWidths.get(2)).toBe(240);
  });
});
