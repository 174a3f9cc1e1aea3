// A1 notation: the forms the add-on uses ("B2", "A1:C10", "A:C", "A2:C", "2:5") and how ranges print back.

import { createServices, parseA1, resolveA1, Workbook } from '../../../preview/sheets';

describe('A1 notation', () => {
  test('open-ended ranges stop at the sheet edge: "A2:C" runs to the last row, "A:C" and "2:5" cover whole columns / rows', () => {
    expect(resolveA1(parseA1('A2:C'), 1000, 26)).toEqual({ row: 2, col: 1, numRows: 999, numCols: 3 });
    expect(resolveA1(parseA1('A:C'), 1000, 26)).toEqual({ row: 1, col: 1, numRows: 1000, numCols: 3 });
    expect(resolveA1(parseA1('2:5'), 1000, 26)).toEqual({ row: 2, col: 1, numRows: 4, numCols: 26 });
    expect(resolveA1(parseA1('$B$2'), 1000, 26)).toEqual({ row: 2, col: 2, numRows: 1, numCols: 1 });
    expect(resolveA1(parseA1('c10:a1'), 1000, 26)).toEqual({ row: 1, col: 1, numRows: 10, numCols: 3 });
  });

  test('a sheet-qualified reference keeps the sheet name, quotes and doubled apostrophes undone', () => {
    expect(parseA1("'Pipeline Setup'!A2:C").sheetName).toBe('Pipeline Setup');
    expect(parseA1("'Bob''s'!A1").sheetName).toBe("Bob's");
    expect(parseA1('Prospects!B2').sheetName).toBe('Prospects');
  });

  test('text that is not A1 throws Apps Script\'s "Range not found"', () => {
    expect(() => parseA1('hello world')).toThrow('Range not found');
    expect(() => parseA1('A')).toThrow('Range not found');
  });

  test('getA1Notation prints cells as A1 and whole columns / rows the way they were asked for', () => {
    const wb = new Workbook();
    wb.addSheet('Data', [], { maxColumns: 60 });
    const sheet = createServices(wb).SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    expect(sheet.getRange(2, 2).getA1Notation()).toBe('B2');
    expect(sheet.getRange(1, 1, 10, 3).getA1Notation()).toBe('A1:C10');
    expect(sheet.getRange('A:C').getA1Notation()).toBe('A:C');
    expect(sheet.getRange('2:5').getA1Notation()).toBe('2:5');
    expect(sheet.getRange(1, 27 + 26).getA1Notation()).toBe('BA1');
  });
});
