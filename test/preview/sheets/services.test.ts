// Per-user services: the call log, range I/O counters, selections, Ui records, Session and HtmlService.

import { createServices, Workbook } from '../../../preview/sheets';

function workbook() {
  const wb = new Workbook({ id: 'sheet-123', locale: 'en_US', timeZone: 'Asia/Ho_Chi_Minh' });
  wb.addSheet('Prospects', [
    ['Name', 'Stage'],
    ['Acme', 'Lead'],
    ['Beta', 'Lead'],
    ['Cato', 'Won'],
  ]);
  wb.addSheet('Pipeline Setup', [['Stage', 'Kind']]);
  return wb;
}

describe('the call log', () => {
  test('records every service method as "Service.method", so a test can see onOpen touched only the menu', () => {
    const services = createServices(workbook());
    // What an onOpen in AuthMode.NONE may do:
    services.SpreadsheetApp.getUi().createAddonMenu().addItem('Open sidebar', 'showSidebar').addSeparator().addItem('Help', 'showHelp').addToUi();
    expect(services.log).toEqual(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Menu.addItem', 'Menu.addSeparator', 'Menu.addItem', 'Menu.addToUi']);
    expect(services.log.every((call) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(call))).toBe(true);
  });

  test('names the calls of every service', () => {
    const services = createServices(workbook());
    services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Prospects')!.getRange('A1').getValues();
    services.PropertiesService.getDocumentProperties().getProperty('x');
    services.LockService.getDocumentLock()!.tryLock(1);
    services.Session.getActiveUserLocale();
    services.SpreadsheetApp.flush();
    expect(services.log).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSheetByName',
      'Sheet.getRange',
      'Range.getValues',
      'PropertiesService.getDocumentProperties',
      'Properties.getProperty',
      'LockService.getDocumentLock',
      'Lock.tryLock',
      'Session.getActiveUserLocale',
      'SpreadsheetApp.flush',
    ]);
  });
});

describe('range I/O counters', () => {
  test('count each getValues / getDisplayValues / getFormulas call as one read, whatever its size', () => {
    const services = createServices(workbook());
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Prospects')!;
    sheet.getRange('A1:B4').getValues();
    sheet.getRange('B2').getDisplayValues();
    sheet.getRange('A:B').getFormulas();
    expect(services.counters.reads).toBe(3);
    expect(services.counters.cellsRead).toBe(8 + 1 + 2000);
    expect(services.counters.io.map((r) => `${r.method} ${r.sheet}!${r.a1}`)).toEqual([
      'Range.getValues Prospects!A1:B4',
      'Range.getDisplayValues Prospects!B2',
      'Range.getFormulas Prospects!A1:B1000',
    ]);
    expect(services.counters.writes).toBe(0);
  });

  test('count writes: setValues, setValue, setFormula, number formats, clearContent, setDataValidation, RangeList.setValue (once)', () => {
    const services = createServices(workbook());
    const app = services.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Prospects')!;
    sheet.getRange('B2:B3').setValues([['Won'], ['Lost']]);
    sheet.getRange('C2').setValue(1);
    sheet.getRange('D2').setFormula('=C2*2');
    sheet.getRange('C2').setNumberFormat('0%');
    sheet.getRange('C2:D2').setNumberFormats([['0', '0']]);
    sheet.getRange('D2').clearContent();
    sheet.getRange('B2:B').setDataValidation(app.newDataValidation().requireValueInList(['Lead', 'Won', 'Lost']).build());
    sheet.getRangeList(['B2', 'B4', 'B7:B9']).setValue('Lead');
    expect(services.counters.writes).toBe(8);
    expect(services.counters.io.at(-1)).toMatchObject({ kind: 'write', method: 'RangeList.setValue', a1: 'B2,B4,B7:B9', cells: 5 });
    // Formatting is logged, not counted.
    sheet.getRange('A1:B1').setFontWeight('bold').setBackground('#eeeeee').setWrap(true);
    expect(services.counters.writes).toBe(8);
    expect(services.counters.reads).toBe(0);
  });

  test('reset() starts the count again; each user has their own counters', () => {
    const wb = workbook();
    const alice = createServices(wb, { user: 'alice@example.com' });
    const bob = createServices(wb, { user: 'bob@example.com' });
    alice.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').getValues();
    expect([alice.counters.reads, bob.counters.reads]).toEqual([1, 0]);
    alice.counters.reset();
    expect([alice.counters.reads, alice.counters.cellsRead, alice.counters.io]).toEqual([0, 0, []]);
  });

  test('internal helpers (workbook.sheet(...).values()) neither count nor log', () => {
    const wb = workbook();
    const services = createServices(wb);
    expect(wb.sheet('Prospects').values('A2:B2')).toEqual([['Acme', 'Lead']]);
    expect([services.counters.reads, services.log.length]).toEqual([0, 0]);
  });
});

describe('selection', () => {
  test('select() sets the active sheet, the active range (the last one) and the active range list', () => {
    const services = createServices(workbook());
    services.select('Prospects', ['A2:B3', 'A4']);
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getActiveSheet().getName()).toBe('Prospects');
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A4');
    expect(
      ss
        .getActiveRangeList()!
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A2:B3', 'A4']);
  });

  test('each user has their own selection on the shared data', () => {
    const wb = workbook();
    const alice = createServices(wb, { user: 'alice@example.com' });
    const bob = createServices(wb, { user: 'bob@example.com' });
    alice.select('Prospects', 'A3');
    bob.select('Pipeline Setup', 'B1');
    expect(alice.SpreadsheetApp.getActiveSpreadsheet().getActiveRange()!.getValues()).toEqual([['Beta']]);
    expect(bob.SpreadsheetApp.getActiveSpreadsheet().getActiveRange()!.getValues()).toEqual([['Kind']]);
    bob.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Prospects')!.getRange('A3').setValue('Beta Ltd');
    expect(alice.SpreadsheetApp.getActiveSpreadsheet().getActiveRange()!.getValues()).toEqual([['Beta Ltd']]);
  });

  test('without a selection the active sheet is the first one and the active range its A1', () => {
    const services = createServices(workbook());
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    expect(services.activeSheetName()).toBe('Prospects');
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A1');
  });

  test('range.activate() and sheet.activate() move the selection; insertSheet makes the new sheet active', () => {
    const services = createServices(workbook());
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Prospects')!.getRange('B4').activate();
    expect(ss.getActiveRange()!.getA1Notation()).toBe('B4');
    ss.getSheetByName('Pipeline Setup')!.activate();
    expect([ss.getActiveSheet().getName(), ss.getActiveRange()!.getA1Notation()]).toEqual(['Pipeline Setup', 'A1']);
    ss.insertSheet('Stage History');
    expect(services.activeSheetName()).toBe('Stage History');
  });
});

describe('Ui, HtmlService, Session, spreadsheet facts', () => {
  test('the Ui records the add-on menu, the sidebar shown and alerts; alert answers OK', () => {
    const services = createServices(workbook(), { htmlFiles: { Sidebar: '<div id="app"></div>' } });
    const ui = services.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Open sidebar', 'showSidebar').addToUi();
    const html = services.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Stagecoach').append('<script>boot()</script>');
    ui.showSidebar(html);
    expect(ui.alert('Saved.')).toBe('OK');
    expect(services.ui.addonMenu).toEqual([{ caption: 'Open sidebar', functionName: 'showSidebar' }]);
    expect(services.ui.sidebar).toEqual({ title: 'Stagecoach', content: '<div id="app"></div><script>boot()</script>' });
    expect(services.ui.alerts).toEqual(['Saved.']);
  });

  test('createHtmlOutputFromFile reads htmlFiles by name (with or without .html) or from a function, and throws for a missing file', () => {
    // Apps Script's message: "No HTML file named Index was found." (quoted in several projects' troubleshooting notes).
    const fromMap = createServices(workbook(), { htmlFiles: { 'Sidebar.html': 'A' } });
    expect(fromMap.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('A');
    const fromFn = createServices(workbook(), { htmlFiles: (name) => (name === 'Sidebar' ? 'B' : undefined) });
    expect(fromFn.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('B');
    expect(() => fromFn.HtmlService.createHtmlOutputFromFile('Help')).toThrow('No HTML file named Help was found.');
  });

  test("Session gives the user's language, email and the script time zone", () => {
    const services = createServices(workbook(), { user: 'lan@example.vn', locale: 'vi' });
    expect(services.Session.getActiveUserLocale()).toBe('vi');
    expect(services.Session.getActiveUser().getEmail()).toBe('lan@example.vn');
    expect(services.Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(createServices(workbook()).Session.getActiveUserLocale()).toBe('en');
  });

  test('the spreadsheet answers its id, locale and time zone; toasts are recorded', () => {
    const services = createServices(workbook());
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    expect([ss.getId(), ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(['sheet-123', 'en_US', 'Asia/Ho_Chi_Minh']);
    ss.toast('Moved 3 prospects', 'Stagecoach', 5);
    expect(services.ui.toasts).toEqual([{ message: 'Moved 3 prospects', title: 'Stagecoach', timeoutSeconds: 5 }]);
  });

  test('Charts.ChartType.BAR is the enum member "BAR"', () => {
    expect(String(createServices(workbook()).Charts.ChartType.BAR)).toBe('BAR');
  });
});
