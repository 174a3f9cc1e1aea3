// The calls around a change: flush before releaseLock, the spreadsheet's time zone, Utilities.formatDate, the selection.

import { createServices, Workbook } from '../../../preview/sheets';

function setup() {
  const wb = new Workbook({ timeZone: 'Asia/Ho_Chi_Minh' });
  wb.addSheet('Prospects', [
    ['Name', 'Stage'],
    ['Acme', 'Lead'],
  ]);
  wb.addSheet('Pipeline Setup');
  const services = createServices(wb);
  return { wb, services, ss: services.SpreadsheetApp.getActiveSpreadsheet() };
}

describe('flush and the lock', () => {
  // https://developers.google.com/apps-script/reference/lock/lock#releaseLock(): when working with a spreadsheet,
  // call SpreadsheetApp.flush() before releasing the lock (the zh-cn copy of that page was the one found with the
  // docs search). Both calls land on one log, in order.
  test('the call log shows whether flush came before releaseLock', () => {
    const { services } = setup();
    const lock = services.LockService.getDocumentLock()!;
    lock.waitLock(10000);
    services.log.length = 0;
    services.SpreadsheetApp.flush();
    lock.releaseLock();
    expect(services.log).toEqual(['SpreadsheetApp.flush', 'Lock.releaseLock']);
  });
});

describe('the spreadsheet time zone', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetTimeZone(String).
  // Sheets stores a date as a serial number of days (modelled in zone.ts), so a date cell keeps its wall-clock
  // reading when the zone changes. Not verified against Sheets: no source on this was found.
  test('is read and changed; a date cell keeps showing the same day and time', () => {
    const { wb, ss } = setup();
    wb.sheet('Prospects').seed([[], [null, null, new Date(Date.UTC(2025, 2, 14, 3))]]); // 10:00 in Ho Chi Minh City
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    const before = wb.sheet('Prospects').displayValues('C2');
    ss.setSpreadsheetTimeZone('Europe/London');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/London');
    expect(wb.sheet('Prospects').displayValues('C2')).toEqual(before);
    expect((wb.sheet('Prospects').values('C2')[0]![0] as Date).toISOString()).toBe('2025-03-14T10:00:00.000Z');
  });

  test('an unknown zone is refused and changes nothing', () => {
    const { ss } = setup();
    expect(() => ss.setSpreadsheetTimeZone('Mars/Olympus')).toThrow();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });
});

describe('Utilities.formatDate', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String) — the
  // pattern is Java's SimpleDateFormat (https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html).
  test('formats in the given zone with SimpleDateFormat letters and quoted text', () => {
    const { services } = setup();
    const when = new Date(Date.UTC(2025, 2, 14, 17, 5, 9));
    expect(services.Utilities.formatDate(when, 'Asia/Ho_Chi_Minh', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2025-03-15T00:05:09+07:00');
    expect(services.Utilities.formatDate(when, 'America/Los_Angeles', 'EEE, d MMM yyyy h:mm a Z')).toBe('Fri, 14 Mar 2025 10:05 AM -0700');
    expect(services.Utilities.formatDate(when, 'UTC', "dd/MM/yy 'at' HH'h'")).toBe('14/03/25 at 17h');
  });
});

describe('the active sheet and selection', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet — insertSheet (the new sheet becomes
  // active), setActiveSheet(sheet, restoreSelection), setActiveRange(range), setActiveSelection(a1Notation); the
  // signatures are those of @types/google-apps-script. The stored docs copy did not show restoreSelection's wording,
  // so "true brings back that sheet's last selection" follows the parameter's name.
  test('insertSheet makes the new sheet active', () => {
    const { services, ss } = setup();
    ss.insertSheet('Stage History');
    expect(services.activeSheetName()).toBe('Stage History');
  });

  test("setActiveSheet with restoreSelection brings back that sheet's selection, so work can restore what the user had", () => {
    const { services, ss } = setup();
    services.select('Prospects', 'B2');
    const prospects = ss.getActiveSheet();
    ss.setActiveSheet(ss.getSheetByName('Pipeline Setup')!);
    expect(services.activeSheetName()).toBe('Pipeline Setup');
    ss.setActiveSheet(prospects, true);
    expect(services.activeSheetName()).toBe('Prospects');
    expect(ss.getActiveRange()!.getA1Notation()).toBe('B2');
  });

  test('setActiveRange and setActiveSelection select a range and activate its sheet', () => {
    const { services, ss } = setup();
    ss.setActiveRange(ss.getSheetByName('Pipeline Setup')!.getRange('A1:A3'));
    expect(services.activeSheetName()).toBe('Pipeline Setup');
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A1:A3');
    ss.setActiveSelection('Prospects!A2');
    expect(services.activeSheetName()).toBe('Prospects');
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A2');
  });
});

describe('cells read and written', () => {
  test('each read and write adds its cells to the counters, so a test can hold an action to a budget of cells', () => {
    const { services, ss } = setup();
    const sheet = ss.getSheetByName('Prospects')!;
    sheet.getRange('A1:B2').getValues();
    sheet.getRange('A3:B3').setValues([['Beta', 'Lead']]);
    expect([services.counters.cellsRead, services.counters.cellsWritten]).toEqual([4, 2]);
  });
});
