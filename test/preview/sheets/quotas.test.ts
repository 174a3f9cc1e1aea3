// Daily quotas and size limits: property calls a day, 50,000 characters a cell, 10 million cells a spreadsheet.

import { createServices, Workbook } from '../../../preview/sheets';

const HOUR = 60 * 60 * 1000;

function clock(start = Date.UTC(2025, 0, 1, 9)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('the daily quota of property reads and writes', () => {
  // https://developers.google.com/apps-script/quotas — consumer accounts: "Properties read/write 50,000 / day";
  // "Quotas are per user and reset 24 hours after the first request". The error follows Apps Script's
  // "Service invoked too many times for one day: <service>." (quoted for urlfetch in
  // https://github.com/joseballester/muFunds/issues/98 and for gmail in https://github.com/btoews/OctoGAS/issues/7).
  test('every get, set, delete, getProperties and setProperties call counts, and the counter is visible', () => {
    const wb = new Workbook({ now: clock().now });
    const alice = createServices(wb, { user: 'alice@example.com' });
    const doc = alice.PropertiesService.getDocumentProperties();
    doc.setProperty('a', '1');
    doc.getProperty('a');
    doc.deleteProperty('a');
    doc.getProperties();
    doc.setProperties({ b: '2' });
    alice.PropertiesService.getUserProperties().getProperty('b');
    alice.PropertiesService.getScriptProperties().getKeys();
    expect(alice.quotas.properties.used).toBe(7);
    expect(alice.quotas.properties.limit).toBe(50000);
  });

  test("past 50,000 calls in a day the next call throws Apps Script's error and changes nothing", () => {
    const wb = new Workbook({ now: clock().now });
    const props = createServices(wb).PropertiesService.getDocumentProperties();
    for (let i = 0; i < 50000; i++) props.getProperty('x');
    expect(() => props.setProperty('x', 'late')).toThrow('Service invoked too many times for one day: properties.');
    expect(wb.properties.get('x')).toBeNull();
  });

  test('the quota is per user: another user, and another execution of the same user, share it correctly', () => {
    const wb = new Workbook({ now: clock().now, propertiesPerDay: 2 });
    const first = createServices(wb, { user: 'alice@example.com' }).PropertiesService.getDocumentProperties();
    const second = createServices(wb, { user: 'alice@example.com' }).PropertiesService.getDocumentProperties();
    const bob = createServices(wb, { user: 'bob@example.com' }).PropertiesService.getDocumentProperties();
    first.getProperty('k');
    second.getProperty('k');
    expect(() => first.getProperty('k')).toThrow('Service invoked too many times for one day: properties.');
    expect(() => bob.getProperty('k')).not.toThrow();
  });

  test('the day ends 24 hours after its first call, not at midnight', () => {
    const c = clock(Date.UTC(2025, 0, 1, 20));
    const wb = new Workbook({ now: c.now, propertiesPerDay: 1 });
    const services = createServices(wb);
    const props = services.PropertiesService.getDocumentProperties();
    props.getProperty('k');
    c.advance(12 * HOUR); // past midnight in every zone's reading of the day, but not 24 hours
    expect(() => props.getProperty('k')).toThrow('for one day: properties');
    c.advance(12 * HOUR);
    expect(() => props.getProperty('k')).not.toThrow();
    expect(services.quotas.properties.used).toBe(1);
    // The new day opened with that call, at 20:00 on 2 January.
    expect(services.quotas.properties.resetsAt()).toBe(Date.UTC(2025, 0, 3, 20));
  });

  test('setProperties stores all the pairs or, when one is too big, none of them', () => {
    // The 9 KB value limit and its error are pinned (with their sources) in properties.test.ts.
    const wb = new Workbook();
    const props = createServices(wb).PropertiesService.getDocumentProperties();
    props.setProperty('keep', 'old');
    expect(() => props.setProperties({ a: '1', big: 'x'.repeat(9 * 1024 + 1) })).toThrow('exceeded the property storage quota');
    expect(wb.properties.entries()).toEqual({ keep: 'old' });
    props.setProperties({ a: '1' }, true);
    expect(wb.properties.entries()).toEqual({ a: '1' });
  });

  test('user properties belong to one user; document properties to everyone', () => {
    const wb = new Workbook();
    const alice = createServices(wb, { user: 'alice@example.com' }).PropertiesService;
    const bob = createServices(wb, { user: 'bob@example.com' }).PropertiesService;
    alice.getUserProperties().setProperty('lang', 'vi');
    expect(bob.getUserProperties().getProperty('lang')).toBeNull();
    expect(createServices(wb, { user: 'alice@example.com' }).PropertiesService.getUserProperties().getProperty('lang')).toBe('vi');
  });
});

describe('50,000 characters a cell', () => {
  // Sheets holds 50,000 characters a cell (https://mojicnt.click/en/blog/spreadsheet-cell-limit.html; the limit
  // "imposed by Google Sheets" in https://github.com/qeet/importjsonapi/issues/10). The message is pinned with its
  // source in values.test.ts; what is new here is that a refused write is all-or-nothing.
  test('a setValues with one cell over the limit throws and writes nothing at all', () => {
    const wb = new Workbook();
    wb.addSheet('Prospects', [['old', 'old', 'old']]);
    const sheet = createServices(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Prospects')!;
    expect(() => sheet.getRange('A1:C1').setValues([['new', 'new', 'x'.repeat(50001)]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(wb.sheet('Prospects').values('A1:C1')).toEqual([['old', 'old', 'old']]);
  });

  test('a setValue of an over-long text on a range writes no cell', () => {
    const wb = new Workbook();
    wb.addSheet('Prospects', [['old', 'old']]);
    const sheet = createServices(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Prospects')!;
    expect(() => sheet.getRange('A1:B1').setValue('y'.repeat(50001))).toThrow('maximum of 50000 characters');
    expect(wb.sheet('Prospects').values('A1:B1')).toEqual([['old', 'old']]);
  });
});

describe('10 million cells a spreadsheet', () => {
  // 10 million cells a spreadsheet since March 2022 (https://workspaceupdates.googleblog.com/2022/03/ten-million-cells-google-sheets.html,
  // cited in https://github.com/nithinmurali/pygsheets/issues/589); the refusal as the Sheets API words it (Apps Script
  // runs on the same backend; its exact wording there is not documented): "This action would increase the number of cells in the workbook above the limit of 10000000 cells."
  // (https://github.com/nithinmurali/pygsheets/issues/589, https://github.com/UoaWDCC/uasc-web/pull/833).
  const LIMIT = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

  test('insertRowsAfter that would pass the limit throws and leaves the grid as it was', () => {
    const wb = new Workbook();
    wb.addSheet('Prospects', [], { maxRows: 990000, maxColumns: 10 }); // 9.9 million cells
    const sheet = createServices(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Prospects')!;
    sheet.insertRowsAfter(10, 10000); // exactly 10 million
    expect(wb.totalCells()).toBe(10_000_000);
    expect(() => sheet.insertRowsAfter(10, 1)).toThrow(LIMIT);
    expect(sheet.getMaxRows()).toBe(1_000_000);
  });

  test('insertSheet that would pass the limit throws and adds no sheet', () => {
    const wb = new Workbook();
    wb.addSheet('Big', [], { maxRows: 999990, maxColumns: 10 });
    const ss = createServices(wb).SpreadsheetApp.getActiveSpreadsheet();
    expect(() => ss.insertSheet('Stage History')).toThrow(LIMIT);
    expect(ss.getSheetByName('Stage History')).toBeNull();
  });

  test('a write beyond the grid is refused (Apps Script does not grow the grid for it)', () => {
    const wb = new Workbook();
    wb.addSheet('Prospects');
    const sheet = createServices(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Prospects')!;
    expect(() => sheet.getRange(1001, 1).setValue('x')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });
});
